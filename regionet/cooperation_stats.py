"""The programme's figures on the statistics page: organisations cooperating across borders
(RCO 87-style), cooperations still active a year after they started (RCR 84-style), and
approved cooperations per study trip and per type; each also as a CSV file.

Counted from approved cross-border cooperations only, with one aggregate query per figure.
"""

import csv
import io

from django.db.models import Count
from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _

from backoffice.formats import spreadsheet_text
from cooperation.models import Cooperation, CooperationPartner, CooperationPost
from core.charts import Bar, Chart
from core.i18n import active_language, source_language
from studytrips.models import StudyTrip


def trip_bar(trip: StudyTrip, value: int) -> Bar:
    """A trip's title in the active language (or its fallback, with its `lang`)."""
    language = active_language()
    source = source_language(trip, "title", language) or language
    return Bar(getattr(trip, f"title_{source}") or "", value, "" if source == language else source)


def indicators() -> Chart:
    """RCO 87 and RCR 84 as a table of two figures (not drawn: they count different things)."""
    cross_border = Cooperation.objects.cross_border()
    organisations = CooperationPartner.objects.filter(
        cooperation__in=cross_border.values("pk")
    ).organisation_count()
    durable = Cooperation.objects.durable().count()
    return Chart(
        "cooperation-indicators",
        _("Cooperation across borders: the programme's indicators"),
        _("Indicator"),
        [
            Bar(_("Organisations cooperating across borders (RCO 87)"), organisations),
            Bar(_("Cooperations still active 12 months after they started (RCR 84)"), durable),
        ],
        cross_border.count(),
        _("All approved cross-border cooperations"),
        note=_(
            "Counted from the cooperations the project partners have approved: an organisation "
            "taking part in several cooperations counts once; a cooperation counts for RCR 84 "
            "when it started at least 12 months ago and had not ended 12 months after its start."
        ),
    )


def cooperations_by_trip() -> Chart:
    approved = Cooperation.objects.public_through("cooperations")
    trips = (
        StudyTrip.objects.public()
        .annotate(count=Count("cooperations", filter=approved, distinct=True))
        .filter(count__gt=0)
        .order_by("-count", "-start_date", "pk")
    )
    return Chart(
        "cooperations-trip",
        _("Cooperations per study trip"),
        _("Study trip"),
        [trip_bar(trip, trip.count) for trip in trips],
        Cooperation.objects.public().count(),
        _("All approved cooperations"),
        note=_("Only cooperations that came about through a study trip are listed by trip."),
    )


def cooperations_by_type() -> Chart:
    counts = dict(
        Cooperation.objects.public().values_list("kind").annotate(count=Count("pk")).order_by()
    )
    bars = [
        Bar(str(label), counts[value])
        for value, label in CooperationPost.Type.choices
        if counts.get(value)
    ]
    return Chart(
        "cooperations-type",
        _("Cooperations per type"),
        _("Type of cooperation"),
        bars,
        sum(counts.values()),
        _("All approved cooperations"),
    )


# By the slug of their chart: what the statistics page shows and offers as CSV.
FIGURES = {
    "cooperation-indicators": indicators,
    "cooperations-trip": cooperations_by_trip,
    "cooperations-type": cooperations_by_type,
}


def chart_csv(request, slug: str) -> HttpResponse:
    """One chart's numbers as CSV (UTF-8 with BOM, semicolons: what Excel in German or
    Hungarian opens), in the page's language."""
    build = FIGURES.get(slug)
    if build is None:
        raise Http404("No such chart.")
    chart = build()
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([chart.category_label, _("Number")])
    for bar in chart.bars:
        writer.writerow([spreadsheet_text(bar.label), bar.value])
    writer.writerow([spreadsheet_text(chart.total_label), chart.total])
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{chart.slug}.csv"'
    return response
