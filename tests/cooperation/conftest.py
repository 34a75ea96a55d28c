import re

import pytest

from tests.factories import RegionFactory, SectorFactory, days_from_today


@pytest.fixture
def region():
    return RegionFactory(
        name_de="Komitat Vas", name_hu="Vas vármegye", country="HU", nuts3_code="HU222"
    )


@pytest.fixture
def sector():
    return SectorFactory(name_de="Maschinenbau", name_hu="Gépgyártás", nace_code="C28.1")


@pytest.fixture
def post_form_data(region, sector):
    """Valid data of the public post form; keyword arguments change or (None) drop fields."""

    def build(**overrides):
        data = {
            "kind": "offer",
            "cooperation_type": "supplier",
            "title": "Bérmunka: lézervágás rövid határidővel",
            "text": "Szabad kapacitásunk van lézervágásra és élhajlításra osztrák partnereknek.",
            "sector": str(sector.pk),
            "region": str(region.pk),
            "languages": ["hu", "de"],
            "company": "Soproni Fémtechnika Kft.",
            "contact_name": "Nagy Péter",
            "contact_email": "Peter.Nagy@Example.hu",
            "language": "hu",
            "expires_on": days_from_today(90).isoformat(),
            "consent": "on",
        }
        data.update(overrides)
        return {key: value for key, value in data.items() if value is not None}

    return build


def link_in(message, word: str) -> str:
    """The portal path of the link containing `word` in a message's plain text."""
    match = re.search(rf"http://localhost(/\S*/{word}/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)
