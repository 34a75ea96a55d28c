"""The site search on PostgreSQL: language, stemming, prefixes, accents, typos, ranking."""

import pytest

from core.cache import read_generations
from core.search import ranking
from tests.factories import (
    CompanyFactory,
    GoodPracticeFactory,
    InstrumentFactory,
    NetworkFactory,
    PageFactory,
    StudyTripFactory,
)
from tests.search.conftest import found

pytestmark = pytest.mark.django_db

EMPTY_HUNGARIAN = {
    f"{name}_hu": ""
    for name in (
        "title",
        "summary",
        "challenge",
        "approach",
        "results",
        "transferability",
        "resources",
    )
}


def test_german_stemming_finds_the_singular_from_the_plural_and_back(search):
    network = NetworkFactory(name_de="Netzwerk der Bäckereien", name_hu="Pékek")
    networks = NetworkFactory(name_de="Zwei Netzwerke für Tischler", name_hu="Asztalosok")
    assert network in found(search("de", "Netzwerke", type="network"))
    assert networks in found(search("de", "Netzwerk", type="network"))


def test_hungarian_stemming_finds_hálózat_from_hálózatok(search):
    network = NetworkFactory(name_de="Bäcker", name_hu="Hálózat a pékekért")
    assert found(search("hu", "hálózatok", type="network")) == [network]


def test_hungarian_prefix_finds_the_inflected_form(search):
    network = NetworkFactory(name_de="Bäcker", name_hu="A soproni pékek hálózata")
    assert found(search("hu", "hálózat", type="network")) == [network]
    assert found(search("hu", "hálóz", type="network")) == [network]


def test_search_without_accents_finds_accented_words_in_both_languages(search):
    network = NetworkFactory(name_de="Bäcker", name_hu="Hálózat a pékekért")
    company = CompanyFactory(
        name="Pannonia Mühle GmbH", description_de="Eine grenzüberschreitende Kooperation."
    )
    assert found(search("hu", "halozat", type="network")) == [network]
    assert found(search("de", "grenzuberschreitend", type="company")) == [company]
    assert found(search("de", "muhle", type="company")) == [company]


def test_a_typo_still_finds_the_title_with_a_similar_spelling(search):
    trip = StudyTripFactory(title_de="Studienreise nach Dresden", title_hu="Tanulmányút Drezdába")
    response = search("de", "Studienriese")
    assert response.status_code == 200
    assert found(response) == [trip]
    assert response.context["hits"][0].similar
    assert "ähnlich geschrieben" in response.content.decode()


def test_typo_results_come_after_the_exact_ones_when_there_are_few(search):
    exact = GoodPracticeFactory(title_de="Holzbau im Seewinkel", summary_de="Holzbau verbindet.")
    similar = GoodPracticeFactory(title_de="Holzbaau-Akademie", summary_de="Eine Schule.")
    hits = search("de", "Holzbau").context["hits"]
    assert [hit.object for hit in hits] == [exact, similar]
    assert [hit.similar for hit in hits] == [False, True]


def test_a_title_match_ranks_above_a_summary_match_above_a_body_match(search):
    body = GoodPracticeFactory(
        title_de="Gemeinsamer Einkauf",
        summary_de="Bäcker kaufen gemeinsam ein.",
        approach_de="Kürbiskerne, Kürbiskerne und noch einmal Kürbiskerne aus der Region.",
    )
    title = GoodPracticeFactory(title_de="Kürbiskerne aus dem Seewinkel", summary_de="Ein Bericht.")
    summary = GoodPracticeFactory(
        title_de="Direktvermarktung", summary_de="Kürbiskerne vermarkten."
    )
    assert found(search("de", "Kürbiskerne")) == [title, summary, body]


def test_matches_are_highlighted_in_title_and_passage(search):
    GoodPracticeFactory(
        title_de="Kürbiskerne aus dem Seewinkel",
        summary_de="<p>Im Seewinkel werden <strong>Kürbiskerne</strong> gemeinsam geröstet.</p>",
    )
    response = search("de", "kurbiskern")
    hit = response.context["hits"][0]
    assert str(hit.title) == "<mark>Kürbiskerne</mark> aus dem Seewinkel"
    assert "werden <mark>Kürbiskerne</mark> gemeinsam geröstet." in str(hit.snippet)
    assert "<strong>" not in str(hit.snippet)
    assert "<mark>Kürbiskerne</mark> aus dem Seewinkel" in response.content.decode()


