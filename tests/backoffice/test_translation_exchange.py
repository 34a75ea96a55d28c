"""Texts for translators: XLIFF 2.0 / PO export, translation, import with a preview."""

import polib
import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from lxml import etree

from core.models import TranslationState
from goodpractice.models import GoodPractice
from tests.factories import GoodPracticeFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:goodpractice_goodpractice_changelist"
IMPORT = "admin:goodpractice_goodpractice_translation_import"
XLIFF = "{urn:oasis:names:tc:xliff:document:2.0}"


def export(client, objects, language="hu", kind="xliff"):
    return client.post(
        reverse(CHANGELIST),
        {
            "action": "export_translations",
            ACTION_CHECKBOX_NAME: [obj.pk for obj in objects],
            "language": language,
            "format": kind,
            "apply": "1",
        },
    )


def upload(client, content: bytes, name="case-hu.xlf", language="hu"):
    return client.post(
        reverse(IMPORT),
        {"language": language, "file": SimpleUploadedFile(name, content)},
    )


@pytest.fixture
def cases():
    missing = GoodPracticeFactory(
        title_de="Grenzenlos lernen", summary_de="Lernen über die Grenze", summary_hu=""
    )
    stale = GoodPracticeFactory(approach_de="Erst reden", approach_hu="Előbb beszélni")
    stale.approach_de = "Erst zuhören, dann reden"
    stale.save()
    return missing, stale


def test_xliff_round_trip_saves_the_translations_after_the_preview(admin_client, cases):
    missing, stale = cases
    response = export(admin_client, cases)
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    root = etree.fromstring(response.content)
    assert root.tag == f"{XLIFF}xliff" and root.get("version") == "2.0"
    assert (root.get("srcLang"), root.get("trgLang")) == ("de", "hu")
    units = {unit.get("id"): unit for unit in root.iter(f"{XLIFF}unit")}
    summary_id = f"goodpractice.goodpractice:{missing.pk}:summary"
    approach_id = f"goodpractice.goodpractice:{stale.pk}:approach"
    assert summary_id in units and approach_id in units
    assert f"goodpractice.goodpractice:{stale.pk}:title" not in units  # up to date
    assert units[approach_id].find(f".//{XLIFF}source").text == "Erst zuhören, dann reden"

    # the translator fills the targets
    for unit_id, text in [(summary_id, "Tanulás a határon át"), (approach_id, "Előbb figyelni")]:
        segment = units[unit_id].find(f"{XLIFF}segment")
        target = segment.find(f"{XLIFF}target")
        if target is None:
            target = etree.SubElement(segment, f"{XLIFF}target")
        target.text = text
    translated = etree.tostring(root, xml_declaration=True, encoding="UTF-8")

    preview = upload(admin_client, translated)
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Tanulás a határon át" in html and "Előbb figyelni" in html
    assert len(preview.context["check"].changes) == 2
    missing.refresh_from_db()
    assert missing.summary_hu == ""  # nothing saved before the confirmation

    done = admin_client.post(reverse(IMPORT), {"token": preview.context["token"], "confirm": "1"})
    assert done.status_code == 302
    missing.refresh_from_db()
    stale.refresh_from_db()
    assert missing.summary_hu == "Tanulás a határon át"
    assert stale.approach_hu == "Előbb figyelni"
    assert not TranslationState.objects.exists()


def test_po_export_marks_out_of_date_texts_fuzzy_with_the_previous_source(admin_client, cases):
    _missing, stale = cases
    response = export(admin_client, cases, kind="po")
    catalog = polib.pofile(response.content.decode())
    assert catalog.metadata["Language"] == "hu"
    entry = catalog.find(f"goodpractice.goodpractice:{stale.pk}:approach", by="msgctxt")
    assert entry.msgid == "Erst zuhören, dann reden"
    assert entry.fuzzy and entry.previous_msgid == "Erst reden"
    assert entry.msgstr == "Előbb beszélni"

    entry.msgstr = "Előbb meghallgatni, aztán beszélni"
    entry.flags.remove("fuzzy")
    preview = upload(admin_client, str(catalog).encode(), name="case-hu.po")
    assert preview.status_code == 200
    admin_client.post(reverse(IMPORT), {"token": preview.context["token"], "confirm": "1"})
    stale.refresh_from_db()
    assert stale.approach_hu == "Előbb meghallgatni, aztán beszélni"


def po_file(entries, language="hu") -> bytes:
    catalog = polib.POFile()
    catalog.metadata = {"Language": language, "Content-Type": "text/plain; charset=UTF-8"}
    for msgctxt, msgid, msgstr in entries:
        catalog.append(polib.POEntry(msgctxt=msgctxt, msgid=msgid, msgstr=msgstr))
    return str(catalog).encode()


def test_every_error_is_listed_and_nothing_is_saved(admin_client, cases):
    missing, stale = cases
    content = po_file(
        [
            (f"goodpractice.goodpractice:{missing.pk}:summary", missing.summary_de, "Jó"),
            ("goodpractice.goodpractice:999999:summary", "x", "y"),
            (f"goodpractice.goodpractice:{stale.pk}:approach", "Erst reden", "Régi forrás"),
            (
                f"goodpractice.goodpractice:{missing.pk}:results",
                missing.results_de,
                '<p onclick="x()">Eredmény</p><script>alert(1)</script>',
            ),
        ]
    )
    response = upload(admin_client, content, name="x.po")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nichts wurde gespeichert" in html
    assert "Unbekannte ID" in html
    assert "Der Ausgangstext wurde seit dem Export geändert." in html
    assert "Diese Auszeichnung würde beim Speichern entfernt" in html and "&lt;script&gt;" in html
    assert "token" not in response.context
    missing.refresh_from_db()
    assert missing.summary_hu == ""


@pytest.mark.parametrize(
    ("content", "name", "language", "message"),
    [
        (b"%PDF-1.4 not a translation", "x.xlf", "hu", "keine XLIFF-2.0- oder PO-Datei"),
        (po_file([], language="de"), "x.po", "hu", "Zielsprache der Datei ist de"),
        (b"<" + b"x" * (5 * 1024 * 1024), "big.xlf", "hu", "größer als 5 MB"),
    ],
)
def test_a_file_that_is_wrong_is_a_form_error(admin_client, content, name, language, message):
    response = upload(admin_client, content, name=name, language=language)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_an_editor_cannot_export_or_import_another_partners_texts(world, login):
    editor = login(world.users.editor_a)
    other = world.b.case
    other.summary_hu = ""
    other.save()
    response = export(editor, [world.a.case, other], kind="po")
    catalog = polib.pofile(response.content.decode())
    assert all(f":{other.pk}:" not in entry.msgctxt for entry in catalog)

    content = po_file([(f"goodpractice.goodpractice:{other.pk}:summary", other.summary_de, "Az")])
    response = upload(editor, content, name="x.po")
    assert response.status_code == 400
    assert "Diesen Eintrag dürfen Sie nicht bearbeiten." in response.content.decode()
    assert GoodPractice.objects.get(pk=other.pk).summary_hu == ""
