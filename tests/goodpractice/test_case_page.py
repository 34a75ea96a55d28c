"""The case page: sections, figures, gallery, documents, related cases and drafts."""

import pytest
from django.contrib.auth import get_user_model
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from goodpractice.models import GoodPractice
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


def test_language_switcher_on_case_page_leads_to_the_same_case(client, case, switcher):
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
