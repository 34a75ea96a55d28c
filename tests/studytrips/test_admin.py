import datetime
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from studytrips.models import ProgrammeItem, Registration, StudyTrip
from tests.admin_helpers import management
from tests.factories import (
    CompanyFactory,
    ProgrammeItemFactory,
    RegistrationFactory,
    StudyTripFactory,
    TripPhotoFactory,
    image_file,
)

pytestmark = pytest.mark.django_db

Status = Registration.Status


def trip_form(**overrides):
    data = {
        "title_de": "Studienreise nach Sachsen",
        "title_hu": "Tanulmányút Szászországba",
        "slug_de": "studienreise-sachsen",
        "slug_hu": "tanulmanyut-szaszorszag",
        "theme_de": "Netzwerke",
        "theme_hu": "Hálózatok",
        "destination_de": "Dresden",
        "destination_hu": "Drezda",
        "country": "DE",
        "is_published": "on",
        "start_date": "2013-04-24",
        "end_date": "2013-04-27",
        "capacity": "",
        "registration_deadline": "",
        "summary_de": "",
        "summary_hu": "",
        "report_de": "Bericht.",
        "report_hu": "Beszámoló.",
        "participant_count": "35",
        "funding_programme": "AT-HU ETZ 2007–2013",
        "project_number": "L00031",
        **management("programme_items"),
        **management("photos"),
    }
    data.update(overrides)
    return data


def test_trip_add_form_has_language_tabs_and_translated_inlines(admin_client):
    html = admin_client.get(reverse("admin:studytrips_studytrip_add")).content.decode()
    for field in ["title_de", "title_hu", "slug_hu", "report_hu", "destination_hu"]:
        assert f'name="{field}"' in html
    for field in ["title_de", "title_hu", "description_hu"]:
        assert f'name="programme_items-__prefix__-{field}"' in html
    for field in ["caption_hu", "alt_text_de", "alt_text_hu"]:
        assert f'name="photos-__prefix__-{field}"' in html
    assert "tabbed_translation_fields.js" in html


def test_admin_adds_a_trip_with_programme_and_photo_inline(admin_client):
    host = CompanyFactory(name="Marketing Oberlausitz")
    data = trip_form(
        organiser=host.pk,
        hosts=[host.pk],
        **management("programme_items", total=1),
        **management("photos", total=1),
    )
    data.update(
        {
            "programme_items-0-day": "2013-04-25",
            "programme_items-0-start_time": "09:00",
            "programme_items-0-end_time": "11:00",
            "programme_items-0-kind": "expert_talk",
            "programme_items-0-title_de": "Wie Netzwerke zusammenarbeiten",
            "programme_items-0-title_hu": "Hogyan működnek együtt a hálózatok",
            "programme_items-0-description_de": "",
            "programme_items-0-description_hu": "",
            "programme_items-0-host": host.pk,
            "programme_items-0-location": "Bautzen",
            "photos-0-image": image_file("group.png"),
            "photos-0-caption_de": "Gruppenbild",
            "photos-0-caption_hu": "Csoportkép",
            "photos-0-alt_text_de": "Die Gruppe vor dem Rathaus",
            "photos-0-alt_text_hu": "A csoport a városháza előtt",
            "photos-0-position": "1",
        }
    )
    response = admin_client.post(reverse("admin:studytrips_studytrip_add"), data)
    assert response.status_code == 302, response.context["errors"]
    trip = StudyTrip.objects.get()
    assert (trip.title_de, trip.title_hu) == (
        "Studienreise nach Sachsen",
        "Tanulmányút Szászországba",
    )
    assert list(trip.hosts.all()) == [host]
    item = trip.programme_items.get()
    assert (item.title_hu, item.kind, item.host) == (
        "Hogyan működnek együtt a hálózatok",
        ProgrammeItem.Kind.EXPERT_TALK,
        host,
    )
    photo = trip.photos.get()
    assert photo.alt_text_hu == "A csoport a városháza előtt"
    assert photo.image.name.startswith("trips/photos/")


def test_admin_refuses_programme_day_outside_the_trip_and_bad_dates(admin_client):
    data = trip_form(
        end_date="2013-04-20",
        **management("programme_items", total=1),
    )
    data.update(
        {
            "programme_items-0-day": "2013-05-30",
            "programme_items-0-kind": "travel",
            "programme_items-0-title_de": "Fahrt",
        }
    )
    response = admin_client.post(reverse("admin:studytrips_studytrip_add"), data)
    assert response.status_code == 200
    assert "end_date" in response.context["adminform"].form.errors
    assert not StudyTrip.objects.exists()

    data = trip_form(**management("programme_items", total=1))
    data.update(
        {
            "programme_items-0-day": "2013-05-30",
            "programme_items-0-kind": "travel",
            "programme_items-0-title_de": "Fahrt",
        }
    )
    response = admin_client.post(reverse("admin:studytrips_studytrip_add"), data)
    assert response.status_code == 200
    assert "innerhalb der Reisedaten" in response.content.decode()
    assert not StudyTrip.objects.exists()


