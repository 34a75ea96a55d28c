"""The object history names changed fields in the reader's language, old entries too."""

import json

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from tests.factories import GoodPracticeFactory, StudyTripFactory

pytestmark = pytest.mark.django_db


def old_entry(user, obj, message):
    """An entry as Django stored it: English labels of the form fields."""
    return LogEntry.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        object_repr=str(obj),
        action_flag=CHANGE,
        change_message=json.dumps(message),
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", ["Plätze und Titel [hu] geändert.", "Übertragbarkeit und Lehren [hu] geändert."]),
        ("hu", ["helyek és cím [hu] módosítva.", "átvehetőség és tanulságok [hu] módosítva."]),
    ],
)
def test_history_names_fields_in_the_admins_language(admin_client, admin_user, language, expected):
    trip = StudyTripFactory()
    case = GoodPracticeFactory()
    old_entry(admin_user, trip, [{"changed": {"fields": ["Places", "Title [hu]"]}}])
    old_entry(admin_user, case, [{"changed": {"fields": ["Transferability and lessons [hu]"]}}])
    trip_history = admin_client.get(
        reverse("admin:studytrips_studytrip_history", args=[trip.pk]),
        HTTP_ACCEPT_LANGUAGE=language,
    ).content.decode()
    case_history = admin_client.get(
        reverse("admin:goodpractice_goodpractice_history", args=[case.pk]),
        HTTP_ACCEPT_LANGUAGE=language,
    ).content.decode()
    assert expected[0].lower() in trip_history.lower()
    assert expected[1].lower() in case_history.lower()
    assert "Places" not in trip_history and "Transferability" not in case_history


def test_history_of_an_inline_row_names_its_model_and_fields(admin_client, admin_user):
    trip = StudyTripFactory()
    old_entry(
        admin_user,
        trip,
        [{"changed": {"name": "programme item", "object": "Begrüßung", "fields": ["Title [de]"]}}],
    )
    html = admin_client.get(
        reverse("admin:studytrips_studytrip_history", args=[trip.pk]), HTTP_ACCEPT_LANGUAGE="de"
    ).content.decode()
    assert "Titel [de] für Programmpunkt „Begrüßung“ geändert." in html
