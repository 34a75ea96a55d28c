"""Headlines are escaped completely; only match markers become <mark>. And the SQLite search."""

import pytest

from core.search import engine
from core.search.highlight import highlight, plain_highlight
from tests.factories import CompanyFactory, GoodPracticeFactory, NetworkFactory
from tests.search.conftest import found

START, STOP, FRAGMENT = "\ue000", "\ue001", "\ue002"


def test_highlight_escapes_everything_but_the_markers():
    text = f'<img src=x onerror="alert(1)"> {START}Netz{STOP} & "x"{FRAGMENT}weiter'
    assert str(highlight(text)) == (
        "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>Netz</mark> &amp; "
        "&quot;x&quot; … weiter"
    )


def test_highlight_balances_stray_markers():
    assert str(highlight(f"{STOP}a {START}b {START}c")) == "a <mark>b c</mark>"


def test_highlight_of_markup_unescapes_entities_once_and_drops_smuggled_markers():
    text = f"{START}Kürbis{STOP} &amp; Co &lt;script&gt; &#xe000;x"
    assert str(highlight(text, markup=True)) == ("<mark>Kürbis</mark> &amp; Co &lt;script&gt; x")


def test_plain_highlight_marks_tokens_and_cuts_a_window_around_the_first_match():
    text = "Anfang " * 60 + "<b>Kürbis</b> am Ende " + "Schluss " * 60
    html = str(plain_highlight(text, ["kürbis"], markup=False, window=80))
    assert "&lt;b&gt;<mark>Kürbis</mark>&lt;/b&gt;" in html
    assert html.startswith("… ") and html.endswith(" …")
    assert len(html) < 200


@pytest.mark.django_db
def test_without_postgresql_the_search_falls_back_to_containment(search, monkeypatch):
    monkeypatch.setattr(engine, "is_postgresql", lambda using: False)
    network = NetworkFactory(name_de="Kürbisnetzwerk", name_hu="Tökhálózat")
    company = CompanyFactory(name="Ölmühle", description_de="<script>x</script> Kürbiskernöl")
    GoodPracticeFactory(title_de="Etwas anderes")
    response = search("de", "kürbis")
    assert found(response) == [network, company]  # title matches first
    html = response.content.decode()
    assert "<mark>Kürbis</mark>netzwerk" in html
    assert "<script>x" not in html
    assert found(search("hu", "tökhálózat")) == [network]
    assert found(search("de", "kürbis", type="company")) == [company]
