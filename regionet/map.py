"""The map: member companies, networks and good-practice cases as places.

One query per kind of place collects what the map needs (companies by their own
coordinates, networks and cases at the centre of their regions), so the data endpoint
stays fast with thousands of members. The same places, with the same filters, are the
page's server-rendered list for visitors without JavaScript.
"""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.conf import settings
from django.http import JsonResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from core.i18n import source_language
from core.listing import paginate
from goodpractice.models import GoodPractice
from network.models import Company, Country, Membership, Network, Region, Sector

PLACE_TYPES = [
    ("company", _("Member companies")),
    ("network", _("Networks")),
    ("case", _("Good-practice cases")),
]
PLACE_LABELS = {
    "company": pgettext_lazy("map place", "Member company"),
    "network": pgettext_lazy("map place", "Network"),
    "case": pgettext_lazy("map place", "Good-practice case"),
}


@dataclass(frozen=True)
class Place:
    type: str
    name: str
    name_lang: str
    url: str
    latitude: float
    longitude: float
    detail: str

    @property
    def type_label(self) -> str:
        return str(PLACE_LABELS[self.type])

    def as_feature(self) -> dict:
        return {
            "type": "Feature",
            "geometry": {
                "type": "Point",
                "coordinates": [round(self.longitude, 5), round(self.latitude, 5)],
            },
            "properties": {
                "type": self.type,
                "label": self.type_label,
                "name": self.name,
                "lang": self.name_lang,
                "url": self.url,
                "detail": self.detail,
            },
        }


class MapFilterForm(forms.Form):
    """The map's filters; values are language-independent codes, as on every list."""

    type = forms.ChoiceField(
        label=_("Show"), choices=[("", _("All")), *PLACE_TYPES], required=False
    )
    sector = forms.ModelChoiceField(
        label=_("Sector"),
        queryset=Sector.objects.order_by("nace_code"),
        to_field_name="nace_code",
        required=False,
        empty_label=_("All"),
    )
    country = forms.ChoiceField(
        label=_("Country"), choices=[("", _("All")), *Country.choices], required=False
    )


def _centre(points: list[tuple[Decimal, Decimal]]) -> tuple[float, float] | None:
    if not points:
        return None
    return (
        float(sum(lat for lat, _lon in points) / len(points)),
        float(sum(lon for _lat, lon in points) / len(points)),
    )


def _url_pattern(name: str) -> str:
    # One reverse() for all objects of a kind: the slug goes into the placeholder.
    return reverse(name, kwargs={"slug": "slug-placeholder"})


def company_places(*, sector: Sector | None, country: str) -> list[Place]:
    companies = Company.objects.public().filter(latitude__isnull=False, longitude__isnull=False)
    if sector is not None:
        companies = companies.filter(sectors=sector)
    if country:
        companies = companies.filter(country=country)
    countries = dict(Country.choices)
    pattern = _url_pattern("network:company-detail")
    rows = companies.values_list("name", "slug", "latitude", "longitude", "city", "country")
    places = []
    for name, slug, latitude, longitude, city, country_code in rows.distinct():
        country_name = str(countries.get(country_code, country_code))
        places.append(
            Place(
                "company",
                name,
                "",
                pattern.replace("slug-placeholder", slug),
                float(latitude),
                float(longitude),
                f"{city}, {country_name}" if city else country_name,
            )
        )
    return places


def _region_centres() -> dict[int, tuple[Decimal, Decimal]]:
    rows = Region.objects.public().filter(latitude__isnull=False, longitude__isnull=False)
    rows = rows.values_list("pk", "latitude", "longitude")
    return {pk: (latitude, longitude) for pk, latitude, longitude in rows}


def network_places(*, sector: Sector | None, country: str) -> list[Place]:
    networks = Network.objects.public()
    if country:
        networks = networks.filter(regions__country=country)
    if sector is not None:
        networks = networks.filter(
            Company.objects.public_through("memberships__company"),
            memberships__company__sectors=sector,
        )
    networks = list(networks.distinct())
    ids = [network.pk for network in networks]
    centres = _region_centres()
    regions_of = defaultdict(list)
    for network_id, region_id in Network.regions.through.objects.filter(
        network_id__in=ids
    ).values_list("network_id", "region_id"):
        if region_id in centres:
            regions_of[network_id].append(centres[region_id])
    members_of = defaultdict(list)
    for network_id, latitude, longitude in Membership.objects.filter(
        Company.objects.public_through("company"),
        network_id__in=ids,
        company__latitude__isnull=False,
        company__longitude__isnull=False,
    ).values_list("network_id", "company__latitude", "company__longitude"):
        members_of[network_id].append((latitude, longitude))
    places = []
    for network in networks:
        # The centre of its regions; without located regions, the centre of its members.
        centre = _centre(regions_of[network.pk]) or _centre(members_of[network.pk])
        if centre is None:
            continue
        places.append(
            Place(
                "network",
                network.name,
                source_language(network, "name") or "",
                network.get_absolute_url(),
                *centre,
                network.get_kind_display(),
            )
        )
    return places


