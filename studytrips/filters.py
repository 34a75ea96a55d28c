from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.facets import ChoiceFacet, ConditionFacet, FacetFilterSet, YearFacet
from network.models import Country
from studytrips.models import StudyTrip


class StudyTripFilter(FacetFilterSet):
    """Facets of the trip list; year and country are the same values in both languages."""

    WHEN_CHOICES = [("upcoming", _("Upcoming trips")), ("past", _("Past trips"))]

    when = ConditionFacet(
        label=_("When"),
        choices=WHEN_CHOICES,
        conditions={
            "upcoming": lambda: Q(end_date__gte=timezone.localdate()),
            "past": lambda: Q(end_date__lt=timezone.localdate()),
        },
    )
    year = YearFacet(label=_("Year"), field_name="start_date__year")
    country = ChoiceFacet(label=_("Country"), choices=Country.choices)

    class Meta:
        model = StudyTrip
        fields = []
