from modeltranslation.translator import TranslationOptions, register

from goodpractice.models import CaseDocument, CaseImage, GoodPractice, Instrument, KeyFigure


@register(Instrument)
class InstrumentTranslationOptions(TranslationOptions):
    fields = ("name", "slug", "description")
    required_languages = {"de": ("name",)}


@register(GoodPractice)
class GoodPracticeTranslationOptions(TranslationOptions):
    fields = ("title", "slug", *GoodPractice.RICH_TEXT_FIELDS)
    required_languages = {"de": ("title", "summary")}


@register(KeyFigure)
class KeyFigureTranslationOptions(TranslationOptions):
    fields = ("label",)
    required_languages = {"de": ("label",)}


@register(CaseImage)
class CaseImageTranslationOptions(TranslationOptions):
    fields = ("caption", "alt_text")
    required_languages = {"de": ("alt_text",)}


@register(CaseDocument)
class CaseDocumentTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = {"de": ("title",)}
