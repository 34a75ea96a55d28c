"""The network in figures: members, networks, good-practice cases and study trips, counted
from the public content with one aggregate query per chart."""

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from core.charts import Bar, Chart
from core.i18n import active_language, source_language
from goodpractice.models import GoodPractice, Instrument
from network.models import Company, Country, Network, Region, Sector
from regionet.cooperation_stats import FIGURES
from studytrips.models import StudyTrip


def _label(obj, field: str) -> tuple[str, str]:
    """A translated name in the active language and its `lang` when it is a fallback."""
    language = active_language()
    source = source_language(obj, field, language) or language
    return getattr(obj, f"{field}_{source}") or "", "" if source == language else source


def _bar(obj, field: str, value: int) -> Bar:
    label, lang = _label(obj, field)
    return Bar(label, value, lang)


def members_by_country() -> Chart:
    members = Company.objects.public()
    rows = members.values("country").annotate(count=Count("pk")).order_by("-count", "country")
    labels = dict(Country.choices)
    bars = [Bar(str(labels.get(row["country"], row["country"])), row["count"]) for row in rows]
    return Chart(
        "members-country",
        _("Member companies by country"),
        _("Country"),
        bars,
        members.count(),
        _("All member companies"),
    )


def members_by_region() -> Chart:
    members = Company.objects.public()
    public_companies = Company.objects.public_through("companies")
    regions = (
        Region.objects.public()
        .annotate(count=Count("companies", filter=public_companies))
        .filter(count__gt=0)
        .order_by("-count", "country", "name")
    )
    bars = [_bar(region, "name", region.count) for region in regions]
    without = members.filter(region__isnull=True).count()
    if without:
        bars.append(Bar(_("No region given"), without))
    return Chart(
        "members-region",
        _("Member companies by region"),
        _("Region"),
        bars,
        members.count(),
        _("All member companies"),
    )


def members_by_sector() -> Chart:
    members = Company.objects.public()
    public_companies = Company.objects.public_through("companies")
    sectors = (
        Sector.objects.public()
        .annotate(count=Count("companies", filter=public_companies))
        .filter(count__gt=0)
        .order_by("-count", "nace_code")
    )
    return Chart(
        "members-sector",
        _("Member companies by sector"),
        _("Sector"),
        [_bar(sector, "name", sector.count) for sector in sectors],
        members.count(),
        _("All member companies"),
        note=_("A member working in several sectors is counted in each of them."),
    )


def members_by_size() -> Chart:
    members = Company.objects.public()
    counts = dict(members.values_list("size_band").annotate(count=Count("pk")).order_by())
    bars = [
        Bar(str(label), counts[value])
        for value, label in Company.SizeBand.choices
        if counts.get(value)
    ]
    if counts.get(""):
        bars.append(Bar(_("Not specified"), counts[""]))
    return Chart(
        "members-size",
        _("Member companies by size"),
        _("Size (EU definition of SMEs)"),
        bars,
        members.count(),
        _("All member companies"),
    )


def networks_by_kind() -> Chart:
    counts = dict(
        Network.objects.public().values_list("kind").annotate(count=Count("pk")).order_by()
    )
    bars = [
        Bar(str(label), counts[value]) for value, label in Network.Kind.choices if counts.get(value)
    ]
    return Chart(
        "networks-kind",
        _("Networks by kind"),
        _("Kind"),
        bars,
        sum(counts.values()),
        _("All networks"),
    )


def cases_by_instrument() -> Chart:
    public_cases = GoodPractice.objects.public_through("cases")
    instruments = (
        Instrument.objects.public()
        .annotate(count=Count("cases", filter=public_cases))
        .order_by("position", "pk")
    )
    return Chart(
        "cases-instrument",
        _("Good-practice cases by instrument"),
        _("Instrument"),
        [_bar(instrument, "name", instrument.count) for instrument in instruments],
        GoodPractice.objects.public().count(),
        _("All good-practice cases"),
        note=_("A case that uses several instruments is counted for each of them."),
    )


def trips_by_year() -> Chart:
    rows = (
        StudyTrip.objects.public()
        .annotate(year=ExtractYear("start_date"))
        .values("year")
        .annotate(count=Count("pk"))
        .order_by("year")
    )
    bars = [Bar(str(row["year"]), row["count"]) for row in rows]
    return Chart(
        "trips-year",
        _("Study trips per year"),
        _("Year"),
        bars,
        sum(bar.value for bar in bars),
        _("All study trips"),
    )


CHARTS = [
    members_by_country,
    members_by_region,
    members_by_sector,
    members_by_size,
    networks_by_kind,
    cases_by_instrument,
    trips_by_year,
]


class StatisticsView(TemplateView):
    template_name = "regionet/statistics.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["charts"] = [build().layout() for build in CHARTS]
        figures = [build().layout() for build in FIGURES.values()]
        context["indicators"], context["cooperation_charts"] = figures[0], figures[1:]
        return context
