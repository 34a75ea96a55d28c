"""The DE/HU completeness column, the missing-language filter and the index overview."""

import pytest
from django.urls import reverse

from backoffice.translation_status import completeness
from tests.factories import (
    CompanyFactory,
    GoodPracticeFactory,
    NetworkFactory,
    RegionFactory,
    StudyTripFactory,
)

pytestmark = pytest.mark.django_db


def column(obj) -> str:
    return " / ".join(str(part) for part in completeness(obj))


def test_column_counts_texts_per_language():
    full = GoodPracticeFactory()
    assert column(full) == "DE ✓ / HU ✓"
    half = GoodPracticeFactory(title_hu="", summary_hu="")
    assert column(half) == "DE ✓ / HU 5/7"
    hungarian_only = NetworkFactory(description_de="")
    assert column(hungarian_only) == "DE 1/2 / HU ✓"
    # a text no language has is not missing anywhere
    assert column(CompanyFactory(description_de="", description_hu="")) == "DE ✓ / HU ✓"


@pytest.mark.parametrize(
    ("url_name", "factory", "kwargs"),
    [
        ("admin:goodpractice_goodpractice_changelist", GoodPracticeFactory, {"summary_hu": ""}),
        ("admin:studytrips_studytrip_changelist", StudyTripFactory, {"summary_hu": ""}),
        ("admin:network_network_changelist", NetworkFactory, {"description_hu": ""}),
        ("admin:network_company_changelist", CompanyFactory, {"description_hu": ""}),
        ("admin:network_region_changelist", RegionFactory, {"description_hu": ""}),
    ],
)
def test_every_translated_list_has_the_column_and_the_filter(
    admin_client, url_name, factory, kwargs
):
    complete = factory()
    lacking = factory(**kwargs)
    response = admin_client.get(reverse(url_name))
    html = response.content.decode()
    assert "column-translation_status" in html
    assert "HU ✓" in html and "translation-incomplete" in html
    assert "Ungarisch fehlt" in html and "Deutsch fehlt" in html
    missing_hu = admin_client.get(reverse(url_name), {"missing": "hu"})
    assert list(missing_hu.context["cl"].result_list) == [lacking]
    missing_de = admin_client.get(reverse(url_name), {"missing": "de"})
    assert list(missing_de.context["cl"].result_list) == []
    assert complete in admin_client.get(reverse(url_name)).context["cl"].result_list


def test_missing_german_filter_finds_hungarian_only_texts(admin_client):
    network = NetworkFactory(description_de="", name_de="Nur Name")
    NetworkFactory()
    response = admin_client.get(reverse("admin:network_network_changelist"), {"missing": "de"})
    assert list(response.context["cl"].result_list) == [network]


def overview(client) -> dict[str, dict]:
    """The overview rows of the admin index, by app and model."""
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    return {row["key"]: row for row in response.context["overview"]}


def test_index_overview_counts_published_objects_lacking_a_language(admin_client):
    GoodPracticeFactory(summary_hu="")
    GoodPracticeFactory(title_hu="", challenge_hu="")
    GoodPracticeFactory()
    GoodPracticeFactory(summary_hu="", status="draft", published_at=None)  # not published
    GoodPracticeFactory(approach_de="", status="published")
    StudyTripFactory(summary_hu="")
    StudyTripFactory(summary_hu="", is_published=False)
    CompanyFactory(description_hu="", is_published=False)

    html = admin_client.get(reverse("admin:index")).content.decode()
    assert 'id="translation-overview"' in html
    assert "Übersetzungen der veröffentlichten Inhalte" in html
    cases = "/admin/goodpractice/goodpractice/?status__exact=published&amp;missing=hu"
    assert f'<a href="{cases}">2</a>' in html
    german = "/admin/goodpractice/goodpractice/?status__exact=published&amp;missing=de"
    assert f'<a href="{german}">1</a>' in html
    trips = "/admin/studytrips/studytrip/?status__exact=published&amp;missing=hu"
    assert f'<a href="{trips}">1</a>' in html

    rows = overview(admin_client)
    assert rows["goodpractice-goodpractice"]["total"] == 4
    assert (
        rows["goodpractice-goodpractice"]["missing_hu"],
        rows["goodpractice-goodpractice"]["missing_de"],
    ) == (2, 1)
    assert rows["studytrips-studytrip"]["missing_hu"] == 1
    assert rows["network-company"]["missing_hu"] == 0  # the unpublished company is left out
    # the link lists exactly the counted objects
    listed = admin_client.get(
        reverse("admin:goodpractice_goodpractice_changelist"),
        {"status__exact": "published", "missing": "hu"},
    )
    assert listed.context["cl"].result_count == 2


def test_editor_overview_counts_only_their_own_content(world, login):
    world.a.case.status = "published"
    world.a.case.summary_hu = ""
    world.a.case.save()
    world.b.case.status = "published"
    world.b.case.summary_hu = ""
    world.b.case.save()
    rows = overview(login(world.users.editor_a))
    assert rows["goodpractice-goodpractice"]["total"] == 1
    assert rows["goodpractice-goodpractice"]["missing_hu"] == 1
    assert "core-page" not in rows  # project pages are the administrators'
