"""The network demo: companies and networks defined once, lent to the other apps' demos."""

import pytest

from network import demo
from network.models import Company, Membership, Network, Region, Sector

pytestmark = pytest.mark.django_db


def counts():
    return [model.objects.count() for model in (Region, Sector, Company, Network, Membership)]


def test_network_demo_loads_twice_without_duplicates_with_every_company_of_its_data():
    demo.load()
    first = counts()
    demo.load()
    assert counts() == first
    rows = [*demo.DATA["companies"], *demo.DATA["organisations"]]
    assert sorted(Company.objects.values_list("slug", flat=True)) == sorted(r["slug"] for r in rows)
    member = Company.objects.get(slug="holzbau-pinkafeld")
    assert member.website == "https://www.example.com/holzbau-pinkafeld/" and member.logo
    office = Company.objects.get(slug="regionet-aktiv-projektbuero")
    assert not office.website and not office.logo  # no made-up contact for organisations
    assert Membership.objects.count() == sum(len(r["members"]) for r in demo.DATA["networks"])


def test_companies_creates_the_missing_ones_from_the_data_and_keeps_the_others():
    Company.objects.create(slug="oberlausitz-regionalmarketing", name="Schon da", country="DE")
    found = demo.companies("oberlausitz-regionalmarketing", "volkswagen-glaeserne-manufaktur")
    assert found["oberlausitz-regionalmarketing"].name == "Schon da"
    assert not found["oberlausitz-regionalmarketing"].logo
    volkswagen = found["volkswagen-glaeserne-manufaktur"]
    assert volkswagen.name == "Volkswagen Sachsen GmbH – Gläserne Manufaktur"
    assert not volkswagen.is_published
    assert Company.objects.count() == 2


def test_networks_creates_a_missing_network_with_its_coordinator_but_no_members():
    found = demo.networks("unternehmensnetzwerk-sopron-und-umgebung")
    sopron = found["unternehmensnetzwerk-sopron-und-umgebung"]
    assert sopron.parent.slug_de == "regionet-aktiv-netzwerk-der-netzwerke"  # made first
    assert sopron.coordinator.slug == "vallalkozasfejlesztes-sopron-ferto"
    assert list(sopron.regions.values_list("nuts3_code", flat=True)) == ["HU221"]
    assert sopron.logo and not Membership.objects.exists()
    assert demo.networks(sopron.slug_de)[sopron.slug_de] == sopron
    assert Network.objects.count() == 2
