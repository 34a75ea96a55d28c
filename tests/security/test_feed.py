"""Finding 8: an escaped `&lt;img onerror…&gt;` in a case summary became markup in the feed."""

import html
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils.translation import override

from tests.factories import GoodPracticeFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
PAYLOAD = "&lt;img src=x onerror=alert(document.domain)&gt; Fakten &amp; Zahlen"


def test_a_summary_with_escaped_markup_stays_text_in_the_feed(client):
    GoodPracticeFactory(summary_de=f"<p>{PAYLOAD}</p>")
    with override("de"):
        url = reverse("goodpractice:case-feed")
    root = ET.fromstring(client.get(url).content)
    summary = root.find(f"{ATOM}entry").find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    # What a feed reader renders as HTML: text only, the payload shown, never an element.
    assert "<img" not in summary.text
    assert (
        html.unescape(summary.text) == "<img src=x onerror=alert(document.domain)> Fakten & Zahlen"
    )
