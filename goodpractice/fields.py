"""A list of ISO country codes in one text column, so cases work on SQLite and PostgreSQL."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from network.models import Country


def _is_text_input(widget) -> bool:
    widget_class = widget if isinstance(widget, type) else type(widget)
    return issubclass(widget_class, forms.TextInput)


class CountryListField(models.CharField):
    """Several countries of `network.models.Country`, stored as "AT,HU" and read as a list.

    Codes are exactly two letters and separated by commas, so `countries__contains="AT"`
    finds every row that lists Austria and nothing else.
    """

    description = _("List of countries")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 64)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        for key, value in (("max_length", 64), ("blank", True), ("default", list)):
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
            return value  # a lookup value such as countries__contains="AT"
        order = list(Country.values)
        codes = sorted(
            set(self._as_list(value)), key=lambda c: order.index(c) if c in order else 99
        )
        return ",".join(codes)

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        if not self.blank and not value:
            raise ValidationError(self.error_messages["blank"], code="blank")
        unknown = [code for code in value if code not in Country.values]
        if unknown:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": ", ".join(unknown)},
            )

    def run_validators(self, value):
        # The max_length check applies to the stored text, not to the number of codes.
        return super().run_validators(self.get_prep_value(value))

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": Country.choices,
            "widget": forms.CheckboxSelectMultiple,
            "required": not self.blank,
            "label": self.verbose_name,
            "help_text": self.help_text,
        }
        widget = kwargs.pop("widget", None)
        # The admin offers a text input for every CharField; a list needs checkboxes.
        if widget is not None and not _is_text_input(widget):
            defaults["widget"] = widget
        defaults.update(kwargs)
        form_class = defaults.pop("form_class")
        defaults.pop("choices_form_class", None)
        defaults.pop("max_length", None)
        defaults.pop("empty_value", None)
        return form_class(**defaults)
