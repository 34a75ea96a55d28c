"""A list of codes from a TextChoices class in one text column (SQLite and PostgreSQL)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models


class CodeListField(models.CharField):
    """Several codes of `code_choices`, stored as "AT,HU" and read as a list.

    Codes are separated by commas and have a fixed length, so `field__contains="AT"` finds
    every row that lists that code and nothing else. Subclasses set `code_choices`.
    """

    code_choices: type[models.TextChoices]
    default_max_length = 64
    blank_by_default = False

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", self.default_max_length)
        kwargs.setdefault("blank", self.blank_by_default)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("default", None)
        kwargs.pop("blank", None)
        if self.blank != self.blank_by_default:
            kwargs["blank"] = self.blank
        if kwargs.get("max_length") == self.default_max_length:
            del kwargs["max_length"]
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
            return value  # a lookup value such as countries__contains="AT"
        order = list(self.code_choices.values)
        codes = sorted(
            set(self._as_list(value)), key=lambda c: order.index(c) if c in order else 99
        )
        return ",".join(codes)

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        if not self.blank and not value:
            raise ValidationError(self.error_messages["blank"], code="blank")
        unknown = [code for code in value if code not in self.code_choices.values]
        if unknown:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": ", ".join(unknown)},
            )

    def run_validators(self, value):
        # The max_length check applies to the stored text, not to the number of codes.
        return super().run_validators(self.get_prep_value(value))

    def labels(self, codes) -> list[str]:
        names = dict(self.code_choices.choices)
        return [str(names.get(code, code)) for code in codes]

    def formfield(self, **kwargs):
        defaults = {
            "choices": self.code_choices.choices,
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
