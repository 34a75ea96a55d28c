import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import CompanyFactory, NetworkFactory, PageFactory, RegionFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("name", "kwargs", "german", "hungarian"),
    [
        ("home", {}, "/de/", "/hu/"),
        ("network:network-list", {}, "/de/netzwerke/", "/hu/halozatok/"),
        ("network:network-detail", {"slug": "x"}, "/de/netzwerke/x/", "/hu/halozatok/x/"),
        ("network:company-list", {}, "/de/unternehmen/", "/hu/vallalkozasok/"),
        (
            "network:company-detail",
            {"slug": "x"},
            "/de/unternehmen/x/",
            "/hu/vallalkozasok/x/",
        ),
        ("page-detail", {"slug": "x"}, "/de/seiten/x/", "/hu/oldalak/x/"),
    ],
)
def test_url_table_in_both_languages(name, kwargs, german, hungarian):
    with translation.override("de"):
        assert reverse(name, kwargs=kwargs) == german
    with translation.override("hu"):
        assert reverse(name, kwargs=kwargs) == hungarian


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [
        ("hu-HU,hu;q=0.9,en;q=0.8", "/hu/"),
        ("hu", "/hu/"),
        ("de-AT,de;q=0.9", "/de/"),
        ("en-US,en;q=0.9", "/de/"),
        ("en;q=0.9,hu;q=0.5", "/hu/"),
        ("", "/de/"),
        ("!!invalid;;q=x", "/de/"),
    ],
)
def test_root_redirects_by_browser_language(client, accept_language, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == target
    assert "Accept-Language" in response["Vary"]


def _switcher_link(response, language):
    for alternate in response.context["alternate_links"]:
        if alternate["code"] == language:
            return alternate["url"]
    raise AssertionError(f"no {language} link")


def test_switcher_on_network_page_leads_to_same_network_under_hungarian_slug(client):
    network = NetworkFactory(name_de="Netzwerk Raab", name_hu="Győri hálózat")
    response = client.get("/de/netzwerke/netzwerk-raab/")
    assert _switcher_link(response, "hu") == "/hu/halozatok/gyori-halozat/"
    back = client.get(_switcher_link(response, "hu"))
    assert back.status_code == 200
    assert back.context["network"] == network
    assert _switcher_link(back, "de") == "/de/netzwerke/netzwerk-raab/"


def test_switcher_on_company_page_keeps_the_company(client):
    CompanyFactory(name="Weingut Kovács")
    response = client.get("/hu/vallalkozasok/weingut-kovacs/")
    assert _switcher_link(response, "de") == "/de/unternehmen/weingut-kovacs/"


def test_switcher_on_filtered_list_keeps_the_filters(client):
    region = RegionFactory(nuts3_code="AT112")
    CompanyFactory(region=region)
    response = client.get("/de/unternehmen/?region=AT112&sort=newest&page=1")
    assert _switcher_link(response, "hu") == "/hu/vallalkozasok/?region=AT112&sort=newest&page=1"
    hungarian = client.get(_switcher_link(response, "hu"))
    assert hungarian.status_code == 200
    assert hungarian.context["paginator"].count == 1


def test_every_page_has_lang_hreflang_pair_and_x_default(client):
    network = NetworkFactory(name_de="Netz", name_hu="Háló")
    response = client.get(network.get_absolute_url())
    html = response.content.decode()
    assert '<html lang="de">' in html
    assert 'hreflang="de" href="http://localhost/de/netzwerke/netz/"' in html
    assert 'hreflang="hu" href="http://localhost/hu/halozatok/halo/"' in html
    assert 'hreflang="x-default"' in html
    home = client.get("/hu/").content.decode()
    assert '<html lang="hu">' in home
    assert 'hreflang="x-default" href="http://localhost/"' in home


def test_other_languages_slug_redirects_permanently_to_canonical_url(client):
    NetworkFactory(name_de="Netzwerk Güns", name_hu="Kőszegi hálózat")
    response = client.get("/hu/halozatok/netzwerk-guens/?x=1")
    assert response.status_code == 301
    assert response["Location"] == "/hu/halozatok/koszegi-halozat/?x=1"


def test_changed_slug_redirects_permanently(client):
    company = CompanyFactory(name="Alte Firma")
    company.slug = "neue-firma"
    company.save()
    response = client.get("/de/unternehmen/alte-firma/")
    assert response.status_code == 301
    assert response["Location"] == "/de/unternehmen/neue-firma/"


def test_unknown_slug_is_a_clear_404(client):
    response = client.get("/hu/halozatok/nincs-ilyen/")
    assert response.status_code == 404
    assert "Az oldal nem található" in response.content.decode()


def test_missing_hungarian_text_shows_german_with_lang_and_notice(client):
    NetworkFactory(
        name_de="Netz Süd",
        name_hu="Déli háló",
        description_de="Nur auf Deutsch.",
        description_hu="",
    )
    html = client.get("/hu/halozatok/deli-halo/").content.decode()
    assert '<div class="fallback-text" lang="de"><p>Nur auf Deutsch.</p></div>' in html
    assert "Csak németül érhető el." in html


def test_translated_text_shows_without_notice(client):
    NetworkFactory(name_de="Netz Ost", name_hu="Keleti háló", description_hu="Magyar leírás.")
    html = client.get("/hu/halozatok/keleti-halo/").content.decode()
    assert "Magyar leírás." in html
    assert "Csak németül érhető el." not in html


def test_missing_hungarian_name_is_marked_german(client):
    NetworkFactory(name_de="Netz West", name_hu="")
    html = client.get("/hu/halozatok/").content.decode()
    assert '<span lang="de">Netz West</span>' in html


def test_project_page_in_both_languages(client):
    page = PageFactory(title_de="Impressum", title_hu="Impresszum", body_hu="Kiadó.\n\nCím.")
    with translation.override("hu"):
        url = page.get_absolute_url()
    assert url == "/hu/oldalak/impresszum/"
    html = client.get(url).content.decode()
    assert "<h1>Impresszum</h1>" in html
    assert "<p>Kiadó.</p>" in html
    assert client.get("/de/seiten/impressum/").status_code == 200


def test_unpublished_project_page_is_404(client):
    PageFactory(title_de="Entwurf", is_published=False)
    assert client.get("/de/seiten/entwurf/").status_code == 404


def test_dates_follow_the_language(client):
    page = PageFactory(title_de="Datum", title_hu="Dátum")
    type(page).objects.filter(pk=page.pk).update(updated="2013-04-24T10:00:00Z")
    assert "24. April 2013" in client.get("/de/seiten/datum/").content.decode()
    assert "2013. április 24." in client.get("/hu/oldalak/datum/").content.decode()


def test_interface_text_is_translated(client):
    assert "Zum Inhalt springen" in client.get("/de/").content.decode()
    assert "Ugrás a tartalomhoz" in client.get("/hu/").content.decode()
