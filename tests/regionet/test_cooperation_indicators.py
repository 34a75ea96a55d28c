"""The programme's indicators on the statistics page, checked by hand on a small dataset."""

import datetime

import pytest
from django.utils import timezone
from django.utils.translation import override

from cooperation.models import Cooperation, CooperationPartner
from regionet.cooperation_stats import cooperations_by_trip, cooperations_by_type, indicators
from tests.factories import (
    CompanyFactory,
    CooperationFactory,
    CooperationPartnerFactory,
    StudyTripFactory,
)

pytestmark = pytest.mark.django_db


def years_ago(years: float) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=round(365 * years))


def cooperation(partners, **values):
    made = CooperationFactory(**values)
    for company, name, country in partners:
        CooperationPartnerFactory(
            cooperation=made, company=company, name="" if company else name, country=country
        )
    return made


@pytest.fixture
def dataset():
    """Five cooperations; the comments say what each adds to the figures."""
    pinkatal = CompanyFactory(name="Metallbau Pinkatal GmbH", country="AT")
    raba = CompanyFactory(name="Rába Fémtechnika Kft.", country="HU")
    trip = StudyTripFactory(title_de="Sachsen 2013")
    # 1. AT–HU, two years old, still active: RCO +2 (Pinkatal, Rába), RCR +1.
    cooperation(
        [(pinkatal, "", "AT"), (raba, "", "HU")],
        kind="supplier",
        started_on=years_ago(2),
        origin="trip",
        trip=trip,
    )
    # 2. AT–HU–DE, three years old, ended after 6 months: RCO +2 (Pinkatal counted already;
    #    the Saxon cluster is new, and "rába fémtechnika kft." given by name is not linked to
    #    the company, so it counts on its own), RCR +0.
    cooperation(
        [
            (pinkatal, "", "AT"),
            (None, "rába fémtechnika kft.", "HU"),
            (None, "Cluster Sachsen", "DE"),
        ],
        kind="joint_project",
        started_on=years_ago(3),
        ended_on=years_ago(2.5),
        origin="trip",
        trip=trip,
    )
    # 3. AT–HU, started 4 months ago: RCO +1 (Holzbau), RCR +0 (not a year old yet).
    cooperation(
        [(None, "Holzbau Güssing GmbH", "AT"), (raba, "", "HU")],
        kind="joint_project",
        started_on=years_ago(0.33),
    )
    # 4. Same country only: not cross-border, counts nowhere except per type.
    cooperation(
        [(None, "Obsthof Raabtal", "AT"), (None, "Holzbau Güssing GmbH", "AT")],
        kind="knowledge",
        started_on=years_ago(2),
    )
    # 5. Not approved: counts nowhere.
    cooperation(
        [(None, "Zalai Fa Kft.", "HU"), (None, "Weinbau Leitha", "AT")],
        kind="supplier",
        started_on=years_ago(2),
        status="pending",
    )
    return trip


def values(chart):
    return {bar.label: bar.value for bar in chart.bars}


def test_rco87_and_rcr84_count_approved_cross_border_cooperations(dataset):
    chart = indicators()
    assert values(chart) == {
        "Grenzüberschreitend kooperierende Organisationen (RCO 87)": 5,
        "Nach 12 Monaten fortbestehende Kooperationen (RCR 84)": 1,
    }
    assert chart.total == 3
    assert Cooperation.objects.count() == 5 and CooperationPartner.objects.count() == 11


def test_cooperations_per_trip_and_per_type(dataset):
    with override("de"):
        assert values(cooperations_by_trip()) == {"Sachsen 2013": 2}
        assert values(cooperations_by_type()) == {
            "Zulieferung oder Lohnfertigung": 1,
            "Gemeinsames Projekt oder Innovation": 2,
            "Wissensaustausch": 1,
        }


def test_statistics_page_shows_the_indicators_with_tables_and_csv_links(client, dataset):
    html = client.get("/de/statistik/").content.decode()
    assert "Grenzüberschreitend kooperierende Organisationen (RCO 87)" in html
    assert "Nach 12 Monaten fortbestehende Kooperationen (RCR 84)" in html
    assert 'href="/de/statistik/cooperation-indicators.csv"' in html
    assert 'href="/de/statistik/cooperations-trip.csv"' in html
    hungarian = client.get("/hu/statisztika/").content.decode()
    assert "Határon átnyúló együttműködésben részt vevő szervezetek (RCO 87)" in hungarian


def test_indicators_download_as_csv_in_the_page_language(client, dataset):
    response = client.get("/hu/statisztika/cooperation-indicators.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeffMutató;")
    assert "Határon átnyúló együttműködésben részt vevő szervezetek (RCO 87);5\r\n" in text
    assert "12 hónap után is fennálló együttműködések (RCR 84);1\r\n" in text


def test_trip_titles_that_look_like_formulas_are_defused_in_csv(client):
    trip = StudyTripFactory(title_de="=HYPERLINK(1)")
    cooperation([(None, "A", "AT"), (None, "B", "HU")], origin="trip", trip=trip)
    text = client.get("/de/statistik/cooperations-trip.csv").content.decode()
    assert "'=HYPERLINK(1);1" in text


def test_unknown_chart_csv_is_404(client):
    assert client.get("/de/statistik/unbekannt.csv").status_code == 404
