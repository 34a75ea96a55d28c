"""Member companies from CSV and XLSX: preview, errors per row and field, all or nothing;
exports of companies, networks and registrations within the editor's scope."""

import csv
import io

import openpyxl
import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from network.models import Company, Membership, Region
from tests.factories import CompanyFactory, NetworkFactory, RegionFactory, SectorFactory

pytestmark = pytest.mark.django_db

IMPORT_URL = reverse("admin:network_company_import")
CONFIRM_URL = reverse("admin:network_company_process_import")
CSV_FORMAT, XLSX_FORMAT = "0", "1"

HEADER = ["name", "slug", "kind", "region", "sectors", "city", "country", "email", "website"]
GOOD_ROWS = [
    ["Fertő Sajt Kft.", "", "enterprise", "HU221", "C10", "Fertőrákos", "HU", "info@ferto.hu", ""],
    [
        "Holzbau Pinka GmbH",
        "holzbau-pinka",
        "enterprise",
        "AT113",
        "C16,F41",
        "Pinkafeld",
        "AT",
        "",
        "https://holzbau.example.at",
    ],
]
BAD_ROWS = [
    GOOD_ROWS[0],
    ["Ohne Land GmbH", "", "enterprise", "XX999", "C10", "Wien", "", "kein-mail", ""],
    ["Falsche Art Kft.", "", "castle", "HU221", "Z99", "Győr", "HU", "", "keine-url"],
]


@pytest.fixture
def taxonomy(db):
    RegionFactory(nuts3_code="HU221", country="HU")
    RegionFactory(nuts3_code="AT113", country="AT")
    for code in ("C10", "C16", "F41"):
        SectorFactory(nace_code=code)


def csv_file(rows, name="mitglieder.csv"):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    writer.writerows(rows)
    return SimpleUploadedFile(name, buffer.getvalue().encode("utf-8"), content_type="text/csv")