def test_hostile_content_cannot_inject_markup_into_results(search):
    CompanyFactory(
        name="Kürbis <b>GmbH</b>",
        description_de=(
            '<script>alert("x")</script> Kürbis <img src=x onerror=alert(1)> '
            "\ue000 offen &lt;i&gt; Kürbis \ue001\ue001"
        ),
    )
    GoodPracticeFactory(
        title_de='<i>Kürbis</i>"><svg onload=alert(1)>',
        summary_de="<p>Kürbis &amp; <em>Co</em> &lt;script&gt;</p>",
    )
    response = search("de", "Kürbis")
    html = response.content.decode()
    assert len(response.context["hits"]) == 2
    for injected in ("<script>alert", "<img src=x", "<svg", "<b>GmbH", "<i>Kürbis", "<em>Co"):
        assert injected not in html
    assert "<mark>Kürbis</mark> &lt;b&gt;GmbH&lt;/b&gt;" in html
    assert "&amp;amp;" not in html  # entities of rich text are not escaped twice
    main = html[html.index("<main") :]
    assert main.count("<mark>") == main.count("</mark>") > 0


def test_the_query_itself_is_escaped_everywhere(search):
    response = search("de", '<script>alert("q")</script>')
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


def test_type_filter_narrows_results_and_keeps_the_counts_of_every_type(search):
    network = NetworkFactory(name_de="Holunder-Netzwerk", name_hu="Bodzahálózat")
    GoodPracticeFactory(title_de="Holunder aus dem Burgenland")
    GoodPracticeFactory(title_de="Holundersaft gemeinsam pressen")
    response = search("de", "Holunder", type="network")
    assert found(response) == [network]
    assert response.context["search"].counts["case"] == 2
    (types,) = response.context["facets"]
    facets = {value.label: (value.count, value.active) for value in types.values}
    assert facets["Netzwerke"] == (1, True)
    assert facets["Good-Practice-Beispiele"] == (2, False)
    assert response.context["all_types_count"] == 3
    html = response.content.decode()
    # The chosen type is a removable chip leading back to every type.
    assert 'class="filter-chip' in html and 'href="?q=Holunder"' in html


def test_results_paginate_in_rank_order_without_repeats(search):
    cases = [
        GoodPracticeFactory(title_de=f"Quittengelee {n}", summary_de="Quittengelee " * (n % 4 + 1))
        for n in range(23)
    ]
    pages = [search("de", "Quittengelee", page=number) for number in (1, 2, 3)]
    assert [len(page.context["hits"]) for page in pages] == [10, 10, 3]
    assert pages[0].context["paginator"].count == 23
    seen = [obj.pk for page in pages for obj in found(page)]
    assert sorted(seen) == sorted(case.pk for case in cases)
    ranks = [hit.rank for page in pages for hit in page.context["hits"]]
    assert ranks == sorted(ranks, reverse=True)
    assert "?q=Quittengelee&amp;page=2" in pages[0].content.decode()
    assert search("de", "Quittengelee", page=4).status_code == 404
    assert search("de", "Quittengelee", page="x").status_code == 404


def test_german_only_record_is_found_in_hungarian_with_the_fallback_notice(search):
    case = GoodPracticeFactory(
        title_de="Kürbisfest in Güssing", summary_de="Ein Fest für die Region.", **EMPTY_HUNGARIAN
    )
    response = search("hu", "kurbisfest")
    assert found(response) == [case]
    hit = response.context["hits"][0]
    assert (hit.title_lang, hit.snippet_lang) == ("de", "de")
    html = response.content.decode()
    assert f'<a href="{case.get_absolute_url()}" lang="de">' in html
    assert "Csak németül érhető el." in html


def test_hungarian_text_is_searched_in_hungarian_not_the_german_one(search):
    network = NetworkFactory(
        name_de="Netzwerk der Bäcker",
        name_hu="Pékek hálózata",
        description_de="Gemeinsamer Einkauf von Mehl.",
        description_hu="Közös lisztbeszerzés.",
    )
    assert found(search("hu", "Mehl", type="network")) == []
    assert found(search("hu", "lisztbeszerzés", type="network")) == [network]
    assert found(search("de", "Mehl", type="network")) == [network]


def test_drafts_and_unpublished_objects_are_never_found(search):
    GoodPracticeFactory(title_de="Geheimer Holunder", status="draft")
    CompanyFactory(name="Holunder GmbH", is_published=False)
    StudyTripFactory(title_de="Holunderreise", is_published=False)
    PageFactory(title_de="Holunderseite", is_published=False)
    response = search("de", "Holunder")
    assert found(response) == []
    assert "nichts gefunden" in response.content.decode()


