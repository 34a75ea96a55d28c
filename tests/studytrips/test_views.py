import datetime

import pytest
from icalendar import Calendar

from studytrips.models import ProgrammeItem
from tests.factories import (
    CompanyFactory,
    ProgrammeItemFactory,
    RegistrationFactory,
    StudyTripFactory,
    TripPhotoFactory,
    days_from_today,
    image_file,
)

pytestmark = pytest.mark.django_db


def saxony_trip(**kwargs):
    data = {
        "title_de": "Studienreise nach Sachsen",
        "title_hu": "Tanulmányút Szászországba",
        "destination_de": "Dresden und Oberlausitz",
        "destination_hu": "Drezda és Felső-Lausitz",
        "start_date": datetime.date(2013, 4, 24),
        "end_date": datetime.date(2013, 4, 27),
        "registration_deadline": None,
        "capacity": None,
        "participant_count": 35,
        "funding_programme": "AT-HU ETZ 2007–2013",
        "project_number": "L00031",
        "report_de": "Die Gruppe besuchte die Gläserne Manufaktur.",
        "report_hu": "A csoport meglátogatta az Üvegmanufaktúrát.",
    }
    return StudyTripFactory(**{**data, **kwargs})


def titles(response):
    return [trip.title for trip in response.context["trips"]]


def switcher(response, language):
    return next(a["url"] for a in response.context["alternate_links"] if a["code"] == language)


# List ------------------------------------------------------------------------------------------


def test_list_shows_upcoming_trips_soonest_first_then_past_trips_latest_first(client):
    StudyTripFactory(title_de="Bald", start_date=days_from_today(10))
    StudyTripFactory(title_de="Später", start_date=days_from_today(100))
    saxony_trip(title_de="2013")
    saxony_trip(
        title_de="2014",
        start_date=datetime.date(2014, 5, 5),
        end_date=datetime.date(2014, 5, 7),
    )
    StudyTripFactory(title_de="Entwurf", is_published=False)
    response = client.get("/de/studienreisen/")
    assert titles(response) == ["Bald", "Später", "2014", "2013"]
    html = response.content.decode()
    assert html.index("Kommende Studienreisen") < html.index("Vergangene Studienreisen")
    assert html.count("<h1") == 1


def test_list_filters_by_year_and_country(client):
    saxony_trip(title_de="Sachsen 2013")
    saxony_trip(
        title_de="Győr 2013",
        country="HU",
        start_date=datetime.date(2013, 9, 1),
        end_date=datetime.date(2013, 9, 2),
    )
    saxony_trip(
        title_de="Sachsen 2014",
        start_date=datetime.date(2014, 4, 1),
        end_date=datetime.date(2014, 4, 2),
    )
    assert titles(client.get("/de/studienreisen/?year=2013&country=DE")) == ["Sachsen 2013"]
    assert sorted(titles(client.get("/de/studienreisen/?year=2013"))) == [
        "Győr 2013",
        "Sachsen 2013",
    ]
    assert titles(client.get("/de/studienreisen/?when=past&country=HU")) == ["Győr 2013"]
    empty = client.get("/hu/tanulmanyutak/?year=2014&country=HU")
    assert "Egyetlen tanulmányút sem felel meg ezeknek a szűrőknek." in empty.content.decode()


def test_a_year_without_trips_is_an_empty_list_that_keeps_the_year_removable(client):
    saxony_trip()
    response = client.get("/hu/tanulmanyutak/?year=1999")
    assert response.status_code == 200
    assert "Egyetlen tanulmányút sem felel meg ezeknek a szűrőknek." in response.content.decode()
    years = next(facet for facet in response.context["facets"] if facet.name == "year")
    assert [(item.value, item.count, item.active) for item in years.values] == [
        ("2013", 1, False),
        ("1999", 0, True),
    ]


@pytest.mark.parametrize("query", ["year=1700", "year=abc", "country=XX", "when=soon"])
def test_invalid_list_filters_get_a_clear_400(client, query):
    saxony_trip()
    response = client.get(f"/hu/tanulmanyutak/?{query}")
    assert response.status_code == 400
    assert "Néhány szűrőérték érvénytelen." in response.content.decode()


