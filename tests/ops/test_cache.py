import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.cache import bump_generation, current_generation
from core.models import CacheGeneration, Page
from tests.factories import (
    CompanyFactory,
    GoodPracticeFactory,
    NetworkFactory,
    PageFactory,
    StudyTripFactory,
)

pytestmark = pytest.mark.django_db


def test_anonymous_pages_are_cached_and_edits_show_at_once(client):
    network = NetworkFactory(name_de="Altes Netz")
    first = client.get("/de/netzwerke/")
    assert first["X-Page-Cache"] == "miss"
    second = client.get("/de/netzwerke/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    network.name_de = "Neues Netz"
    network.save()
    third = client.get("/de/netzwerke/")
    assert third["X-Page-Cache"] == "miss"
    assert "Neues Netz" in third.content.decode()


def test_an_admin_edit_shows_at_once(client, admin_client):
    network = NetworkFactory(name_de="Netz", description_de="Alte Beschreibung.")
    assert "Alte Beschreibung." in client.get(network.get_absolute_url()).content.decode()
    assert client.get(network.get_absolute_url())["X-Page-Cache"] == "hit"
    admin_client.post(
        reverse("admin:network_network_change", args=[network.pk]),
        {
            "name_de": "Netz",
            "slug_de": network.slug_de,
            "slug_hu": network.slug_hu,
            "kind": "regional",
            "description_de": "Neue Beschreibung.",
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
        },
    )
    assert "Neue Beschreibung." in client.get(network.get_absolute_url()).content.decode()


def test_visitors_with_a_session_never_get_a_cached_page(client, admin_client):
    client.get("/de/")
    assert client.get("/de/")["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in admin_client.get("/de/")


def test_pages_with_a_csrf_token_are_never_cached():
    trip = StudyTripFactory()
    url = reverse("studytrips:trip-register", kwargs={"slug": trip.slug})
    first, second = Client(headers={"host": "localhost"}), Client(headers={"host": "localhost"})
    first.get(url)
    response = second.get(url)
    assert "X-Page-Cache" not in response
    assert response.cookies["csrftoken"].value != first.cookies["csrftoken"].value


def test_revisit_gets_304_with_etag(client):
    response = client.get("/hu/halozatok/")
    etag = response["ETag"]
    again = client.get("/hu/halozatok/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""


def test_head_requests_do_not_poison_the_cache(client):
    client.head("/de/unternehmen/")
    response = client.get("/de/unternehmen/")
    assert response.status_code == 200
    assert b"<h1" in response.content


def test_the_generation_grows_per_app_and_its_row_comes_back_when_missing():
    CacheGeneration.objects.all().delete()
    assert current_generation("goodpractice") == 0
    bump_generation("goodpractice")
    assert current_generation("goodpractice") == 1
    bump_generation()
    assert CacheGeneration.objects.get(scope="goodpractice").value == 2
    assert current_generation("network") == 1


def test_an_edit_of_a_case_leaves_the_company_directory_warm(client):
    case = GoodPracticeFactory(title_de="Alter Titel")
    CompanyFactory(name="Tischlerei Berger")
    pages = ["/de/unternehmen/", "/de/netzwerke/", "/de/good-practice/", "/de/"]
    for page in pages:
        client.get(page)
    case.title_de = "Neuer Titel"
    case.save()
    after = {page: client.get(page) for page in pages}
    assert after["/de/unternehmen/"]["X-Page-Cache"] == "hit"
    assert after["/de/netzwerke/"]["X-Page-Cache"] == "hit"
    # The library and the home page (which shows every app) show the edit at once.
    assert after["/de/good-practice/"]["X-Page-Cache"] == "miss"
    assert "Neuer Titel" in after["/de/good-practice/"].content.decode()
    assert after["/de/"]["X-Page-Cache"] == "miss"


def test_an_edit_of_a_company_makes_the_pages_that_show_companies_cold(client):
    company = CompanyFactory(name="Tischlerei Berger")
    GoodPracticeFactory(lead_organisation=company)
    for page in ["/de/unternehmen/", "/de/good-practice/"]:
        client.get(page)
    company.name = "Tischlerei Berger & Söhne"
    company.save()
    directory = client.get("/de/unternehmen/")
    assert directory["X-Page-Cache"] == "miss"
    assert "Berger &amp; Söhne" in directory.content.decode()
    # Case pages name their lead organisation: they depend on the directory's app too.
    assert client.get("/de/good-practice/")["X-Page-Cache"] == "miss"


def test_a_bulk_action_in_the_admin_shows_at_once(client, admin_client):
    case = GoodPracticeFactory(title_de="Entwurf wird veröffentlicht", status="draft")
    CompanyFactory(name="Tischlerei Berger")
    assert "Entwurf wird" not in client.get("/de/good-practice/").content.decode()
    client.get("/de/unternehmen/")
    admin_client.post(
        "/admin/goodpractice/goodpractice/",
        {"action": "publish", "_selected_action": [case.pk]},
    )
    case.refresh_from_db()
    assert case.status == "published"
    library = client.get("/de/good-practice/").content.decode().replace("\u00ad", "")
    assert "Entwurf wird veröffentlicht" in library  # card titles carry soft hyphens
    assert client.get("/de/unternehmen/")["X-Page-Cache"] == "hit"


def test_with_a_shared_cache_a_hit_costs_no_query_and_an_edit_shows_at_once(
    client, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SHARED_GENERATIONS = True  # the test's cache stands in for Redis
    network = NetworkFactory(name_de="Altes Netz")
    client.get("/de/netzwerke/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/de/netzwerke/")
    assert response["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    with django_capture_on_commit_callbacks(execute=True):
        network.name_de = "Neues Netz"
        network.save()
    response = client.get("/de/netzwerke/")
    assert response["X-Page-Cache"] == "miss"
    assert "Neues Netz" in response.content.decode()


def test_without_the_shared_numbers_the_database_answers(client, settings):
    settings.PAGE_CACHE_SHARED_GENERATIONS = True
    NetworkFactory(name_de="Netz")
    client.get("/de/netzwerke/")
    cache.delete_many([f"generation:{scope}" for scope in settings.PAGE_CACHE_APPS])
    assert client.get("/de/netzwerke/")["X-Page-Cache"] == "hit"


def test_the_footer_shows_an_edit_made_on_another_server_at_once(client, admin_client):
    page = PageFactory(title_de="Impressum", show_in_footer=True)
    assert "Impressum" in admin_client.get("/de/netzwerke/").content.decode()
    # Another server saves the page: this process's caches hear nothing, only the number grows.
    Page.objects.filter(pk=page.pk).update(title_de="Kontakt und Impressum")
    with connection.cursor() as cursor:
        cursor.execute("UPDATE regionet_cachegeneration SET value = value + 1 WHERE scope = 'core'")
    for visitor in (admin_client, client):
        assert "Kontakt und Impressum" in visitor.get("/de/netzwerke/").content.decode()
