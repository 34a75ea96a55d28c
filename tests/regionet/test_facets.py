"""Facets with counts on every list (core.facets): directory, networks, trips, exchange."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.models import Company, Network
from tests.factories import (
    CompanyFactory,
    CooperationPostFactory,
    MembershipFactory,
    NetworkFactory,
    RegionFactory,
    SectorFactory,
    StudyTripFactory,
    days_from_today,
)

pytestmark = pytest.mark.django_db


def facet(response, name) -> dict:
    """{value: (count, active)} of one facet of a list page."""
    for item in response.context["facets"]:
        if item.name == name:
            return {value.value: (value.count, value.active) for value in item.values}
    raise AssertionError(f"no facet {name}")


@pytest.fixture
def directory():
    burgenland = RegionFactory(nuts3_code="AT112", country="AT", name_de="Nordburgenland")
    gyor = RegionFactory(nuts3_code="HU221", country="HU", name_de="Győr-Moson-Sopron")
    food = SectorFactory(nace_code="C10", name_de="Lebensmittel")
    cars = SectorFactory(nace_code="C29", name_de="Fahrzeugbau")
    network = NetworkFactory(name_de="Pannonnetz")
    rows = [
        ("Alpha GmbH", burgenland, "AT", food, Company.Kind.ENTERPRISE),
        ("Beta GmbH", burgenland, "AT", cars, Company.Kind.ENTERPRISE),
        ("Gamma Kft.", gyor, "HU", cars, Company.Kind.ENTERPRISE),
        ("Delta Kft.", gyor, "HU", cars, Company.Kind.SUPPORT),
    ]
    for name, region, country, sector, kind in rows:
        company = CompanyFactory(name=name, region=region, country=country, kind=kind)
        company.sectors.add(sector)
        if country == "HU":
            MembershipFactory(company=company, network=network)
    return {"network": network}


def test_directory_counts_each_value_with_the_other_filters_and_hides_empty_values(
    client, directory
):
    response = client.get("/de/unternehmen/?country=HU")
    assert response.context["paginator"].count == 2
    # The country facet ignores its own choice: both countries stay selectable.
    assert facet(response, "country") == {"AT": (2, False), "HU": (2, True)}
    # Other facets count inside Hungary only; Slovakia and Slovenia (no members) are absent.
    assert facet(response, "sector") == {"C29": (2, False)}
    assert facet(response, "kind") == {"enterprise": (1, False), "support": (1, False)}
    assert facet(response, "network") == {str(directory["network"].pk): (2, False)}
    html = response.content.decode()
    assert "Slowakei" not in html and "Slowenien" not in html


def test_directory_values_of_one_facet_combine_with_or_and_facets_with_and(client, directory):
    both = client.get("/de/unternehmen/?region=AT112&region=HU221")
    assert both.context["paginator"].count == 4
    narrowed = client.get("/de/unternehmen/?region=AT112&region=HU221&sector=C10")
    assert [company.name for company in narrowed.context["companies"]] == ["Alpha GmbH"]
    assert facet(narrowed, "region") == {"AT112": (1, True), "HU221": (0, True)}


def test_a_chosen_value_without_results_stays_visible_with_zero(client, directory):
    response = client.get("/de/unternehmen/?country=SK")
    assert response.status_code == 200
    assert facet(response, "country")["SK"] == (0, True)
    assert "Keine Mitgliedsunternehmen entsprechen diesen Filtern." in response.content.decode()


def test_active_filters_are_chips_that_remove_one_value_and_a_reset_link(client, directory):
    html = client.get("/de/unternehmen/?country=HU&sector=C29&q=kft").content.decode()
    assert 'class="filter-chip' in html
    assert "Land: Ungarn" in html and "Branche: Fahrzeugbau" in html
    assert "Name oder Ort: kft" in html
    # Removing the country keeps the sector and the text.
    assert 'href="?sector=C29&amp;q=kft"' in html
    assert 'href="?country=HU&amp;sector=C29"' in html
    assert '<a class="filter-reset small" href="/de/unternehmen/"' in html
    assert "Alle zurücksetzen" in html


def test_filters_fold_into_a_details_disclosure_with_the_count_of_active_values(client, directory):
    german = client.get("/de/unternehmen/?country=HU&sector=C29&sector=C10").content.decode()
    assert '<details class="filter-disclosure"' in german
    assert "Filter (3)</summary>" in german
    hungarian = client.get("/hu/vallalkozasok/?country=HU").content.decode()
    assert "Szűrők (1)</summary>" in hungarian
    # Without filters the summary has no number; a refused value opens the disclosure.
    assert "Filter</summary>" in client.get("/de/unternehmen/").content.decode()
    refused = client.get("/de/unternehmen/?country=XX")
    assert refused.status_code == 400
    assert '<details class="filter-disclosure" id="filters" open>' in refused.content.decode()


def test_facet_counts_cost_the_same_queries_for_few_and_many_companies(client, directory):
    def queries():
        cache.clear()  # the page cache would answer the second request without a query
        with CaptureQueriesContext(connection) as captured:
            client.get("/de/unternehmen/?country=HU&sector=C29")
        return len(captured)

    queries()  # the first request also fills per-process caches
    few = queries()
    for number in range(12):
        company = CompanyFactory(name=f"Mehr {number}", region=RegionFactory(), country="AT")
        company.sectors.add(SectorFactory(nace_code=f"X{number:02d}"))  # never the fixture's
        MembershipFactory(company=company, network=NetworkFactory())
    assert queries() == few


def test_network_country_counts_each_network_once_whatever_its_regions(client):
    austria = [RegionFactory(country="AT"), RegionFactory(country="AT")]
    hungary = RegionFactory(country="HU", nuts3_code="HU222")
    cross_border = NetworkFactory(kind=Network.Kind.CROSS_BORDER)
    cross_border.regions.add(*austria, hungary)
    regional = NetworkFactory()
    regional.regions.add(austria[0])
    response = client.get("/de/netzwerke/")
    assert facet(response, "country") == {"AT": (2, False), "HU": (1, False)}
    hungarian = client.get("/de/netzwerke/?country=HU")
    assert [network.pk for network in hungarian.context["networks"]] == [cross_border.pk]
    assert facet(hungarian, "kind") == {"cross_border": (1, False)}


def test_trip_facets_count_upcoming_past_years_and_countries(client):
    StudyTripFactory(title_de="Bald", country="DE")
    StudyTripFactory(
        title_de="Damals",
        country="HU",
        start_date=days_from_today(-400),
        end_date=days_from_today(-397),
        registration_deadline=days_from_today(-420),
    )
    response = client.get("/de/studienreisen/?country=DE")
    assert facet(response, "when") == {"upcoming": (1, False)}
    assert facet(response, "country") == {"DE": (1, True), "HU": (1, False)}
    past = client.get("/de/studienreisen/?when=past&when=upcoming")
    assert past.context["paginator"].count == 2


def test_exchange_facets_count_kinds_types_and_spoken_languages(client):
    region = RegionFactory(country="HU", nuts3_code="HU223")
    CooperationPostFactory(kind="offer", languages=["de", "hu"], region=region)
    CooperationPostFactory(kind="request", cooperation_type="joint_venture", languages=["hu"])
    response = client.get("/hu/egyuttmukodesek/?language=hu")
    assert facet(response, "kind") == {"offer": (1, False), "request": (1, False)}
    assert facet(response, "language") == {"de": (1, False), "hu": (2, True)}
    requests = client.get("/hu/egyuttmukodesek/?kind=request")
    assert facet(requests, "language") == {"hu": (1, False)}
    assert facet(requests, "country") != {}
