"""Shared by the good-practice view tests: the library's cases and the language switcher."""

import pytest

from tests.factories import (
    GoodPracticeFactory,
    InstrumentFactory,
    NetworkFactory,
    RegionFactory,
    SectorFactory,
)


@pytest.fixture
def library():
    """Four published cases and a draft across instruments, sectors, regions and countries."""
    exchange = InstrumentFactory(code="exchange")
    platform = InstrumentFactory(code="platform")
    cars = SectorFactory(nace_code="C29")
    food = SectorFactory(nace_code="C10")
    vas = RegionFactory(nuts3_code="HU222", country="HU")
    bautzen = RegionFactory(nuts3_code="DED2C", country="DE")
    network = NetworkFactory()
    GoodPracticeFactory(
        title_de="Alpha",
        instruments=[exchange],
        sectors=[cars],
        regions=[vas],
        countries=["HU"],
        networks=[network],
        start_year=2013,
    )
    GoodPracticeFactory(
        title_de="Beta",
        instruments=[exchange, platform],
        sectors=[food],
        regions=[bautzen],
        countries=["DE"],
        start_year=2003,
    )
    GoodPracticeFactory(
        title_de="Gamma",
        instruments=[platform],
        sectors=[cars],
        regions=[bautzen],
        countries=["DE", "AT"],
        networks=[network],
        start_year=2013,
    )
    GoodPracticeFactory(title_de="Delta", countries=["AT"], start_year=None)
    GoodPracticeFactory(
        title_de="Entwurf",
        status="draft",
        published_at=None,
        instruments=[exchange],
        sectors=[cars],
        countries=["HU"],
        start_year=2013,
    )
    return {"network": network, "exchange": exchange}


@pytest.fixture
def switcher():
    """The address the language switcher of a page offers for `language`."""

    def address(response, language):
        return next(a["url"] for a in response.context["alternate_links"] if a["code"] == language)

    return address
