"""The entrepreneurs' platform in a real browser: the map with clusters and popups."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_map_clusters_places_and_opens_popups_in_the_page_language(page, site):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site + "/hu/terkep/")
    expect(page.locator("#map-status")).to_have_text(re.compile(r"^Helyek a térképen: \d+$"))
    expect(page.locator(".map-cluster").first).to_be_visible()
    expect(page.locator("#map")).to_have_attribute(
        "aria-label", "Az alább felsorolt helyek térképe"
    )
    expect(page.get_by_role("button", name="Nagyítás")).to_be_visible()

    page.goto(site + "/hu/terkep/?type=network&country=DE")
    expect(page.locator("#map-status")).to_have_text("Helyek a térképen: 1")
    marker = page.locator("#map .map-marker--network")
    expect(marker).to_have_attribute("title", re.compile(r"^Hálózat: "))
    marker.click()
    popup = page.locator(".leaflet-popup-content")
    expect(popup.locator(".map-popup-kind")).to_have_text("Hálózat")
    link = popup.get_by_role("link")
    expect(link).to_have_attribute("href", re.compile(r"^/hu/halozatok/"))
    link.click()
    expect(page.locator("html")).to_have_attribute("lang", "hu")
    assert "/hu/halozatok/" in page.url
    assert errors == []


def test_map_page_without_javascript_still_lists_the_places(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/de/karte/?type=case")
    expect(page.locator("#map-wrapper")).to_be_hidden()
    expect(page.locator(".place-list li").first).to_contain_text("Good-Practice-Beispiel")
    context.close()
