"""The library's facets: filters with language-independent values and their counts.

Every facet value is counted with all *other* active facets applied (standard faceted
search), with one aggregate query per facet whatever the number of values.
"""

import re
from dataclasses import dataclass, field

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Count, F, Q, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils.translation import gettext_lazy as _

from core.collation import collated
from core.i18n import active_language
from goodpractice.models import GoodPractice, Instrument
from network.filters import alphabetical_networks, alphabetical_regions
from network.models import Country, Sector

MAX_VALUES_PER_FACET = 20
FACET_VALUE = re.compile(r"[A-Za-z0-9._-]{1,40}")
MIN_YEAR, MAX_YEAR = 1800, 2100
FACETS = ("instrument", "sector", "region", "country", "network", "year")


class SafeValuesMixin:
    """Refuses malformed values (NUL bytes, markup, floods) before they reach the database."""

    malformed_message = _("The value contains characters that are not allowed.")
    malformed_params = None

    def clean(self, value):
        values = value if isinstance(value, list | tuple) else [value]
        values = [item for item in values if item not in (None, "")]
        if len(values) > MAX_VALUES_PER_FACET:
            raise ValidationError(
                _("Choose at most %(limit)s values."),
                code="too_many",
                params={"limit": MAX_VALUES_PER_FACET},
            )
        if any(not FACET_VALUE.fullmatch(str(item)) for item in values):
            raise ValidationError(
                self.malformed_message, code="malformed", params=self.malformed_params
            )
        return super().clean(values)


class FacetModelChoiceField(SafeValuesMixin, django_filters.fields.ModelMultipleChoiceField):
    pass


class FacetChoiceField(SafeValuesMixin, django_filters.fields.MultipleChoiceField):
    pass


class YearListField(SafeValuesMixin, forms.Field):
    widget = forms.SelectMultiple
    malformed_message = _("Enter a year between %(min)s and %(max)s.")
    malformed_params = {"min": MIN_YEAR, "max": MAX_YEAR}

    def clean(self, value):
        years = super().clean(value)
        result = []
        for year in years:
            if not re.fullmatch(r"\d{4}", year) or not MIN_YEAR <= int(year) <= MAX_YEAR:
                raise ValidationError(
                    self.malformed_message, code="invalid_year", params=self.malformed_params
                )
            result.append(int(year))
        return result

    def to_python(self, value):
        return list(value or [])


class RelatedFacetFilter(django_filters.ModelMultipleChoiceFilter):
    """Cases linked to any of the chosen objects (OR within a facet, AND across facets)."""

    field_class = FacetModelChoiceField

    def filter(self, qs, value):
        if not value:
            return qs
        matching = qs.model.objects.filter(**{f"{self.field_name}__in": value}).values("pk")
        return qs.filter(pk__in=matching)


class CountryFacetFilter(django_filters.MultipleChoiceFilter):
    field_class = FacetChoiceField

    def filter(self, qs, value):
        if not value:
            return qs
        condition = Q()
        for code in value:
            condition |= Q(countries__contains=code)
        return qs.filter(condition)


class YearFacetFilter(django_filters.Filter):
    field_class = YearListField

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(start_year__in=value)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    active: bool
    url: str
    obj: object = None


@dataclass
class Facet:
    name: str
    label: str
    values: list[FacetValue] = field(default_factory=list)

    @property
    def active_count(self) -> int:
        return sum(1 for value in self.values if value.active)


class CaseFilter(django_filters.FilterSet):
    SORT_CHOICES = [
        ("newest", _("Newest first")),
        ("title", _("Title (A–Z)")),
        ("year", _("Start year, latest first")),
    ]

    instrument = RelatedFacetFilter(
        label=_("Instrument"),
        field_name="instruments",
        queryset=Instrument.objects.all(),
        to_field_name="code",
    )
    sector = RelatedFacetFilter(
        label=_("Sector"),
        field_name="sectors",
        queryset=Sector.objects.all(),
        to_field_name="nace_code",
    )
    region = RelatedFacetFilter(
        label=_("Region"),
        field_name="regions",
        queryset=alphabetical_regions,
        to_field_name="nuts3_code",
    )
    country = CountryFacetFilter(label=_("Country"), choices=Country.choices)
    network = RelatedFacetFilter(
        label=_("Network"), field_name="networks", queryset=alphabetical_networks
    )
    year = YearFacetFilter(label=_("Start year"), field_name="start_year")
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

    # Facets -------------------------------------------------------------------------

    @property
    def chosen(self) -> dict:
        """The cleaned facet values (empty for the unfiltered library)."""
        return self.form.cleaned_data if self.is_bound else {}

    def queryset_without(self, excluded: str):
        """The cases matching every active facet except `excluded`."""
        queryset = self.queryset
        for name in FACETS:
            if name != excluded:
                queryset = self.filters[name].filter(queryset, self.chosen.get(name))
        return queryset.order_by()

    def facets(self) -> list[Facet]:
        """Every facet with its values and counts; call only when the form is valid."""
        return [
            self._related_facet("instrument", "cases", "code"),
            self._related_facet("sector", "cases", "nace_code"),
            self._related_facet("region", "cases", "nuts3_code"),
            self._country_facet(),
            self._related_facet("network", "cases", "pk"),
            self._year_facet(),
        ]

    def _toggle_url(self, name: str, value: str) -> tuple[bool, str]:
        query = self.request.GET.copy() if self.request is not None else None
        if query is None:
            return False, f"?{name}={value}"
        query.pop("page", None)
        values = query.getlist(name)
        active = value in values
        query.setlist(name, [v for v in values if v != value] if active else [*values, value])
        encoded = query.urlencode()
        return active, f"?{encoded}" if encoded else self.request.path

    def _value(self, name, value, label, count, obj=None) -> FacetValue:
        active, url = self._toggle_url(name, str(value))
        return FacetValue(str(value), label, count, active, url, obj)

    def _related_facet(self, name: str, related_name: str, key: str) -> Facet:
        facet_filter = self.filters[name]
        cases = self.queryset_without(name).values("pk")
        choices = facet_filter.get_queryset(self.request)
        rows = list(
            choices.filter(**{f"{related_name}__in": cases}).annotate(count=Count(related_name))
        )
        found = {row.pk for row in rows}
        selected = self.chosen.get(name) or []
        rows += [obj for obj in selected if obj.pk not in found]
        for obj in rows:
            obj.count = getattr(obj, "count", 0)
        return Facet(
            name,
            facet_filter.label,
            [self._value(name, getattr(obj, key), str(obj), obj.count, obj) for obj in rows],
        )

    def _country_facet(self) -> Facet:
        counts = self.queryset_without("country").aggregate(
            **{code: Count("pk", filter=Q(countries__contains=code)) for code in Country.values}
        )
        selected = set(self.chosen.get("country") or [])
        values = [
            self._value("country", code, label, counts[code])
            for code, label in Country.choices
            if counts[code] or code in selected
        ]
        return Facet("country", self.filters["country"].label, values)

    def _year_facet(self) -> Facet:
        rows = (
            self.queryset_without("year")
            .exclude(start_year=None)
            .values("start_year")
            .annotate(count=Count("pk"))
            .order_by("-start_year")
        )
        counts = {row["start_year"]: row["count"] for row in rows}
        for year in self.chosen.get("year") or []:
            counts.setdefault(year, 0)
        values = [
            self._value("year", year, str(year), counts[year])
            for year in sorted(counts, reverse=True)
        ]
        return Facet("year", self.filters["year"].label, values)
