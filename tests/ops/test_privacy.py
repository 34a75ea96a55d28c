import datetime
import json

import pytest
from django.core.management import CommandError, call_command

from core.privacy import retention_cutoff
from studytrips.models import Registration
from tests.factories import RegistrationFactory, StudyTripFactory

pytestmark = pytest.mark.django_db

EMAIL = "anna.kovacs@example.org"


def past_trip(end: datetime.date):
    return StudyTripFactory(
        start_date=end - datetime.timedelta(days=3),
        end_date=end,
        registration_deadline=end - datetime.timedelta(days=20),
    )


def test_export_lists_everything_held_about_an_address_as_json(capsys):
    RegistrationFactory(email=EMAIL, name="Kovács Anna", phone="+36 99 123 456")
    RegistrationFactory(email="someone.else@example.org")
    call_command("privacy_export", "Anna.Kovacs@Example.org")
    data = json.loads(capsys.readouterr().out)
    assert data["email"] == EMAIL
    [registration] = data["study_trip_registrations"]
    assert registration["name"] == "Kovács Anna"
    assert registration["phone"] == "+36 99 123 456"
    assert registration["consent_version"] == "2026-11"


def test_export_writes_a_file(tmp_path):
    RegistrationFactory(email=EMAIL)
    target = tmp_path / "export.json"
    call_command("privacy_export", EMAIL, output=str(target))
    assert json.loads(target.read_text(encoding="utf-8"))["study_trip_registrations"]


def test_erase_deletes_everything_and_moves_the_waiting_list_up(
    mailoutbox, django_capture_on_commit_callbacks
):
    trip = StudyTripFactory(capacity=1)
    RegistrationFactory(trip=trip, email=EMAIL, status="confirmed")
    waiting = RegistrationFactory(trip=trip, status="waiting")
    RegistrationFactory(trip=past_trip(datetime.date(2013, 4, 27)), email=EMAIL)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("privacy_erase", EMAIL, yes=True)
    assert not Registration.objects.filter(email=EMAIL).exists()
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    assert any(waiting.email in message.to for message in mailoutbox)


def test_erase_without_confirmation_deletes_nothing(monkeypatch):
    RegistrationFactory(email=EMAIL)
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError):
        call_command("privacy_erase", EMAIL)
    assert Registration.objects.filter(email=EMAIL).exists()


def test_purge_deletes_personal_data_of_trips_that_ended_before_the_retention_period(settings):
    settings.PERSONAL_DATA_RETENTION_MONTHS = 24
    cutoff = retention_cutoff()
    old = RegistrationFactory(trip=past_trip(cutoff - datetime.timedelta(days=1)))
    recent = RegistrationFactory(trip=past_trip(cutoff + datetime.timedelta(days=1)))
    upcoming = RegistrationFactory()
    call_command("purge_personal_data")
    remaining = set(Registration.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk, upcoming.pk}
    assert old.pk not in remaining


@pytest.mark.parametrize(
    ("today", "months", "cutoff"),
    [
        (datetime.date(2026, 11, 27), 24, datetime.date(2024, 11, 27)),
        (datetime.date(2026, 3, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2026, 1, 15), 13, datetime.date(2024, 12, 15)),
    ],
)
def test_retention_cutoff_counts_calendar_months(settings, today, months, cutoff):
    settings.PERSONAL_DATA_RETENTION_MONTHS = months
    assert retention_cutoff(today) == cutoff


def test_cooperation_posts_and_messages_are_exported_and_erased(capsys):
    from cooperation.models import ContactRequest, CooperationPost
    from tests.factories import ContactRequestFactory, CooperationPostFactory

    post = CooperationPostFactory(contact_email=EMAIL, title="Zulieferer gesucht")
    ContactRequestFactory(post=post, email="interested@example.org")
    ContactRequestFactory(post=CooperationPostFactory(), email=EMAIL, message="Érdekel.")
    call_command("privacy_export", EMAIL)
    data = json.loads(capsys.readouterr().out)
    assert [item["title"] for item in data["cooperation_posts"]] == ["Zulieferer gesucht"]
    assert [item["message"] for item in data["contact_requests"]] == ["Érdekel."]
    call_command("privacy_erase", EMAIL, yes=True)
    assert not CooperationPost.objects.filter(contact_email=EMAIL).exists()
    assert not ContactRequest.objects.filter(email=EMAIL).exists()
    # messages sent to the erased post went with it
    assert not ContactRequest.objects.filter(email="interested@example.org").exists()
    assert CooperationPost.objects.count() == 1


def test_purge_removes_long_expired_posts(settings):
    from cooperation.models import CooperationPost
    from tests.factories import CooperationPostFactory

    settings.PERSONAL_DATA_RETENTION_MONTHS = 24
    cutoff = retention_cutoff()
    old = CooperationPostFactory()
    CooperationPost.objects.filter(pk=old.pk).update(expires_on=cutoff - datetime.timedelta(days=1))
    current = CooperationPostFactory()
    call_command("purge_personal_data")
    assert list(CooperationPost.objects.values_list("pk", flat=True)) == [current.pk]
