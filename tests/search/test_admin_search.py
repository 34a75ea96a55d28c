"""The admin's search boxes look in both languages."""

import pytest
from django.contrib import admin
from django.urls import reverse
from modeltranslation.translator import translator

from tests.factories import (
    CompanyFactory,
    GoodPracticeFactory,
    InstrumentFactory,
    NetworkFactory,
    PageFactory,
    RegionFactory,
    SectorFactory,
    StudyTripFactory,
)

pytestmark = pytest.mark.django_db


def test_every_model_admin_searches_the_german_and_the_hungarian_field_alike():
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label == "django_tasks_database":
            continue  # the task queue's own admin (django-tasks-db): ids and states, no texts
        fields = list(model_admin.search_fields)
        assert fields, f"{model.__name__}Admin has no search box"
        for name in fields:
            for one, other in (("_de", "_hu"), ("_hu", "_de")):
                if name.endswith(one):
                    assert name.removesuffix(one) + other in fields, (model.__name__, name)
        if model in translator.get_registered_models():
            translated = translator.get_options_for_model(model).fields
            searched = {name.removesuffix("_de") for name in fields if name.endswith("_de")}
            assert searched & set(translated), f"{model.__name__}Admin searches no text field"


@pytest.mark.parametrize(
    ("factory", "values", "german", "hungarian"),
    [
        (
            GoodPracticeFactory,
            {"title_de": "Kürbisfest", "title_hu": "Tökfesztivál"},
            "Kürbis",
            "tökfeszt",
        ),
        (
            StudyTripFactory,
            {
                "title_de": "Reise nach Bautzen",
                "title_hu": "Út Bautzenbe",
                "theme_hu": "Szászországi beszállítók",
            },
            "Bautzen",
            "beszállítók",
        ),
        (
            NetworkFactory,
            {"name_de": "Holznetzwerk", "name_hu": "Faipari hálózat"},
            "Holznetz",
            "faipari",
        ),
        (
            CompanyFactory,
            {"description_de": "Eine Tischlerei.", "description_hu": "Asztalosüzem."},
            "Tischlerei",
            "asztalos",
        ),
        (
            InstrumentFactory,
            {"name_de": "Innovationswerkstatt", "name_hu": "Innovációs műhely"},
            "Innovations",
            "innovációs",
        ),
        (
            PageFactory,
            {"title_de": "Datenschutz", "title_hu": "Adatvédelem"},
            "Datenschutz",
            "adatvédelem",
        ),
        (
            RegionFactory,
            {"name_de": "Mittelburgenland", "name_hu": "Közép-Burgenland"},
            "Mittel",
            "közép",
        ),
        (SectorFactory, {"name_de": "Holzverarbeitung", "name_hu": "Faipar"}, "Holz", "faipar"),
    ],
)
def test_admin_search_finds_records_by_german_and_by_hungarian_text(
    admin_client, factory, values, german, hungarian
):
    obj = factory(**values)
    meta = obj._meta
    url = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
    for term in (german, hungarian):
        response = admin_client.get(url, {"q": term})
        assert response.status_code == 200
        assert obj in response.context["cl"].result_list, term
