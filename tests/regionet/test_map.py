"""The map: its data endpoint (GeoJSON), the page around it and the list for visitors
without JavaScript."""

from decimal import Decimal

import pytest
from django.conf import settings
from django.utils.translation import override

from regionet.settings.base import url_template_origin
from tests.factories import (
    CompanyFactory,
    GoodPracticeFactory,
    MembershipFactory,
    NetworkFactory,
    RegionFactory,
    SectorFactory,
)

pytestmark = pytest.mark.django_db

PAGES = {"de": "/de/karte/", "hu": "/hu/terkep/"}
DATA = {"de": "/de/karte/daten.json", "hu": "/hu/terkep/adatok.json"}


def located_company(name, slug, city, region, sector, at):
    """A published company in `region`, at `at` (latitude, longitude), of one sector."""
    latitude, longitude = at
    company = CompanyFactory(
        name=name,
        slug=slug,
        country=region.country,
        city=city,
        region=region,
        latitude=Decimal(latitude),
        longitude=Decimal(longitude),
    )
    company.sectors.set([sector])
    return company


@pytest.fixture
def places():
    vas = RegionFactory(
        nuts3_code="HU222",
        country="HU",
        name_de="Komitat Vas",
        name_hu="Vas vármegye",
        latitude=Decimal("47.1"),
        longitude=Decimal("16.75"),
    )
    south = RegionFactory(
        country="AT",
        name_de="Südburgenland",
        name_hu="Dél-Burgenland",
        latitude=Decimal("47.15"),
        longitude=Decimal("16.25"),
    )
    unlocated = RegionFactory(nuts3_code="DED21", country="DE")
    wood = SectorFactory(nace_code="C16.1")
    it = SectorFactory(nace_code="J62")
    sawmill = located_company(
        "Sägewerk Güssing GmbH",
        "saegewerk-guessing",
        "Güssing",
        south,
        wood,
        ("47.0583", "16.3236"),
    )
    software = located_company(
        "Szombathelyi Szoftver Kft.",
        "szombathelyi-szoftver",
        "Szombathely",
        vas,
        it,
        ("47.2307", "16.6218"),
    )
    CompanyFactory(name="Verborgen GmbH", is_published=False, latitude=1, longitude=1)
    CompanyFactory(name="Ohne Koordinaten GmbH", latitude=None, longitude=None)
    border = NetworkFactory(
        name_de="Grenznetzwerk Süd", name_hu="Déli határ menti hálózat", kind="cross_border"
    )
    border.regions.set([vas, south])
    MembershipFactory(network=border, company=sawmill)
    only_german = NetworkFactory(name_de="Netzwerk Dresden", name_hu="")
    only_german.regions.set([unlocated])
    MembershipFactory(network=only_german, company=software)  # placed at its member
    NetworkFactory(name_de="Nirgendwo")  # no located region, no located member: not on the map
    case = GoodPracticeFactory(title_de="Holzcluster", title_hu="Faipari klaszter")
    case.regions.set([south])
    case.sectors.set([wood])
    case.countries = ["AT"]
    case.save()
    GoodPracticeFactory(title_de="Entwurf", status="draft", published_at=None).regions.set([vas])
    return {"border": border, "case": case, "sawmill": sawmill}


def features(client, language="de", query=""):
    response = client.get(f"{DATA[language]}?{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["features"]


def names(collection) -> set[str]:
    return {feature["properties"]["name"] for feature in collection}


def test_data_endpoint_has_only_public_located_places(client, places):
    data = features(client)
    assert names(data) == {
        "Sägewerk Güssing GmbH",
        "Szombathelyi Szoftver Kft.",
        "Grenznetzwerk Süd",
        "Netzwerk Dresden",
        "Holzcluster",
    }
    by_name = {feature["properties"]["name"]: feature for feature in data}
    assert by_name["Sägewerk Güssing GmbH"]["geometry"] == {
        "type": "Point",
        "coordinates": [16.3236, 47.0583],
    }
    # A network sits at the centre of its regions; without located regions, of its members.
    assert by_name["Grenznetzwerk Süd"]["geometry"]["coordinates"] == [16.5, 47.125]
    assert by_name["Netzwerk Dresden"]["geometry"]["coordinates"] == [16.6218, 47.2307]
    assert by_name["Holzcluster"]["geometry"]["coordinates"] == [16.25, 47.15]
    assert by_name["Sägewerk Güssing GmbH"]["properties"]["url"] == (
        "/de/unternehmen/saegewerk-guessing/"
    )


def test_popups_are_in_the_language_of_the_page(client, places):
    by_name = {f["properties"]["name"]: f["properties"] for f in features(client, "hu")}
    with override("hu"):
        network_url = places["border"].get_absolute_url()
    assert by_name["Déli határ menti hálózat"] == {
        "type": "network",
        "label": "Hálózat",
        "name": "Déli határ menti hálózat",
        "lang": "hu",
        "url": network_url,
        "detail": "Határon átnyúló hálózat",
    }
    assert network_url.startswith("/hu/halozatok/")
    assert by_name["Faipari klaszter"]["label"] == "Jó gyakorlat"
    assert by_name["Faipari klaszter"]["url"].startswith("/hu/jo-gyakorlatok/")
    assert by_name["Faipari klaszter"]["detail"] == "Dél-Burgenland"
    assert by_name["Sägewerk Güssing GmbH"]["detail"] == "Güssing, Ausztria"
    # A name without Hungarian text is the German one, marked as such.
    assert by_name["Netzwerk Dresden"]["lang"] == "de"
    german = {f["properties"]["name"]: f["properties"] for f in features(client, "de")}
    assert german["Grenznetzwerk Süd"]["label"] == "Netzwerk"
    assert german["Holzcluster"]["label"] == "Good-Practice-Beispiel"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=company", {"Sägewerk Güssing GmbH", "Szombathelyi Szoftver Kft."}),
        ("type=network", {"Grenznetzwerk Süd", "Netzwerk Dresden"}),
        ("type=case", {"Holzcluster"}),
        ("country=AT", {"Sägewerk Güssing GmbH", "Grenznetzwerk Süd", "Holzcluster"}),
        ("country=HU", {"Szombathelyi Szoftver Kft.", "Grenznetzwerk Süd"}),
        ("sector=C16.1", {"Sägewerk Güssing GmbH", "Grenznetzwerk Süd", "Holzcluster"}),
        ("sector=J62&type=network", {"Netzwerk Dresden"}),
        ("sector=C16.1&country=HU", {"Grenznetzwerk Süd"}),
        ("country=SK", set()),
    ],
)
def test_data_endpoint_filters_by_type_sector_and_country(client, places, query, expected):
    assert names(features(client, "de", query)) == expected