def test_list_card_shows_registration_state(client):
    StudyTripFactory(title_de="Offen", capacity=3)
    full = StudyTripFactory(title_de="Voll", capacity=1)
    RegistrationFactory(trip=full)
    html = client.get("/de/studienreisen/").content.decode()
    assert "Anmeldung offen" in html
    assert "Ausgebucht – Warteliste" in html


# Detail ----------------------------------------------------------------------------------------


def test_trip_page_shows_dates_in_the_language_of_the_page(client):
    trip = saxony_trip()
    german = client.get(f"/de/studienreisen/{trip.slug_de}/").content.decode()
    hungarian = client.get(f"/hu/tanulmanyutak/{trip.slug_hu}/").content.decode()
    assert "24. April 2013" in german
    assert "27. April 2013" in german
    assert "2013. április 24." in hungarian
    assert "2013. április 27." in hungarian


def test_trip_page_shows_theme_destination_report_count_and_funding(client):
    trip = saxony_trip(theme_hu="Vállalati együttműködések")
    html = client.get(f"/hu/tanulmanyutak/{trip.slug_hu}/").content.decode().replace("\u00ad", "")
    for text in [
        '<h1 class="mb-1" lang="hu">Tanulmányút Szászországba</h1>',
        "Vállalati együttműködések",
        "Drezda és Felső-Lausitz",
        "A csoport meglátogatta az Üvegmanufaktúrát.",
        "35 résztvevő",
        "AT-HU ETZ 2007–2013",
        "L00031",
    ]:
        assert text in html
    assert html.count("<h1") == 1


def test_untranslated_report_falls_back_to_german_with_notice(client):
    trip = saxony_trip(report_hu="")
    html = client.get(f"/hu/tanulmanyutak/{trip.slug_hu}/").content.decode().replace("\u00ad", "")
    assert '<div class="fallback-text" lang="de">' in html
    assert "Csak németül érhető el." in html


def test_organiser_and_hosts_are_linked_only_when_published(client):
    organiser = CompanyFactory(name="Projektbüro")
    visible = CompanyFactory(name="Marketing Oberlausitz")
    hidden = CompanyFactory(name="Werk Bautzen", is_published=False)
    trip = saxony_trip(organiser=organiser)
    trip.hosts.set([visible, hidden])
    html = client.get(trip.get_absolute_url()).content.decode()
    assert f'<a href="{organiser.get_absolute_url()}">Projektbüro</a>' in html
    assert f'<a href="{visible.get_absolute_url()}">Marketing Oberlausitz</a>' in html
    assert "Werk Bautzen" in html
    assert hidden.get_absolute_url() not in html


def test_programme_is_shown_day_by_day_with_the_kind_of_each_item(client):
    trip = saxony_trip()
    host = CompanyFactory(name="Volkswagen Sachsen", is_published=False)
    ProgrammeItemFactory(
        trip=trip,
        day=datetime.date(2013, 4, 25),
        start_time=datetime.time(13, 0),
        end_time=datetime.time(15, 30),
        kind=ProgrammeItem.Kind.COMPANY_VISIT,
        title_de="Gläserne Manufaktur",
        title_hu="Üvegmanufaktúra",
        host=host,
        location="Dresden",
    )
    ProgrammeItemFactory(
        trip=trip,
        day=datetime.date(2013, 4, 24),
        start_time=datetime.time(9, 0),
        kind=ProgrammeItem.Kind.TRAVEL,
        title_de="Anreise",
        title_hu="Utazás Drezdába",
    )
    german = client.get(f"/de/studienreisen/{trip.slug_de}/").content.decode()
    assert german.index("Tag 1") < german.index("Anreise") < german.index("Tag 2")
    assert german.index("Tag 2") < german.index("Gläserne Manufaktur")
    assert "Mittwoch, 24. April 2013" in german
    assert "Betriebsbesichtigung" in german
    assert "Fahrt" in german
    assert "<time>13:00</time>–<time>15:30</time>" in german
    assert "Volkswagen Sachsen" in german
    hungarian = client.get(f"/hu/tanulmanyutak/{trip.slug_hu}/").content.decode()
    assert "2. nap" in hungarian
    assert "Üzemlátogatás" in hungarian
    assert "Üvegmanufaktúra" in hungarian


