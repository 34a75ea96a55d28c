import datetime

import pytest

from network import demo as network_demo
from network.models import Company
from studytrips import demo
from studytrips.models import ProgrammeItem, RegistrationState, StudyTrip, TripPhoto

pytestmark = pytest.mark.django_db


def test_demo_loads_twice_without_duplicates():
    demo.load()
    counts = (
        StudyTrip.objects.count(),
        ProgrammeItem.objects.count(),
        TripPhoto.objects.count(),
        Company.objects.count(),
    )
    photo_files = sorted(TripPhoto.objects.values_list("image", flat=True))
    demo.load()
    assert counts == (
        StudyTrip.objects.count(),
        ProgrammeItem.objects.count(),
        TripPhoto.objects.count(),
        Company.objects.count(),
    )
    assert sorted(TripPhoto.objects.values_list("image", flat=True)) == photo_files


def test_demo_has_the_2013_saxony_trip_in_both_languages():
    demo.load()
    trip = StudyTrip.objects.get(slug_de="studienreise-sachsen-2013")
    assert (trip.start_date, trip.end_date) == (
        datetime.date(2013, 4, 24),
        datetime.date(2013, 4, 27),
    )
    assert trip.participant_count == 35
    assert (trip.funding_programme, trip.project_number) == ("AT-HU ETZ 2007–2013", "L00031")
    assert trip.report_de and trip.report_hu and trip.title_hu and trip.summary_hu
    assert "Gläserne Manufaktur" in trip.report_de
    assert "Volkswagen drezdai Üvegmanufaktúráját" in trip.report_hu
    assert set(trip.hosts.values_list("slug", flat=True)) >= {
        "oberlausitz-regionalmarketing",
        "volkswagen-glaeserne-manufaktur",
        "bombardier-transportation-bautzen",
    }
    items = trip.programme_items.all()
    assert len(items) >= 8
    assert {item.day for item in items} == {
        datetime.date(2013, 4, 24) + datetime.timedelta(days=n) for n in range(4)
    }
    assert {item.kind for item in items} == set(ProgrammeItem.Kind.values)
    assert all(item.title_hu for item in items)
    photos = trip.photos.all()
    assert len(photos) >= 3
    assert all(photo.image and photo.alt_text_hu and photo.caption_hu for photo in photos)


def test_demo_has_an_upcoming_trip_open_for_registration():
    demo.load()
    trip = StudyTrip.objects.public().upcoming().get()
    assert trip.registration_state() == RegistrationState.OPEN
    assert trip.capacity == 12


def test_demo_merges_with_companies_that_already_exist():
    existing = Company.objects.create(
        name="Marketing-Gesellschaft Oberlausitz (network demo)",
        slug="oberlausitz-regionalmarketing",
        country="DE",
        description_de="Vom Netzwerk-Demo angelegt.",
    )
    demo.load()
    existing.refresh_from_db()
    assert existing.description_de == "Vom Netzwerk-Demo angelegt."
    assert Company.objects.filter(slug="oberlausitz-regionalmarketing").count() == 1
    trip = StudyTrip.objects.get(slug_de="studienreise-sachsen-2013")
    assert existing in trip.hosts.all()


def test_demo_pages_render_in_both_languages(client):
    demo.load()
    trip = StudyTrip.objects.get(slug_de="studienreise-sachsen-2013")
    german = client.get(f"/de/studienreisen/{trip.slug_de}/").content.decode()
    assert "24. April 2013" in german
    assert "Betriebsbesichtigung" in german
    hungarian = client.get(f"/hu/tanulmanyutak/{trip.slug_hu}/").content.decode()
    assert "2013. április 24." in hungarian
    assert "Üzemlátogatás" in hungarian
    assert "/renditions/gallery-sm/" in hungarian


def test_demo_dates_of_the_upcoming_trip_count_from_the_given_day():
    today = datetime.date(2031, 5, 1)
    demo.load(today=today)
    trip = StudyTrip.objects.get(slug_de="studienreise-raab-zulieferernetzwerke")
    assert trip.start_date == datetime.date(2031, 6, 30)  # 60 days ahead
    assert trip.registration_deadline == datetime.date(2031, 6, 16)
    days = set(trip.programme_items.values_list("day", flat=True))
    assert days == {trip.start_date + datetime.timedelta(days=n) for n in range(3)}
    demo.load(today=today + datetime.timedelta(days=1))
    trip.refresh_from_db()
    assert trip.start_date == datetime.date(2031, 7, 1)
    assert StudyTrip.objects.count() == 2


def test_demo_takes_its_companies_from_the_network_demo():
    demo.load()
    rows = {row["slug"]: row for row in network_demo.DATA["companies"]}
    marketing = Company.objects.get(slug="oberlausitz-regionalmarketing")
    assert marketing.name == rows["oberlausitz-regionalmarketing"]["name"]
    organiser = StudyTrip.objects.get(slug_de="studienreise-sachsen-2013").organiser
    assert organiser.slug == "regionet-aktiv-projektbuero"
