import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from goodpractice.documents import MAX_DOCUMENT_BYTES
from goodpractice.models import CaseDocument, GoodPractice, Instrument
from tests.admin_helpers import management
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
    image_file,
    pdf_bytes,
)

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:goodpractice_goodpractice_add")
CHANGELIST_URL = reverse("admin:goodpractice_goodpractice_changelist")


def case_data(**overrides):
    data = {
        "title_de": "Neues Beispiel",
        "title_hu": "Új jó gyakorlat",
        "slug_de": "",
        "slug_hu": "",
        "status": "draft",
        "summary_de": "Zusammenfassung.",
        "summary_hu": "Összefoglaló.",
        "start_year": "2012",
        "end_year": "2013",
        **management("key_figures"),
        **management("images"),
        **management("documents"),
    }
    data.update(overrides)
    return data


def document_upload(**overrides):
    return {
        **management("documents", total=1),
        "documents-0-title_de": "Bericht",
        "documents-0-title_hu": "Beszámoló",
        "documents-0-position": "0",
        **overrides,
    }


def test_add_form_has_language_tabs_and_inlines(admin_client):
    html = admin_client.get(ADD_URL).content.decode()
    for field in [
        "title_de",
        "title_hu",
        "slug_de",
        "slug_hu",
        "summary_de",
        "summary_hu",
        "challenge_hu",
        "approach_hu",
        "results_hu",
        "transferability_hu",
        "resources_hu",
        "key_figures-__prefix__-label_hu",
        "images-__prefix__-alt_text_hu",
        "images-__prefix__-caption_de",
        "documents-__prefix__-title_hu",
        "documents-__prefix__-file",
    ]:
        assert f'name="{field}"' in html, field
    assert "tabbed_translation_fields.js" in html
    assert 'type="checkbox" name="countries" value="AT"' in html
    assert 'type="checkbox" name="instruments"' in html
    assert "googleapis" not in html


