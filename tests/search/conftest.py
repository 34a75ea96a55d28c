import pytest

SEARCH_URLS = {"de": "/de/suche/", "hu": "/hu/kereses/"}


def found(response) -> list:
    """The objects on the result page, in the order shown."""
    return [hit.object for hit in response.context.get("hits") or []]


def exact(response) -> list:
    """The full-text matches only (without titles of a similar spelling)."""
    return [hit.object for hit in response.context.get("hits") or [] if not hit.similar]


@pytest.fixture
def search(client):
    """search("hu", "hálózat", type="network") -> the response of the search page."""

    def run(language: str, query: str, **params):
        return client.get(SEARCH_URLS[language], {"q": query, **params})

    return run
