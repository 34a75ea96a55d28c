"""Facets: django-filter filters whose values show how many results each would give.

A `FacetFilterSet` declares its facets as filters of the kinds below. Several values of
one facet are OR-ed, facets are AND-ed, and every value is counted with all *other*
active filters applied (standard faceted search), in one aggregate query per facet
whatever the number of values. Values with no result are left out unless chosen. The
values in the address are language-independent codes, so a filtered list is the same
list in both languages.
"""

import re
from dataclasses import dataclass, field

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.db.models.fields.related import ForeignObjectRel
from django.utils.translation import gettext_lazy as _

MAX_VALUES_PER_FACET = 20
FACET_VALUE = re.compile(r"[A-Za-z0-9._-]{1,40}")
MIN_YEAR, MAX_YEAR = 1800, 2100


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


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    active: bool
    url: str
    obj: object = None
    capped: bool = False  # the count stopped at a limit ("500+")


@dataclass
class Facet:
    name: str
    label: str
    values: list[FacetValue] = field(default_factory=list)
    show_value: bool = False

    @property
    def active_count(self) -> int:
        return sum(1 for value in self.values if value.active)


@dataclass
class Chip:
    """An active filter value, with the address of the list without it."""

    label: str
    value: str
    remove_url: str
    obj: object = None


def _crosses_relation(model, path: str) -> bool:
    """Whether a lookup path follows a to-many relation (then rows repeat and need distinct)."""
    for name in path.split("__"):
        try:
            model_field = model._meta.get_field(name)
        except Exception:
            return False
        if model_field.many_to_many or model_field.one_to_many:
            return True
        if not model_field.is_relation:
            return False
        model = model_field.related_model
    return False


def reverse_path(model, path: str) -> str:
    """The lookup from the end of `path` back to `model`.

    From Company, `memberships__network` leads back as `memberships__company`.
    """
    steps = []
    for name in path.split("__"):
        model_field = model._meta.get_field(name)
        if isinstance(model_field, ForeignObjectRel):
            steps.append(model_field.field.name)
        else:
            steps.append(model_field.related_query_name())
        model = model_field.related_model
    return "__".join(reversed(steps))


class FacetFilter:
    """What every facet adds to its django-filter filter: OR within, counts per value."""

    show_value = False

    def counts(self, filterset, queryset) -> list[tuple[str, str, int, object]]:
        """(value, label, count, object) for every value with results, in display order."""
        raise NotImplementedError

    def restrict(self, queryset, condition: Q):
        """Apply `condition`, as a subquery when it follows a to-many relation (no repeats)."""
        if _crosses_relation(queryset.model, self.field_name):
            return queryset.filter(pk__in=queryset.model.objects.filter(condition).values("pk"))
        return queryset.filter(condition)


class RelatedFacet(FacetFilter, django_filters.ModelMultipleChoiceFilter):
    """Objects linked to any of the chosen related objects (regions, sectors, networks…).

    The counts come from the related table in one grouped query, so the labels need no
    second one; `count_path` is the way back from the related model, derived when omitted.
    """

    field_class = FacetModelChoiceField

    def __init__(self, *args, count_path: str | None = None, show_value=False, **kwargs):
        self.count_path = count_path
        self.show_value = show_value
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        return self.restrict(qs, Q(**{f"{self.field_name}__in": value}))

    def counts(self, filterset, queryset):
        back = self.count_path or reverse_path(queryset.model, self.field_name)
        choices = self.get_queryset(filterset.request)
        rows = choices.filter(**{f"{back}__in": queryset.values("pk")}).annotate(
            facet_count=Count(back, distinct=True)
        )
        key = self.extra.get("to_field_name") or "pk"
        return [(str(getattr(row, key)), str(row), row.facet_count, row) for row in rows]

    def chosen_rows(self, chosen):
        key = self.extra.get("to_field_name") or "pk"
        return [(str(getattr(obj, key)), str(obj), obj) for obj in chosen]


class ChoiceFacet(FacetFilter, django_filters.MultipleChoiceFilter):
    """A column with fixed choices (country, kind, size band): one GROUP BY query."""

    field_class = FacetChoiceField

    def filter(self, qs, value):
        if not value:
            return qs
        return self.restrict(qs, Q(**{f"{self.field_name}__in": value}))

    def counts(self, filterset, queryset):
        distinct = _crosses_relation(queryset.model, self.field_name)
        rows = queryset.values(self.field_name).annotate(facet_count=Count("pk", distinct=distinct))
        counts = {str(row[self.field_name]): row["facet_count"] for row in rows}
        return [
            (str(value), str(label), counts[str(value)], None)
            for value, label in self.extra["choices"]
            if counts.get(str(value))
        ]

    def chosen_rows(self, chosen):
        labels = {str(value): str(label) for value, label in self.extra["choices"]}
        return [(value, labels.get(value, value), None) for value in chosen]