def test_admin_creates_a_case_with_key_figures_image_and_pdf(admin_client):
    instrument = Instrument.objects.get(code="knowledge-exchange")
    region = RegionFactory(nuts3_code="HU222", country="HU")
    sector = SectorFactory()
    network = NetworkFactory()
    lead = CompanyFactory()
    data = case_data(
        instruments=[instrument.pk],
        regions=[region.pk],
        sectors=[sector.pk],
        networks=[network.pk],
        countries=["AT"],
        lead_organisation=lead.pk,
        contact_name="Anna",
        contact_email="anna@example.org",
        **management("key_figures", total=1),
        **{
            "key_figures-0-value": "35",
            "key_figures-0-label_de": "Teilnehmende",
            "key_figures-0-label_hu": "résztvevő",
            "key_figures-0-position": "0",
        },
        **management("images", total=1),
        **{
            "images-0-image": image_file("bild.png"),
            "images-0-alt_text_de": "Gruppe",
            "images-0-alt_text_hu": "Csoport",
            "images-0-position": "0",
        },
        **document_upload(
            **{
                "documents-0-file": SimpleUploadedFile(
                    "bericht.pdf", pdf_bytes(), content_type="application/pdf"
                )
            }
        ),
    )
    response = admin_client.post(ADD_URL, data)
    assert response.status_code == 302, response.context["errors"]
    case = GoodPractice.objects.get(title_de="Neues Beispiel")
    assert (case.slug_de, case.slug_hu) == ("neues-beispiel", "uj-jo-gyakorlat")
    assert case.key_figures.get().label_hu == "résztvevő"
    assert case.images.get().alt_text_hu == "Csoport"
    document = case.documents.get()
    assert document.title_hu == "Beszámoló"
    assert document.size == len(pdf_bytes())
    assert case.countries == ["AT", "HU"]  # Hungary added from the region
    assert list(case.instruments.all()) == [instrument]
    assert case.status == GoodPractice.Status.DRAFT and case.published_at is None


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("bericht.pdf", b"MZ\x90\x00 not a pdf at all", "application/pdf"),
        ("bericht.pdf", b"<html><script>alert(1)</script></html>", "application/pdf"),
        ("bericht.exe", pdf_bytes(), "application/pdf"),
        ("bericht.txt", pdf_bytes(), "text/plain"),
        ("bericht.pdf", pdf_bytes(), "text/html"),
        ("bericht.pdf", b"", "application/pdf"),
    ],
)
def test_admin_refuses_documents_that_are_not_pdfs(admin_client, name, content, content_type):
    upload = SimpleUploadedFile(name, content, content_type=content_type)
    response = admin_client.post(
        ADD_URL,
        case_data(**document_upload(**{"documents-0-file": upload})),
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert response.status_code == 200
    assert not GoodPractice.objects.exists()
    assert not CaseDocument.objects.exists()
    errors = response.context["inline_admin_formsets"][2].formset.errors[0]
    assert "file" in errors


def test_admin_refuses_oversized_pdf_with_a_clear_message(admin_client):
    big = SimpleUploadedFile(
        "gross.pdf",
        b"%PDF-1.4\n" + b"0" * MAX_DOCUMENT_BYTES,
        content_type="application/pdf",
    )
    response = admin_client.post(
        ADD_URL,
        case_data(**document_upload(**{"documents-0-file": big})),
        HTTP_ACCEPT_LANGUAGE="hu",
    )
    assert response.status_code == 200
    assert not GoodPractice.objects.exists()
    assert "A dokumentum túl nagy (legfeljebb 10 MB)." in response.content.decode()


def test_admin_refuses_an_image_that_is_not_one(admin_client):
    fake = SimpleUploadedFile("bild.png", b"<svg></svg>", content_type="image/png")
    data = case_data(
        **management("images", total=1),
        **{
            "images-0-image": fake,
            "images-0-alt_text_de": "x",
            "images-0-position": "0",
        },
    )
    response = admin_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert not GoodPractice.objects.exists()


def test_admin_saves_hostile_html_cleaned(admin_client):
    hostile = (
        '<p onclick="x()">Gut</p><script>alert(1)</script>'
        '<a href="javascript:alert(1)">Link</a><iframe src="//evil"></iframe>'
        '<span style="color:red">rot</span>'
    )
    response = admin_client.post(
        ADD_URL, case_data(approach_de=hostile, results_hu=hostile, summary_de=hostile)
    )
    assert response.status_code == 302
    case = GoodPractice.objects.get()
    for value in (case.approach_de, case.results_hu, case.summary_de):
        for forbidden in ("<script", "onclick", "javascript:", "<iframe", "style="):
            assert forbidden not in value.lower()
        assert "<p>Gut</p>" in value


def test_admin_refuses_end_before_start(admin_client):
    response = admin_client.post(ADD_URL, case_data(start_year="2013", end_year="2010"))
    assert response.status_code == 200
    assert "end_year" in response.context["adminform"].form.errors


def test_publish_and_unpublish_actions(admin_client):
    drafts = GoodPracticeFactory.create_batch(2, status="draft", published_at=None)
    response = admin_client.post(
        CHANGELIST_URL,
        {"action": "publish", "_selected_action": [case.pk for case in drafts]},
        follow=True,
    )
    assert "2 Einträge wurden veröffentlicht." in response.content.decode()
    for case in drafts:
        case.refresh_from_db()
        assert case.status == GoodPractice.Status.PUBLISHED
        assert case.published_at is not None
    first_published = drafts[0].published_at
    admin_client.post(CHANGELIST_URL, {"action": "unpublish", "_selected_action": [drafts[0].pk]})
    drafts[0].refresh_from_db()
    assert drafts[0].status == GoodPractice.Status.DRAFT
    admin_client.post(CHANGELIST_URL, {"action": "publish", "_selected_action": [drafts[0].pk]})
    drafts[0].refresh_from_db()
    assert drafts[0].published_at == first_published


def test_changelist_filters_search_and_preview_links(admin_client):
    platform = Instrument.objects.get(code="entrepreneurs-platform")
    sector = SectorFactory(nace_code="C28")
    hungarian = GoodPracticeFactory(
        title_de="Grenzplattform",
        title_hu="Határ menti platform",
        countries=["HU"],
        instruments=[platform],
        sectors=[sector],
        featured=True,
    )
    draft = GoodPracticeFactory(title_de="Unfertig", status="draft", published_at=None)
    GoodPracticeFactory(title_de="Nur Deutsch", title_hu="", summary_hu="", countries=["AT"])

    def listed(query):
        response = admin_client.get(CHANGELIST_URL, query)
        assert response.status_code == 200
        return {case.title_de for case in response.context["cl"].result_list}

    assert listed({"q": "határ"}) == {"Grenzplattform"}
    assert listed({"status": "draft"}) == {"Unfertig"}
    assert listed({"featured__exact": "1"}) == {"Grenzplattform"}
    assert listed({"instruments__id__exact": platform.pk}) == {"Grenzplattform"}
    assert listed({"sectors__id__exact": sector.pk}) == {"Grenzplattform"}
    assert listed({"country": "HU"}) == {"Grenzplattform"}
    assert listed({"missing": "hu"}) == {"Nur Deutsch"}
    html = admin_client.get(CHANGELIST_URL).content.decode()
    assert f'href="{draft.get_absolute_url()}"' in html
    assert f'href="{hungarian.get_absolute_url()}"' in html


def test_change_form_opens_with_inlines_and_view_on_site(admin_client):
    case = GoodPracticeFactory(status="draft", published_at=None)
    KeyFigureFactory(case=case)
    CaseImageFactory(case=case)
    CaseDocumentFactory(case=case)
    response = admin_client.get(reverse("admin:goodpractice_goodpractice_change", args=[case.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "viewsitelink" in html
    assert "/renditions/logo-sm/" in html


def test_existing_document_survives_saving_the_case_again(admin_client):
    case = GoodPracticeFactory(status="draft", published_at=None)
    document = CaseDocumentFactory(case=case)
    data = case_data(
        title_de=case.title_de,
        title_hu=case.title_hu,
        slug_de=case.slug_de,
        slug_hu=case.slug_hu,
        **management("documents", total=1, initial=1),
        **{
            "documents-0-id": document.pk,
            "documents-0-case": case.pk,
            "documents-0-title_de": "Neuer Titel",
            "documents-0-title_hu": "Új cím",
            "documents-0-position": "0",
        },
    )
    response = admin_client.post(
        reverse("admin:goodpractice_goodpractice_change", args=[case.pk]), data
    )
    assert response.status_code == 302, response.context["errors"]
    document.refresh_from_db()
    assert document.title_de == "Neuer Titel"
    assert document.size > 0


def test_instruments_stay_editable_in_both_languages(admin_client):
    instrument = Instrument.objects.get(code="innovation-workshop")
    url = reverse("admin:goodpractice_instrument_change", args=[instrument.pk])
    html = admin_client.get(url).content.decode()
    assert 'name="name_hu"' in html and 'name="description_de"' in html
    assert 'name="code"' not in html  # the code is shown, not editable
    response = admin_client.post(
        url,
        {
            "name_de": "Innovationswerkstatt",
            "name_hu": "Innovációs műhely",
            "slug_de": instrument.slug_de,
            "slug_hu": instrument.slug_hu,
            "description_de": "Neu.",
            "description_hu": "Új.",
            "position": "8",
        },
    )
    assert response.status_code == 302
    instrument.refresh_from_db()
    assert (instrument.name_hu, instrument.description_hu) == ("Innovációs műhely", "Új.")
    assert instrument.code == "innovation-workshop"


def test_instrument_list_counts_cases(admin_client):
    instrument = InstrumentFactory(name_de="Zählbar")
    GoodPracticeFactory.create_batch(2, instruments=[instrument])
    response = admin_client.get(reverse("admin:goodpractice_instrument_changelist"))
    row = next(i for i in response.context["cl"].result_list if i.pk == instrument.pk)
    assert row.case_total == 2


def test_hungarian_may_be_missing_but_german_title_and_summary_are_required(admin_client):
    response = admin_client.post(ADD_URL, case_data(title_hu="", summary_hu=""))
    assert response.status_code == 302
    assert GoodPractice.objects.get().title_hu in ("", None)
    refused = admin_client.post(ADD_URL, case_data(title_de="Zweites", summary_de=""))
    assert refused.status_code == 200
    assert "summary_de" in refused.context["adminform"].form.errors
