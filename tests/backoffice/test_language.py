"""The admin in German or Hungarian, chosen in the admin itself."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from backoffice.models import EditorProfile

pytestmark = pytest.mark.django_db


def test_admin_speaks_german_by_default(world, login):
    html = login(world.users.editor_a).get(reverse("admin:index")).content.decode()
    assert '<html lang="de"' in html
    assert "Übersetzungen der veröffentlichten Inhalte" in html
    assert "Studienreisen" in html


def test_editor_switches_the_admin_to_hungarian_in_the_header(world, login):
    client = login(world.users.editor_a)
    html = client.get(reverse("admin:index")).content.decode()
    form = re.search(r'<form class="admin-language" action="([^"]+)" method="post">', html)
    assert form and form.group(1) == "/i18n/setlang/"
    assert 'name="next" value="/admin/"' in html
    assert '<option value="hu" lang="hu">Magyar</option>' in html

    response = client.post("/i18n/setlang/", {"language": "hu", "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    html = client.get(reverse("admin:index")).content.decode()
    assert '<html lang="hu"' in html
    assert "A közzétett tartalmak fordításai" in html
    assert "Tanulmányutak" in html
    change = client.get(reverse("admin:goodpractice_goodpractice_change", args=[world.a.case.pk]))
    assert "Mentés és beküldés ellenőrzésre" in change.content.decode()
    changelist = client.get(reverse("admin:studytrips_studytrip_changelist")).content.decode()
    assert "Végrehajtás" in changelist and "– Válasszon –" in changelist  # new Django texts
    assert "Hiányzik a magyar" in changelist
    # the choice follows the editor to another browser
    assert EditorProfile.objects.get(user=world.users.editor_a).language == "hu"


def test_profile_language_applies_where_the_browser_has_not_chosen(world, login):
    EditorProfile.objects.filter(user=world.users.editor_a).update(language="hu")
    client = login(world.users.editor_a)
    assert '<html lang="hu"' in client.get(reverse("admin:index")).content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"
    assert '<html lang="de"' in client.get(reverse("admin:index")).content.decode()
    # the public pages keep their own language from the address
    public = login(world.users.editor_a)
    assert public.get("/de/").status_code == 200
    assert '<html lang="de"' in public.get("/de/").content.decode()


def test_login_page_offers_the_language_choice():
    client = Client(headers={"host": "localhost"})
    html = client.get(reverse("admin:login")).content.decode()
    assert 'class="admin-language"' in html
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "hu"
    html = client.get(reverse("admin:login")).content.decode()
    assert '<html lang="hu"' in html
    assert "Felhasználónév" in html


def test_back_office_pages_have_no_inline_scripts(world, login):
    """The CSP allows scripts from files only (or with a nonce)."""
    client = login(world.users.publisher)
    pages = [
        reverse("admin:index"),
        reverse("admin:goodpractice_goodpractice_change", args=[world.a.case.pk]),
        reverse("admin:goodpractice_goodpractice_changelist"),
        reverse("admin:network_company_changelist"),
    ]
    admin_client = login(world.users.admin)
    pages_admin = [reverse("admin:network_company_import"), reverse("admin:network_company_export")]
    for page_client, urls in [(client, pages), (admin_client, pages_admin)]:
        for url in urls:
            response = page_client.get(url)
            assert response.status_code == 200, url
            assert "Content-Security-Policy" in response
            for tag in re.findall(r"<script\b[^>]*>", response.content.decode()):
                assert "src=" in tag or 'type="application/json"' in tag or "nonce=" in tag, (
                    url,
                    tag,
                )
    # django-import-export's own export template has an inline handler the CSP blocks;
    # the back office binds it from a static file instead.
    export_page = admin_client.get(reverse("admin:network_company_export")).content.decode()
    assert "backoffice/js/export.js" in export_page
