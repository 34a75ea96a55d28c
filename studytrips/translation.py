from modeltranslation.translator import TranslationOptions, register

from studytrips.models import ProgrammeItem, StudyTrip, TripPhoto


@register(StudyTrip)
class StudyTripTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "theme", "summary", "report", "destination")
    required_languages = {"de": ("title", "destination")}


@register(ProgrammeItem)
class ProgrammeItemTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"de": ("title",)}


@register(TripPhoto)
class TripPhotoTranslationOptions(TranslationOptions):
    fields = ("caption", "alt_text")
    required_languages = {"de": ("alt_text",)}