def xlsx_file(rows, name="mitglieder.xlsx"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(
        name,
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def preview(client, upload, file_format, network=None):
    data = {"import_file": upload, "format": file_format}
    if network is not None:
        data["network"] = network.pk
    return client.post(IMPORT_URL, data)


def confirm(client, response):
    form = response.context["confirm_form"]
    data = {name: form.initial.get(name, "") for name in form.fields}
    return client.post(CONFIRM_URL, {key: value for key, value in data.items() if value != ""})


@pytest.mark.parametrize(
    ("make_file", "file_format"), [(csv_file, CSV_FORMAT), (xlsx_file, XLSX_FORMAT)]
)
def test_good_file_is_previewed_then_imported(admin_client, taxonomy, make_file, file_format):
    network = NetworkFactory()
    response = preview(admin_client, make_file(GOOD_ROWS), file_format, network)
    assert response.status_code == 200
    result = response.context["result"]
    assert not result.has_errors() and not result.has_validation_errors()
    assert [row.import_type for row in result.rows] == ["new", "new"]
    assert "confirm_form" in response.context
    assert not Company.objects.filter(name="Fertő Sajt Kft.").exists()  # only a preview

    response = confirm(admin_client, response)
    assert response.status_code == 302
    cheese = Company.objects.get(name="Fertő Sajt Kft.")
    assert (cheese.region.nuts3_code, cheese.country, cheese.slug) == (
        "HU221",
        "HU",
        "ferto-sajt-kft",
    )
    wood = Company.objects.get(slug="holzbau-pinka")
    assert sorted(wood.sectors.values_list("nace_code", flat=True)) == ["C16", "F41"]
    assert Membership.objects.filter(network=network).count() == 2
    assert LogEntry.objects.filter(action_flag=ADDITION).count() == 2


@pytest.mark.parametrize(
    ("make_file", "file_format"), [(csv_file, CSV_FORMAT), (xlsx_file, XLSX_FORMAT)]
)
def test_bad_rows_are_reported_per_row_and_field_and_nothing_is_saved(
    admin_client, taxonomy, make_file, file_format
):
    before = Company.objects.count()
    response = preview(admin_client, make_file(BAD_ROWS), file_format)
    assert response.status_code == 200
    result = response.context["result"]
    assert result.has_validation_errors()
    assert "confirm_form" not in response.context
    invalid = {row.number: row.error_dict for row in result.invalid_rows}
    assert set(invalid) == {2, 3}
    assert {"region", "country", "email"} <= set(invalid[2])
    assert {"kind", "sectors", "website"} <= set(invalid[3])
    html = response.content.decode()
    assert "Einige Zeilen sind ungültig" in html
    assert "Es gibt keinen Eintrag mit dem Code „XX999“." in html
    assert Company.objects.count() == before  # not even the good first row


def test_confirming_a_file_that_became_invalid_saves_nothing(admin_client, taxonomy):
    response = preview(admin_client, csv_file(GOOD_ROWS), CSV_FORMAT)
    Region.objects.filter(nuts3_code="HU221").delete()  # row 1 refers to it
    response = confirm(admin_client, response)
    assert response.status_code == 302
    assert response["Location"] == IMPORT_URL
    assert not Company.objects.filter(name="Holzbau Pinka GmbH").exists()  # row 2 neither
    html = admin_client.get(IMPORT_URL).content.decode()
    assert "Es wurde nichts importiert" in html


def test_unreadable_file_gets_a_form_error(admin_client):
    upload = SimpleUploadedFile("kaputt.xlsx", b"not a workbook", content_type="text/plain")
    response = preview(admin_client, upload, XLSX_FORMAT)
    assert response.status_code == 200
    assert response.context["form"].errors["import_file"]


def test_editor_imports_into_their_own_network_only(world, login, taxonomy):
    client = login(world.users.editor_a)
    form = client.get(IMPORT_URL).context["form"]
    assert list(form.fields["network"].queryset) == [world.a.network]
    response = preview(client, csv_file(GOOD_ROWS), CSV_FORMAT)
    assert response.context["form"].errors["network"]  # an editor must choose a network
    response = preview(client, csv_file(GOOD_ROWS), CSV_FORMAT, world.b.network)
    assert response.context["form"].errors["network"]
    response = preview(client, csv_file(GOOD_ROWS), CSV_FORMAT, world.a.network)
    response = confirm(client, response)
    assert response.status_code == 302
    imported = Company.objects.get(slug="holzbau-pinka")
    assert imported.memberships.get().network == world.a.network
    changelist = client.get(reverse("admin:network_company_changelist"))
    assert imported in changelist.context["cl"].result_list


def test_editor_cannot_overwrite_another_partners_company_by_import(world, login, taxonomy):
    client = login(world.users.editor_a)
    row = [world.b.member.name, "", "enterprise", "HU221", "", "Győr", "HU", "", ""]
    response = preview(client, csv_file([row]), CSV_FORMAT, world.a.network)
    result = response.context["result"]
    assert result.has_validation_errors()
    assert "anderen Partners" in response.content.decode()
    world.b.member.refresh_from_db()
    assert world.b.member.city != "Győr"


def test_import_needs_the_add_permission(world, login):
    assert login(world.users.publisher).get(IMPORT_URL).status_code == 403


def export_response(client, url_name, file_format):
    url = reverse(url_name)
    form = client.get(url).context["form"]
    data = {"format": file_format}
    for name, field in form.fields.items():
        if getattr(field, "is_selectable_field", False):
            data[name] = "on"
    if "resource" in form.fields:
        data["resource"] = "0"
    response = client.post(url, data)
    assert response.status_code == 200, response.context and response.context["form"].errors
    return response


def export(client, url_name):
    response = export_response(client, url_name, CSV_FORMAT)
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    text = response.content.decode("utf-8-sig")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_exports_stay_within_the_editor_scope(world, login):
    client = login(world.users.editor_a)
    companies = export(client, "admin:network_company_export")
    names = {row[0] for row in companies[1:]}
    assert names == {world.a.company.name, world.a.member.name}
    networks = export(client, "admin:network_network_export")
    assert [row[0] for row in networks[1:]] == [world.a.network.name_de]
    registrations = export(client, "admin:studytrips_registration_export")
    assert len(registrations) == 2
    assert world.a.registration.email in registrations[1]


def test_export_escapes_formulae(admin_client):
    CompanyFactory(name="=HYPERLINK(evil)", phone="+43 1 234", city="@Wien", founded_year=1990)
    rows = export(admin_client, "admin:network_company_export")
    assert all(not row[0].startswith(("=", "+", "-", "@")) for row in rows[1:])
    header, row = rows[0], next(row for row in rows[1:] if "HYPERLINK" in row[0])
    values = dict(zip(header, row, strict=True))
    assert values["name"] == "'=HYPERLINK(evil)"
    assert (values["phone"], values["city"]) == ("'+43 1 234", "'@Wien")
    assert values["founded_year"] == "1990"


def test_an_exported_file_imports_unchanged(admin_client, taxonomy):
    CompanyFactory(
        name="=Rechenwerk GmbH", slug="rechenwerk", phone="+43 1 234", city="Győr", country="HU"
    )
    rows = export(admin_client, "admin:network_company_export")
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    upload = SimpleUploadedFile(
        "export.csv", ("\ufeff" + buffer.getvalue()).encode(), content_type="text/csv"
    )
    Company.objects.filter(slug="rechenwerk").update(phone="", city="")
    response = confirm(admin_client, preview(admin_client, upload, CSV_FORMAT))
    assert response.status_code == 302
    company = Company.objects.get(slug="rechenwerk")
    assert (company.name, company.phone, company.city) == ("=Rechenwerk GmbH", "+43 1 234", "Győr")


def test_xlsx_export_stores_formulae_as_text(admin_client):
    CompanyFactory(name="=HYPERLINK(evil)")
    response = export_response(admin_client, "admin:network_company_export", XLSX_FORMAT)
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cell = next(row[0] for row in sheet.iter_rows(min_row=2) if "HYPERLINK" in row[0].value)
    assert (cell.value, cell.data_type) == ("=HYPERLINK(evil)", "s")
