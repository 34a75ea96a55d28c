"""Cooperations that came about: reported, approved by a partner, then shown on the pages of
the companies, the study trip and the good-practice case they belong to."""

import datetime

import pytest
from django.core.cache import cache
from django.utils.translation import override

from cooperation.models import Cooperation, CooperationPartner
from tests.factories import (
    CompanyFactory,
    CooperationFactory,
    CooperationPartnerFactory,
    GoodPracticeFactory,
    StudyTripFactory,
)

pytestmark = pytest.mark.django_db

REPORT_URL = "/de/kooperationen/melden/"


@pytest.fixture
def pinkatal():
    return CompanyFactory(name="Metallbau Pinkatal GmbH", country="AT")


def report(**overrides):
    data = {
        "name": "Andrea Fuchs",
        "email": "andrea.fuchs@example.at",
        "organisation": "Metallbau Pinkatal GmbH",
        "own_country": "AT",
        "partner_name": "Rába Fémtechnika Kft.",
        "partner_country": "HU",
        "kind": "supplier",
        "started_on": "2025-05-01",
        "ended_on": "",
        "origin": "post",
        "description": "Wir liefern Drehteile für die Fertigung in Győr.",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_a_reported_cooperation_waits_for_approval_and_shows_nowhere_before(client, pinkatal):
    assert client.get(REPORT_URL).status_code == 200
    response = client.post(REPORT_URL, report(), follow=True)
    assert response.redirect_chain == [(REPORT_URL, 302)]
    assert "Die Projektpartner prüfen Ihre Meldung" in response.content.decode()
    cooperation = Cooperation.objects.get()
    assert cooperation.status == "pending"
    assert cooperation.reported_by_email == "andrea.fuchs@example.at"
    partners = {(p.company, p.name, p.country) for p in cooperation.partners.all()}
    # The member company is recognised by its name; the unknown one is kept by name.
    assert partners == {(pinkatal, "", "AT"), (None, "Rába Fémtechnika Kft.", "HU")}
    html = client.get(pinkatal.get_absolute_url()).content.decode()
    assert "Rába Fémtechnika" not in html and "Grenzüberschreitende Kooperationen" not in html


def test_once_approved_the_company_page_lists_the_cooperation(client, pinkatal):
    cooperation = CooperationFactory(title="Drehteile für Győr", status="pending")
    CooperationPartnerFactory(cooperation=cooperation, company=pinkatal, name="", country="AT")
    CooperationPartnerFactory(cooperation=cooperation, name="Rába Fémtechnika Kft.", country="HU")
    assert "Drehteile für Győr" not in client.get(pinkatal.get_absolute_url()).content.decode()
    cooperation.status = "approved"
    cooperation.save()
    cache.clear()
    with override("hu"):
        html = client.get(pinkatal.get_absolute_url()).content.decode()
    assert "Határon átnyúló együttműködések" in html
    assert "Drehteile für Győr" in html and "Rába Fémtechnika Kft." in html


def test_an_unpublished_company_named_in_a_report_is_not_shown_before_approval(client):
    hidden = CompanyFactory(name="Verborgene GmbH", is_published=False, country="AT")
    client.post(REPORT_URL, report(organisation="Verborgene GmbH"))
    assert CooperationPartner.objects.filter(company=hidden).exists()
    assert Cooperation.objects.public().count() == 0


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"partner_country": "AT"}, "Das Land des Partners muss ein anderes sein als Ihres."),
        ({"started_on": "2999-01-01"}, "Bitte geben Sie ein Datum zwischen 1990 und heute an."),
        (
            {"ended_on": "2024-01-01"},
            "Eine Kooperation kann nicht enden, bevor sie begonnen hat.",
        ),
        ({"origin": "trip"}, "Bitte wählen Sie die Studienreise."),
        ({"consent": None}, "Ohne Ihre Einwilligung können wir die Kooperation nicht erfassen."),
        ({"partner_name": "Zeile\nZwei"}, "Bitte schreiben Sie dies in eine Zeile."),
        ({"kind": "unbekannt"}, "unbekannt ist keine gültige Auswahl."),
    ],
)
def test_bad_reports_are_refused_with_400_and_nothing_stored(client, overrides, message):
    response = client.post(REPORT_URL, report(**overrides))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Cooperation.objects.exists()


def test_reports_have_the_honeypot_and_the_hourly_limit(client, settings):
    assert client.post(REPORT_URL, report(homepage="spam")).status_code == 302
    assert not Cooperation.objects.exists()
    settings.SPAM_LIMIT_PER_EMAIL_PER_HOUR = 1
    assert client.post(REPORT_URL, report()).status_code == 302
    limited = client.post(REPORT_URL, report())
    assert limited.status_code == 429
    assert Cooperation.objects.count() == 1


