import xml.etree.ElementTree as ET

import pytest

from tests.factories import GoodPracticeFactory, InstrumentFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response):
    root = ET.fromstring(response.content)
    return root, [
        (entry.find(f"{ATOM}title").text, entry.find(f"{ATOM}link").get("href"))
        for entry in root.findall(f"{ATOM}entry")
    ]


@pytest.fixture
def cases():
    instrument = InstrumentFactory(name_de="Wissensaustausch", name_hu="Tudáscsere")
    older = GoodPracticeFactory(title_de="Älter", title_hu="Régebbi", instruments=[instrument])
    newer = GoodPracticeFactory(
        title_de="Neuer", title_hu="Újabb", summary_de="<p>Kurz &amp; <em>gut</em>.</p>"
    )
    GoodPracticeFactory(title_de="Entwurf", title_hu="Piszkozat", status="draft", published_at=None)
    return older, newer


def test_german_feed_lists_published_cases_newest_first(client, cases):
    response = client.get("/de/good-practice/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root, items = entries(response)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
    assert root.find(f"{ATOM}title").text == "Good Practice – REGIONET aktív"
    assert items == [
        ("Neuer", f"http://localhost/de/good-practice/{cases[1].slug_de}/"),
        ("Älter", f"http://localhost/de/good-practice/{cases[0].slug_de}/"),
    ]
    summary = root.find(f"{ATOM}entry").find(f"{ATOM}summary").text
    assert summary == "Kurz &amp; gut."  # HTML (type="html") for "Kurz & gut."
    categories = [c.get("term") for c in root.findall(f"{ATOM}entry/{ATOM}category")]
    assert categories == ["Wissensaustausch"]


def test_hungarian_feed_has_hungarian_titles_and_addresses(client, cases):
    response = client.get("/hu/jo-gyakorlatok/feed/")
    assert response.status_code == 200
    root, items = entries(response)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "hu"
    assert root.find(f"{ATOM}title").text == "Jó gyakorlatok – REGIONET aktív"
    assert items == [
        ("Újabb", f"http://localhost/hu/jo-gyakorlatok/{cases[1].slug_hu}/"),
        ("Régebbi", f"http://localhost/hu/jo-gyakorlatok/{cases[0].slug_hu}/"),
    ]
    categories = [c.get("term") for c in root.findall(f"{ATOM}entry/{ATOM}category")]
    assert categories == ["Tudáscsere"]


def test_feed_never_shows_drafts(client, cases):
    for url in ("/de/good-practice/feed/", "/hu/jo-gyakorlatok/feed/"):
        content = client.get(url).content.decode()
        assert "Entwurf" not in content
        assert "Piszkozat" not in content


def test_empty_feed_is_valid(client):
    root, items = entries(client.get("/de/good-practice/feed/"))
    assert items == []
    assert root.find(f"{ATOM}id") is not None
