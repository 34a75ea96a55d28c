"""Out-of-date texts in the back office: change form, column, filters, counts, side by side."""

import pytest
from django.urls import reverse

from core.models import TranslationState
from network.models import Region
from tests.factories import GoodPracticeFactory, RegionFactory

pytestmark = pytest.mark.django_db


def region_form(region, **changes):
    data = {
        "name_de": region.name_de,
        "name_hu": region.name_hu,
        "slug_de": region.slug_de,
        "slug_hu": region.slug_hu,
        "country": region.country,
        "nuts3_code": region.nuts3_code,
        "description_de": region.description_de,
        "description_hu": region.description_hu,
    }
    return {**data, **changes}


def test_an_admin_edit_marks_the_other_language_with_who_and_a_minor_change_does_not(
    admin_client, admin_user
):
    region = RegionFactory(description_de="Hügelland", description_hu="Dombvidék")
    url = reverse("admin:network_region_change", args=[region.pk])
    form = admin_client.get(url).content.decode()
    assert 'name="minor_change"' in form
    assert "Geringfügige Änderung (Tippfehler, Formatierung)" in form
    assert reverse("admin:network_region_translations", args=[region.pk]) in form

    response = admin_client.post(
        url, region_form(region, description_de="Hügelland.", minor_change="on")
    )
    assert response.status_code == 302
    assert not TranslationState.objects.exists()

    response = admin_client.post(url, region_form(region, description_de="Weites Hügelland"))
    assert response.status_code == 302
    state = TranslationState.objects.get()
    assert (state.field, state.language, state.changed_by) == ("description", "hu", admin_user)
    assert state.source_text == "Hügelland."


def outdate(obj, field: str, language: str, text: str = "Neu geschrieben") -> None:
    source = "hu" if language == "de" else "de"
    setattr(obj, f"{field}_{source}", text)
    obj.save()


def test_column_filters_and_start_page_count_out_of_date_texts(admin_client):
    current = GoodPracticeFactory(title_de="Aktuell")
    stale_hu = GoodPracticeFactory(title_de="Ungarisch veraltet")
    stale_de = GoodPracticeFactory(title_de="Deutsch veraltet")
    outdate(stale_hu, "summary", "hu")
    outdate(stale_de, "approach", "de", "Új megközelítés")
    changelist = reverse("admin:goodpractice_goodpractice_changelist")

    html = admin_client.get(changelist).content.decode()
    assert "HU veraltet" in html and "DE veraltet" in html
    assert "Ungarisch veraltet" in html and "Deutsch veraltet" in html  # the filter's choices
    assert reverse("admin:goodpractice_goodpractice_translations", args=[stale_hu.pk]) in html
    assert list(admin_client.get(changelist, {"outdated": "hu"}).context["cl"].result_list) == [
        stale_hu
    ]
    assert list(admin_client.get(changelist, {"outdated": "de"}).context["cl"].result_list) == [
        stale_de
    ]
    assert current in admin_client.get(changelist).context["cl"].result_list

    index = admin_client.get(reverse("admin:index"))
    row = next(r for r in index.context["overview"] if r["key"] == "goodpractice-goodpractice")
    assert (row["outdated_hu"], row["outdated_de"]) == (1, 1)
    assert "outdated=hu" in row["outdated_hu_url"]
    assert "Ungarisch veraltet" in index.content.decode()


def test_an_editor_counts_only_their_partners_out_of_date_texts(world, login):
    for case in (world.a.case, world.b.case):
        case.status = "published"
        case.save()
        outdate(case, "summary", "hu")
    response = login(world.users.editor_a).get(reverse("admin:index"))
    row = next(r for r in response.context["overview"] if r["key"] == "goodpractice-goodpractice")
    assert row["outdated_hu"] == 1
    assert row["total"] == 1


def test_side_by_side_shows_gaps_first_with_the_diff_and_saves_the_missing_side(admin_client):
    case = GoodPracticeFactory(
        summary_de="Ein Netz für die Region", summary_hu="Háló a régiónak", results_hu=""
    )
    outdate(case, "summary", "hu", "Ein starkes Netz für die ganze Region")
    url = reverse("admin:goodpractice_goodpractice_translations", args=[case.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    rows = response.context["rows"]
    assert {rows[0].field, rows[1].field} == {"summary", "results"}
    assert all(not row.needs_work for row in rows[2:])
    html = response.content.decode()
    assert "Übersetzung nebeneinander" in html
    assert "<ins> starkes</ins>" in html and "<ins>ganze </ins>" in html
    assert 'name="summary_hu"' in html and 'name="results_hu"' in html
    assert 'name="approach_hu"' not in html  # up to date: shown, not edited

    response = admin_client.post(
        url, {"summary_hu": "Erős háló az egész régiónak", "results_hu": "Eredmények"}
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert (case.summary_hu, case.results_hu) == ("Erős háló az egész régiónak", "Eredmények")
    assert not TranslationState.objects.exists()


def test_side_by_side_can_confirm_that_a_translation_is_still_right(admin_client):
    region = RegionFactory(description_de="Alt", description_hu="Régi")
    outdate(region, "description", "hu", "Alt, aber neu formuliert")
    url = reverse("admin:network_region_translations", args=[region.pk])
    response = admin_client.post(
        url, {"description_hu": "Régi", "still_valid_description_hu": "on"}
    )
    assert response.status_code == 302
    assert not TranslationState.objects.exists()
    assert Region.objects.get(pk=region.pk).description_hu == "Régi"


def test_side_by_side_is_only_for_the_editors_own_objects(world, login):
    editor = login(world.users.editor_a)
    own = reverse("admin:goodpractice_goodpractice_translations", args=[world.a.case.pk])
    other = reverse("admin:goodpractice_goodpractice_translations", args=[world.b.case.pk])
    assert editor.get(own).status_code == 200
    assert editor.get(other).status_code == 404
    assert editor.post(other, {"summary_hu": "Idegen"}).status_code == 404
    world.b.case.refresh_from_db()
    assert world.b.case.summary_hu != "Idegen"
    # a publisher may look but not write
    publisher = login(world.users.publisher)
    region = RegionFactory()
    region_url = reverse("admin:network_region_translations", args=[region.pk])
    assert publisher.post(region_url, {"description_hu": "x"}).status_code == 403
