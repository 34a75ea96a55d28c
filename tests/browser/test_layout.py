"""On a phone and on a laptop, in both languages: the header, the filters, broken words."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.quality.pages import page_type_urls

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LAYOUT_JS = (Path(__file__).parent / "layout.js").read_text()
PHONE, LAPTOP = 390, 1280
# The pages with the longest words: headings, cards, facets, chips and table headers.
PAGE_TYPES = (
    "home",
    "network-list",
    "network-detail",
    "company-list",
    "company-detail",
    "trip-detail",
    "case-list",
    "case-detail",
    "instrument-list",
    "cooperation-list",
    "statistics",
    "search",
)


@pytest.fixture
def urls(site):
    return {key: site + url for key, url in page_type_urls().items()}


def header_rows(page) -> int:
    """How many rows the header's visible parts take (brand, sections, search, language)."""
    return page.evaluate(
        """() => {
          const parts = [".navbar-brand", "#main-nav .nav-link", "#site-search-q",
                         ".language-switcher a"];
          const middles = [];
          for (const selector of parts) {
            for (const element of document.querySelectorAll(selector)) {
              const rect = element.getBoundingClientRect();
              if (rect.width > 0 && rect.height > 0) {
                middles.push((rect.top + rect.bottom) / 2);
              }
            }
          }
          middles.sort((a, b) => a - b);
          // A new row starts where the middles jump by more than half a line.
          return 1 + middles.filter((middle, i) => i > 0 && middle - middles[i - 1] > 12).length;
        }"""
    )


@pytest.mark.parametrize("width", [1200, LAPTOP])
@pytest.mark.parametrize("language", ["de", "hu"])
def test_header_is_one_line_from_1200px_in_both_languages(page, urls, width, language):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(urls[f"company-list/{language}"])
    assert header_rows(page) == 1
    # The compact search widens while typing, and the header still takes one line.
    page.locator("#site-search-q").focus()
    assert page.locator("#site-search-q").bounding_box()["width"] > 200
    assert header_rows(page) == 1


@pytest.mark.parametrize("language", ["de", "hu"])
def test_language_switch_is_visible_on_a_phone_without_opening_the_menu(page, urls, language):
    page.set_viewport_size({"width": PHONE, "height": 800})
    page.goto(urls[f"network-list/{language}"])
    expect(page.locator("#main-nav")).to_be_hidden()
    other = "Magyar" if language == "de" else "Deutsch"
    expect(page.locator(".language-switcher").get_by_role("link", name=other)).to_be_visible()


def test_filters_fold_away_on_a_phone_and_open_without_script(browser, urls):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": PHONE, "height": 800}
    )
    page = context.new_page()
    page.goto(urls["company-list/hu"])
    summary = page.locator(".filter-disclosure > summary")
    expect(summary).to_have_text("Szűrők (1)")
    facets = page.locator(".facets")
    expect(facets).to_be_hidden()
    # The first result comes before any facet value.
    first_card = page.locator(".company-card").first.bounding_box()
    assert first_card["y"] < 900
    summary.click()
    expect(facets).to_be_visible()
    page.get_by_role("link", name="Magyarország").first.click()
    assert "country=HU" in page.url and "country=AT" in page.url
    context.close()


def test_filters_are_a_side_column_on_a_laptop(page, urls):
    page.set_viewport_size({"width": LAPTOP, "height": 800})
    page.goto(urls["case-list/de"])
    expect(page.locator(".filter-disclosure > summary")).to_be_hidden()
    expect(page.locator(".facets")).to_be_visible()


@pytest.mark.parametrize("width", [320, PHONE, LAPTOP])
@pytest.mark.parametrize("language", ["de", "hu"])
def test_no_visible_word_is_broken_without_a_hyphen(page, urls, width, language):
    page.set_viewport_size({"width": width, "height": 900})
    problems = {}
    for page_type in PAGE_TYPES:
        page.goto(urls[f"{page_type}/{language}"])
        result = page.evaluate(LAYOUT_JS)
        if result["broken"] or result["overflow"] > 0:
            problems[page_type] = result
    assert problems == {}
