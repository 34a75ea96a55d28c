"""Out-of-date marks per translated field, for every model modeltranslation translates."""

import factory
import pytest
from django.contrib.auth import get_user_model

from core.models import TranslationState
from core.translation_state import (
    out_of_date,
    states_of,
    tracked_fields,
    tracked_models,
    translation_change,
)
from tests import factories

pytestmark = pytest.mark.django_db

FACTORIES = {
    klass._meta.get_model_class(): klass
    for klass in vars(factories).values()
    if isinstance(klass, type)
    and issubclass(klass, factory.django.DjangoModelFactory)
    and klass._meta.model is not None
}
# Sorted: pytest-xdist's workers must collect the same tests in the same order.
FIELDS = sorted(
    (
        pytest.param(model, name, id=f"{model._meta.label}.{name}")
        for model in tracked_models()
        for name in tracked_fields(model)
    ),
    key=lambda param: param.id,
)
DIRECTIONS = [("de", "hu"), ("hu", "de")]


def test_every_translated_model_is_tracked_and_has_a_factory():
    labels = {model._meta.label for model in tracked_models()}
    assert {"goodpractice.GoodPractice", "network.Company", "core.Page"} <= labels
    assert all(model in FACTORIES for model in tracked_models())


def make(model, name, texts):
    obj = FACTORIES[model](**{f"{name}_{code}": text for code, text in texts.items()})
    obj.refresh_from_db()
    return obj


@pytest.mark.parametrize(("source", "target"), DIRECTIONS)
@pytest.mark.parametrize(("model", "name"), FIELDS)
def test_changing_a_text_marks_the_other_language_and_writing_it_clears(
    model, name, source, target
):
    editor = get_user_model().objects.create_user("anna", "anna@example.org")
    obj = make(model, name, {source: "Erster Text", target: "Első szöveg"})
    assert out_of_date(obj, name, target) is None

    setattr(obj, f"{name}_{source}", "Zweiter Text")
    with translation_change(user=editor):
        obj.save()
    obj = model._default_manager.get(pk=obj.pk)
    state = out_of_date(obj, name, target)
    assert state is not None
    assert state.source_language == source
    assert state.source_text == "Erster Text"
    assert state.changed_by == editor
    assert out_of_date(obj, name, source) is None

    setattr(obj, f"{name}_{target}", "Második szöveg")
    obj.save()
    assert not TranslationState.objects.filter(object_id=obj.pk, field=name).exists()


@pytest.mark.parametrize(("model", "name"), FIELDS)
def test_a_minor_change_marks_nothing(model, name):
    obj = make(model, name, {"de": "Tippfeler", "hu": "Elütés"})
    setattr(obj, f"{name}_de", "Tippfehler")
    with translation_change(minor=True):
        obj.save()
    assert states_of(model._default_manager.get(pk=obj.pk)) == {}


def test_a_second_change_keeps_the_text_the_translation_was_written_against():
    case = factories.GoodPracticeFactory(summary_de="Version eins", summary_hu="Első változat")
    case.summary_de = "Version zwei"
    case.save()
    case.summary_de = "Version drei"
    case.save()
    state = TranslationState.objects.get(object_id=case.pk, field="summary", language="hu")
    assert state.source_text == "Version eins"
    assert state.source_changed >= state.since


def test_a_first_translation_or_an_empty_other_side_marks_nothing():
    network = factories.NetworkFactory(description_de="Beschreibung", description_hu="")
    network.description_de = "Neue Beschreibung"  # Hungarian is missing, not out of date
    network.save()
    network.description_hu = "Leírás"  # a first Hungarian text is a translation
    network.save()
    network.name_de = network.name_de + " neu"
    network.name_hu = "Új név"  # both languages written together
    network.save()
    assert not TranslationState.objects.exists()


def test_the_minor_change_flag_on_the_object_and_deleting_the_object():
    trip = factories.StudyTripFactory(summary_de="Kurz", summary_hu="Röviden")
    trip.summary_de = "Kurz."
    trip.translation_minor_change = True
    trip.save()
    assert not TranslationState.objects.exists()
    trip.translation_minor_change = False
    trip.summary_de = "Ganz anders"
    trip.save()
    assert TranslationState.objects.count() == 1
    trip.delete()
    assert not TranslationState.objects.exists()
