"""The statistics page: the numbers match the database, each chart is accessible and has its
table, and numbers follow the language."""

import re
from datetime import date

import pytest
from django.core.management import call_command
from django.db.models import Count

from goodpractice.models import GoodPractice, Instrument
from network.models import Company, Network
from regionet import stats
from studytrips.models import StudyTrip
from tests.factories import (
    CompanyFactory,
    GoodPracticeFactory,
    InstrumentFactory,
    NetworkFactory,
    RegionFactory,
    SectorFactory,
    StudyTripFactory,
)

pytestmark = pytest.mark.django_db

PAGES = {"de": "/de/statistik/", "hu": "/hu/statisztika/"}


def numbers(chart) -> dict[str, int]:
    return {bar.label: bar.value for bar in chart.bars}


@pytest.fixture
def figures():
    vas = RegionFactory(country="HU", nuts3_code="HU222", name_de="Komitat Vas", name_hu="")
    wood, it = SectorFactory(name_de="Holz"), SectorFactory(name_de="IT")
    for _number in range(2):
        company = CompanyFactory(country="AT", size_band="micro")
        company.sectors.set([wood])
    both = CompanyFactory(country="HU", region=vas, size_band="")
    both.sectors.set([wood, it])
    CompanyFactory(country="DE", region=None, size_band="large")
    hidden = CompanyFactory(country="SK", is_published=False)
    hidden.sectors.set([it])
    NetworkFactory.create_batch(2, kind="regional")
    NetworkFactory(kind="cross_border")
    platform, exchange = InstrumentFactory(name_de="Plattform"), InstrumentFactory()
    GoodPracticeFactory(instruments=[platform, exchange])
    GoodPracticeFactory(instruments=[platform])
    GoodPracticeFactory(instruments=[platform], status="draft", published_at=None)
    StudyTripFactory(start_date=date(2013, 4, 24), end_date=date(2013, 4, 27))
    StudyTripFactory(start_date=date(2013, 9, 1), end_date=date(2013, 9, 2))
    StudyTripFactory(start_date=date(2014, 5, 5), end_date=date(2014, 5, 6))
    StudyTripFactory(start_date=date(2015, 5, 5), end_date=date(2015, 5, 6), is_published=False)
    return {"vas": vas, "platform": platform}


def test_members_by_country_size_region_and_sector_match_the_database(figures):
    published = Company.objects.public()
    labels = dict(Company._meta.get_field("country").choices)
    from_database = {
        str(labels[row["country"]]): row["n"]
        for row in published.values("country").annotate(n=Count("pk")).order_by()
    }
    countries = stats.members_by_country()
    assert numbers(countries) == from_database == {"Österreich": 2, "Ungarn": 1, "Deutschland": 1}
    assert countries.total == published.count() == 4
    assert numbers(stats.members_by_size()) == {
        str(Company.SizeBand.MICRO.label): 2,
        str(Company.SizeBand.LARGE.label): 1,
        "Nicht angegeben": 1,
    }
    regions = numbers(stats.members_by_region())
    assert regions["Komitat Vas"] == 1
    assert regions["Keine Region angegeben"] == 1
    assert sum(regions.values()) == published.count()
    sectors = numbers(stats.members_by_sector())
    assert sectors["Holz"] == 3 and sectors["IT"] == 1  # the unpublished member is not counted


def test_networks_cases_and_trips_match_the_database(figures):
    kinds = numbers(stats.networks_by_kind())
    assert kinds == {"Regionales Netzwerk": 2, "Grenzüberschreitendes Netzwerk": 1}
    assert sum(kinds.values()) == Network.objects.count()
    instruments = stats.cases_by_instrument()
    assert numbers(instruments)["Plattform"] == 2  # the draft is not counted
    assert instruments.total == GoodPractice.objects.public().count() == 2
    assert len(instruments.bars) == Instrument.objects.count()  # every instrument, even at 0
    trips = stats.trips_by_year()
    assert numbers(trips) == {"2013": 2, "2014": 1}
    assert trips.total == StudyTrip.objects.public().count() == 3


@pytest.mark.parametrize("language", ["de", "hu"])
def test_every_chart_is_an_accessible_svg_with_its_table(client, figures, language):
    response = client.get(PAGES[language])
    assert response.status_code == 200
    html = response.content.decode()
    charts = response.context["charts"]
    assert len(charts) == 7
    for chart in charts:
        slug = chart.slug
        assert f'role="img" aria-labelledby="{slug}-title" aria-describedby="{slug}-desc"' in html
        assert f'<title id="{slug}-title">{chart.title}</title>' in html
        section = html.split(f'id="{slug}"')[1].split("</section>")[0]
        assert section.count("<rect") == len(chart.bars)
        assert "<caption>" in section
        assert section.count('<th scope="col"') == 3
        assert section.count('<th scope="row"') == len(chart.bars) + 1  # + the total
    assert 'viewBox="0 0 480 ' in html


def test_numbers_follow_the_language(client, figures):
    # Soft hyphens (pyphen) sit in the table headers; compare the words without them.
    german = client.get(PAGES["de"]).content.decode().replace("\u00ad", "")
    hungarian = client.get(PAGES["hu"]).content.decode().replace("\u00ad", "")
    # 2 of 4 members are Austrian: 50,0 % with a decimal comma in both languages.
    assert '<td class="text-end">50,0</td>' in german
    assert '<td class="text-end">50,0</td>' in hungarian
    assert "<caption>Mitgliedsunternehmen nach Land: die Zahlen</caption>" in german
    assert "<caption>Tagvállalatok ország szerint: a számok</caption>" in hungarian
    assert '<th scope="row">Ausztria</th>' in hungarian
    # SVG coordinates stay machine-readable (a point, never a comma).
    for value in re.findall(r'<rect class="bar" x="0" y="\d+" width="([^"]+)"', hungarian):
        assert "," not in value
    # A region without a Hungarian name shows the German one, marked as German.
    assert '<th scope="row" lang="de">Komitat Vas</th>' in hungarian


def test_large_numbers_are_grouped_the_way_each_language_groups_them(client, settings):
    region = RegionFactory()
    Company.objects.bulk_create(
        Company(name=f"Betrieb {n}", slug=f"betrieb-{n}", country="AT", region=region)
        for n in range(1234)
    )
    # Soft hyphens (pyphen) sit in the table headers; compare the words without them.
    german = client.get(PAGES["de"]).content.decode().replace("\u00ad", "")
    hungarian = client.get(PAGES["hu"]).content.decode().replace("\u00ad", "")
    assert '<td class="text-end">1.234</td>' in german
    assert '<td class="text-end">1\xa0234</td>' in hungarian or (
        '<td class="text-end">1 234</td>' in hungarian
    )


def test_statistics_page_with_the_demo_content_in_both_languages(client):
    call_command("load_demo", verbosity=0)
    for language in ("de", "hu"):
        response = client.get(PAGES[language])
        assert response.status_code == 200
        country = response.context["charts"][0]
        assert country.total == Company.objects.public().count()
        assert sum(bar.value for bar in country.bars) == country.total