def test_every_public_type_is_found(search):
    objects = [
        GoodPracticeFactory(title_de="Wacholder im Beispiel"),
        StudyTripFactory(title_de="Wacholder-Studienreise"),
        NetworkFactory(name_de="Wacholder-Netzwerk"),
        CompanyFactory(name="Wacholder GmbH"),
        InstrumentFactory(name_de="Wacholder-Instrument"),
        PageFactory(title_de="Wacholder-Seite"),
    ]
    response = search("de", "Wacholder")
    assert set(found(response)) == set(objects)
    labels = {hit.label for hit in response.context["hits"]}
    assert {"Good-Practice-Beispiel", "Studienreise", "Netzwerk", "Projektseite"} <= labels


def test_all_words_must_match_unless_none_has_them_all(search):
    both = GoodPracticeFactory(title_de="Holunder und Quitten")
    one = GoodPracticeFactory(title_de="Nur Holunder")
    exact = [
        hit.object for hit in search("de", "Holunder Quitten").context["hits"] if not hit.similar
    ]
    assert exact == [both]
    response = search("de", "Holunder Pflaumenmus")
    assert set(found(response)) == {both, one}
    assert "einige davon" in response.content.decode()


def test_a_search_page_costs_the_same_few_queries_for_few_or_many_results(
    search, django_assert_max_num_queries, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 0  # count rendering, not the page cache's lookup
    settings.PAGE_CACHE_SHARED_GENERATIONS = True  # the cache generations from Redis

    def make(n):
        with django_capture_on_commit_callbacks(execute=True):
            for index in range(n):
                GoodPracticeFactory(title_de=f"Holunder {index}")
                NetworkFactory(name_de=f"Holunder-Netzwerk {index}")
                CompanyFactory(name=f"Holunder {index} GmbH")
                StudyTripFactory(title_de=f"Holunderreise {index}")
                PageFactory(title_de=f"Holunderseite {index}")

    make(1)
    read_generations()  # as any earlier request would have
    with django_assert_max_num_queries(10) as few:
        few_response = search("de", "Holunder")
    make(4)
    with django_assert_max_num_queries(10) as many:
        many_response = search("de", "Holunder")
    assert (len(few_response.context["hits"]), len(many_response.context["hits"])) == (5, 10)
    # tsquery, counts, ranked page, one query per type on the page, the footer's pages
    for queries, response in ((few, few_response), (many, many_response)):
        types_on_page = {hit.type.key for hit in response.context["hits"]}
        assert len(queries.captured_queries) == 4 + len(types_on_page)


def test_every_page_has_a_labelled_search_box_that_leads_to_the_language_search(client):
    for home, action in (("/de/", "/de/suche/"), ("/hu/", "/hu/kereses/")):
        html = client.get(home).content.decode()
        assert f'action="{action}" role="search"' in html
        assert '<label class="visually-hidden" for="site-search-q">' in html
        assert 'name="q" id="site-search-q"' in html


def test_search_page_links_to_the_same_search_in_the_other_language(client):
    response = client.get("/de/suche/", {"q": "Holunder", "type": "case"})
    alternates = {link["code"]: link["url"] for link in response.context["alternate_links"]}
    assert alternates["hu"] == "/hu/kereses/?q=Holunder&type=case"
    assert '<meta name="robots" content="noindex, follow">' in response.content.decode()


def test_empty_search_shows_the_form_and_an_invitation(search):
    response = search("de", "")
    assert response.status_code == 200
    assert response.context.get("hits") is None
    assert "Geben Sie ein Wort ein" in response.content.decode()


def test_big_result_sets_are_capped_but_title_matches_still_come_first(search, monkeypatch):
    monkeypatch.setattr(ranking, "RANK_LIMIT", 3)
    monkeypatch.setattr(ranking, "TITLE_CANDIDATES", 2)
    for number in range(6):
        GoodPracticeFactory(title_de=f"Beispiel {number}", approach_de="Mit Sanddorn gemacht.")
    title = GoodPracticeFactory(title_de="Sanddorn aus dem Seewinkel")
    response = search("de", "Sanddorn")
    assert found(response)[0] == title
    assert response.context["paginator"].count == 3
    html = response.content.decode()
    assert "Mehr als 3 Ergebnisse" in html
    facets = [(f.label, f.count, f.capped) for f in response.context["facets"][0].values]
    assert ("Good-Practice-Beispiele", 3, True) in facets
