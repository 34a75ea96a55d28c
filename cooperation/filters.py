import django_filters
from django.utils.translation import gettext_lazy as _

from cooperation.fields import SpokenLanguage
from cooperation.models import CooperationPost
from network.filters import alphabetical_regions
from network.models import Country, Sector


class CooperationPostFilter(django_filters.FilterSet):
    """Filters of the exchange; values are language-independent codes."""

    kind = django_filters.ChoiceFilter(
        label=_("Offer or request"), choices=CooperationPost.Kind.choices
    )
    type = django_filters.ChoiceFilter(
        label=_("Type of cooperation"),
        field_name="cooperation_type",
        choices=CooperationPost.Type.choices,
    )
    sector = django_filters.ModelChoiceFilter(
        label=_("Sector"), queryset=Sector.objects.all(), to_field_name="nace_code"
    )
    region = django_filters.ModelChoiceFilter(
        label=_("Region"), queryset=alphabetical_regions, to_field_name="nuts3_code"
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"), field_name="region__country", choices=Country.choices
    )
    language = django_filters.ChoiceFilter(
        label=_("Language spoken"), choices=SpokenLanguage.choices, method="filter_language"
    )

    class Meta:
        model = CooperationPost
        fields = []

    def filter_language(self, queryset, name, value):
        return queryset.filter(languages__contains=value)