def test_gallery_uses_renditions_with_srcset_never_the_original(client):
    trip = saxony_trip(cover_image=image_file("cover.png", width=2000, height=1000))
    photo = TripPhotoFactory(trip=trip)
    html = client.get(trip.get_absolute_url()).content.decode().replace("\u00ad", "")
    assert photo.image.url not in html
    assert trip.cover_image.url not in html
    assert "/renditions/gallery-sm/" in html
    assert "/renditions/gallery/" in html
    assert 'srcset="' in html
    assert " 400w, " in html and " 800w" in html
    assert 'width="400" height="300"' in html
    assert 'alt="Eine Gruppe in einer Werkshalle"' in html
    assert "Bei der Betriebsbesichtigung" in html
    assert "/renditions/large/" in html  # the link to the big view is a rendition too


def test_registration_box_counts_free_places_in_both_languages(client):
    trip = StudyTripFactory(capacity=5)
    RegistrationFactory.create_batch(2, trip=trip)
    RegistrationFactory(trip=trip, status="waiting")
    RegistrationFactory(trip=trip, status="cancelled")
    german = client.get(f"/de/studienreisen/{trip.slug_de}/").content.decode()
    assert "3 freie Plätze" in german
    assert "Jetzt anmelden" in german
    assert trip.get_registration_url() in german
    hungarian = client.get(f"/hu/tanulmanyutak/{trip.slug_hu}/").content.decode()
    assert "3 szabad hely" in hungarian
    RegistrationFactory.create_batch(3, trip=trip)
    RegistrationFactory(trip=trip, status="cancelled")
    full = client.get(f"/de/studienreisen/{trip.slug_de}/").content.decode()
    assert "Ausgebucht – Warteliste" in full
    assert "Auf die Warteliste setzen lassen" in full


def test_past_trip_says_registration_is_closed(client):
    trip = saxony_trip()
    html = client.get(trip.get_absolute_url()).content.decode()
    assert "Anmeldung geschlossen" in html
    assert "Jetzt anmelden" not in html


def test_unpublished_trip_pages_are_404(client):
    trip = StudyTripFactory(is_published=False)
    for url in [
        f"/de/studienreisen/{trip.slug_de}/",
        f"/de/studienreisen/{trip.slug_de}/anmeldung/",
        f"/de/studienreisen/{trip.slug_de}/kalender.ics",
    ]:
        assert client.get(url).status_code == 404


# Language switcher and slugs -------------------------------------------------------------------


def test_switcher_on_trip_page_leads_to_the_same_trip_in_hungarian(client):
    trip = saxony_trip()
    response = client.get("/de/studienreisen/studienreise-nach-sachsen/")
    assert switcher(response, "hu") == "/hu/tanulmanyutak/tanulmanyut-szaszorszagba/"
    back = client.get(switcher(response, "hu"))
    assert back.context["trip"] == trip
    assert switcher(back, "de") == "/de/studienreisen/studienreise-nach-sachsen/"
    html = response.content.decode()
    assert (
        '<link rel="alternate" hreflang="hu" '
        'href="http://localhost/hu/tanulmanyutak/tanulmanyut-szaszorszagba/">'
    ) in html


def test_switcher_on_registration_page_keeps_the_registration_page(client):
    StudyTripFactory(title_de="Reise nach Raab", title_hu="Út Győrbe")
    response = client.get("/de/studienreisen/reise-nach-raab/anmeldung/")
    assert response.status_code == 200
    assert switcher(response, "hu") == "/hu/tanulmanyutak/ut-gyorbe/jelentkezes/"
    hungarian = client.get("/hu/tanulmanyutak/ut-gyorbe/jelentkezes/")
    assert hungarian.status_code == 200
    assert switcher(hungarian, "de") == "/de/studienreisen/reise-nach-raab/anmeldung/"


