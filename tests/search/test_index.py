"""The stored vectors follow the content: on save, after bulk changes, after migrations."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from core.models import Page
from core.search.index import fill_missing_search_vectors
from goodpractice.models import GoodPractice
from network.models import Network
from studytrips.models import StudyTrip
from tests.factories import GoodPracticeFactory, PageFactory
from tests.search.conftest import exact, found

pytestmark = pytest.mark.django_db


def test_an_edited_record_is_found_by_its_new_word_and_not_its_old_one(search):
    case = GoodPracticeFactory(title_de="Apfelstrudel-Werkstatt", title_hu="Rétesműhely")
    assert exact(search("de", "Apfelstrudel")) == [case]
    case.title_de = "Birnenkompott-Werkstatt"
    case.title_hu = "Kompótműhely"
    case.save()
    assert exact(search("de", "Birnenkompott")) == [case]
    assert case in exact(search("hu", "kompót"))
    assert exact(search("de", "Apfelstrudel")) == []
    assert case not in exact(search("hu", "rétes"))


def test_saving_in_the_admin_updates_the_search(admin_client, search):
    page = PageFactory(title_de="Impressum", body_de="Verantwortlich ist der Verein.")
    response = admin_client.post(
        reverse("admin:core_page_change", args=[page.pk]),
        {
            "title_de": "Impressum",
            "title_hu": "Impresszum",
            "slug_de": page.slug_de,
            "slug_hu": page.slug_hu,
            "body_de": "Verantwortlich ist die Genossenschaft Seewinkel.",
            "body_hu": "Felelős a Fertőzugi Szövetkezet.",
            "position": "1",
            "is_published": "on",
        },
    )
    assert response.status_code == 302
    assert exact(search("de", "Genossenschaft")) == [page]
    assert exact(search("hu", "szövetkezet")) == [page]
    # (The accessibility statement, a page from a migration, speaks of "Vereinbarkeit".)
    assert page not in exact(search("de", "Verein", type="page"))


def test_update_search_index_rebuilds_vectors_after_bulk_changes(search):
    case = GoodPracticeFactory(title_de="Apfelstrudel")
    GoodPractice.objects.filter(pk=case.pk).update(title_de="Quittenmus")
    assert exact(search("de", "Quittenmus")) == []
    call_command("update_search_index", verbosity=0)
    assert exact(search("de", "Quittenmus")) == [case]


def test_update_search_index_also_renews_cached_result_pages(search):
    case = GoodPracticeFactory(title_de="Apfelstrudel")
    GoodPractice.objects.filter(pk=case.pk).update(title_de="Quittenmus")
    assert search("de", "Quittenmus")["X-Page-Cache"] == "miss"
    assert search("de", "Quittenmus")["X-Page-Cache"] == "hit"
    call_command("update_search_index", verbosity=0)
    response = search("de", "Quittenmus")
    assert response["X-Page-Cache"] == "miss"
    assert exact(response) == [case]


def test_rows_without_vectors_get_them_after_migrate(search):
    case = GoodPracticeFactory(title_de="Holunderblüten")
    GoodPractice.objects.update(search_de=None, search_hu=None)
    assert exact(search("de", "Holunderblüten")) == []
    fill_missing_search_vectors(sender=None, using="default")
    assert exact(search("de", "Holunderblüten")) == [case]


def test_migrating_back_before_the_search_fields_does_not_trip_over_them():
    from django.db.migrations.state import ProjectState

    before = ProjectState().apps  # no model has vectors in this state
    fill_missing_search_vectors(sender=None, using="default", apps=before)


def test_demo_content_is_searchable_in_both_languages(search):
    call_command("load_demo", verbosity=0)
    trip = StudyTrip.objects.get(start_date__year=2013)
    assert trip in found(search("de", "Studienreise Sachsen"))
    assert trip in found(search("hu", "tanulmanyut szaszorszag"))
    assert Network.objects.filter(search_de__isnull=True).count() == 0
    assert Page.objects.filter(search_hu__isnull=True).count() == 0