def test_partners_approve_only_cooperations_across_a_border(admin_client):
    across = CooperationFactory(title="Über die Grenze", status="pending")
    CooperationPartnerFactory(cooperation=across, country="AT")
    CooperationPartnerFactory(cooperation=across, country="HU")
    inland = CooperationFactory(title="Im Inland", status="pending")
    CooperationPartnerFactory(cooperation=inland, country="AT")
    CooperationPartnerFactory(cooperation=inland, country="AT")
    response = admin_client.post(
        "/admin/cooperation/cooperation/",
        {"action": "approve", "_selected_action": [across.pk, inland.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "mindestens zwei Organisationen aus zwei Ländern" in html
    across.refresh_from_db()
    inland.refresh_from_db()
    assert (across.status, inland.status) == ("approved", "pending")
    assert across.reviewed_at is not None


def test_partners_record_a_cooperation_in_the_admin(admin_client):
    trip = StudyTripFactory()
    response = admin_client.post(
        "/admin/cooperation/cooperation/add/",
        {
            "title": "Gemeinsame Innovationswerkstatt",
            "kind": "joint_project",
            "description": "",
            "started_on": "2024-02-01",
            "ended_on": "",
            "origin": "trip",
            "trip": trip.pk,
            "partners-TOTAL_FORMS": "2",
            "partners-INITIAL_FORMS": "0",
            "partners-MIN_NUM_FORMS": "0",
            "partners-MAX_NUM_FORMS": "1000",
            "partners-0-name": "Holzbau Güssing GmbH",
            "partners-0-country": "AT",
            "partners-1-name": "Zalai Faipari Klaszter",
            "partners-1-country": "HU",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    cooperation = Cooperation.objects.get()
    assert cooperation.trip == trip and cooperation.partner_countries() == {"AT", "HU"}


def test_trip_and_case_pages_show_what_came_of_them(client):
    trip = StudyTripFactory(
        title_de="Sachsen 2013",
        start_date=datetime.date(2013, 5, 6),
        end_date=datetime.date(2013, 5, 9),
    )
    case = GoodPracticeFactory()
    from_trip = CooperationFactory(
        title="Netzwerk nach sächsischem Vorbild", origin="trip", trip=trip
    )
    adopted = CooperationFactory(title="Übernommene Innovationswerkstatt", origin="case", case=case)
    CooperationFactory(title="Noch ungeprüft", origin="trip", trip=trip, status="pending")
    for cooperation in (from_trip, adopted):
        CooperationPartnerFactory(cooperation=cooperation, country="AT")
        CooperationPartnerFactory(cooperation=cooperation, country="HU")
    trip_page = client.get(trip.get_absolute_url()).content.decode()
    assert "Was daraus wurde" in trip_page
    assert "Netzwerk nach sächsischem Vorbild" in trip_page and "Noch ungeprüft" not in trip_page
    case_page = client.get(case.get_absolute_url()).content.decode()
    assert "Kooperationen, die dieses Beispiel übernommen haben" in case_page
    assert "Übernommene Innovationswerkstatt" in case_page


def test_erasing_a_reporters_data_keeps_the_cooperation_without_them(client):
    from core.privacy import erase_all

    client.post(REPORT_URL, report())
    erase_all("andrea.fuchs@example.at")
    cooperation = Cooperation.objects.get()
    assert (cooperation.reported_by_name, cooperation.reported_by_email) == ("", "")
    assert cooperation.partners.count() == 2


def test_demo_has_two_cooperations_from_the_saxony_trip_and_loads_twice(client):
    from cooperation import demo
    from network import demo as network_demo
    from studytrips import demo as studytrips_demo

    demo.load()  # alone: the posts, no cooperations without their trip and companies
    assert not Cooperation.objects.exists()
    network_demo.load()
    studytrips_demo.load()
    demo.load()
    demo.load()
    saxony = Cooperation.objects.public().filter(trip__slug_de="studienreise-sachsen-2013")
    assert saxony.count() == Cooperation.objects.count() == 2
    assert CooperationPartner.objects.count() == 5
    assert Cooperation.objects.cross_border().count() == 2
    trip_page = client.get(saxony.first().trip.get_absolute_url()).content.decode()
    assert "Was daraus wurde" in trip_page and "Lausitzer Kunststofftechnik GmbH" in trip_page
