import pytest
from django.urls import reverse

from core.models import Page

pytestmark = pytest.mark.django_db


def test_project_page_is_edited_with_both_language_tabs(admin_client):
    html = admin_client.get(reverse("admin:core_page_add")).content.decode()
    for field in ["title_de", "title_hu", "body_de", "body_hu", "slug_de", "slug_hu"]:
        assert f'name="{field}"' in html
    response = admin_client.post(
        reverse("admin:core_page_add"),
        {
            "title_de": "Über das Projekt",
            "title_hu": "A projektről",
            "slug_de": "",
            "slug_hu": "",
            "body_de": "Text",
            "body_hu": "Szöveg",
            "position": "1",
            "show_in_footer": "on",
            "is_published": "on",
        },
    )
    assert response.status_code == 302
    page = Page.objects.get(slug_de="ueber-das-projekt")
    assert (page.slug_de, page.slug_hu) == ("ueber-das-projekt", "a-projektrol")
    change = admin_client.get(reverse("admin:core_page_change", args=[page.pk]))
    assert change.status_code == 200


def test_old_admin_addresses_of_project_pages_lead_to_their_new_place(admin_client):
    page = Page.objects.create(title_de="Impressum")
    response = admin_client.get(f"/admin/regionet/page/{page.pk}/change/?_changelist_filters=x")
    assert response.status_code == 301
    assert response["Location"] == f"/admin/core/page/{page.pk}/change/?_changelist_filters=x"
    assert admin_client.get(response["Location"]).status_code == 200
    index = admin_client.get("/admin/regionet/")
    assert (index.status_code, index["Location"]) == (301, "/admin/core/")
    assert admin_client.get("/admin/core/").status_code == 200
