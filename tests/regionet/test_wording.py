"""Wording fixed in the language read-through, where a page or a mail shows it."""

import pytest
from django.contrib.auth import get_user_model

from tests.factories import CooperationPostFactory, StudyTripFactory

pytestmark = pytest.mark.django_db


def test_hungarian_exchange_calls_a_request_igeny_not_the_search_word(client):
    CooperationPostFactory(kind="request")
    html = client.get("/hu/egyuttmukodesek/").content.decode()
    assert "Ajánlat vagy igény" in html
    assert "Igény" in html
    assert "Ajánlat vagy keresés" not in html
    form = client.get("/hu/egyuttmukodesek/uj/").content.decode()
    assert "Ajánlat vagy igény feladása" in form
    assert "Ezen a nyelven írunk Önnek." in form and "Mi is ezen" not in form


def test_public_forms_do_not_show_the_consent_version(client):
    html = client.get("/de/kooperationen/neu/").content.decode()
    assert "Version dieses Textes" not in html


def test_search_snippet_separates_a_subtitle_from_the_summary(client):
    StudyTripFactory(
        title_de="Studienreise Holunder",
        theme_de="Holunder und Unternehmenskooperationen",
        summary_de="Vier Tage mit Holunderbauern.",
    )
    html = client.get("/de/suche/?q=Holunder&type=trip").content.decode()
    assert "Unternehmenskooperationen · Vier Tage" in html.replace("<mark>", "").replace(
        "</mark>", ""
    )


def test_german_admin_says_speichern_and_names_login_attempts(client):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    client.cookies["django_language"] = "de"
    index = client.get("/admin/").content.decode()
    assert "Anmeldeversuche" in index
    form = client.get("/admin/network/company/add/").content.decode()
    assert 'value="Speichern"' in form and "Sichern" not in form
