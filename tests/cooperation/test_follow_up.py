"""Trip follow-up: 3 and 12 months after a trip its participants are asked, once, what came
of it; a yes becomes a cooperation waiting for a partner's approval."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from cooperation.models import Cooperation, TripFollowUp
from cooperation.records import follow_ups_send, months_before
from cooperation.tokens import make_follow_up_token
from tests.cooperation.conftest import link_in
from tests.factories import RegistrationFactory, StudyTripFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 2)


def trip_ended(months: int, **extra):
    end = months_before(TODAY, months)
    return StudyTripFactory(
        title_de="Netzwerke in Sachsen",
        title_hu="Hálózatok Szászországban",
        start_date=end - datetime.timedelta(days=3),
        end_date=end,
        registration_deadline=end - datetime.timedelta(days=20),
        **extra,
    )


def send(today=TODAY) -> tuple[int, int]:
    return follow_ups_send(base_url="http://localhost/", today=today)


def test_months_before_keeps_the_day_or_takes_the_months_last():
    assert months_before(datetime.date(2026, 12, 2), 3) == datetime.date(2026, 9, 2)
    assert months_before(datetime.date(2026, 5, 31), 3) == datetime.date(2026, 2, 28)
    assert months_before(datetime.date(2026, 1, 15), 12) == datetime.date(2025, 1, 15)


def test_confirmed_participants_are_asked_3_months_after_in_their_language_once(mailoutbox):
    trip = trip_ended(3)
    german = RegistrationFactory(trip=trip, email="anna@example.at", preferred_language="de")
    hungarian = RegistrationFactory(trip=trip, email="eva@example.hu", preferred_language="hu")
    RegistrationFactory(trip=trip, status="waiting")
    RegistrationFactory(trip=trip, status="cancelled")
    assert send() == (2, 0)
    by_address = {message.to[0]: message for message in mailoutbox}
    assert set(by_address) == {german.email, hungarian.email}
    assert by_address[german.email].subject == (
        "Was ist aus der Studienreise „Netzwerke in Sachsen“ geworden?"
    )
    assert "vor 3 Monaten haben Sie an der Studienreise" in by_address[german.email].body
    assert by_address[hungarian.email].subject == (
        "Mi lett a(z) „Hálózatok Szászországban” tanulmányút eredménye?"
    )
    assert "/hu/egyuttmukodesek/utokovetes/" in by_address[hungarian.email].body
    # Idempotent: a second run the same day, or the next day, sends nothing new.
    assert send() == (0, 0)
    assert send(TODAY + datetime.timedelta(days=1)) == (0, 0)
    assert len(mailoutbox) == 2


def test_the_12_month_round_is_its_own_and_old_trips_are_not_asked(mailoutbox):
    year_ago = RegistrationFactory(trip=trip_ended(12))
    RegistrationFactory(trip=trip_ended(11))  # between the rounds
    RegistrationFactory(trip=trip_ended(12 * 13))  # the 2013 trip
    RegistrationFactory(trip=trip_ended(3, is_published=False))  # an unpublished trip
    assert send() == (1, 0)
    assert [message.to for message in mailoutbox] == [[year_ago.email]]
    assert TripFollowUp.objects.get().round == 12
    assert "vor 12 Monaten" in mailoutbox[0].body


def test_the_command_reports_what_it_sent_and_runs_twice_safely(mailoutbox):
    end = months_before(timezone.localdate(), 3)
    trip = StudyTripFactory(
        start_date=end - datetime.timedelta(days=2),
        end_date=end,
        registration_deadline=end - datetime.timedelta(days=20),
    )
    RegistrationFactory(trip=trip)
    first, second = StringIO(), StringIO()
    call_command("send_trip_follow_ups", stdout=first)
    call_command("send_trip_follow_ups", stdout=second)
    assert "Trip follow-ups sent: 1." in first.getvalue()
    assert "Trip follow-ups sent: 0." in second.getvalue()
    assert len(mailoutbox) == 1


@pytest.fixture
def asked(mailoutbox):
    registration = RegistrationFactory(
        trip=trip_ended(3), name="Andrea Fuchs", organisation="Metallbau Pinkatal GmbH"
    )
    send()
    return registration, link_in(mailoutbox[0], "nachbefragung")


def answer(**overrides):
    data = {
        "started": "yes",
        "own_country": "AT",
        "partner_name": "Rába Fémtechnika Kft.",
        "partner_country": "HU",
        "kind": "supplier",
        "started_on": "2026-10-01",
        "ended_on": "",
        "description": "",
    }
    data.update(overrides)
    return data


def test_a_yes_becomes_a_cooperation_waiting_for_approval_and_the_link_works_once(client, asked):
    registration, path = asked
    page = client.get(path)
    assert page.status_code == 200 and "Netzwerke in Sachsen" in page.content.decode()
    done = client.post(path, answer())
    assert done.status_code == 200
    assert "Die Projektpartner prüfen Ihre Antwort" in done.content.decode()
    cooperation = Cooperation.objects.get()
    assert cooperation.status == "pending" and cooperation.origin == "trip"
    assert cooperation.trip == registration.trip
    assert cooperation.reported_by_email == registration.email
    assert {p.display_name for p in cooperation.partners.all()} == {
        "Metallbau Pinkatal GmbH",
        "Rába Fémtechnika Kft.",
    }
    # Not on the trip's page before a partner approves it.
    trip_page = client.get(registration.trip.get_absolute_url()).content.decode()
    assert "Rába Fémtechnika" not in trip_page
    reused = client.post(path, answer(partner_name="Noch einer"))
    assert reused.status_code == 400
    assert "Diese Frage wurde bereits beantwortet." in reused.content.decode()
    assert client.get(path).status_code == 400
    assert Cooperation.objects.count() == 1


def test_a_no_is_recorded_without_a_cooperation(client, asked):
    _registration, path = asked
    assert client.post(path, {"started": "no"}).status_code == 200
    assert not Cooperation.objects.exists()
    assert TripFollowUp.objects.get().answered_at is not None


def test_a_yes_without_the_details_is_refused_and_nothing_stored(client, asked):
    _registration, path = asked
    response = client.post(path, answer(partner_name="", partner_country="AT"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Bitte füllen Sie auch dieses Feld aus." in html
    assert TripFollowUp.objects.get().answered_at is None


def test_forged_and_expired_follow_up_links_change_nothing(client, asked, settings):
    _registration, path = asked
    forged = client.post(path.rstrip("/") + "x/", answer())
    assert forged.status_code == 400
    assert "Dieser Link ist ungültig. Es wurde nichts geändert." in forged.content.decode()
    settings.COOPERATION_FOLLOWUP_LINK_MAX_AGE = -1
    expired = client.post(path, answer())
    assert expired.status_code == 400
    assert "Dieser Link ist abgelaufen." in expired.content.decode()
    assert not Cooperation.objects.exists()
    assert TripFollowUp.objects.get().answered_at is None
    # A follow-up link cannot stand in for another kind of link (its own salt).
    follow_up = TripFollowUp.objects.get()
    token = make_follow_up_token(follow_up)
    assert client.post(f"/de/kooperationen/benachrichtigungen-aus/{token}/").status_code == 400
