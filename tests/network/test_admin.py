import pytest
from django.urls import reverse

from network.models import Company, Membership, Network, Region, Sector
from tests.admin_helpers import management
from tests.factories import (
    CompanyFactory,
    MembershipFactory,
    NetworkFactory,
    RegionFactory,
    SectorFactory,
    image_file,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (Region, ["name_de", "name_hu", "slug_de", "slug_hu", "description_de", "description_hu"]),
        (Sector, ["name_de", "name_hu", "slug_de", "slug_hu"]),
        (Company, ["description_de", "description_hu", "slug", "logo"]),
        (Network, ["name_de", "name_hu", "slug_de", "slug_hu", "description_de"]),
    ],
)
def test_add_form_has_both_language_tabs(admin_client, model, fields):
    url = reverse(f"admin:network_{model._meta.model_name}_add")
    html = admin_client.get(url).content.decode()
    for field in fields:
        assert f'name="{field}"' in html
    assert "tabbed_translation_fields.js" in html
    assert "vendor/jquery-ui/jquery-ui.min.js" in html
    assert "googleapis" not in html


def test_admin_creates_region_with_both_languages(admin_client):
    response = admin_client.post(
        reverse("admin:network_region_add"),
        {
            "name_de": "Südburgenland",
            "name_hu": "Dél-Burgenland",
            "slug_de": "suedburgenland",
            "slug_hu": "del-burgenland",
            "country": "AT",
            "nuts3_code": "AT113",
            "description_de": "",
            "description_hu": "",
        },
    )
    assert response.status_code == 302
    region = Region.objects.get(nuts3_code="AT113")
    assert (region.name_de, region.name_hu) == ("Südburgenland", "Dél-Burgenland")


def test_admin_creates_company_with_logo_and_membership(admin_client):
    region = RegionFactory()
    sector = SectorFactory()
    network = NetworkFactory()
    data = {
        "name": "Neue Firma GmbH",
        "slug": "neue-firma",
        "kind": "enterprise",
        "description_de": "Deutsch.",
        "description_hu": "Magyar.",
        "is_published": "on",
        "region": region.pk,
        "sectors": [sector.pk],
        "size_band": "small",
        "founded_year": "1999",
        "country": "AT",
        "logo": image_file("logo.png"),
        **management("memberships"),
        "memberships-TOTAL_FORMS": "1",
        "memberships-0-network": network.pk,
        "memberships-0-role": "board",
    }
    response = admin_client.post(reverse("admin:network_company_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    company = Company.objects.get(slug="neue-firma")
    assert company.description_hu == "Magyar."
    assert company.logo.name.startswith("logos/companies/")
    assert company.memberships.get().role == Membership.Role.BOARD


def test_admin_refuses_a_file_that_only_pretends_to_be_an_image(admin_client):
    from django.core.files.base import ContentFile

    fake = ContentFile(b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", name="logo.png")
    response = admin_client.post(
        reverse("admin:network_company_add"),
        {
            "name": "Fake",
            "kind": "enterprise",
            "country": "AT",
            "logo": fake,
            **management("memberships"),
        },
        HTTP_ACCEPT_LANGUAGE="hu",
    )
    assert response.status_code == 200
    assert not Company.objects.filter(name="Fake").exists()
    assert "logo" in response.context["adminform"].form.errors


def test_admin_change_forms_open_for_every_model(admin_client):
    objects = [
        RegionFactory(),
        SectorFactory(),
        CompanyFactory(logo=image_file()),
        NetworkFactory(),
        MembershipFactory(),
    ]
    for obj in objects:
        meta = obj._meta
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
        response = admin_client.get(url)
        assert response.status_code == 200, url


def test_admin_changes_hungarian_tab_of_a_network(admin_client):
    network = NetworkFactory(name_de="Netz", name_hu="")
    response = admin_client.post(
        reverse("admin:network_network_change", args=[network.pk]),
        {
            "name_de": "Netz",
            "name_hu": "Háló",
            "slug_de": network.slug_de,
            "slug_hu": "halo",
            "kind": "regional",
            "description_de": "Deutsch",
            "description_hu": "Magyar",
            **management("memberships"),
        },
    )
    assert response.status_code == 302
    network.refresh_from_db()
    assert (network.name_hu, network.slug_hu, network.description_hu) == ("Háló", "halo", "Magyar")


def test_admin_lists_search_both_languages_and_show_thumbnails(admin_client):
    NetworkFactory(name_de="Holzcluster", name_hu="Faipari klaszter")
    CompanyFactory(name="Logo AG", logo=image_file())
    found = admin_client.get(reverse("admin:network_network_changelist"), {"q": "klaszter"})
    assert "Holzcluster" in found.content.decode()
    companies = admin_client.get(reverse("admin:network_company_changelist")).content.decode()
    assert "/renditions/logo-sm/" in companies


def test_admin_autocomplete_finds_regions_in_hungarian(admin_client):
    RegionFactory(name_de="Komitat Vas", name_hu="Vas vármegye")
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "vármegye",
            "app_label": "network",
            "model_name": "company",
            "field_name": "region",
        },
    )
    assert response.status_code == 200
    assert len(response.json()["results"]) == 1


def test_admin_has_view_on_site_for_companies(admin_client):
    company = CompanyFactory()
    html = admin_client.get(
        reverse("admin:network_company_change", args=[company.pk])
    ).content.decode()
    assert "viewsitelink" in html


def test_admin_appears_in_hungarian(admin_client):
    html = admin_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="hu").content.decode()
    assert "REGIONET aktív – szerkesztőség" in html
