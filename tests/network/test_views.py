import pytest

from network.models import Company, Membership, Network
from tests.factories import (
    CompanyFactory,
    MembershipFactory,
    NetworkFactory,
    RegionFactory,
    SectorFactory,
)

pytestmark = pytest.mark.django_db


def names(response):
    return [company.name for company in response.context["companies"]]


def test_directory_lists_only_published_companies(client):
    CompanyFactory(name="Sichtbar GmbH")
    CompanyFactory(name="Versteckt GmbH", is_published=False)
    response = client.get("/de/unternehmen/")
    assert names(response) == ["Sichtbar GmbH"]
    assert "1 Ergebnis" in response.content.decode()


def test_unpublished_company_page_is_404(client):
    company = CompanyFactory(is_published=False)
    assert client.get(company.get_absolute_url()).status_code == 404


def test_directory_filters_combine(client):
    burgenland = RegionFactory(nuts3_code="AT112", country="AT")
    gyor = RegionFactory(nuts3_code="HU221", country="HU")
    automotive = SectorFactory(nace_code="C29")
    network = NetworkFactory()
    match = CompanyFactory(
        name="Treffer Kft.", region=gyor, country="HU", kind=Company.Kind.ENTERPRISE
    )
    match.sectors.add(automotive)
    MembershipFactory(company=match, network=network)
    wrong_sector = CompanyFactory(name="Andere Branche Kft.", region=gyor, country="HU")
    MembershipFactory(company=wrong_sector, network=network)
    wrong_country = CompanyFactory(name="Burgenland GmbH", region=burgenland, country="AT")
    wrong_country.sectors.add(automotive)

    response = client.get(
        f"/de/unternehmen/?country=HU&region=HU221&sector=C29&network={network.pk}&kind=enterprise"
    )
    assert names(response) == ["Treffer Kft."]
    assert client.get("/de/unternehmen/?sector=C29").context["paginator"].count == 2


def test_directory_filters_by_size_band_and_text(client):
    CompanyFactory(name="Klein Bau", size_band=Company.SizeBand.MICRO, city="Oberwart")
    CompanyFactory(name="Groß Werk", size_band=Company.SizeBand.LARGE, city="Győr")
    assert names(client.get("/de/unternehmen/?size=large")) == ["Groß Werk"]
    assert names(client.get("/hu/vallalkozasok/?q=győr")) == ["Groß Werk"]


def test_directory_sorts_by_name_and_newest(client):
    CompanyFactory(name="Alpha")
    CompanyFactory(name="Beta")
    assert names(client.get("/de/unternehmen/?sort=name")) == ["Alpha", "Beta"]
    assert names(client.get("/de/unternehmen/?sort=-name")) == ["Beta", "Alpha"]
    assert names(client.get("/de/unternehmen/?sort=newest")) == ["Beta", "Alpha"]


def test_filters_survive_pagination(client):
    region = RegionFactory(nuts3_code="HU222")
    CompanyFactory.create_batch(15, region=region)
    CompanyFactory.create_batch(3)
    first = client.get("/de/unternehmen/?region=HU222&sort=name")
    assert first.context["paginator"].count == 15
    html = first.content.decode()
    assert 'href="?region=HU222&amp;sort=name&amp;page=2"' in html
    second = client.get("/de/unternehmen/?region=HU222&sort=name&page=2")
    assert len(second.context["companies"]) == 3
    assert all(company.region == region for company in second.context["companies"])


def test_empty_result_says_so(client):
    CompanyFactory(country="AT")
    response = client.get("/hu/vallalkozasok/?country=DE")
    assert response.status_code == 200
    assert "Egyetlen tagvállalat sem felel meg ezeknek a szűrőknek." in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "country=XX",
        "region=ZZ999",
        "sector=%27%3B--",
        "network=abc",
        "network=999999",
        "sort=drop",
        "kind=%00",
        "q=" + "x" * 500,
        "country=AT&" + "a=" + "b" * 3000,
    ],
)
def test_invalid_filter_values_get_a_clear_400(client, query):
    CompanyFactory()
    response = client.get(f"/hu/vallalkozasok/?{query}")
    assert response.status_code == 400
    assert "Néhány szűrőérték érvénytelen." in response.content.decode()


