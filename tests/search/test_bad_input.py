"""Whatever a visitor types, the search page answers with results or a message, never a 500."""

import pytest

from core.search import MAX_QUERY_LENGTH, clean_query
from tests.factories import GoodPracticeFactory, NetworkFactory
from tests.search.conftest import SEARCH_URLS, found

pytestmark = pytest.mark.django_db

HOSTILE_QUERIES = [
    "",
    "   ",
    "%",
    "_",
    "%_%",
    "100%",
    "'",
    '"',
    "''",
    "\\",
    "\\'",
    "\\\\",
    "&",
    "|",
    "!",
    "(",
    ")",
    ":",
    "*",
    "<->",
    "<2>",
    "& | ! ( ) : * <->",
    "Netzwerk & | ! ( ) : * <-> hálózat",
    "!Netzwerk",
    "Netzwerk:*",
    "Netzwerk:A",
    "'Netzwerk' & 'x",
    "(((Netzwerk",
    "Netzwerk)))",
    "a:b:c",
    "Netzwerk <-> hálózat",
    "-Netzwerk",
    "Netzwerk OR hálózat AND NOT x",
    "\u202e\u200b",
    "\ue000\ue001\ue002",
    "🙂 Netzwerk",
    "𝔑𝔢𝔱𝔷𝔴𝔢𝔯𝔨",
    "ß",
    "½ ʼ ﬁ Æ ǅ ① ² ℌ ǈ ĳ Ǆ",
    "Straße Œuvre ﬂ",
    "\u0301",
    "x" * 5000,
    "Netzwerk " * 100,
    "ab" * 40 + " cd",
    "1234567890" * 30,
    "SELECT * FROM pg_user; --",
    "'; DROP TABLE network_network; --",
    "<script>alert(1)</script>",
]


@pytest.fixture
def content():
    NetworkFactory(name_de="Netzwerk Süd", name_hu="Déli hálózat")
    GoodPracticeFactory(title_de="Ein Netzwerk", title_hu="Egy hálózat")


@pytest.mark.parametrize("language", ["de", "hu"])
@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_odd_queries_answer_200_with_results_or_a_message(client, content, language, query):
    response = client.get(SEARCH_URLS[language], {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>" in html
    assert "<script>alert" not in html
    if not found(response) and query.strip():
        assert 'role="status">' in html or 'class="alert' in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "Netz\x00werk"},
        {"q": "\x00"},
        {"q": "Netzwerk", "type": "\x00"},
        {"q": "Netzwerk", "type": "unknown"},
        {"q": "Netzwerk", "type": "case' OR 1=1 --"},
        {"q": "Netzwerk", "type": "x" * 3000},
    ],
)
def test_nul_bytes_and_unknown_types_answer_400_with_a_message(client, content, params):
    response = client.get(SEARCH_URLS["de"], params)
    assert response.status_code == 400
    assert 'class="alert alert-danger" role="alert"' in response.content.decode()
    assert response.context.get("hits") is None


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99", "1.5", "%00", "9" * 50])
def test_page_numbers_that_do_not_exist_are_404(client, content, page):
    response = client.get(SEARCH_URLS["de"], {"q": "Netzwerk", "page": page})
    assert response.status_code == 404
    # The same text as every other list's.
    assert "Diese Liste hat keine Seite mit dieser Nummer." in response.content.decode()


def test_only_stop_words_get_a_clear_message(search, content):
    for language, query in (("de", "und die der"), ("hu", "és a az")):
        response = search(language, query)
        assert response.status_code == 200
        assert response.context["search"].only_stop_words
        assert found(response) == []
    assert "nur sehr häufige Wörter" in search("de", "und").content.decode()
    assert "csak nagyon gyakori szavakat" in search("hu", "és").content.decode()


def test_operators_around_words_are_ignored_and_the_words_searched(search, content):
    for query in ("!Netzwerk", "Netzwerk:*", "(Netzwerk)", "'Netzwerk'", "Netzwerk & | <->"):
        assert found(search("de", query)), query


def test_punctuation_only_asks_for_a_word(search):
    response = search("de", "%_*!")
    assert response.status_code == 200
    assert "mindestens einem Wort" in response.content.decode()


def test_a_very_long_query_is_cut_with_a_notice(search, content):
    response = search("de", "Netzwerk " + "y" * 500)
    assert response.status_code == 200
    assert len(response.context["query"].text) <= MAX_QUERY_LENGTH
    assert "Nur die ersten 200 Zeichen" in response.content.decode()


def test_clean_query_keeps_only_letters_and_digits_as_tokens():
    query = clean_query("  Netz&werk 'hálózat' %_ \\ <-> a:b  2013 ")
    assert query.tokens == ["netz", "werk", "hálózat", "a", "b", "2013"]
    assert query.text == "Netz&werk 'hálózat' %_ \\ <-> a:b 2013"
    assert clean_query("ha\u0301lo\u0301zat").tokens == ["hálózat"]  # decomposed accents
    assert len(clean_query("w " * 100).tokens) == 1
    assert len(clean_query(" ".join(f"w{n}" for n in range(50))).tokens) == 10
    with pytest.raises(ValueError):
        clean_query("a\x00b")
