import importlib
from datetime import date

import pytest
from django.apps import apps

from core.models import Page

statement_migration = importlib.import_module("core.migrations.0005_accessibility_statement")


@pytest.fixture
def statement(db):
    """The page as the data migration creates it (a transactional test may have flushed it)."""
    statement_migration.create_statement(apps, None)
    return Page.objects.get(slug_de="barrierefreiheit")


def test_statement_is_published_in_german(client, statement, settings):
    settings.ACCESSIBILITY_LAST_REVIEWED = date(2027, 3, 15)
    response = client.get("/de/seiten/barrierefreiheit/")
    assert response.status_code == 200
    html = response.content.decode().replace("\u00ad", "")  # soft hyphens in headings
    assert "<h1>Erklärung zur Barrierefreiheit</h1>" in html
    assert "teilweise mit der Norm EN 301 549" in html
    assert "Nicht barrierefreie Inhalte" in html
    assert "Zuletzt überprüft am 15. März 2027" in html
    assert 'href="mailto:netzwerkforum-pannonia@example.org"' in html
    assert "Durchsetzungsverfahren" in html and "Forschungsförderungsgesellschaft (FFG)" in html


def test_statement_is_published_in_hungarian(client, statement, settings):
    settings.ACCESSIBILITY_LAST_REVIEWED = date(2027, 3, 15)
    response = client.get("/hu/oldalak/akadalymentesseg/")
    assert response.status_code == 200
    html = response.content.decode().replace("\u00ad", "")  # soft hyphens in headings
    assert "<h1>Akadálymentességi nyilatkozat</h1>" in html
    assert "Megfelelőségi státusz" in html
    assert "Utoljára 2027. március 15." in html
    assert "Jogérvényesítési eljárás" in html and "Alapvető Jogok Biztosának Hivatalához" in html


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("/de/", '<a href="/de/seiten/barrierefreiheit/">Erklärung zur Barrierefreiheit</a>'),
        ("/hu/", '<a href="/hu/oldalak/akadalymentesseg/">Akadálymentességi nyilatkozat</a>'),
        ("/hu/vallalkozasok/", '<a href="/hu/oldalak/akadalymentesseg/">'),
    ],
)
def test_every_footer_links_to_the_statement(client, statement, url, link):
    html = client.get(url).content.decode()
    footer = html[html.index("<footer") :]
    assert link in footer
