import threading

import pytest
from django.db import connection

from studytrips.models import Registration
from studytrips.services import (
    AlreadyRegistered,
    RegistrationClosed,
    registration_cancel,
    registration_confirm,
    registration_confirm_address,
    registration_create,
    registration_move_to_waiting_list,
)
from tests.factories import RegistrationFactory, StudyTripFactory, days_from_today

pytestmark = pytest.mark.django_db

Status = Registration.Status
BASE_URL = "http://localhost/"


def register(trip, email, *, confirm_address=True, **kwargs):
    """A registration on the form and, unless told otherwise, the link in its mail followed."""
    data = {
        "name": "Erika Muster",
        "preferred_language": "de",
        "consent_version": "2026-11",
        "base_url": BASE_URL,
        **kwargs,
    }
    registration = registration_create(trip=trip, email=email, **data)
    if confirm_address:
        registration = registration_confirm_address(registration=registration, base_url=BASE_URL)
    return registration


def test_registration_is_confirmed_while_places_are_free():
    trip = StudyTripFactory(capacity=2)
    registration = register(trip, "erika@example.org", needs_interpreting=True)
    assert registration.status == Status.CONFIRMED
    assert registration.consent_version == "2026-11"
    assert registration.consent_at is not None
    assert registration.needs_interpreting


def test_full_trip_puts_new_registration_on_waiting_list():
    trip = StudyTripFactory(capacity=1)
    register(trip, "first@example.org")
    second = register(trip, "second@example.org")
    third = register(trip, "third@example.org")
    assert second.status == third.status == Status.WAITING
    assert (second.waiting_list_position(), third.waiting_list_position()) == (1, 2)


def test_email_is_stored_lower_case_and_a_second_registration_is_refused():
    trip = StudyTripFactory()
    first = register(trip, "  Erika.Muster@Example.ORG ")
    assert first.email == "erika.muster@example.org"
    with pytest.raises(AlreadyRegistered):
        register(trip, "ERIKA.MUSTER@example.org", name="Someone else")
    assert Registration.objects.get().name == "Erika Muster"


def test_unique_constraint_is_the_last_line_against_duplicates():
    from django.db import IntegrityError, transaction

    trip = StudyTripFactory()
    RegistrationFactory(trip=trip, email="x@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(
            trip=trip, name="X", email="X@example.org", consent_at=trip.created, consent_version="1"
        )


def test_integrity_error_race_is_reported_as_already_registered(monkeypatch):
    """A row stored by someone else between the check and the insert is a duplicate, not a 500."""
    trip = StudyTripFactory()
    RegistrationFactory(trip=trip, email="race@example.org", status=Status.CONFIRMED)
    real_filter = Registration.objects.filter

    class BlindManager:
        """Hides the existing row from the duplicate check, as a concurrent insert would."""

        def select_for_update(self):
            return self

        def filter(self, *args, **kwargs):
            if "email" in kwargs:
                return real_filter(pk=-1)
            return real_filter(*args, **kwargs)

    monkeypatch.setattr(Registration, "objects", BlindManager())
    with pytest.raises(AlreadyRegistered):
        register(trip, "race@example.org")
    monkeypatch.undo()
    assert Registration.objects.filter(trip=trip).count() == 1


@pytest.mark.parametrize(
    "trip_kwargs",
    [
        {"start_date": days_from_today(-30), "end_date": days_from_today(-27)},
        {"start_date": days_from_today(0), "end_date": days_from_today(2)},
        {"registration_deadline": days_from_today(-1)},
        {"capacity": None},
        {"is_published": False},
    ],
    ids=["past", "under-way", "after-deadline", "no-places", "unpublished"],
)
def test_closed_trips_take_no_registration(trip_kwargs):
    kwargs = {"registration_deadline": None, **trip_kwargs}
    trip = StudyTripFactory(**kwargs)
    with pytest.raises(RegistrationClosed):
        register(trip, "late@example.org")
    assert not Registration.objects.exists()


def test_deadline_day_itself_still_counts():
    trip = StudyTripFactory(registration_deadline=days_from_today(0))
    assert register(trip, "just-in-time@example.org").status == Status.CONFIRMED


