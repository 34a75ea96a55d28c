from modeltranslation.translator import TranslationOptions, register

from regionet.models import Page


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body")
    required_languages = {"de": ("title",)}
