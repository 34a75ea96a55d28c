"""The countries of a case, as a list of ISO codes in one text column."""

from django.utils.translation import gettext_lazy as _

from core.fields import CodeListField
from network.models import Country


class CountryListField(CodeListField):
    """Several countries of `network.models.Country`, stored as "AT,HU"."""

    description = _("List of countries")
    code_choices = Country
    blank_by_default = True