def case_places(*, sector: Sector | None, country: str) -> list[Place]:
    cases = GoodPractice.objects.public().select_related("lead_organisation")
    if country:
        cases = cases.filter(countries__contains=country)
    if sector is not None:
        cases = cases.filter(sectors=sector)
    cases = list(cases.prefetch_related("regions").distinct())
    centres = _region_centres()
    places = []
    for case in cases:
        regions = list(case.regions.all())
        centre = _centre([centres[region.pk] for region in regions if region.pk in centres])
        lead = case.lead_organisation
        if centre is None and lead is not None and lead.latitude is not None:
            centre = (float(lead.latitude), float(lead.longitude))
        if centre is None:
            continue
        places.append(
            Place(
                "case",
                case.title,
                source_language(case, "title") or "",
                case.get_absolute_url(),
                *centre,
                ", ".join(region.name for region in regions) or case.timescale,
            )
        )
    return places


def collect_places(cleaned_data: dict) -> list[Place]:
    """Every place matching the filters: companies, then networks, then cases, by name."""
    kind = cleaned_data.get("type") or ""
    options = {"sector": cleaned_data.get("sector"), "country": cleaned_data.get("country") or ""}
    places = []
    for name, collect in (
        ("company", company_places),
        ("network", network_places),
        ("case", case_places),
    ):
        if not kind or kind == name:
            places += sorted(collect(**options), key=lambda place: place.name.casefold())
    return places


def filter_form(request) -> MapFilterForm:
    return MapFilterForm(request.GET or None)


def form_is_valid(request, form: MapFilterForm) -> bool:
    too_long = len(request.META.get("QUERY_STRING", "")) > 2000
    return not too_long and (not form.is_bound or form.is_valid())


class FilterHolder:
    """What templates/includes/filter_form.html expects of a filter: its form."""

    def __init__(self, form):
        self.form = form


class MapView(TemplateView):
    """The map (JavaScript) above the same places as a paginated list (always there)."""

    template_name = "regionet/map.html"
    paginate_by = 50

    def get(self, request, *args, **kwargs):
        self.form = filter_form(request)
        self.filter_is_valid = form_is_valid(request, self.form)
        context = self.get_context_data(**kwargs)
        return self.render_to_response(context, status=200 if self.filter_is_valid else 400)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cleaned = self.form.cleaned_data if self.form.is_bound and self.filter_is_valid else {}
        places = collect_places(cleaned) if self.filter_is_valid else []
        paged = paginate(self.request, places, self.paginate_by)
        query = self.request.GET.copy()
        query.pop("page", None)
        data_url = reverse("map-data")
        context.update(
            filter=FilterHolder(self.form),
            filter_is_valid=self.filter_is_valid,
            active_filter_count=sum(1 for name, value in query.items() if value),
            **paged,
            places=paged["object_list"],
            data_url=f"{data_url}?{query.urlencode()}" if query else data_url,
            tile_url=settings.MAP_TILE_URL,
            tile_attribution=settings.MAP_TILE_ATTRIBUTION,
            place_types=PLACE_TYPES,
        )
        return context


@require_GET
def map_data(request):
    """GeoJSON of the places for the map; popups use the names in the page's language."""
    form = filter_form(request)
    if not form_is_valid(request, form):
        errors = {name: [str(text) for text in texts] for name, texts in form.errors.items()}
        return JsonResponse({"errors": errors or {"": ["The address is too long."]}}, status=400)
    cleaned = form.cleaned_data if form.is_bound else {}
    features = [place.as_feature() for place in collect_places(cleaned)]
    response = JsonResponse(
        {"type": "FeatureCollection", "features": features},
        json_dumps_params={"ensure_ascii": False, "separators": (",", ":")},
    )
    patch_cache_control(response, public=True, max_age=300)
    return response
