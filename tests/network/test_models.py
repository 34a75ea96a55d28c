import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from core.models import SlugRedirect
from network.models import Company, Membership, Network
from tests.factories import (
    CompanyFactory,
    MembershipFactory,
    NetworkFactory,
    RegionFactory,
    SectorFactory,
)

pytestmark = pytest.mark.django_db


def test_translated_slugs_are_filled_from_each_languages_name():
    network = NetworkFactory(name_de="Netzwerk Nordburgenland", name_hu="Észak-burgenlandi hálózat")
    assert network.slug_de == "netzwerk-nordburgenland"
    assert network.slug_hu == "eszak-burgenlandi-halozat"


def test_hungarian_slug_falls_back_to_german_name_when_hungarian_name_is_missing():
    network = NetworkFactory(name_de="Wirtschaftsforum Süd", name_hu="")
    assert network.slug_hu == "wirtschaftsforum-sud"


def test_slugs_stay_unique_when_names_repeat():
    first = CompanyFactory(name="Holzbau Huber")
    second = CompanyFactory(name="Holzbau Huber")
    assert first.slug == "holzbau-huber"
    assert second.slug == "holzbau-huber-2"


def test_changing_a_slug_remembers_the_old_one():
    network = NetworkFactory(name_de="Altes Netzwerk")
    network.slug_de = "neues-netzwerk"
    network.save()
    assert SlugRedirect.objects.filter(old_slug="altes-netzwerk", object_id=network.pk).exists()


def test_one_membership_per_company_and_network():
    membership = MembershipFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(company=membership.company, network=membership.network)


def test_nuts3_and_nace_codes_are_unique():
    RegionFactory(nuts3_code="HU221")
    with pytest.raises(IntegrityError), transaction.atomic():
        RegionFactory(nuts3_code="HU221")
    SectorFactory(nace_code="C29")
    with pytest.raises(IntegrityError), transaction.atomic():
        SectorFactory(nace_code="C29")


def test_network_cannot_be_its_own_umbrella_in_the_database():
    network = NetworkFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Network.objects.filter(pk=network.pk).update(parent=network.pk)


def test_network_cannot_belong_to_one_of_its_member_networks():
    umbrella = NetworkFactory()
    member = NetworkFactory(parent=umbrella)
    umbrella.parent = member
    with pytest.raises(ValidationError) as error:
        umbrella.full_clean()
    assert "parent" in error.value.message_dict


def test_translated_field_falls_back_to_german():
    network = NetworkFactory(description_de="Nur deutsch.", description_hu="")
    with translation.override("hu"):
        assert network.description == "Nur deutsch."


def test_published_filter_hides_unpublished_companies():
    visible = CompanyFactory()
    CompanyFactory(is_published=False)
    assert list(Company.objects.public()) == [visible]


def test_company_url_is_the_same_slug_in_both_languages():
    company = CompanyFactory(name="Bio Hof Szabó")
    with translation.override("de"):
        assert company.get_absolute_url() == "/de/unternehmen/bio-hof-szabo/"
    with translation.override("hu"):
        assert company.get_absolute_url() == "/hu/vallalkozasok/bio-hof-szabo/"
