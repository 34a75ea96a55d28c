"""Alphabetical lists put accented initials where readers look for them (core.collation)."""

import pytest

from tests.factories import CompanyFactory, GoodPracticeFactory, NetworkFactory, RegionFactory

pytestmark = pytest.mark.django_db


def test_directory_sorts_umlauts_with_their_base_letter(client):
    for name in ["Zala Metall Kft.", "Ökobau GmbH", "Oberwart Holz GmbH", "Égető Bt.", "Alpha"]:
        CompanyFactory(name=name)
    response = client.get("/de/unternehmen/?sort=name")
    assert [company.name for company in response.context["companies"]] == [
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
    networks = client.get("/de/netzwerke/").context["networks"]
    assert [network.name_de for network in networks] == [
        "Obstbau",
        "Ökoregion Kőszeg",
        "Zukunftsnetz",
    ]

    for hungarian in ["Zöldség", "Őrségi turizmus", "Orvosi műszerek", "Ács mesterek"]:
        GoodPracticeFactory(title_hu=hungarian)
    cases = client.get("/hu/jo-gyakorlatok/?sort=title").context["cases"]
    assert [case.title_hu for case in cases] == [
        "Ács mesterek",
        "Orvosi műszerek",
        "Őrségi turizmus",
        "Zöldség",
    ]


def test_directory_without_a_sort_choice_is_alphabetical_too(client):
    for name in ["Zala Metall Kft.", "Ökobau GmbH", "Oberwart Holz GmbH"]:
        CompanyFactory(name=name)
    response = client.get("/hu/vallalkozasok/")
    assert [company.name for company in response.context["companies"]] == [
        "Oberwart Holz GmbH",
        "Ökobau GmbH",
        "Zala Metall Kft.",
    ]