def test_cancelling_a_confirmed_place_moves_the_first_waiting_person_up():
    trip = StudyTripFactory(capacity=1)
    confirmed = register(trip, "a@example.org")
    first_waiting = register(trip, "b@example.org")
    second_waiting = register(trip, "c@example.org")

    promoted = registration_cancel(registration=confirmed, base_url=BASE_URL)

    assert [r.pk for r in promoted] == [first_waiting.pk]
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "a@example.org": Status.CANCELLED,
        "b@example.org": Status.CONFIRMED,
        "c@example.org": Status.WAITING,
    }
    second_waiting.refresh_from_db()
    assert second_waiting.waiting_list_position() == 1


def test_cancelling_a_waiting_registration_promotes_nobody():
    trip = StudyTripFactory(capacity=1)
    register(trip, "a@example.org")
    waiting = register(trip, "b@example.org")
    assert registration_cancel(registration=waiting, base_url=BASE_URL) == []
    assert Registration.objects.filter(status=Status.CONFIRMED).count() == 1


def test_cancelling_twice_changes_nothing():
    trip = StudyTripFactory(capacity=1)
    confirmed = register(trip, "a@example.org")
    registration_cancel(registration=confirmed, base_url=BASE_URL)
    cancelled_at = Registration.objects.get(pk=confirmed.pk).cancelled_at
    assert registration_cancel(registration=confirmed, base_url=BASE_URL) == []
    assert Registration.objects.get(pk=confirmed.pk).cancelled_at == cancelled_at


def test_registering_again_after_cancelling_reuses_the_row_at_the_end_of_the_queue():
    trip = StudyTripFactory(capacity=1)
    first = register(trip, "a@example.org")
    registration_cancel(registration=first, base_url=BASE_URL)
    register(trip, "b@example.org")
    again = register(trip, "A@example.org", name="Erika again")
    assert again.pk == first.pk
    assert again.status == Status.WAITING
    assert again.name == "Erika again"
    assert again.cancelled_at is None
    assert Registration.objects.count() == 2


def test_admin_confirm_never_exceeds_the_places():
    trip = StudyTripFactory(capacity=1)
    register(trip, "a@example.org")
    waiting = [register(trip, f"w{n}@example.org") for n in range(3)]
    trip.capacity = 2
    trip.save()
    # One place is free: only the first in line is confirmed.
    confirmed, refused = registration_confirm(registrations=waiting, base_url=BASE_URL)
    assert [r.email for r in confirmed] == ["w0@example.org"]
    assert [r.email for r in refused] == ["w1@example.org", "w2@example.org"]
    assert Registration.objects.filter(trip=trip, status=Status.CONFIRMED).count() == 2


def test_admin_move_to_waiting_list():
    trip = StudyTripFactory(capacity=2)
    registration = register(trip, "a@example.org")
    moved = registration_move_to_waiting_list(registrations=[registration], base_url=BASE_URL)
    assert [r.pk for r in moved] == [registration.pk]
    registration.refresh_from_db()
    assert registration.status == Status.WAITING


def test_mail_goes_out_only_after_the_commit(mailoutbox, django_capture_on_commit_callbacks):
    trip = StudyTripFactory()
    with django_capture_on_commit_callbacks() as callbacks:
        register(trip, "a@example.org", confirm_address=False)
        assert mailoutbox == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert len(mailoutbox) == 1


@pytest.mark.django_db(transaction=True)
def test_parallel_registrations_never_exceed_the_places(mailoutbox):
    """20 people press "register" at the same moment for 5 places, on the real database."""
    trip = StudyTripFactory(capacity=5)
    start = threading.Barrier(20)
    errors = []

    def worker(number):
        try:
            start.wait()
            register(trip, f"parallel{number}@example.org", confirm_address=False)
        except Exception as error:  # collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    statuses = list(Registration.objects.filter(trip=trip).values_list("status", flat=True))
    assert statuses.count(Status.CONFIRMED) == 5
    assert statuses.count(Status.WAITING) == 15
    assert len(mailoutbox) == 20  # each gets the link that confirms the address


@pytest.mark.django_db(transaction=True)
def test_parallel_duplicate_registrations_store_one_row():
    trip = StudyTripFactory(capacity=5)
    start = threading.Barrier(8)
    outcomes = []

    def worker(number):
        try:
            start.wait()
            register(
                trip,
                "Same.Person@example.org" if number % 2 else "same.person@example.org",
                confirm_address=False,
            )
            outcomes.append("stored")
        except AlreadyRegistered:
            outcomes.append("duplicate")
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # One row; the others found its hold (and sent its link again) or saw the row only when
    # inserting their own (a duplicate).
    assert len(outcomes) == 8
    assert Registration.objects.filter(trip=trip).count() == 1
