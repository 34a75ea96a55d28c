import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from goodpractice.models import GoodPractice, Instrument
from tests.factories import (
    GoodPracticeFactory,
    InstrumentFactory,
    RegionFactory,
    SectorFactory,
)

pytestmark = pytest.mark.django_db

INSTRUMENT_CODES = [
    "network-of-networks",
    "support-of-small-regions",
    "entrepreneurs-platform",
    "resources-for-cooperation",
    "knowledge-exchange",
    "good-practice-transfer",
    "continuous-qualification",
    "innovation-workshop",
    "regional-measures",
]


def test_data_migration_creates_the_nine_instruments_in_both_languages():
    instruments = list(Instrument.objects.filter(code__in=INSTRUMENT_CODES))
    assert [instrument.code for instrument in instruments] == INSTRUMENT_CODES
    assert [instrument.position for instrument in instruments] == list(range(1, 10))
    for instrument in instruments:
        for field in ("name", "slug", "description"):
            assert getattr(instrument, f"{field}_de"), (instrument.code, field)
            assert getattr(instrument, f"{field}_hu"), (instrument.code, field)
        assert instrument.name_de != instrument.name_hu
    exchange = Instrument.objects.get(code="knowledge-exchange")
    assert exchange.name_de == "Austausch von Wissen und Erfahrungen"
    assert exchange.name_hu == "Tudás- és tapasztalatcsere"
    assert len({i.slug_hu for i in instruments}) == 9


def test_instrument_migration_runs_again_without_duplicates_and_reverses():
    migration = importlib.import_module("goodpractice.migrations.0002_instruments")
    Instrument.objects.filter(code="innovation-workshop").update(name_hu="Régi név")
    migration.create_instruments(apps, None)
    assert Instrument.objects.filter(code__in=INSTRUMENT_CODES).count() == 9
    assert Instrument.objects.get(code="innovation-workshop").name_hu == "Közös innovációs műhely"
    migration.remove_instruments(apps, None)
    assert not Instrument.objects.filter(code__in=INSTRUMENT_CODES).exists()


def test_hostile_html_is_removed_from_every_language_on_save():
    hostile = (
        '<p onclick="steal()">Gut <strong>fett</strong></p>'
        "<script>alert('x')</script>"
        '<img src="x" onerror="alert(1)">'
        '<a href="javascript:alert(1)">Klick</a>'
        '<a href="https://example.org/" onmouseover="x()">Quelle</a>'
        '<iframe src="https://evil.example/"></iframe>'
        '<span style="position:fixed">Stil</span>'
    )
    case = GoodPracticeFactory(
        summary_de=hostile, approach_hu=hostile, resources_de=hostile, transferability_hu=hostile
    )
    case.refresh_from_db()
    for value in (case.summary_de, case.approach_hu, case.resources_de, case.transferability_hu):
        lowered = value.lower()
        for forbidden in ("<script", "onclick", "onerror", "onmouseover", "javascript:", "<iframe"):
            assert forbidden not in lowered
        assert "style=" not in lowered
        assert "<strong>fett</strong>" in value
        assert 'href="https://example.org/"' in value
        assert "Stil" in value


def test_plain_text_is_stored_as_typed():
    case = GoodPracticeFactory(summary_de="Forschung & Entwicklung\n\nZweiter Absatz")
    case.refresh_from_db()
    assert case.summary_de == "Forschung & Entwicklung\n\nZweiter Absatz"


def test_publishing_sets_published_at_once():
    case = GoodPracticeFactory(status="draft", published_at=None)
    assert case.published_at is None
    case.status = GoodPractice.Status.PUBLISHED
    case.save()
    first = case.published_at
    assert first is not None
    case.save()
    assert case.published_at == first


def test_slugs_are_filled_per_language_and_feed_is_reserved():
    case = GoodPracticeFactory(title_de="Größere Wirkung", title_hu="Nagyobb hatás")
    assert (case.slug_de, case.slug_hu) == ("groessere-wirkung", "nagyobb-hatas")
    feed = GoodPracticeFactory(title_de="Feed", title_hu="Feed")
    assert "feed" not in (feed.slug_de, feed.slug_hu)
    feed.slug_de = "feed"
    with pytest.raises(ValidationError) as error:
        feed.full_clean()
    assert "slug_de" in error.value.message_dict


def test_end_year_before_start_year_is_refused():
    case = GoodPracticeFactory.build(start_year=2013, end_year=2010)
    with pytest.raises(ValidationError) as error:
        case.clean()
    assert "end_year" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        GoodPracticeFactory(start_year=2013, end_year=2010)


def test_countries_are_a_list_stored_in_one_column():
    case = GoodPracticeFactory(countries=["HU", "AT", "HU"])
    case.refresh_from_db()
    assert case.countries == ["AT", "HU"]
    assert list(GoodPractice.objects.filter(countries__contains="HU")) == [case]
    assert not GoodPractice.objects.filter(countries__contains="DE").exists()
    case.countries = ["XX"]
    with pytest.raises(ValidationError):
        case.full_clean()


def test_region_countries_are_added_to_the_case():
    case = GoodPracticeFactory(countries=["DE"])
    case.regions.set([RegionFactory(country="HU", nuts3_code="HU222")])
    case.add_region_countries()
    case.refresh_from_db()
    assert case.countries == ["HU", "DE"]  # in the order of the country choices


def test_related_cases_share_instruments_or_sectors_ranked_by_overlap():
    exchange, platform, workshop = InstrumentFactory.create_batch(3)
    machinery = SectorFactory()
    case = GoodPracticeFactory(instruments=[exchange, platform, workshop], sectors=[machinery])
    best = GoodPracticeFactory(
        title_de="Drei gemeinsam", instruments=[exchange, platform], sectors=[machinery]
    )
    one = GoodPracticeFactory(title_de="Eins gemeinsam", instruments=[workshop])
    GoodPracticeFactory(title_de="Nichts gemeinsam")
    GoodPracticeFactory(title_de="Entwurf", status="draft", instruments=[exchange, platform])
    assert [related.title_de for related in case.related_cases()] == [
        "Drei gemeinsam",
        "Eins gemeinsam",
    ]
    assert case.related_cases()[0].overlap == 3
    assert best in case.related_cases() and one in case.related_cases()


def test_timescale_reads_naturally_in_both_languages():
    assert GoodPracticeFactory.build(start_year=2003, end_year=None).timescale == "seit 2003"
    with translation.override("hu"):
        assert GoodPracticeFactory.build(start_year=2003, end_year=None).timescale == "2003 óta"
    assert GoodPracticeFactory.build(start_year=2010, end_year=2013).timescale == "2010–2013"
    assert GoodPracticeFactory.build(start_year=2013, end_year=2013).timescale == "2013"
    assert GoodPracticeFactory.build(start_year=None, end_year=None).timescale == ""
