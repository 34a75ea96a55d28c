"""The bilingual print sheets of a case and a trip, and the instrument overview."""

import pytest
from django.utils import translation

from goodpractice.models import Instrument
from tests.factories import (
    GoodPracticeFactory,
    KeyFigureFactory,
    ProgrammeItemFactory,
    StudyTripFactory,
)

pytestmark = pytest.mark.django_db


def alternate(response, language):
    return next(a["url"] for a in response.context["alternate_links"] if a["code"] == language)


def test_case_print_sheet_holds_both_languages_side_by_side(client):
    case = GoodPracticeFactory(
        title_de="Offene Werkstore",
        title_hu="Nyitott üzemkapuk",
        approach_de="Betriebe öffnen ihre Tore.",
        approach_hu="Az üzemek megnyitják kapuikat.",
        resources_hu="",
    )
    KeyFigureFactory(case=case, value="12", label_de="Betriebe", label_hu="üzem")
    response = client.get(f"/de/good-practice/{case.slug_de}/druck/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Offene Werkstore", "Nyitott üzemkapuk", "Betriebe öffnen ihre Tore."):
        assert text in html
    assert "Az üzemek megnyitják kapuikat." in html
    # Each language's headings in its own column; a missing text says so in Hungarian.
    assert '<h2 class="sheet-section">Vorgehen</h2>' in html
    assert '<h2 class="sheet-section">Megközelítés</h2>' in html
    assert "Csak németül érhető el." in html
    assert '<td lang="hu"><h2 class="sheet-section">Kulcsadatok</h2>' in html
    assert 'href="/de/good-practice/' + case.slug_de + '/druck/"' not in html
    assert "print-sheet.css" in html
    assert alternate(response, "hu") == f"/hu/jo-gyakorlatok/{case.slug_hu}/nyomtatas/"
    # The case page links to its sheet; another slug answers 301 to the sheet's address.
    page = client.get(case.get_absolute_url()).content.decode()
    assert f'href="/de/good-practice/{case.slug_de}/druck/"' in page
    moved = client.get(f"/de/good-practice/{case.slug_hu}/druck/")
    assert moved.status_code == 301
    assert moved["Location"] == f"/de/good-practice/{case.slug_de}/druck/"


def test_draft_case_has_no_public_print_sheet(client):
    case = GoodPracticeFactory(status="draft")
    assert client.get(f"/de/good-practice/{case.slug_de}/druck/").status_code == 404


def test_trip_print_sheet_holds_the_programme_in_both_languages(client):
    trip = StudyTripFactory(title_de="Studienreise Sachsen", title_hu="Tanulmányút Szászország")
    ProgrammeItemFactory(
        trip=trip, kind="company_visit", title_de="Gläserne Manufaktur", title_hu="Üvegmanufaktúra"
    )
    response = client.get(f"/hu/tanulmanyutak/{trip.slug_hu}/nyomtatas/")
    assert response.status_code == 200
    html = response.content.decode().replace("\u00ad", "")  # soft hyphens in headings
    for text in ("Studienreise Sachsen", "Tanulmányút Szászország", "Gläserne Manufaktur"):
        assert text in html
    assert "Üvegmanufaktúra" in html
    assert "Betriebsbesichtigung" in html and "Üzemlátogatás" in html
    assert "Programm</h2>" in html and "Program</h2>" in html
    assert alternate(response, "de") == f"/de/studienreisen/{trip.slug_de}/druck/"


@pytest.mark.parametrize(
    ("language", "url", "heading"),
    [
        ("de", "/de/instrumente/", "Grenz\u00adüber\u00adschrei\u00adtende Instrumente"),
        ("hu", "/hu/eszkozok/", "Határon átnyúló eszközök"),
    ],
)
def test_instrument_overview_lists_the_nine_instruments_with_their_case_counts(
    client, language, url, heading
):
    exchange = Instrument.objects.get(code="knowledge-exchange")
    GoodPracticeFactory(instruments=[exchange])
    GoodPracticeFactory(instruments=[exchange])
    GoodPracticeFactory(instruments=[exchange], status="draft")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    instruments = list(response.context["instruments"])
    assert len(instruments) == 9
    counts = {instrument.code: instrument.case_count for instrument in instruments}
    assert counts["knowledge-exchange"] == 2
    with translation.override(language):
        assert exchange.get_absolute_url() in html
    expected = "2 Beispiele nutzen es" if language == "de" else "2 jó gyakorlat alkalmazza"
    assert expected in html


def test_library_and_home_link_to_the_instrument_overview(client):
    assert 'href="/de/instrumente/"' in client.get("/de/good-practice/").content.decode()
    assert 'href="/hu/eszkozok/"' in client.get("/hu/").content.decode()