@pytest.mark.parametrize("page", ["99", "abc", "-1", "0", "1e9"])
def test_bad_page_numbers_are_404_with_a_clear_page(client, page):
    CompanyFactory()
    response = client.get(f"/de/unternehmen/?page={page}")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()


def test_last_page_keyword_works(client):
    CompanyFactory.create_batch(13)
    assert len(client.get("/de/unternehmen/?page=last").context["companies"]) == 1


def test_company_page_shows_profile_networks_and_contact(client):
    sector = SectorFactory(name_de="Maschinenbau", name_hu="Gépgyártás", nace_code="C28")
    company = CompanyFactory(
        name="Präzision Kft.",
        email="info@example.org",
        show_email=True,  # printing the address is the company's choice
        phone="+36 99 123 456",
        website="https://www.example.org/",
        description_hu="Precíziós alkatrészek.",
    )
    company.sectors.add(sector)
    network = NetworkFactory(name_hu="Soproni hálózat")
    MembershipFactory(company=company, network=network, role=Membership.Role.BOARD)
    html = client.get(f"/hu/vallalkozasok/{company.slug}/").content.decode()
    for text in [
        '<h1 class="mb-1">Präzision Kft.</h1>',
        "Precíziós alkatrészek.",
        "Gépgyártás",
        "Soproni hálózat",
        "Elnökség",
        "mailto:info@example.org",
        "+36 99 123 456",
    ]:
        assert text in html


def test_company_logo_is_a_rendition_not_the_original(client):
    from tests.factories import image_file

    company = CompanyFactory(logo=image_file(width=1200, height=800))
    html = client.get(company.get_absolute_url()).content.decode()
    assert company.logo.url not in html
    assert "/renditions/logo/" in html
    assert 'width="240" height="160"' in html


def test_network_page_shows_members_roles_umbrella_and_member_networks(client):
    umbrella = NetworkFactory(name_de="Dach", kind=Network.Kind.CROSS_BORDER)
    regional = NetworkFactory(name_de="Regional Nord", parent=umbrella)
    coordinator = CompanyFactory(name="Koordinationsstelle")
    regional.coordinator = coordinator
    regional.save()
    MembershipFactory(network=regional, company=coordinator, role=Membership.Role.COORDINATOR)
    MembershipFactory(network=regional, company=CompanyFactory(name="Mitglied A"))
    MembershipFactory(
        network=regional, company=CompanyFactory(name="Unsichtbar", is_published=False)
    )
    regional.regions.add(RegionFactory(name_de="Nordburgenland"))

    html = client.get(regional.get_absolute_url()).content.decode()
    assert "Koordinationsstelle" in html
    assert "Mitglied A" in html
    assert "Unsichtbar" not in html
    assert "Nordburgenland" in html
    assert f'href="{umbrella.get_absolute_url()}"' in html

    umbrella_html = client.get(umbrella.get_absolute_url()).content.decode()
    assert "Mitgliedsnetzwerke" in umbrella_html
    assert f'href="{regional.get_absolute_url()}"' in umbrella_html


def test_network_list_filters_by_kind_and_country(client):
    hungarian = RegionFactory(country="HU", nuts3_code="HU223")
    zala = NetworkFactory(name_de="Zala-Netz", kind=Network.Kind.REGIONAL)
    zala.regions.add(hungarian)
    NetworkFactory(name_de="Grenznetz", kind=Network.Kind.CROSS_BORDER)
    response = client.get("/de/netzwerke/?country=HU&kind=regional")
    assert [network.name for network in response.context["networks"]] == ["Zala-Netz"]
    assert client.get("/de/netzwerke/?kind=unknown").status_code == 400


def test_home_page_shows_key_figures_and_ways_in(client):
    region_at = RegionFactory(country="AT", nuts3_code="AT111")
    region_hu = RegionFactory(country="HU", nuts3_code="HU222")
    CompanyFactory(region=region_at)
    CompanyFactory(region=region_hu)
    CompanyFactory(region=region_hu, is_published=False)
    NetworkFactory()
    response = client.get("/hu/")
    assert response.context["figures"] == {
        "members": 2,
        "networks": 1,
        "regions": 2,
        "countries": 2,
    }
    html = response.content.decode()
    assert 'href="/hu/halozatok/"' in html
    assert 'href="/hu/vallalkozasok/"' in html
