from django.utils.translation import gettext_lazy as _

from cooperation.fields import SpokenLanguage
from cooperation.models import CooperationPost
from core.facets import ChoiceFacet, ConditionFacet, FacetFilterSet, RelatedFacet
from network.filters import alphabetical_regions
from network.models import Country, Sector


class CooperationPostFilter(FacetFilterSet):
    """Facets of the exchange; values are language-independent codes."""

    kind = ChoiceFacet(label=_("Offer or request"), choices=CooperationPost.Kind.choices)
    type = ChoiceFacet(
        label=_("Type of cooperation"),
        field_name="cooperation_type",
        choices=CooperationPost.Type.choices,
    )
    sector = RelatedFacet(
        label=_("Sector"),
        field_name="sector",
        queryset=Sector.objects.all(),
        to_field_name="nace_code",
        show_value=True,
    )
    region = RelatedFacet(
        label=_("Region"),
        field_name="region",
        queryset=alphabetical_regions,
        to_field_name="nuts3_code",
        show_value=True,
    )
    country = ChoiceFacet(label=_("Country"), field_name="region__country", choices=Country.choices)
    language = ConditionFacet.list_contains(
        "languages", SpokenLanguage.choices, label=_("Language spoken")
    )

    class Meta:
        model = CooperationPost
        fields = []
