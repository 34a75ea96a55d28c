"""Every public page runs a number of queries that does not grow with the data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from goodpractice.models import GoodPractice, KeyFigure
from network.models import Company, Membership
from studytrips.models import ProgrammeItem, Registration
from tests import factories

pytestmark = pytest.mark.django_db

LIST_LIMIT, DETAIL_LIMIT = 10, 12


@pytest.fixture
def world(request):
    """`n` related objects of every kind around one network, trip and case."""
    n = request.param
    region, sector = factories.RegionFactory(), factories.SectorFactory()
    network = factories.NetworkFactory()
    network.regions.add(region)
    companies = Company.objects.bulk_create(
        Company(name=f"Firma {i}", slug=f"firma-{i}", country="AT", region=region, city="Ort")
        for i in range(n)
    )
    Company.sectors.through.objects.bulk_create(
        Company.sectors.through(company_id=c.pk, sector_id=sector.pk) for c in companies
    )
    Membership.objects.bulk_create(Membership(company=c, network=network) for c in companies)
    member = factories.CompanyFactory(name="Vielfachmitglied")
    for _ in range(min(n, 50)):
        Membership.objects.create(company=member, network=factories.NetworkFactory(parent=network))
    trip = factories.StudyTripFactory(capacity=n * 2)
    factories.StudyTripFactory.create_batch(3)
    ProgrammeItem.objects.bulk_create(
        ProgrammeItem(trip=trip, day=trip.start_date, kind="workshop", title_de=f"Punkt {i}")
        for i in range(n)
    )
    Registration.objects.bulk_create(
        Registration(
            trip=trip,
            name=f"P {i}",
            email=f"p{i}@example.org",
            consent_at=trip.created,
            consent_version="1",
            status="confirmed",
        )
        for i in range(n)
    )
    instrument = factories.InstrumentFactory()
    case = factories.GoodPracticeFactory(
        instruments=[instrument], sectors=[sector], regions=[region]
    )
    KeyFigure.objects.bulk_create(
        KeyFigure(case=case, value=str(i), label_de=f"Zahl {i}") for i in range(min(n, 100))
    )
    for _ in range(min(n, 60)):
        factories.GoodPracticeFactory(
            instruments=[instrument], sectors=[sector], networks=[network]
        )
    return {
        "network": network,
        "company": member,
        "trip": trip,
        "case": case,
        "instrument": instrument,
    }


def query_count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    if len(queries) > 10:
        print(url, *[q["sql"][:160] for q in queries.captured_queries], sep="\n  ")
    return len(queries)


@pytest.fixture(autouse=True)
def rendering_without_page_cache(settings):
    """Count what rendering a page costs, not what a cache hit costs.

    The cache generations are read as in production, from the shared cache (Redis); without
    one, every page reads them with one more query.
    """
    settings.PAGE_CACHE_SECONDS = 0
    settings.PAGE_CACHE_SHARED_GENERATIONS = True


@pytest.mark.parametrize("world", [10, 500], indirect=True)
def test_list_pages_run_a_bounded_number_of_queries(client, world):
    for url in [
        reverse("home"),
        reverse("network:network-list"),
        reverse("network:company-list"),
        reverse("network:company-list") + "?country=AT&sort=newest",
        reverse("studytrips:trip-list"),
        reverse("goodpractice:case-list"),
        reverse("goodpractice:case-list") + f"?instrument={world['instrument'].code}",
        world["instrument"].get_absolute_url(),
    ]:
        assert query_count(client, url) <= LIST_LIMIT, url


@pytest.mark.parametrize("world", [10, 500], indirect=True)
def test_detail_pages_run_a_bounded_number_of_queries(client, world):
    for obj in [world["network"], world["company"], world["trip"], world["case"]]:
        url = obj.get_absolute_url()
        assert query_count(client, url) <= DETAIL_LIMIT, url
    assert GoodPractice.objects.count() > 10


@pytest.mark.parametrize("world", [10], indirect=True)
def test_pages_never_read_search_vectors(client, world):
    urls = [
        reverse("home"),
        reverse("network:network-list"),
        reverse("network:company-list"),
        reverse("studytrips:trip-list"),
        reverse("goodpractice:case-list"),
        reverse("cooperation:post-list"),
        *(obj.get_absolute_url() for obj in world.values()),
    ]
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        read = [q["sql"] for q in queries.captured_queries if "search_de" in q["sql"]]
        assert read == [], url


def test_the_home_page_reuses_its_figures_until_content_changes(
    client, django_capture_on_commit_callbacks
):
    factories.CompanyFactory(name="Tischlerei Berger")
    client.get(reverse("home"))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("home"))
    assert response.context["figures"]["members"] == 1
    assert len(queries) == 0
    with django_capture_on_commit_callbacks(execute=True):
        factories.CompanyFactory(name="Bäckerei Horvath")
    assert client.get(reverse("home")).context["figures"]["members"] == 2
