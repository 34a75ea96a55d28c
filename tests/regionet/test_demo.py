import pytest
from django.core.management import call_command

from core.models import Page
from network.models import Company, Membership, Network, Region, Sector

pytestmark = pytest.mark.django_db


def counts():
    return [model.objects.count() for model in (Region, Sector, Company, Network, Membership, Page)]


def test_demo_loads_twice_without_duplicates(client):
    call_command("load_demo", verbosity=0)
    first = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == first
    assert first[2] >= 15  # companies
    assert first[3] >= 4  # networks
    assert set(Company.objects.values_list("kind", flat=True)) == set(Company.Kind)
    assert Network.objects.filter(member_networks__isnull=False).exists()
    assert Network.objects.filter(name_de__icontains="Oberlausitz").exists()
    assert Region.objects.filter(nuts3_code__in=["AT112", "HU221", "DED2D"]).count() == 3
    for network in Network.objects.all():
        assert network.name_hu, network
        assert network.memberships.count() >= 3


def test_demo_pages_render_in_both_languages(client):
    call_command("load_demo", verbosity=0)
    for url in ["/de/", "/hu/", "/de/netzwerke/", "/hu/vallalkozasok/"]:
        assert client.get(url).status_code == 200
    for obj in [*Network.objects.all(), *Company.objects.public(), *Page.objects.all()]:
        for language in ("de", "hu"):
            from django.utils import translation

            with translation.override(language):
                url = obj.get_absolute_url()
            assert client.get(url).status_code == 200, url
