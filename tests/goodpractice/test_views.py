import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.template.defaultfilters import filesizeformat
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from goodpractice.models import GoodPractice, Instrument
from tests.factories import (
    CaseDocumentFactory,
    CaseImageFactory,
    CompanyFactory,
    GoodPracticeFactory,
    InstrumentFactory,
    KeyFigureFactory,
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


def switcher(response, language):
    return next(a["url"] for a in response.context["alternate_links"] if a["code"] == language)


@pytest.fixture
def library():
    """Four published cases and a draft across instruments, sectors, regions and countries."""
    exchange = InstrumentFactory(code="exchange")
    platform = InstrumentFactory(code="platform")
    cars = SectorFactory(nace_code="C29")
    food = SectorFactory(nace_code="C10")
    vas = RegionFactory(nuts3_code="HU222", country="HU")
    bautzen = RegionFactory(nuts3_code="DED2C", country="DE")
    network = NetworkFactory()
    GoodPracticeFactory(
        title_de="Alpha",
        instruments=[exchange],
        sectors=[cars],
        regions=[vas],
        countries=["HU"],
        networks=[network],
        start_year=2013,
    )
    GoodPracticeFactory(
        title_de="Beta",
        instruments=[exchange, platform],
        sectors=[food],
        regions=[bautzen],
        countries=["DE"],
        start_year=2003,
    )
    GoodPracticeFactory(
        title_de="Gamma",
        instruments=[platform],
        sectors=[cars],
        regions=[bautzen],
        countries=["DE", "AT"],
        networks=[network],
        start_year=2013,
    )
    GoodPracticeFactory(title_de="Delta", countries=["AT"], start_year=None)
    GoodPracticeFactory(
        title_de="Entwurf",
        status="draft",
        published_at=None,
        instruments=[exchange],
        sectors=[cars],
        countries=["HU"],
        start_year=2013,
    )
    return {"network": network, "exchange": exchange}


# The library ---------------------------------------------------------------------------


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


def test_facet_values_are_language_independent(client, library):
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


# The case page -------------------------------------------------------------------------


@pytest.fixture
def case():
    lead = CompanyFactory(name="Marketing Oberlausitz", is_published=True)
    network = NetworkFactory(name_de="Netz Oberlausitz", name_hu="Felső-lausitzi háló")
    instrument = InstrumentFactory(name_de="Wissensaustausch", name_hu="Tudáscsere")
    sector = SectorFactory(nace_code="C30", name_de="Fahrzeugbau", name_hu="Járműgyártás")
    case = GoodPracticeFactory(
        title_de="Netzwerk Oberlausitz",
        title_hu="Felső-lausitzi hálózat",
        summary_de="Rund 600 Mitglieder.",
        summary_hu="Mintegy 600 tag.",
        challenge_hu="<p>Elvándorlás.</p>",
        approach_hu="<ul><li>Koordináció</li></ul>",
        results_hu="Eredmény.",
        transferability_hu="Átvehető.",
        resources_hu="Erőforrás.",
        start_year=2003,
        end_year=None,
        countries=["DE"],
        lead_organisation=lead,
        contact_name="Anna Muster",
        contact_email="anna@example.org",
        instruments=[instrument],
        sectors=[sector],
        networks=[network],
        regions=[RegionFactory(nuts3_code="DED2C", country="DE", name_hu="Bautzeni járás")],
    )
    KeyFigureFactory(case=case, value="600", label_de="Mitglieder", label_hu="tag", position=0)
    KeyFigureFactory(case=case, value="2003", label_de="gegründet", label_hu="alapítva", position=1)
    CaseImageFactory(case=case)
    CaseDocumentFactory(case=case)
    return case


def test_case_page_shows_sections_with_glossary_headings(client, case):
    with translation.override("hu"):
        url = case.get_absolute_url()
    assert url == "/hu/jo-gyakorlatok/felso-lausitzi-halozat/"
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert '<h1 id="case-title">Felső-lausitzi hálózat</h1>' in html
    for heading in (
        "Kiinduló helyzet",
        "Megközelítés",
        "Eredmények",
        "Átvehetőség",
        "Szükséges erőforrások",
        "Kulcsadatok",
    ):
        assert heading in html
    assert "<p>Elvándorlás.</p>" in html
    assert "<ul><li>Koordináció</li></ul>" in html
    with translation.override("de"):
        url = case.get_absolute_url()
    german = client.get(url).content.decode()
    for heading in ("Ausgangslage", "Vorgehen", "Ergebnisse", "Übertragbarkeit"):
        assert heading in german
    assert "Benötigte Ressourcen" in german
    assert "Kennzahlen" in german


def test_case_page_shows_key_figures_facts_and_links(client, case):
    html = client.get(case.get_absolute_url()).content.decode()
    assert '<dd class="display-6 fw-bold mb-0">600</dd>' in html
    assert html.index(">600<") < html.index(">2003</dd>")
    assert "seit 2003" in html
    assert f'href="{case.lead_organisation.get_absolute_url()}"' in html
    assert f'href="{case.networks.get().get_absolute_url()}"' in html
    assert f'href="{case.instruments.get().get_absolute_url()}"' in html
    assert 'href="/de/good-practice/?sector=C30"' in html
    assert 'href="/de/good-practice/?region=DED2C"' in html
    assert 'href="mailto:anna@example.org"' in html
    assert "Deutschland" in html
    assert 'rel="alternate" type="application/atom+xml"' in html


def test_unpublished_lead_organisation_is_named_but_not_linked(client, case):
    case.lead_organisation.is_published = False
    case.lead_organisation.save()
    html = client.get(case.get_absolute_url()).content.decode()
    assert "Marketing Oberlausitz" in html
    assert case.lead_organisation.get_absolute_url() not in html


def test_gallery_uses_renditions_with_srcset_never_the_original(client, case):
    html = client.get(case.get_absolute_url()).content.decode()
    image = case.images.get()
    assert image.image.url not in html
    assert "/renditions/card/" in html
    assert "/renditions/gallery/" in html
    assert "/renditions/large/" in html
    # A 4:3 picture: 427×320 in the card box, 800×600 and 1200×900 for larger screens.
    assert " 427w, " in html and " 800w, " in html and " 1200w" in html
    assert 'width="427" height="320"' in html
    assert 'alt="Teilnehmende beim Workshop"' in html
    assert "Workshop in Bautzen" in html


def test_documents_are_listed_with_their_size(client, case):
    document = case.documents.get()
    assert document.size > 0
    html = client.get(case.get_absolute_url()).content.decode()
    assert f'href="{document.file.url}"' in html
    assert "Kurzbericht" in html
    assert f"(PDF, {filesizeformat(document.size)})" in html


def test_missing_hungarian_section_falls_back_to_german_with_notice(client):
    case = GoodPracticeFactory(
        title_hu="Magyar cím", approach_de="<p>Nur deutsch.</p>", approach_hu=""
    )
    with translation.override("hu"):
        url = case.get_absolute_url()
    html = client.get(url).content.decode()
    assert '<div class="fallback-text" lang="de"><p>Nur deutsch.</p></div>' in html
    assert "Csak németül érhető el." in html


def test_empty_sections_are_left_out(client):
    case = GoodPracticeFactory(
        results_de="", results_hu="", resources_de="", resources_hu="", challenge_de="Da."
    )
    html = client.get(case.get_absolute_url()).content.decode()
    assert "Ausgangslage" in html
    assert "Ergebnisse" not in html
    assert "Benötigte Ressourcen" not in html


def test_hostile_html_never_reaches_the_page_even_if_stored(client):
    case = GoodPracticeFactory(title_de="<script>alert('t')</script>Titel")
    hostile = (
        '<p onclick="x()">Text</p><script>alert(1)</script><img src=x onerror=alert(1)>'
        '<a href="javascript:alert(1)">Link</a><iframe src="//evil"></iframe>'
        '<span style="position:fixed">s</span>'
    )
    # Written around the model's save, as a raw import or an old row would be.
    GoodPractice.objects.filter(pk=case.pk).update(
        summary_de=hostile, approach_de=hostile, results_de=hostile
    )
    response = client.get(case.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    for forbidden in ("<script", "onclick", "onerror", "javascript:", "<iframe", "style="):
        assert forbidden not in main.lower()
    assert "&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;Titel" in html
    assert "<script>alert(1)</script>" not in html


def test_related_cases_are_published_and_ranked_by_overlap(client):
    first, second = InstrumentFactory.create_batch(2)
    sector = SectorFactory()
    case = GoodPracticeFactory(instruments=[first, second], sectors=[sector])
    GoodPracticeFactory(title_de="Eins", instruments=[first])
    GoodPracticeFactory(title_de="Drei", instruments=[first, second], sectors=[sector])
    GoodPracticeFactory(title_de="Versteckt", status="draft", instruments=[first, second])
    GoodPracticeFactory(title_de="Fremd")
    response = client.get(case.get_absolute_url())
    assert [related.title_de for related in response.context["related_cases"]] == ["Drei", "Eins"]
    assert "Versteckt" not in response.content.decode()


def test_language_switcher_on_case_page_leads_to_the_same_case(client, case):
    response = client.get("/de/good-practice/netzwerk-oberlausitz/")
    assert switcher(response, "hu") == "/hu/jo-gyakorlatok/felso-lausitzi-halozat/"
    hungarian = client.get(switcher(response, "hu"))
    assert hungarian.context["case"] == case
    assert switcher(hungarian, "de") == "/de/good-practice/netzwerk-oberlausitz/"
    html = hungarian.content.decode()
    assert 'hreflang="de" href="http://localhost/de/good-practice/netzwerk-oberlausitz/"' in html


def test_other_languages_slug_redirects_to_the_canonical_case(client, case):
    response = client.get("/hu/jo-gyakorlatok/netzwerk-oberlausitz/")
    assert response.status_code == 301
    assert response["Location"] == "/hu/jo-gyakorlatok/felso-lausitzi-halozat/"


# Drafts --------------------------------------------------------------------------------


def test_draft_is_404_for_the_public(client):
    draft = GoodPracticeFactory(status="draft", published_at=None, title_de="Geheim")
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 404
    assert "Geheim" not in response.content.decode()


def test_draft_is_404_for_logged_in_non_staff(client):
    draft = GoodPracticeFactory(status="draft", published_at=None)
    user = get_user_model().objects.create_user("besucher", password="x")
    client.force_login(user)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_staff_preview_a_draft_with_a_visible_banner(admin_client):
    draft = GoodPracticeFactory(status="draft", published_at=None, title_de="Bald")
    response = admin_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vorschau – Entwurf" in html
    assert 'class="alert alert-warning preview-banner"' in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]


def test_published_case_has_no_preview_banner_for_staff(admin_client):
    case = GoodPracticeFactory()
    html = admin_client.get(case.get_absolute_url()).content.decode()
    assert "preview-banner" not in html


def test_drafts_are_not_listed_anywhere_public(client, library):
    instrument = library["exchange"]
    GoodPracticeFactory(title_de="Heimlich", status="draft", published_at=None, featured=True)
    pages = [
        LIBRARY_DE,
        f"{LIBRARY_DE}?instrument=exchange",
        instrument.get_absolute_url(),
        "/de/",
        "/sitemap.xml",
        "/de/good-practice/feed/",
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert "Entwurf" not in html, url
        assert "Heimlich" not in html, url


# Instruments ---------------------------------------------------------------------------


def test_instrument_page_lists_its_published_cases_in_both_languages(client):
    instrument = Instrument.objects.get(code="knowledge-exchange")
    GoodPracticeFactory(
        title_de="Mit Austausch", title_hu="Tudáscserével", instruments=[instrument]
    )
    GoodPracticeFactory(title_de="Ohne")
    german = client.get(f"/de/instrumente/{instrument.slug_de}/")
    assert german.status_code == 200
    html = german.content.decode()
    assert "<h1>Austausch von Wissen und Erfahrungen</h1>" in html
    assert "Mit Austausch" in html and "Ohne" not in html
    assert 'href="/de/good-practice/?instrument=knowledge-exchange"' in html
    assert switcher(german, "hu") == f"/hu/eszkozok/{instrument.slug_hu}/"
    hungarian = client.get(switcher(german, "hu"))
    assert hungarian.status_code == 200
    hungarian_html = hungarian.content.decode()
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


def test_case_page_links_the_study_trip_where_it_was_presented(client):
    from tests.factories import GoodPracticeFactory, StudyTripFactory

    trip = StudyTripFactory(title_de="Studienreise Sachsen", title_hu="Szászországi tanulmányút")
    case = GoodPracticeFactory(study_trip=trip)
    hidden = GoodPracticeFactory(study_trip=StudyTripFactory(is_published=False))
    with translation.override("hu"):
        html = client.get(case.get_absolute_url()).content.decode()
        trip_url = trip.get_absolute_url()
        hidden_html = client.get(hidden.get_absolute_url()).content.decode()
    assert "Bemutatva a tanulmányúton" in html
    assert f'href="{trip_url}"' in html
    assert "Bemutatva a tanulmányúton" not in hidden_html


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