def test_wrong_language_and_old_slugs_redirect_permanently(client):
    trip = saxony_trip()
    response = client.get(f"/hu/tanulmanyutak/{trip.slug_de}/")
    assert response.status_code == 301
    assert response["Location"] == f"/hu/tanulmanyutak/{trip.slug_hu}/"
    old_slug = trip.slug_de
    trip.slug_de = "sachsen-2013"
    trip.save()
    response = client.get(f"/de/studienreisen/{old_slug}/?x=1")
    assert response.status_code == 301
    assert response["Location"] == "/de/studienreisen/sachsen-2013/?x=1"


def test_registration_and_calendar_urls_redirect_to_their_canonical_slug(client):
    trip = StudyTripFactory(title_de="Reise nach Raab", title_hu="Út Győrbe")
    registration = client.get(f"/hu/tanulmanyutak/{trip.slug_de}/jelentkezes/")
    assert registration.status_code == 301
    assert registration["Location"] == "/hu/tanulmanyutak/ut-gyorbe/jelentkezes/"
    calendar = client.get(f"/de/studienreisen/{trip.slug_hu}/kalender.ics")
    assert calendar.status_code == 301
    assert calendar["Location"] == "/de/studienreisen/reise-nach-raab/kalender.ics"


# Calendar --------------------------------------------------------------------------------------


def test_calendar_file_is_an_all_day_event_titled_in_the_request_language(client):
    trip = saxony_trip()
    response = client.get(f"/hu/tanulmanyutak/{trip.slug_hu}/naptar.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert f'filename="{trip.slug_hu}.ics"' in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Tanulmányút Szászországba"
    assert event.decoded("DTSTART") == datetime.date(2013, 4, 24)
    assert event.decoded("DTEND") == datetime.date(2013, 4, 28)  # exclusive end
    assert str(event["LOCATION"]) == "Drezda és Felső-Lausitz, Németország"
    assert str(event["URL"]) == f"http://localhost/hu/tanulmanyutak/{trip.slug_hu}/"
    assert event["UID"]

    german = Calendar.from_ical(
        client.get(f"/de/studienreisen/{trip.slug_de}/kalender.ics").content
    )
    assert str(german.walk("VEVENT")[0]["SUMMARY"]) == "Studienreise nach Sachsen"


def test_trip_page_links_to_its_calendar_file(client):
    trip = StudyTripFactory()
    html = client.get(f"/hu/tanulmanyutak/{trip.slug_hu}/").content.decode().replace("\u00ad", "")
    assert f'href="/hu/tanulmanyutak/{trip.slug_hu}/naptar.ics"' in html


# Site ------------------------------------------------------------------------------------------


def test_navigation_links_to_the_study_trips_in_both_languages(client):
    assert 'href="/de/studienreisen/">Studienreisen</a>' in client.get("/de/").content.decode()
    hungarian = client.get("/hu/tanulmanyutak/").content.decode()
    assert 'class="nav-link active" aria-current="page" href="/hu/tanulmanyutak/">' in hungarian
    assert "Tanulmányutak</a>" in hungarian


def test_home_page_shows_the_next_upcoming_trip(client):
    saxony_trip()
    StudyTripFactory(title_hu="Későbbi út", start_date=days_from_today(90))
    StudyTripFactory(title_hu="Következő út", start_date=days_from_today(30))
    StudyTripFactory(title_hu="Rejtett út", start_date=days_from_today(5), is_published=False)
    response = client.get("/hu/")
    assert response.context["next_trip"].title_hu == "Következő út"
    html = response.content.decode()
    assert "Következő tanulmányút" in html
    assert "Következő út" in html
    assert 'href="/hu/tanulmanyutak/"' in html


def test_sitemap_lists_published_trips_in_both_languages(client):
    trip = saxony_trip()
    StudyTripFactory(title_de="Geheime Reise", is_published=False)
    body = client.get("/sitemap.xml").content.decode()
    assert f"http://localhost/de/studienreisen/{trip.slug_de}/" in body
    assert f"http://localhost/hu/tanulmanyutak/{trip.slug_hu}/" in body
    assert "http://localhost/hu/tanulmanyutak/</loc>" in body
    assert "geheime-reise" not in body
