"""Every paginated list answers a page it does not have with the same 404 text."""

import pytest
from django.urls import reverse
from django.utils import translation

from core.listing import PAGE_OUT_OF_RANGE
from tests.factories import InstrumentFactory

pytestmark = pytest.mark.django_db

TEXTS = {
    "de": "Diese Liste hat keine Seite mit dieser Nummer.",
    "hu": "Ennek a listának nincs ilyen számú oldala.",
}
LISTS = [
    "network:company-list",
    "network:network-list",
    "studytrips:trip-list",
    "goodpractice:case-list",
    "cooperation:post-list",
    "map",
]


def address(name: str, language: str) -> str:
    with translation.override(language):
        return reverse(name)


def assert_out_of_range(client, url: str, language: str) -> None:
    for page in ("99", "zwei", "0", "-1"):
        response = client.get(f"{url}?page={page}")
        assert response.status_code == 404, (url, page)
        assert TEXTS[language] in response.content.decode(), (url, page)


def test_the_text_is_translated_in_both_languages():
    for language, text in TEXTS.items():
        with translation.override(language):
            assert str(PAGE_OUT_OF_RANGE) == text


@pytest.mark.parametrize("language", ["de", "hu"])
@pytest.mark.parametrize("name", LISTS)
def test_a_page_out_of_range_is_404_with_one_text(client, name, language):
    url = address(name, language)
    assert client.get(url).status_code == 200
    assert client.get(f"{url}?page=1").status_code == 200
    assert client.get(f"{url}?page=last").status_code == 200
    assert_out_of_range(client, url, language)


@pytest.mark.parametrize("language", ["de", "hu"])
def test_the_instrument_page_pages_its_cases_the_same_way(client, language):
    instrument = InstrumentFactory()
    with translation.override(language):
        url = instrument.get_absolute_url()
    assert client.get(url).status_code == 200
    assert_out_of_range(client, url, language)


def test_other_404s_do_not_claim_a_missing_page_number(client):
    response = client.get("/de/good-practice/gibt-es-nicht/")
    assert response.status_code == 404
    assert TEXTS["de"] not in response.content.decode()
