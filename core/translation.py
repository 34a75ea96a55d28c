from modeltranslation.translator import TranslationOptions, register

from core.models import Page


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body")
    required_languages = {"de": ("title",)}
