import pytest
from django.utils.translation import override

from tests.factories import CompanyFactory, NetworkFactory

pytestmark = pytest.mark.django_db


def test_healthz_answers_without_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_checks_the_database(client):
    answer = client.get("/readyz").json()
    assert answer["status"] == "ok"
    assert answer["checks"]["database"] == "ok" and answer["checks"]["tasks"] == "ok"


def test_robots_points_to_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://localhost/sitemap.xml" in body


def test_sitemap_lists_public_objects_in_both_languages(client):
    network = NetworkFactory(name_de="Netz", name_hu="Háló")
    CompanyFactory(name="Geheim", is_published=False)
    body = client.get("/sitemap.xml").content.decode()
    assert "http://localhost/de/netzwerke/netz/" in body
    assert "http://localhost/hu/halozatok/halo/" in body
    assert "geheim" not in body
    assert network.pk


def test_static_assets_are_served_by_the_portal_itself(client):
    html = client.get("/de/").content.decode()
    assert "/static/css/bootstrap.purged.css" in html
    assert "https://" not in html.split("<body>")[0].replace("http://localhost", "")


def test_skip_link_and_main_landmark(client):
    html = client.get("/de/").content.decode()
    assert 'href="#main"' in html
    assert '<main id="main"' in html
    assert html.count("<h1") == 1


@pytest.mark.django_db
def test_key_figures_keep_the_noun_singular_after_a_number_in_hungarian(client):
    CompanyFactory.create_batch(2)
    NetworkFactory()
    html = client.get("/hu/").content.decode().replace("\u00ad", "")  # soft hyphens
    assert '<dt class="fw-normal">tagvállalat</dt><dd class="display-6 fw-bold mb-0">2</dd>' in html
    assert '<dt class="fw-normal">hálózat</dt><dd class="display-6 fw-bold mb-0">1</dd>' in html
    german = client.get("/de/").content.decode().replace("\u00ad", "")
    assert '<dt class="fw-normal">Netzwerk</dt><dd class="display-6 fw-bold mb-0">1</dd>' in german
    assert '<dt class="fw-normal">Land</dt><dd class="display-6 fw-bold mb-0">1</dd>' in german


@pytest.mark.django_db
def test_meta_description_is_never_in_the_other_language(client):
    network = NetworkFactory(
        description_de="Das Netzwerk vereint Betriebe aus dem Nordburgenland.", description_hu=""
    )
    german = client.get(network.get_absolute_url()).content.decode()
    assert '<meta name="description" content="Das Netzwerk vereint Betriebe' in german
    with override("hu"):
        url = network.get_absolute_url()
    hungarian = client.get(url).content.decode()
    assert "Das Netzwerk vereint" in hungarian  # the page shows it, marked lang="de"
    assert '<meta name="description" content="A REGIONET aktív' in hungarian