def test_admin_refuses_a_deadline_after_the_start(admin_client):
    response = admin_client.post(
        reverse("admin:studytrips_studytrip_add"),
        trip_form(capacity="10", registration_deadline="2013-04-25"),
    )
    assert response.status_code == 200
    assert "registration_deadline" in response.context["adminform"].form.errors


def test_admin_changes_a_trip_and_its_inlines(admin_client):
    trip = StudyTripFactory(
        start_date=datetime.date(2013, 4, 24),
        end_date=datetime.date(2013, 4, 27),
        registration_deadline=None,
    )
    item = ProgrammeItemFactory(trip=trip, title_hu="")
    photo = TripPhotoFactory(trip=trip)
    url = reverse("admin:studytrips_studytrip_change", args=[trip.pk])
    assert admin_client.get(url).status_code == 200
    data = trip_form(
        slug_de=trip.slug_de,
        slug_hu=trip.slug_hu,
        **management("programme_items", total=1, initial=1),
        **management("photos", total=1, initial=1),
    )
    data.update(
        {
            "programme_items-0-id": item.pk,
            "programme_items-0-trip": trip.pk,
            "programme_items-0-day": "2013-04-24",
            "programme_items-0-kind": "workshop",
            "programme_items-0-title_de": item.title_de,
            "programme_items-0-title_hu": "Műhelymunka",
            "photos-0-id": photo.pk,
            "photos-0-trip": trip.pk,
            "photos-0-caption_de": "Neu",
            "photos-0-caption_hu": "Új",
            "photos-0-alt_text_de": photo.alt_text_de,
            "photos-0-alt_text_hu": photo.alt_text_hu,
            "photos-0-position": "2",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302
    item.refresh_from_db()
    photo.refresh_from_db()
    assert (item.kind, item.title_hu) == ("workshop", "Műhelymunka")
    assert (photo.caption_hu, photo.position) == ("Új", 2)


def test_trip_list_shows_confirmed_waiting_and_capacity_in_one_query(admin_client):
    url = reverse("admin:studytrips_studytrip_changelist")
    trip = StudyTripFactory(capacity=7)
    RegistrationFactory.create_batch(3, trip=trip)
    RegistrationFactory.create_batch(2, trip=trip, status=Status.WAITING)
    RegistrationFactory(trip=trip, status=Status.CANCELLED)
    response = admin_client.get(url)
    row = next(obj for obj in response.context["cl"].result_list if obj.pk == trip.pk)
    assert (row.confirmed_count, row.waiting_count, row.capacity) == (3, 2, 7)
    html = response.content.decode()
    assert f"?trip__id__exact={trip.pk}&amp;status__exact=confirmed" in html

    with CaptureQueriesContext(connection) as few:
        admin_client.get(url)
    for _ in range(5):
        RegistrationFactory.create_batch(2, trip=StudyTripFactory())
    with CaptureQueriesContext(connection) as many:
        admin_client.get(url)
    assert len(many) == len(few)


def test_registration_admin_filters_and_searches(admin_client):
    url = reverse("admin:studytrips_registration_changelist")
    RegistrationFactory(name="Kovács Éva", email="eva@example.hu")
    RegistrationFactory(name="Huber Anna", status=Status.WAITING)
    assert admin_client.get(url, {"q": "kovács"}).context["cl"].result_count == 1
    assert admin_client.get(url, {"status__exact": "waiting"}).context["cl"].result_count == 1
    assert admin_client.get(reverse("admin:studytrips_registration_add")).status_code == 403


def run_action(admin_client, action, registrations):
    return admin_client.post(
        reverse("admin:studytrips_registration_changelist"),
        {"action": action, "_selected_action": [r.pk for r in registrations]},
        follow=True,
    )


def test_cancel_action_moves_the_waiting_list_up_and_mails(
    admin_client, mailoutbox, django_capture_on_commit_callbacks
):
    trip = StudyTripFactory(capacity=1)
    confirmed = RegistrationFactory(trip=trip, email="a@example.org")
    waiting = RegistrationFactory(
        trip=trip, email="b@example.org", status=Status.WAITING, preferred_language="hu"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = run_action(admin_client, "cancel", [confirmed])
    html = response.content.decode()
    assert "1 registration cancelled." in html or "1 Anmeldung storniert." in html
    confirmed.refresh_from_db()
    waiting.refresh_from_db()
    assert (confirmed.status, waiting.status) == (Status.CANCELLED, Status.CONFIRMED)
    assert sorted(message.to[0] for message in mailoutbox) == ["a@example.org", "b@example.org"]


def test_confirm_action_stops_at_the_capacity(admin_client):
    trip = StudyTripFactory(capacity=2)
    RegistrationFactory(trip=trip)
    first, second = RegistrationFactory.create_batch(2, trip=trip, status=Status.WAITING)
    response = run_action(admin_client, "confirm", [first, second])
    html = response.content.decode()
    assert "1 Anmeldung bestätigt." in html
    assert "1 Anmeldung nicht bestätigt: Die Reise hat keinen freien Platz." in html
    assert Registration.objects.filter(trip=trip, status=Status.CONFIRMED).count() == 2


def test_move_to_waiting_list_action(admin_client):
    registration = RegistrationFactory()
    run_action(admin_client, "move_to_waiting_list", [registration])
    registration.refresh_from_db()
    assert registration.status == Status.WAITING


EXPORT_URL = reverse("admin:studytrips_registration_export")
CSV_FORMAT, XLSX_FORMAT = "0", "1"


def export_registrations(client, file_format, registrations):
    """The export form as the action shows it for the selected registrations, posted."""
    response = run_action(client, "export_selected", registrations)
    form = response.context["form"]
    assert form.initial["export_items"] == [r.pk for r in registrations]
    data = {"format": file_format, "export_items": [r.pk for r in registrations]}
    for name, field in form.fields.items():
        if getattr(field, "is_selectable_field", False):
            data[name] = "on"
    return client.post(EXPORT_URL, data)


@pytest.fixture
def trip_with_registrations(db):
    trip = StudyTripFactory(title_de="Studienreise nach Győr", start_date=datetime.date(2030, 5, 6))
    RegistrationFactory(
        trip=trip,
        name="Kovács Éva Ödön",
        email="eva@example.hu",
        organisation="Gépgyár Kft.; Győr",
        phone="+36 96 123 456",
        preferred_language="hu",
        needs_interpreting=True,
    )
    RegistrationFactory(trip=trip, name='=HYPERLINK("x")', email="formula@example.org")
    RegistrationFactory(name="Nicht ausgewählt")
    return trip


def test_csv_export_opens_in_excel_with_accents(admin_client, trip_with_registrations):
    selected = list(Registration.objects.filter(trip=trip_with_registrations).order_by("pk"))
    response = export_registrations(admin_client, CSV_FORMAT, selected)
    assert response["Content-Type"] == "text/csv"
    assert response["Content-Disposition"].startswith('attachment; filename="Registration-')
    assert response["Content-Disposition"].endswith('.csv"')
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf")
    text = body.decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[-1] == ""
    assert len(lines) == 4  # the header and the two selected registrations
    assert "\n" not in text.replace("\r\n", "")
    assert lines[0] == (
        "Studienreise;erster Tag;Name;E-Mail;Organisation;Telefon;bevorzugte Sprache;"
        "Dolmetschung benötigt;Status;angemeldet am;Einwilligung erteilt am;"
        "Version des Einwilligungstextes"
    )
    assert (
        'Studienreise nach Győr;2030-05-06;Kovács Éva Ödön;eva@example.hu;"Gépgyár Kft.; Győr";'
        "'+36 96 123 456;Magyar;ja;Bestätigt;"
    ) in text
    assert "'=HYPERLINK" in text
    assert "Nicht ausgewählt" not in text


def test_xlsx_export_keeps_formulae_as_text(admin_client, trip_with_registrations):
    selected = list(Registration.objects.filter(trip=trip_with_registrations))
    response = export_registrations(admin_client, XLSX_FORMAT, selected)
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows())
    assert [cell.value for cell in rows[0]][:3] == ["Studienreise", "erster Tag", "Name"]
    cells = {cell.value: cell for row in rows[1:] for cell in row}
    formula = cells['=HYPERLINK("x")']
    assert formula.data_type == "s"  # stored as text, never run as a formula
    assert cells["+36 96 123 456"].data_type == "s"
    assert "Magyar" in cells and "Nicht ausgewählt" not in cells


def test_registration_change_form_refuses_an_address_already_used_for_the_trip(admin_client):
    trip = StudyTripFactory()
    RegistrationFactory(trip=trip, email="taken@example.org")
    registration = RegistrationFactory(trip=trip, email="free@example.org")
    response = admin_client.post(
        reverse("admin:studytrips_registration_change", args=[registration.pk]),
        {
            "name": registration.name,
            "email": "Taken@Example.org",
            "organisation": "",
            "phone": "",
            "preferred_language": "de",
        },
    )
    assert response.status_code == 200
    assert "email" in response.context["adminform"].form.errors
    registration.refresh_from_db()
    assert registration.email == "free@example.org"


def test_more_places_move_the_waiting_list_up(
    admin_client, mailoutbox, django_capture_on_commit_callbacks
):
    trip = StudyTripFactory(
        title_de="Reise",
        title_hu="Út",
        start_date=datetime.date(2040, 4, 24),
        end_date=datetime.date(2040, 4, 27),
        registration_deadline=None,
        capacity=1,
    )
    RegistrationFactory(trip=trip)
    first, second = RegistrationFactory.create_batch(2, trip=trip, status=Status.WAITING)
    data = trip_form(
        slug_de=trip.slug_de,
        slug_hu=trip.slug_hu,
        start_date="2040-04-24",
        end_date="2040-04-27",
        capacity="2",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:studytrips_studytrip_change", args=[trip.pk]), data, follow=True
        )
    assert "1 Person ist von der Warteliste nachgerückt." in response.content.decode()
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.CONFIRMED, Status.WAITING)
    assert [message.to for message in mailoutbox] == [[first.email]]
