"""Finding 1: trip registration had no abuse protection (40 invented addresses in seconds).

Now: the honeypot and the hourly limits of the other public forms, and a double opt-in
whose unconfirmed holds lapse and free their places.
"""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from studytrips.models import Registration
from studytrips.tokens import read_confirm_token
from tests.factories import RegistrationFactory, StudyTripFactory

pytestmark = pytest.mark.django_db

Status = Registration.Status


def form_data(email: str, **overrides) -> dict:
    data = {
        "name": "Kovács Éva",
        "email": email,
        "organisation": "Soproni Gépgyár Kft.",
        "preferred_language": "hu",
        "consent": "on",
    }
    return {**data, **overrides}


def register_url(trip) -> str:
    return f"/de/studienreisen/{trip.slug_de}/anmeldung/"


def confirm_link(message) -> str:
    match = re.search(r"http://localhost(/\S+/(?:bestaetigung|megerosites)/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def test_a_burst_of_invented_addresses_from_one_client_is_stopped(
    committed, client, settings, mailoutbox
):
    settings.SPAM_LIMIT_PER_IP_PER_HOUR = 20
    trip = StudyTripFactory(capacity=50)
    statuses = [
        committed(client.post, register_url(trip), form_data(f"bot{n}@example.org")).status_code
        for n in range(40)
    ]
    assert statuses.count(302) == 20
    assert statuses[20:] == [429] * 20
    assert Registration.objects.count() == 20
    assert len(mailoutbox) == 20


def test_the_limits_count_registrations_and_other_public_forms_together(
    committed, client, settings, mailoutbox
):
    settings.SPAM_LIMIT_PER_EMAIL_PER_HOUR = 2
    trips = StudyTripFactory.create_batch(3)
    answers = [
        committed(client.post, register_url(trip), form_data("eva@example.hu")).status_code
        for trip in trips
    ]
    assert answers == [302, 302, 429]
    assert Registration.objects.count() == 2


def test_a_filled_honeypot_looks_like_success_but_stores_and_sends_nothing(
    committed, client, mailoutbox
):
    trip = StudyTripFactory()
    response = committed(
        client.post,
        register_url(trip),
        form_data("bot@example.org", homepage="https://spam.example"),
    )
    assert response.status_code == 302
    assert not Registration.objects.exists()
    assert mailoutbox == []


def test_a_registration_holds_its_place_until_the_address_is_confirmed(
    committed, client, mailoutbox
):
    trip = StudyTripFactory(capacity=1)
    committed(client.post, register_url(trip), form_data("eva@example.hu"))
    registration = Registration.objects.get()
    assert registration.hold_expires_at is not None
    assert trip.free_places() == 0
    # The first mail asks for the confirmation; it promises no place yet.
    assert len(mailoutbox) == 1
    assert "megerősít" in mailoutbox[0].subject.lower() or "erősítse" in mailoutbox[0].body
    # A mail scanner's GET confirms nothing.
    link = confirm_link(mailoutbox[0])
    assert client.get(link).status_code == 200
    registration.refresh_from_db()
    assert registration.hold_expires_at is not None
    assert committed(client.post, link).status_code == 302
    registration.refresh_from_db()
    assert registration.hold_expires_at is None
    assert registration.address_confirmed_at is not None
    assert registration.status == Status.CONFIRMED
    assert len(mailoutbox) == 2  # now the confirmation of the place


def test_an_unconfirmed_hold_lapses_frees_the_place_and_moves_the_waiting_list_up(
    committed, client, settings, mailoutbox
):
    trip = StudyTripFactory(capacity=1)
    waiting = RegistrationFactory(trip=trip, status=Status.WAITING, email="warte@example.org")
    bot = RegistrationFactory(
        trip=trip,
        email="invented@example.org",
        hold_expires_at=timezone.now() + timedelta(minutes=settings.REGISTRATION_HOLD_MINUTES),
    )
    assert trip.free_places() == 0
    bot.hold_expires_at = timezone.now() - timedelta(seconds=1)
    bot.save()
    # Counted out at once, before anything else ran...
    assert trip.free_places() == 1
    # ...and released by the command, which can run any number of times.
    committed(call_command, "expire_registration_holds", verbosity=0)
    committed(call_command, "expire_registration_holds", verbosity=0)
    bot.refresh_from_db()
    waiting.refresh_from_db()
    assert bot.status == Status.CANCELLED
    assert waiting.status == Status.CONFIRMED
    assert [message.to for message in mailoutbox] == [["warte@example.org"]]


def test_a_lapsed_hold_is_released_by_the_next_registration_without_the_command(
    committed, client, mailoutbox
):
    trip = StudyTripFactory(capacity=1)
    RegistrationFactory(trip=trip, hold_expires_at=timezone.now() - timedelta(minutes=1))
    committed(client.post, register_url(trip), form_data("eva@example.hu"))
    new = Registration.objects.get(email="eva@example.hu")
    assert new.status == Status.CONFIRMED  # the place held for her, not the waiting list
    assert Registration.objects.filter(status=Status.CANCELLED).count() == 1


def test_a_link_confirmed_too_late_says_so_and_takes_no_place(committed, client, mailoutbox):
    trip = StudyTripFactory(capacity=1)
    committed(client.post, register_url(trip), form_data("eva@example.hu"))
    link = confirm_link(mailoutbox[0])
    Registration.objects.update(hold_expires_at=timezone.now() - timedelta(minutes=1))
    response = committed(client.post, link)
    assert response.status_code == 400
    assert Registration.objects.get().status == Status.CANCELLED


def test_registering_again_sends_the_link_again_without_a_second_hold(
    committed, client, mailoutbox
):
    trip = StudyTripFactory(capacity=3)
    committed(client.post, register_url(trip), form_data("eva@example.hu"))
    response = committed(client.post, register_url(trip), form_data("eva@example.hu"))
    assert response.status_code == 302
    assert Registration.objects.count() == 1
    assert len(mailoutbox) == 2
    # Both links confirm the one registration (they differ only in their signing time).
    first, second = (confirm_link(message).rstrip("/").rsplit("/", 1)[1] for message in mailoutbox)
    assert read_confirm_token(first) == read_confirm_token(second) == Registration.objects.get()
