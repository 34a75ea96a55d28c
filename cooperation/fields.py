"""Languages spoken, as a list of ISO 639-1 codes in one text column (SQLite and PostgreSQL)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class SpokenLanguage(models.TextChoices):
    GERMAN = "de", _("German")
    HUNGARIAN = "hu", _("Hungarian")
    ENGLISH = "en", _("English")
    CROATIAN = "hr", _("Croatian")
    SLOVAK = "sk", _("Slovak")
    SLOVENIAN = "sl", _("Slovenian")
    CZECH = "cs", _("Czech")


class LanguageListField(models.CharField):
    """Several `SpokenLanguage` codes, stored as "de,hu" and read as a list.

    Codes are exactly two letters separated by commas, so `languages__contains="hu"`
    finds every row that lists Hungarian and nothing else.
    """

    description = _("List of languages")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 40)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        for key, value in (("max_length", 40), ("default", list)):
            if kwargs.get(key) == value:
                kwargs.pop(key)
        return name, path, args, kwargs

    @staticmethod
    def _as_list(value) -> list[str]:
        if value is None or value == "":
            return []
        if isinstance(value, str):
            return [code.strip() for code in value.split(",") if code.strip()]
        return [str(code) for code in value]

    def from_db_value(self, value, expression, connection):
        return self._as_list(value)

    def to_python(self, value):
        return self._as_list(value)

    def get_prep_value(self, value):
        if isinstance(value, str):
            return value  # a lookup value such as languages__contains="hu"
        order = list(SpokenLanguage.values)
        codes = sorted(
            set(self._as_list(value)), key=lambda c: order.index(c) if c in order else 99
        )
        return ",".join(codes)

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        if not self.blank and not value:
            raise ValidationError(self.error_messages["blank"], code="blank")
        unknown = [code for code in value if code not in SpokenLanguage.values]
        if unknown:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": ", ".join(unknown)},
            )

    def run_validators(self, value):
        return super().run_validators(self.get_prep_value(value))

    def formfield(self, **kwargs):
        defaults = {
            "choices": SpokenLanguage.choices,
            "widget": forms.CheckboxSelectMultiple,
            "required": not self.blank,
            "label": self.verbose_name,
            "help_text": self.help_text,
        }
        # The admin offers a text input for every CharField; a list needs checkboxes.
        widget = kwargs.pop("widget", None)
        if widget is not None and not issubclass(
            widget if isinstance(widget, type) else type(widget), forms.TextInput
        ):
            defaults["widget"] = widget
        for key in ("form_class", "choices_form_class", "max_length", "empty_value"):
            kwargs.pop(key, None)
        defaults.update(kwargs)
        return forms.TypedMultipleChoiceField(**defaults)


def language_labels(codes) -> list[str]:
    labels = dict(SpokenLanguage.choices)
    return [str(labels.get(code, code)) for code in codes]
