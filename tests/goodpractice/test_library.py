"""The library: facets with counts, sorting, pagination and bad input."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    GoodPracticeFactory,
    InstrumentFactory,
    NetworkFactory,
    RegionFactory,
    SectorFactory,
)

pytestmark = pytest.mark.django_db

LIBRARY_DE = "/de/good-practice/"
LIBRARY_HU = "/hu/jo-gyakorlatok/"


def titles(response):
    return [case.title_de for case in response.context["cases"]]


def facet(response, name):
    """{value: (count, active)} of one facet on the library page."""
    for item in response.context["facets"]:
        if item.name == name:
            return {value.value: (value.count, value.active) for value in item.values}
    raise AssertionError(f"no facet {name}")


def test_library_lists_published_cases_newest_first(client, library):
    response = client.get(LIBRARY_DE)
    assert response.status_code == 200
    assert titles(response) == ["Delta", "Gamma", "Beta", "Alpha"]
    assert "4 Ergebnisse" in response.content.decode()


def test_facet_counts_without_filters(client, library):
    response = client.get(LIBRARY_DE)
    assert facet(response, "instrument") == {"exchange": (2, False), "platform": (2, False)}
    assert facet(response, "sector") == {"C10": (1, False), "C29": (2, False)}
    assert facet(response, "region") == {"DED2C": (2, False), "HU222": (1, False)}
    assert facet(response, "country") == {"AT": (2, False), "HU": (1, False), "DE": (2, False)}
    assert facet(response, "network") == {str(library["network"].pk): (2, False)}
    assert facet(response, "year") == {"2013": (2, False), "2003": (1, False)}


def test_facet_counts_apply_the_other_active_facets(client, library):
    response = client.get(f"{LIBRARY_DE}?instrument=exchange&sector=C29")
    assert titles(response) == ["Alpha"]
    # Instrument counts ignore the instrument facet itself but apply the sector facet.
    assert facet(response, "instrument") == {"exchange": (1, True), "platform": (1, False)}
    # Sector counts apply the instrument facet.
    assert facet(response, "sector") == {"C10": (1, False), "C29": (1, True)}
    assert facet(response, "country") == {"HU": (1, False)}
    assert facet(response, "year") == {"2013": (1, False)}


def test_values_within_a_facet_combine_with_or_and_facets_with_and(client, library):
    either = client.get(f"{LIBRARY_DE}?country=HU&country=AT")
    assert titles(either) == ["Delta", "Gamma", "Alpha"]
    both = client.get(f"{LIBRARY_DE}?country=HU&country=AT&year=2013")
    assert titles(both) == ["Gamma", "Alpha"]
    network = client.get(f"{LIBRARY_DE}?network={library['network'].pk}&region=DED2C")
    assert titles(network) == ["Gamma"]


def test_facet_links_toggle_values_and_drop_the_page(client, library):
    response = client.get(f"{LIBRARY_DE}?instrument=exchange&page=1")
    html = response.content.decode()
    # Choosing another value keeps the active one; choosing the active one removes it.
    assert 'href="?instrument=exchange&amp;instrument=platform"' in html
    assert f'href="{LIBRARY_DE}"' in html
    assert 'href="?instrument=exchange&amp;sector=C29"' in html


def test_a_selected_value_without_matches_stays_visible_so_it_can_be_removed(client, library):
    response = client.get(f"{LIBRARY_DE}?sector=C10&year=2013")
    assert titles(response) == []
    assert facet(response, "sector")["C10"] == (0, True)
    assert facet(response, "year") == {"2013": (0, True), "2003": (1, False)}
    assert "Kein Good-Practice-Beispiel entspricht diesen Filtern." in response.content.decode()


def test_facet_values_are_language_independent(client, library, switcher):
    german = client.get(f"{LIBRARY_DE}?instrument=platform&country=DE&sort=title")
    assert switcher(german, "hu") == f"{LIBRARY_HU}?instrument=platform&country=DE&sort=title"
    hungarian = client.get(switcher(german, "hu"))
    assert hungarian.status_code == 200
    assert titles(hungarian) == titles(german) == ["Beta", "Gamma"]


def test_facet_queries_do_not_grow_with_the_number_of_values(client, library):
    with CaptureQueriesContext(connection) as few:
        client.get(f"{LIBRARY_DE}?country=DE")
    for number in range(15):
        GoodPracticeFactory(
            instruments=[InstrumentFactory()],
            sectors=[SectorFactory(nace_code=f"X{number:02d}")],
            regions=[RegionFactory(nuts3_code=f"AT9{number:02d}")],
            networks=[NetworkFactory()],
            countries=["DE"],
            start_year=1990 + number,
        )
    cache.clear()  # the same cold start as the first request
    with CaptureQueriesContext(connection) as many:
        response = client.get(f"{LIBRARY_DE}?country=DE")
    assert len(facet(response, "sector")) == 17
    assert len(many.captured_queries) == len(few.captured_queries)


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("newest", ["Delta", "Gamma", "Beta", "Alpha"]),
        ("title", ["Alpha", "Beta", "Delta", "Gamma"]),
        ("year", ["Gamma", "Alpha", "Beta", "Delta"]),
    ],
)
def test_library_sorts(client, library, sort, expected):
    assert titles(client.get(f"{LIBRARY_DE}?sort={sort}")) == expected


def test_title_sort_uses_the_visitors_language(client):
    GoodPracticeFactory(title_de="Aaa", title_hu="Zzz")
    GoodPracticeFactory(title_de="Zzz", title_hu="Aaa")
    GoodPracticeFactory(title_de="Mmm", title_hu="")
    hungarian = client.get(f"{LIBRARY_HU}?sort=title")
    assert [case.title_de for case in hungarian.context["cases"]] == ["Zzz", "Mmm", "Aaa"]


def test_library_paginates_and_keeps_facets(client):
    instrument = InstrumentFactory(code="paged")
    GoodPracticeFactory.create_batch(14, instruments=[instrument])
    GoodPracticeFactory.create_batch(2)
    first = client.get(f"{LIBRARY_DE}?instrument=paged")
    assert first.context["paginator"].count == 14
    assert 'href="?instrument=paged&amp;page=2"' in first.content.decode()
    second = client.get(f"{LIBRARY_DE}?instrument=paged&page=2")
    assert len(second.context["cases"]) == 2
    assert client.get(f"{LIBRARY_DE}?page=99").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "instrument=unknown",
        "instrument=%3Cscript%3E",
        "sector=ZZ99",
        "sector=%00",
        "region=XX999",
        "country=XX",
        "country=at",
        "network=abc",
        "network=999999",
        "network=99999999999999999999999999",
        "network=-1",
        "year=abc",
        "year=20133",
        "year=1700",
        "year=2013.5",
        "year=-2013",
        "year=%EF%BC%92%EF%BC%90%EF%BC%91%EF%BC%93",
        "sort=drop",
        "sort=-published_at",
        "&".join(f"year={2000 + n}" for n in range(21)),
        "country=AT&" + "x=" + "y" * 3000,
    ],
)
def test_bad_facet_values_get_a_clear_400(client, library, query):
    response = client.get(f"{LIBRARY_HU}?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Néhány szűrőérték érvénytelen." in html
    assert not response.context["cases"]
    assert response.context["filter_errors"]


def test_bad_year_message_says_what_is_expected(client, library):
    html = client.get(f"{LIBRARY_DE}?year=20x3").content.decode()
    assert "Beginn:" in html
    assert "Geben Sie ein Jahr zwischen 1800 und 2100 an." in html
    hungarian = client.get(f"{LIBRARY_HU}?year=1700").content.decode()
    assert "Kezdés éve:" in hungarian
    assert "Adjon meg egy évet 1800 és 2100 között." in hungarian
    malformed = client.get(f"{LIBRARY_HU}?sector=%3Cb%3E").content.decode()
    assert "Az érték nem megengedett karaktereket tartalmaz." in malformed


def test_unknown_value_message_names_the_value(client, library):
    html = client.get(f"{LIBRARY_DE}?region=XX999").content.decode()
    assert "XX999" in html
    assert "Region:" in html


@pytest.mark.parametrize(
    "query",
    ["foo=bar", "instrument=", "year=", "sort=", "page=", "year=2013&year=2013", "utm_source=x"],
)
def test_harmless_odd_querystrings_are_fine(client, library, query):
    assert client.get(f"{LIBRARY_DE}?{query}").status_code == 200


def test_library_announces_the_feed_and_is_in_the_navigation(client, library):
    html = client.get(LIBRARY_DE).content.decode()
    assert (
        '<link rel="alternate" type="application/atom+xml" '
        'title="Good Practice – REGIONET aktív" href="/de/good-practice/feed/">'
    ) in html
    assert 'href="/de/good-practice/">Good Practice</a>' in html
    hungarian = client.get(LIBRARY_HU).content.decode()
    assert 'href="/hu/jo-gyakorlatok/">Jó gyakorlatok</a>' in hungarian
    assert 'href="/hu/jo-gyakorlatok/feed/"' in hungarian
    assert "goodpractice/css/goodpractice.css" in html
