"""The member import's preview and confirmation may reach different processes or servers."""

from django.core.cache import cache

from backoffice.models import ImportUpload
from network.models import Company
from tests.backoffice.test_import_export import (
    CONFIRM_URL,
    CSV_FORMAT,
    GOOD_ROWS,
    csv_file,
    preview,
    taxonomy,  # noqa: F401 – the fixture
)
from tests.factories import NetworkFactory


def test_confirmation_on_another_process_imports_the_previewed_file(
    admin_client,
    taxonomy,  # noqa: F811
):
    response = preview(admin_client, csv_file(GOOD_ROWS), CSV_FORMAT, NetworkFactory())
    assert ImportUpload.objects.count() == 1
    # Another process has its own (empty) local cache; the file waits in the database.
    cache.clear()
    form = response.context["confirm_form"]
    data = {name: form.initial.get(name, "") for name in form.fields}
    response = admin_client.post(CONFIRM_URL, {k: v for k, v in data.items() if v != ""})
    assert response.status_code == 302
    assert Company.objects.filter(name="Fertő Sajt Kft.").exists()
    assert ImportUpload.objects.count() == 0  # removed once imported


def test_a_confirmation_whose_file_is_gone_asks_for_the_file_again(
    admin_client,
    taxonomy,  # noqa: F811
):
    response = preview(admin_client, csv_file(GOOD_ROWS), CSV_FORMAT, NetworkFactory())
    form = response.context["confirm_form"]
    data = {name: form.initial.get(name, "") for name in form.fields}
    ImportUpload.objects.all().delete()  # confirmed twice, or left for more than a day
    response = admin_client.post(
        CONFIRM_URL, {k: v for k, v in data.items() if v != ""}, follow=True
    )
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith("/admin/network/company/import/")
    assert "Bitte laden Sie sie erneut hoch." in response.content.decode()  # German admin
    assert not Company.objects.filter(name="Fertő Sajt Kft.").exists()