@pytest.mark.parametrize(
    "query",
    ["type=everything", "sector=XX1", "country=FR", "sector=%00", "country=" + "A" * 2100],
)
def test_invalid_filters_answer_400_on_the_data_endpoint_and_the_page(client, places, query):
    data = client.get(f"{DATA['hu']}?{query}")
    assert data.status_code == 400
    assert "errors" in data.json()
    page = client.get(f"{PAGES['hu']}?{query}")
    assert page.status_code == 400
    assert "Néhány szűrőérték érvénytelen" in page.content.decode()
    assert page.context["places"] == []


def test_data_endpoint_answers_only_get(client, places):
    assert client.post(DATA["de"]).status_code == 405


@pytest.mark.parametrize("language", ["de", "hu"])
def test_map_page_without_javascript_lists_the_same_places(client, places, language):
    response = client.get(f"{PAGES[language]}?country=AT")
    assert response.status_code == 200
    listed = {place.name for place in response.context["places"]}
    assert listed == names(features(client, language, "country=AT"))
    html = response.content.decode()
    with_javascript = html.split('id="map-wrapper"')[1].split(">")[0]
    assert "hidden" in with_javascript  # the map appears only once the script runs
    assert f'data-url="{DATA[language]}?country=AT"' in html
    assert 'role="region"' in html
    label = {"de": "Karte der unten aufgeführten Orte", "hu": "Az alább felsorolt helyek térképe"}
    assert f'aria-label="{label[language]}"' in html
    with override(language):
        assert f'href="{places["sawmill"].get_absolute_url()}"' in html
    for asset in (
        "vendor/leaflet/leaflet.js",
        "vendor/leaflet.markercluster/leaflet.markercluster.js",
        "js/map.js",
        "vendor/leaflet/leaflet.css",
    ):
        assert f"/static/{asset}" in html


def test_the_list_is_paginated_and_keeps_the_filters(client, places):
    for number in range(60):
        CompanyFactory(
            name=f"Betrieb {number:02d}", country="AT", region=None, latitude=47, longitude=16
        )
    first = client.get(f"{PAGES['de']}?country=AT")
    assert first.context["paginator"].count == 63
    assert len(first.context["places"]) == 50
    assert 'href="?country=AT&amp;page=2"' in first.content.decode()
    second = client.get(f"{PAGES['de']}?country=AT&page=2")
    assert len(second.context["places"]) == 13
    assert client.get(f"{PAGES['de']}?page=99").status_code == 404
    assert client.get(f"{PAGES['de']}?page=zwei").status_code == 404


def test_the_map_scripts_are_files_and_the_tiles_are_allowed_by_the_csp(client, places):
    import re

    response = client.get(PAGES["de"])
    html = response.content.decode()
    for tag in re.findall(r"<script[^>]*>", html):
        assert "src=" in tag, tag
    assert "https://tile.openstreetmap.org" in " ".join(settings.SECURE_CSP["img-src"])
    assert url_template_origin("https://{s}.tile.example.org/{z}/{x}/{y}.png") == (
        "https://*.tile.example.org"
    )
    assert url_template_origin("/static/img/map-tile-placeholder.png") == ""


def test_vendored_leaflet_has_no_source_map_references_and_keeps_its_licences():
    from pathlib import Path

    static = Path(settings.BASE_DIR) / "static" / "vendor"
    for folder in ("leaflet", "leaflet.markercluster"):
        files = list((static / folder).iterdir())
        assert any(file.name.startswith("LICENSE") for file in files), folder
        for file in files:
            if file.suffix in {".js", ".css"}:
                assert "sourceMappingURL" not in file.read_text(), file