class ConditionFacet(FacetFilter, django_filters.MultipleChoiceFilter):
    """Values that are conditions (a country in a list column, upcoming or past): one query
    with a filtered count per value.

    `conditions` maps each value to a callable returning its `Q`, evaluated per request
    (so "upcoming" means today).
    """

    field_class = FacetChoiceField

    def __init__(self, *args, conditions, **kwargs):
        self.conditions = conditions
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        condition = Q()
        for item in value:
            condition |= self.conditions[item]()
        return qs.filter(condition)

    def counts(self, filterset, queryset):
        counts = queryset.aggregate(
            **{
                f"facet_{index}": Count("pk", filter=self.conditions[value]())
                for index, (value, _label) in enumerate(self.extra["choices"])
            }
        )
        return [
            (str(value), str(label), counts[f"facet_{index}"], None)
            for index, (value, label) in enumerate(self.extra["choices"])
            if counts[f"facet_{index}"]
        ]

    def chosen_rows(self, chosen):
        labels = {str(value): str(label) for value, label in self.extra["choices"]}
        return [(value, labels.get(value, value), None) for value in chosen]

    @classmethod
    def list_contains(cls, field_name: str, choices, **kwargs):
        """A facet over a list column ("AT,HU"): a value matches when the list contains it."""
        conditions = {
            str(value): (lambda code=value: Q(**{f"{field_name}__contains": code}))
            for value, _label in choices
        }
        return cls(conditions=conditions, choices=choices, field_name=field_name, **kwargs)


class YearFacet(FacetFilter, django_filters.Filter):
    """Years that occur in the data, latest first (`field_name` may be `start_date__year`)."""

    field_class = YearListField

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(**{f"{self.field_name}__in": value})

    def counts(self, filterset, queryset):
        rows = (
            queryset.exclude(**{self.field_name: None})
            .values(self.field_name)
            .annotate(facet_count=Count("pk"))
            .order_by(f"-{self.field_name}")
        )
        return [
            (str(row[self.field_name]), str(row[self.field_name]), row["facet_count"], None)
            for row in rows
        ]

    def chosen_rows(self, chosen):
        return [(str(year), str(year), None) for year in chosen]


class FacetFilterSet(django_filters.FilterSet):
    """A FilterSet whose facet filters report their values with counts, and its chips."""

    @property
    def facet_names(self) -> list[str]:
        return [name for name, item in self.filters.items() if isinstance(item, FacetFilter)]

    @property
    def chosen(self) -> dict:
        """The cleaned values (empty for the unfiltered list)."""
        return self.form.cleaned_data if self.is_bound else {}

    def queryset_without(self, excluded: str):
        """The rows matching every active filter except `excluded`, unordered."""
        queryset = self.queryset
        for name, value in self.chosen.items():
            if name != excluded and value not in (None, "", []):
                queryset = self.filters[name].filter(queryset, value)
        return queryset.order_by()

    def facets(self) -> list[Facet]:
        """Every facet with its values and counts; call only when the form is valid."""
        return [self.facet(name) for name in self.facet_names]

    def facet(self, name: str) -> Facet:
        facet_filter = self.filters[name]
        rows = facet_filter.counts(self, self.queryset_without(name))
        found = {value for value, *_rest in rows}
        chosen = self.chosen.get(name) or []
        rows += [
            (value, label, 0, obj)
            for value, label, obj in facet_filter.chosen_rows(chosen)
            if value not in found
        ]
        values = []
        for value, label, count, obj in rows:
            active, url = self.toggle_url(name, value)
            values.append(FacetValue(value, label, count, active, url, obj))
        return Facet(name, str(facet_filter.label), values, facet_filter.show_value)

    def toggle_url(self, name: str, value: str) -> tuple[bool, str]:
        """Whether `value` is chosen, and the address with it added or removed (page 1)."""
        query = self.data.copy() if self.is_bound else None
        if query is None or not hasattr(query, "getlist"):
            return False, f"?{name}={value}"
        query.pop("page", None)
        values = query.getlist(name)
        active = value in values
        query.setlist(name, [v for v in values if v != value] if active else [*values, value])
        return active, self.address(query)

    def address(self, query) -> str:
        encoded = query.urlencode()
        path = self.request.path if self.request is not None else ""
        return f"?{encoded}" if encoded else path or "?"

    def chips(self, facets: list[Facet]) -> list[Chip]:
        """The active values of the facets and of the other filters, each removable."""
        chips = [
            Chip(facet.label, value.label, value.url, value.obj)
            for facet in facets
            for value in facet.values
            if value.active
        ]
        if not self.is_bound:
            return chips
        for name in self.plain_filter_names:
            value = self.chosen.get(name)
            if value in (None, "", []):
                continue
            query = self.data.copy()
            query.pop("page", None)
            query.pop(name, None)
            chips.append(Chip(str(self.filters[name].label), str(value), self.address(query)))
        return chips

    @property
    def plain_filter_names(self) -> list[str]:
        """Filters shown as form fields: not facets and not the sort order."""
        return [name for name in self.filters if name not in self.facet_names and name != "sort"]
