import pytest
from django.urls import reverse

from regionet.models import Page

pytestmark = pytest.mark.django_db


def test_project_page_is_edited_with_both_language_tabs(admin_client):
    html = admin_client.get(reverse("admin:regionet_page_add")).content.decode()
    for field in ["title_de", "title_hu", "body_de", "body_hu", "slug_de", "slug_hu"]:
        assert f'name="{field}"' in html
    response = admin_client.post(
        reverse("admin:regionet_page_add"),
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
    page = Page.objects.get()
    assert (page.slug_de, page.slug_hu) == ("ueber-das-projekt", "a-projektrol")
    change = admin_client.get(reverse("admin:regionet_page_change", args=[page.pk]))
    assert change.status_code == 200
