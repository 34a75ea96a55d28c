import pytest
from django.utils import translation

from goodpractice import demo
from goodpractice.models import CaseDocument, CaseImage, GoodPractice, KeyFigure
from network.models import Company, Network, Region, Sector

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            GoodPractice,
            KeyFigure,
            CaseImage,
            CaseDocument,
            Region,
            Sector,
            Company,
            Network,
        )
    }


def test_demo_content_loads_twice_without_duplicates(client):
    demo.load()
    first = counts()
    images = {image.pk: image.image.name for image in CaseImage.objects.all()}
    demo.load()
    assert counts() == first
    assert {image.pk: image.image.name for image in CaseImage.objects.all()} == images
    assert first["GoodPractice"] >= 9


def test_demo_cases_are_complete_in_both_languages(client):
    demo.load()
    published = GoodPractice.objects.public()
    assert published.count() >= 8
    for case in published:
        for field in ("title", "summary", "challenge", "approach", "results"):
            assert getattr(case, f"{field}_de") and getattr(case, f"{field}_hu"), (case, field)
        assert case.instruments.exists(), case
        assert case.key_figures.exists(), case
        assert case.images.exists(), case
        image = case.images.first()
        assert image.alt_text_de and image.alt_text_hu
        for language in ("de", "hu"):
            with translation.override(language):
                assert client.get(case.get_absolute_url()).status_code == 200


def test_demo_contains_upper_lusatia_and_regionet_aktiv(client):
    demo.load()
    lusatia = GoodPractice.objects.get(slug_de="regionalmarketing-netzwerk-oberlausitz")
    assert lusatia.lead_organisation.slug == "oberlausitz-regionalmarketing"
    assert "600" in lusatia.summary_de and "600" in lusatia.summary_hu
    assert lusatia.start_year == 2003
    assert set(lusatia.regions.values_list("nuts3_code", flat=True)) == {"DED2C", "DED2D"}
    assert lusatia.key_figures.filter(value="600").exists()
    assert lusatia.featured
    regionet = GoodPractice.objects.get(slug_de="regionet-aktiv-unternehmensnetzwerke-verbinden")
    assert regionet.lead_organisation.slug == "regionet-aktiv-projektbuero"
    assert regionet.instruments.count() == 9
    assert set(regionet.countries) == {"AT", "HU"}
    assert regionet.documents.get().size > 0
    assert "osztrák–magyar" in regionet.summary_hu


def test_demo_keeps_existing_network_objects(client):
    Company.objects.create(name="Schon da", slug="oberlausitz-regionalmarketing", country="DE")
    demo.load()
    assert Company.objects.get(slug="oberlausitz-regionalmarketing").name == "Schon da"
    assert GoodPractice.objects.get(
        slug_de="regionalmarketing-netzwerk-oberlausitz"
    ).lead_organisation.name == ("Schon da")


def test_demo_library_has_facets_with_counts(client):
    demo.load()
    response = client.get("/hu/jo-gyakorlatok/?country=DE")
    assert response.status_code == 200
    assert response.context["paginator"].count == 5
    draft = GoodPractice.objects.get(status="draft")
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_demo_takes_networks_and_companies_from_the_network_demo(client):
    demo.load()
    umbrella = Network.objects.get(slug_de="regionet-aktiv-netzwerk-der-netzwerke")
    assert umbrella.name_de == "REGIONET aktív – Netzwerk der Netzwerke"
    assert umbrella.coordinator.slug == "netzwerkforum-pannonia"
    case = GoodPractice.objects.get(slug_de="regionet-aktiv-unternehmensnetzwerke-verbinden")
    assert umbrella in case.networks.all()
    image = case.images.get()
    assert f"„{case.title_hu}”" in image.alt_text_hu and f"„{case.title_de}“" in image.alt_text_de
