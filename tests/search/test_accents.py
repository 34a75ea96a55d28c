"""Visitors type without accents and in any case: "halozat" finds Hálózat, "orsegi" Őrségi."""

import sqlite3
from types import SimpleNamespace

import pytest

from core.search import engine
from core.search.highlight import plain_highlight
from core.text import add_sqlite_functions, fold, folded_spans
from tests.factories import CompanyFactory, NetworkFactory
from tests.search.conftest import found


def test_fold_drops_accents_and_case():
    assert fold("Győr") == "gyor"
    assert fold("ŐRSÉGI Tájkonyha") == "orsegi tajkonyha"
    assert fold("Straße") == "strasse"


def test_folded_spans_point_into_the_original_text():
    text = "Das Őrség und die Straße"
    assert [text[a:b] for a, b in folded_spans(text, ["orseg", "STRASSE"])] == [
        "Őrség",
        "Straße",
    ]


def test_plain_highlight_marks_words_typed_without_accents():
    html = str(plain_highlight("Vállalkozói hálózat Győrben", ["halozat", "gyor"], False))
    assert html == "Vállalkozói <mark>hálózat</mark> <mark>Győr</mark>ben"


def test_sqlite_connections_learn_folding_and_dictionary_order():
    raw = sqlite3.connect(":memory:")
    add_sqlite_functions(None, SimpleNamespace(vendor="sqlite", connection=raw))
    assert raw.execute("SELECT regionet_fold('Őrségi')").fetchone() == ("orsegi",)
    raw.execute("CREATE TABLE names (name TEXT)")
    names = ["Zala", "Őrségi", "REGIONET", "Raabtal", "Oberwart", "Észak"]
    raw.executemany("INSERT INTO names VALUES (?)", [(name,) for name in names])
    rows = raw.execute("SELECT name FROM names ORDER BY name COLLATE regionet")
    ordered = [name for (name,) in rows]
    assert ordered == ["Észak", "Oberwart", "Őrségi", "Raabtal", "REGIONET", "Zala"]
    raw.close()


@pytest.mark.django_db
def test_directory_text_filter_ignores_accents_and_case(client):
    CompanyFactory(name="Őrségi Vendégház Bt.", city="Őriszentpéter")
    CompanyFactory(name="Fertő Bau GmbH", city="Neusiedl am See")
    CompanyFactory(name="Andere GmbH", city="Eisenstadt")

    def names(query):
        response = client.get("/de/unternehmen/", {"q": query})
        return [company.name for company in response.context["companies"]]

    assert names("orsegi") == ["Őrségi Vendégház Bt."]
    assert names("ŐRSÉGI") == ["Őrségi Vendégház Bt."]
    assert names("FERTO") == ["Fertő Bau GmbH"]
    assert names("oriszentpeter") == ["Őrségi Vendégház Bt."]


@pytest.mark.django_db
def test_the_simple_search_ignores_accents_and_marks_what_it_found(search, monkeypatch):
    monkeypatch.setattr(engine, "is_postgresql", lambda using: False)
    network = NetworkFactory(name_de="Netzwerk Győr", name_hu="Győri vállalkozói hálózat")
    response = search("hu", "gyori halozat")
    assert found(response) == [network]
    assert "<mark>Győri</mark> vállalkozói <mark>hálózat</mark>" in response.content.decode()
