"""The library's facets: filters with language-independent values and their counts
(the mechanism is `core.facets`)."""

import django_filters
from django.db.models import F, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils.translation import gettext_lazy as _

from core.collation import collated
from core.facets import ConditionFacet, FacetFilterSet, RelatedFacet, YearFacet
from core.i18n import active_language
from goodpractice.models import GoodPractice, Instrument
from network.filters import alphabetical_networks, alphabetical_regions
from network.models import Country, Sector


class CaseFilter(FacetFilterSet):
    SORT_CHOICES = [
        ("newest", _("Newest first")),
        ("title", _("Title (A–Z)")),
        ("year", _("Start year, latest first")),
    ]

    instrument = RelatedFacet(
        label=_("Instrument"),
        field_name="instruments",
        queryset=Instrument.objects.all(),
        to_field_name="code",
    )
    sector = RelatedFacet(
        label=_("Sector"),
        field_name="sectors",
        queryset=Sector.objects.all(),
        to_field_name="nace_code",
        show_value=True,
    )
    region = RelatedFacet(
        label=_("Region"),
        field_name="regions",
        queryset=alphabetical_regions,
        to_field_name="nuts3_code",
        show_value=True,
    )
    country = ConditionFacet.list_contains("countries", Country.choices, label=_("Country"))
    network = RelatedFacet(
        label=_("Network"), field_name="networks", queryset=alphabetical_networks
    )
    year = YearFacet(label=_("Start year"), field_name="start_year")
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=SORT_CHOICES, method="sort_by", empty_label=None
    )

    class Meta:
        model = GoodPractice
        fields = []

    def sort_by(self, queryset, name, value):
        if value == "title":
            title = Coalesce(NullIf(f"title_{active_language()}", Value("")), "title_de")
            return queryset.order_by(collated(Lower(title)), "pk")
        if value == "year":
            return queryset.order_by(F("start_year").desc(nulls_last=True), "-published_at", "-pk")
        return queryset.order_by("-published_at", "-pk")
