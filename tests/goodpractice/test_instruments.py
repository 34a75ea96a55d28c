"""Instrument pages, the home page's featured cases, the sitemap and German slugs."""

import pytest
from django.utils import translation

from goodpractice.models import Instrument
from tests.factories import (
    GoodPracticeFactory,
    InstrumentFactory,
    NetworkFactory,
)

pytestmark = pytest.mark.django_db


# Instruments ---------------------------------------------------------------------------


def test_instrument_page_lists_its_published_cases_in_both_languages(client, switcher):
    instrument = Instrument.objects.get(code="knowledge-exchange")
    GoodPracticeFactory(
        title_de="Mit Austausch", title_hu="Tudáscserével", instruments=[instrument]
    )
    GoodPracticeFactory(title_de="Ohne")
    german = client.get(f"/de/instrumente/{instrument.slug_de}/")
    assert german.status_code == 200
    html = german.content.decode().replace("\u00ad", "")  # soft hyphens in the heading
    assert "<h1>Austausch von Wissen und Erfahrungen</h1>" in html
    assert "Mit Austausch" in html and "Ohne" not in html
    assert 'href="/de/good-practice/?instrument=knowledge-exchange"' in html
    assert switcher(german, "hu") == f"/hu/eszkozok/{instrument.slug_hu}/"
    hungarian = client.get(switcher(german, "hu"))
    assert hungarian.status_code == 200
    hungarian_html = hungarian.content.decode().replace("\u00ad", "")
    assert "<h1>Tudás- és tapasztalatcsere</h1>" in hungarian_html
    assert "Tudáscserével" in hungarian_html
    assert switcher(hungarian, "de") == f"/de/instrumente/{instrument.slug_de}/"


def test_every_migrated_instrument_has_a_page_in_both_languages(client):
    for instrument in Instrument.objects.all():
        for language in ("de", "hu"):
            with translation.override(language):
                url = instrument.get_absolute_url()
            assert client.get(url).status_code == 200, url
    assert client.get("/de/instrumente/gibt-es-nicht/").status_code == 404


def test_instrument_page_paginates(client):
    instrument = InstrumentFactory()
    GoodPracticeFactory.create_batch(13, instruments=[instrument])
    assert len(client.get(instrument.get_absolute_url()).context["cases"]) == 12
    assert len(client.get(f"{instrument.get_absolute_url()}?page=2").context["cases"]) == 1
    assert client.get(f"{instrument.get_absolute_url()}?page=x").status_code == 404


# Home and sitemap ----------------------------------------------------------------------


def test_home_page_shows_featured_published_cases(client):
    GoodPracticeFactory(title_de="Vorzeigebeispiel", title_hu="Mintapélda", featured=True)
    GoodPracticeFactory(title_de="Gewöhnlich", featured=False)
    GoodPracticeFactory(title_de="Noch geheim", featured=True, status="draft", published_at=None)
    html = client.get("/hu/").content.decode()
    assert "Mintapélda" in html
    assert "Kiemelt jó gyakorlatok" in html
    assert "Gewöhnlich" not in html
    assert "Noch geheim" not in html
    assert 'href="/hu/jo-gyakorlatok/"' in html


def test_sitemap_lists_published_cases_and_instruments_in_both_languages(client):
    case = GoodPracticeFactory(title_de="Öffentlich", title_hu="Nyilvános")
    GoodPracticeFactory(title_de="Unfertig", status="draft", published_at=None)
    xml = client.get("/sitemap.xml").content.decode()
    assert f"http://localhost/de/good-practice/{case.slug_de}/" in xml
    assert f"http://localhost/hu/jo-gyakorlatok/{case.slug_hu}/" in xml
    assert "unfertig" not in xml
    assert "http://localhost/de/good-practice/</loc>" in xml
    assert "http://localhost/hu/eszkozok/tudas-es-tapasztalatcsere/" in xml


def test_german_instrument_addresses_write_umlauts_out_and_old_ones_redirect(client):
    assert Instrument.objects.filter(slug_de="rueckhalt-in-den-kleinregionen").exists()
    assert Instrument.objects.filter(slug_de__contains="massnahmen").exists()
    assert not Instrument.objects.filter(slug_de__in=["ruckhalt-in-den-kleinregionen"]).exists()
    response = client.get("/de/instrumente/ruckhalt-in-den-kleinregionen/")
    assert response.status_code == 301
    assert response["Location"] == "/de/instrumente/rueckhalt-in-den-kleinregionen/"


def test_new_german_slugs_write_umlauts_out_and_hungarian_ones_drop_accents():
    network = NetworkFactory(
        name_de="Südburgenländische Maßnahmen", name_hu="Dél-burgenlandi őrség"
    )
    assert network.slug_de == "suedburgenlaendische-massnahmen"
    assert network.slug_hu == "del-burgenlandi-orseg"
