"""Alphabetical lists put accented initials where readers look for them (core.collation)."""

import pytest

from tests.factories import CompanyFactory, GoodPracticeFactory, NetworkFactory, RegionFactory

pytestmark = pytest.mark.django_db


def listed(client, url: str, key: str, field: str) -> list[str]:
    """`field` of each object the page at `url` lists (its context's `key`), in order."""
    return [getattr(obj, field) for obj in client.get(url).context[key]]


def test_directory_sorts_umlauts_with_their_base_letter(client):
    for name in ["Zala Metall Kft.", "Ökobau GmbH", "Oberwart Holz GmbH", "Égető Bt.", "Alpha"]:
        CompanyFactory(name=name)
    assert listed(client, "/de/unternehmen/?sort=name", "companies", "name") == [
        "Alpha",
        "Égető Bt.",
        "Oberwart Holz GmbH",
        "Ökobau GmbH",
        "Zala Metall Kft.",
    ]


def test_hungarian_region_choices_follow_the_hungarian_names(client):
    for german, hungarian, code in [
        ("Mittelburgenland", "Közép-Burgenland", "AT113"),
        ("Nordburgenland", "Észak-Burgenland", "AT112"),
        ("Oststeiermark", "Kelet-Stájerország", "AT224"),
    ]:
        RegionFactory(name_de=german, name_hu=hungarian, nuts3_code=code, country="AT")
    form = client.get("/hu/vallalkozasok/").context["filter"].form
    labels = [label for value, label in form.fields["region"].choices if value]
    assert labels == [
        "Észak-Burgenland (AT112)",
        "Kelet-Stájerország (AT224)",
        "Közép-Burgenland (AT113)",
    ]


def test_network_list_and_library_sort_accented_titles(client):
    for german in ["Zukunftsnetz", "Ökoregion Kőszeg", "Obstbau"]:
        NetworkFactory(name_de=german)
    networks = listed(client, "/de/netzwerke/", "networks", "name_de")
    assert networks == ["Obstbau", "Ökoregion Kőszeg", "Zukunftsnetz"]

    for hungarian in ["Zöldség", "Őrségi turizmus", "Orvosi műszerek", "Ács mesterek"]:
        GoodPracticeFactory(title_hu=hungarian)
    cases = listed(client, "/hu/jo-gyakorlatok/?sort=title", "cases", "title_hu")
    assert cases == ["Ács mesterek", "Orvosi műszerek", "Őrségi turizmus", "Zöldség"]


def test_directory_without_a_sort_choice_is_alphabetical_too(client):
    for name in ["Zala Metall Kft.", "Ökobau GmbH", "Oberwart Holz GmbH"]:
        CompanyFactory(name=name)
    companies = listed(client, "/hu/vallalkozasok/", "companies", "name")
    assert companies == ["Oberwart Holz GmbH", "Ökobau GmbH", "Zala Metall Kft."]
