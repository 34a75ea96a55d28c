"""Finding 4: formula injection in the admin export (`@SUM(…)`, `+cmd|…` reached the CSV)."""

import pytest
from django.contrib import admin
from import_export.admin import ExportMixin

from backoffice.formats import ExcelCSV, ExcelXLSX
from tests.backoffice.test_import_export import export
from tests.factories import RegistrationFactory

pytestmark = pytest.mark.django_db

PAYLOADS = [
    '=HYPERLINK("http://evil.example")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("payload", PAYLOADS, ids=["=", "+", "-", "@", "tab", "cr"])
def test_every_formula_prefix_is_escaped_in_the_registration_export(admin_client, payload):
    RegistrationFactory(name=payload, organisation=payload)
    _header, row = export(admin_client, "admin:studytrips_registration_export")
    for value in row:
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert f"'{payload}" in row


def test_every_export_in_the_back_office_goes_through_the_escaping_formats():
    exporting = [
        model_admin
        for model_admin in admin.site._registry.values()
        if isinstance(model_admin, ExportMixin)
    ]
    assert len(exporting) >= 3  # companies, networks, registrations
    for model_admin in exporting:
        formats = model_admin.get_export_formats()
        assert formats and all(issubclass(f, ExcelCSV | ExcelXLSX) for f in formats)
