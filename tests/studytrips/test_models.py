import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from studytrips.models import RegistrationState, StudyTrip
from tests.factories import (
    ProgrammeItemFactory,
    RegistrationFactory,
    StudyTripFactory,
    days_from_today,
)

pytestmark = pytest.mark.django_db


def test_translated_slugs_are_filled_from_each_languages_title():
    trip = StudyTripFactory(
        title_de="Studienreise nach Sachsen", title_hu="Tanulmányút Szászországba"
    )
    assert (trip.slug_de, trip.slug_hu) == (
        "studienreise-nach-sachsen",
        "tanulmanyut-szaszorszagba",
    )
    with translation.override("hu"):
        assert trip.get_absolute_url() == "/hu/tanulmanyutak/tanulmanyut-szaszorszagba/"
        assert trip.get_registration_url() == (
            "/hu/tanulmanyutak/tanulmanyut-szaszorszagba/jelentkezes/"
        )
        assert trip.get_calendar_url() == "/hu/tanulmanyutak/tanulmanyut-szaszorszagba/naptar.ics"
    with translation.override("de"):
        assert (
            trip.get_registration_url() == "/de/studienreisen/studienreise-nach-sachsen/anmeldung/"
        )
        assert trip.get_calendar_url() == "/de/studienreisen/studienreise-nach-sachsen/kalender.ics"


def test_missing_hungarian_slug_falls_back_to_the_german_title():
    trip = StudyTripFactory(title_de="Nur Deutsch", title_hu="")
    assert trip.slug_hu == "nur-deutsch"


def test_registration_state_follows_places_deadline_and_dates():
    trip = StudyTripFactory(capacity=2)
    assert trip.registration_state() == RegistrationState.OPEN
    assert trip.free_places() == 2
    RegistrationFactory.create_batch(2, trip=trip)
    assert trip.registration_state() == RegistrationState.WAITING_LIST
    assert trip.free_places() == 0
    after_deadline = trip.registration_deadline + datetime.timedelta(days=1)
    assert trip.registration_state(today=after_deadline) == RegistrationState.CLOSED
    assert trip.registration_state(today=trip.start_date) == RegistrationState.CLOSED


def test_queryset_splits_upcoming_and_past_and_counts_registrations():
    past = StudyTripFactory(start_date=days_from_today(-10), end_date=days_from_today(-8))
    running = StudyTripFactory(start_date=days_from_today(-1), end_date=days_from_today(1))
    future = StudyTripFactory()
    RegistrationFactory(trip=future)
    RegistrationFactory(trip=future, status="waiting")
    assert set(StudyTrip.objects.upcoming()) == {running, future}
    assert list(StudyTrip.objects.past()) == [past]
    counted = StudyTrip.objects.with_registration_counts().get(pk=future.pk)
    assert (counted.confirmed_count, counted.waiting_count) == (1, 1)


def test_end_before_start_is_refused_by_validation_and_database():
    trip = StudyTripFactory.build(
        start_date=datetime.date(2013, 4, 27), end_date=datetime.date(2013, 4, 24)
    )
    with pytest.raises(ValidationError) as error:
        trip.full_clean()
    assert "end_date" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        trip.save()


def test_programme_item_day_must_lie_within_the_trip():
    trip = StudyTripFactory()
    item = ProgrammeItemFactory.build(trip=trip, day=trip.end_date + datetime.timedelta(days=1))
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "day" in error.value.message_dict


def test_registration_email_is_stored_lower_case():
    registration = RegistrationFactory(email="  Eva@Example.HU ")
    registration.refresh_from_db()
    assert registration.email == "eva@example.hu"
