import pytest
from django.test import Client
from django.urls import reverse

from core.cache import bump_generation, current_generation
from core.models import CacheGeneration
from tests.factories import NetworkFactory, StudyTripFactory

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
    first, second = Client(HTTP_HOST="localhost"), Client(HTTP_HOST="localhost")
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


def test_the_generation_grows_and_its_row_comes_back_when_missing():
    CacheGeneration.objects.all().delete()
    assert current_generation() == 0
    bump_generation()
    assert current_generation() == 1
    bump_generation()
    assert CacheGeneration.objects.get().value == current_generation() == 2
