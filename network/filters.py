import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.facets import ChoiceFacet, FacetFilterSet, RelatedFacet
from core.text import contains_ignoring_accents
from network.models import Company, Country, Network, Region, Sector


def alphabetical_regions(request):
    """Choices are ordered when the form is built, in the language of the request."""
    return Region.objects.alphabetical()


def alphabetical_networks(request):
    return Network.objects.alphabetical()


class CompanyFilter(FacetFilterSet):
    """Facets of the member directory; values are language-independent codes."""

    SORT_CHOICES = [
        ("name", _("Name (A–Z)")),
        ("-name", _("Name (Z–A)")),
        ("newest", _("Newest first")),
    ]

    q = django_filters.CharFilter(label=_("Name or town"), method="filter_text", max_length=100)
    country = ChoiceFacet(label=_("Country"), choices=Country.choices)
    region = RelatedFacet(
        label=_("Region"),
        field_name="region",
        queryset=alphabetical_regions,
        to_field_name="nuts3_code",
        show_value=True,
    )
    sector = RelatedFacet(
        label=_("Sector"),
        field_name="sectors",
        queryset=Sector.objects.all(),
        to_field_name="nace_code",
        show_value=True,
    )
    kind = ChoiceFacet(label=_("Kind"), choices=Company.Kind.choices)
    size = ChoiceFacet(label=_("Size"), field_name="size_band", choices=Company.SizeBand.choices)
    network = RelatedFacet(
        label=_("Network"), field_name="memberships__network", queryset=alphabetical_networks
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=SORT_CHOICES, method="sort_by", empty_label=None
    )

    class Meta:
        model = Company
        fields = []

    def filter_text(self, queryset, name, value):
        return queryset.filter(
            Q(contains_ignoring_accents("name", value))
            | Q(contains_ignoring_accents("city", value))
        )

    def sort_by(self, queryset, name, value):
        if value == "newest":
            return queryset.order_by("-created", "name")
        return queryset.alphabetical(descending=value == "-name")


class NetworkFilter(FacetFilterSet):
    kind = ChoiceFacet(label=_("Kind"), choices=Network.Kind.choices)
    country = ChoiceFacet(
        label=_("Country"), field_name="regions__country", choices=Country.choices
    )
    region = RelatedFacet(
        label=_("Region"),
        field_name="regions",
        queryset=alphabetical_regions,
        to_field_name="nuts3_code",
        show_value=True,
    )

    class Meta:
        model = Network
        fields = []
