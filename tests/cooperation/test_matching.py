"""Matches on a post's page: which public posts fit, in which order, and why."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.translation import override

from cooperation.matching import matches_for
from cooperation.models import CooperationPost
from network.models import RegionNeighbour
from network.neighbours import load_neighbours
from tests.factories import CooperationPostFactory, RegionFactory, SectorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def neighbour_table():
    """The table the migration loads; again here, since a transactional test elsewhere may
    have emptied a reused test database (loading is idempotent)."""
    load_neighbours(RegionNeighbour)


@pytest.fixture
def places():
    """The project area and its regions' codes as the neighbour table knows them."""
    return {
        "AT113": RegionFactory(
            name_de="Südburgenland", name_hu="Dél-Burgenland", country="AT", nuts3_code="AT113"
        ),
        "AT224": RegionFactory(
            name_de="Oststeiermark", name_hu="Kelet-Stájerország", country="AT", nuts3_code="AT224"
        ),
        "AT112": RegionFactory(
            name_de="Nordburgenland", name_hu="Észak-Burgenland", country="AT", nuts3_code="AT112"
        ),
        "HU222": RegionFactory(
            name_de="Komitat Vas", name_hu="Vas vármegye", country="HU", nuts3_code="HU222"
        ),
        "HU223": RegionFactory(
            name_de="Komitat Zala", name_hu="Zala vármegye", country="HU", nuts3_code="HU223"
        ),
    }


@pytest.fixture
def sectors():
    return {
        "C28": SectorFactory(name_de="Maschinenbau", name_hu="Gépgyártás", nace_code="C28"),
        "C28.1": SectorFactory(
            name_de="Antriebstechnik", name_hu="Hajtástechnika", nace_code="C28.1"
        ),
        "C25": SectorFactory(name_de="Metallerzeugnisse", name_hu="Fémtermékek", nace_code="C25"),
        "J62": SectorFactory(name_de="Software", name_hu="Szoftver", nace_code="J62"),
    }


def request_(title, *, region, sector, **extra):
    return CooperationPostFactory(
        title=title, kind="request", region=region, sector=sector, **extra
    )


def titles(post):
    return [match.post.title for match in matches_for(post)]


def test_neighbour_table_of_the_project_area_has_both_directions_and_saxony():
    assert RegionNeighbour.objects.filter(nuts3_code="AT113", neighbour_code="HU222").exists()
    assert RegionNeighbour.objects.filter(nuts3_code="HU222", neighbour_code="AT113").exists()
    assert RegionNeighbour.objects.filter(nuts3_code="DED21", neighbour_code="DED2C").exists()
    assert not RegionNeighbour.objects.filter(nuts3_code="HU223", neighbour_code="AT113").exists()


def test_cross_border_matches_rank_above_same_country_ones_then_by_sector_and_region(
    places, sectors
):
    offer = CooperationPostFactory(
        title="Drehteile", kind="offer", region=places["AT113"], sector=sectors["C28"]
    )
    # Same country, same region, same division: the closest, but not across the border.
    request_("Nachbar im Bezirk", region=places["AT113"], sector=sectors["C28"])
    # Across the border, a neighbouring county, same division.
    request_("Vas, gleiche Branche", region=places["HU222"], sector=sectors["C28.1"])
    # Across the border, not neighbouring, only the same NACE section.
    request_("Zala, verwandte Branche", region=places["HU223"], sector=sectors["C25"])
    # Across the border, not neighbouring, same division.
    request_("Zala, gleiche Branche", region=places["HU223"], sector=sectors["C28"])
    assert titles(offer) == [
        "Vas, gleiche Branche",
        "Zala, gleiche Branche",
        "Zala, verwandte Branche",
        "Nachbar im Bezirk",
    ]


def test_a_match_needs_a_common_language_a_compatible_type_the_other_kind_and_a_public_post(
    places, sectors
):
    offer = CooperationPostFactory(
        kind="offer",
        cooperation_type="supplier",
        region=places["AT113"],
        sector=sectors["C28"],
        languages=["de"],
    )
    fits = request_("Passt", region=places["HU222"], sector=sectors["C28"], languages=["hu", "de"])
    request_("Nur Ungarisch", region=places["HU222"], sector=sectors["C28"], languages=["hu"])
    request_(
        "Anderer Typ",
        region=places["HU222"],
        sector=sectors["C28"],
        cooperation_type="study_visit",
    )
    request_("Andere Branche", region=places["HU222"], sector=sectors["J62"])
    request_("Nicht freigegeben", region=places["HU222"], sector=sectors["C28"], status="pending")
    CooperationPostFactory(
        title="Auch ein Angebot", kind="offer", region=places["HU222"], sector=sectors["C28"]
    )
    assert titles(offer) == [fits.title]


def test_related_types_meet_but_unrelated_ones_do_not(places, sectors):
    visit = CooperationPostFactory(
        kind="offer", cooperation_type="study_visit", region=places["AT113"], sector=None
    )
    request_("Wissensaustausch", region=places["HU222"], sector=None, cooperation_type="knowledge")
    request_("Zulieferer", region=places["HU222"], sector=None, cooperation_type="supplier")
    assert titles(visit) == ["Wissensaustausch"]


@pytest.mark.parametrize(
    ("language", "why"),
    [
        (
            "de",
            "grenzüberschreitend (Österreich–Ungarn), gleiche Branche C28, "
            "Nachbarregion Komitat Vas, beide sprechen Deutsch",
        ),
        (
            "hu",
            "határon átnyúló (Ausztria–Magyarország), azonos ágazat: C28, "
            "szomszédos térség: Vas vármegye, közös nyelv: német",
        ),
    ],
)
def test_each_match_says_why_in_the_page_language(client, places, sectors, language, why):
    offer = CooperationPostFactory(
        kind="offer", region=places["AT113"], sector=sectors["C28"], languages=["de", "en"]
    )
    request_("Vas", region=places["HU222"], sector=sectors["C28.1"], languages=["hu", "de"])
    with override(language):
        html = client.get(offer.get_absolute_url()).content.decode()
    assert why[0].upper() + why[1:] in html
    heading = {"de": "Passende Gesuche", "hu": "Illő igények"}[language]
    assert heading in html


def test_request_page_lists_matching_offers(client, places, sectors):
    request = request_("Gesuch", region=places["HU222"], sector=sectors["C28"])
    CooperationPostFactory(
        title="Ein Angebot", kind="offer", region=places["AT113"], sector=sectors["C28"]
    )
    html = client.get(request.get_absolute_url()).content.decode()
    assert "Passende Angebote" in html and "Ein Angebot" in html


def count_queries(client, url) -> int:
    cache.clear()  # measure the page as computed, not as the page cache keeps it
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def make_posts(count, places, sectors):
    regions, codes = list(places.values()), list(sectors.values())
    CooperationPost.objects.bulk_create(
        [
            CooperationPostFactory.build(
                kind="request" if index % 2 else "offer",
                region=regions[index % len(regions)],
                sector=codes[index % len(codes)],
                slug="lohnfertigung",  # bulk_create skips save(), which fills the slug
            )
            for index in range(count)
        ]
    )


def test_the_post_page_costs_the_same_queries_with_10_and_500_posts(client, places, sectors):
    offer = CooperationPostFactory(kind="offer", region=places["AT113"], sector=sectors["C28"])
    make_posts(10, places, sectors)
    with_ten = count_queries(client, offer.get_absolute_url())
    make_posts(490, places, sectors)
    assert count_queries(client, offer.get_absolute_url()) == with_ten
    assert len(matches_for(offer)) == 5
