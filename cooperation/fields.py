"""Languages spoken, as a list of ISO 639-1 codes in one text column."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fields import CodeListField


class SpokenLanguage(models.TextChoices):
    GERMAN = "de", _("German")
    HUNGARIAN = "hu", _("Hungarian")
    ENGLISH = "en", _("English")
    CROATIAN = "hr", _("Croatian")
    SLOVAK = "sk", _("Slovak")
    SLOVENIAN = "sl", _("Slovenian")
    CZECH = "cs", _("Czech")


class LanguageListField(CodeListField):
    """Several `SpokenLanguage` codes, stored as "de,hu"."""

    description = _("List of languages")
    code_choices = SpokenLanguage
    default_max_length = 40
