import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from network.models import Country
from studytrips.models import StudyTrip


class StudyTripFilter(django_filters.FilterSet):
    """Filters of the trip list; year and country are the same values in both languages."""

    WHEN_CHOICES = [("upcoming", _("Upcoming trips")), ("past", _("Past trips"))]

    when = django_filters.ChoiceFilter(label=_("When"), choices=WHEN_CHOICES, method="filter_when")
    year = django_filters.ChoiceFilter(label=_("Year"), field_name="start_date__year")
    country = django_filters.ChoiceFilter(label=_("Country"), choices=Country.choices)

    class Meta:
        model = StudyTrip
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = (
            StudyTrip.objects.public()
            .order_by("-start_date__year")
            .values_list("start_date__year", flat=True)
            .distinct()
        )
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in years]

    def filter_when(self, queryset, name, value):
        today = timezone.localdate()
        return queryset.upcoming(today) if value == "upcoming" else queryset.past(today)
