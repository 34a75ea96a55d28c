"""Draft → in review → published; send back with a comment; history; preview."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from backoffice.models import ReviewNote
from goodpractice.models import GoodPractice
from studytrips.models import StudyTrip

pytestmark = pytest.mark.django_db


def change_url(obj):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def case_form(case, **extra):
    """What the change form posts back for `case`, unchanged unless `extra` says so."""
    data = {
        f"{field}_{language}": getattr(case, f"{field}_{language}")
        for field in ("title", "slug", *GoodPractice.RICH_TEXT_FIELDS)
        for language in ("de", "hu")
    }
    data.update(
        start_year=case.start_year,
        countries=case.countries,
        lead_organisation=case.lead_organisation_id,
    )
    for prefix in ("key_figures", "images", "documents"):
        data[f"{prefix}-TOTAL_FORMS"] = "0"
        data[f"{prefix}-INITIAL_FORMS"] = "0"
    data.update(extra)
    return data


def test_full_review_of_a_case(world, login, client):
    case = world.a.case
    editor, publisher = login(world.users.editor_a), login(world.users.publisher)

    html = editor.get(change_url(case)).content.decode()
    assert 'name="_submit_review"' in html
    assert 'name="_publish"' not in html and 'name="_send_back"' not in html
    assert client.get(case.get_absolute_url()).status_code == 404

    response = editor.post(change_url(case), case_form(case, _submit_review="1"))
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == GoodPractice.Status.REVIEW

    # Sending back needs a comment; without one nothing changes.
    response = publisher.post(change_url(case), case_form(case, _send_back="1"))
    assert response.status_code == 200
    assert "review_comment" in response.context["adminform"].form.errors
    case.refresh_from_db()
    assert case.status == GoodPractice.Status.REVIEW

    comment = "Bitte die Ergebnisse mit Zahlen belegen."
    response = publisher.post(
        change_url(case), case_form(case, _send_back="1", review_comment=comment)
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == GoodPractice.Status.DRAFT

    html = editor.get(change_url(case)).content.decode()
    assert comment in html
    assert 'class="review-comment"' in html

    editor.post(change_url(case), case_form(case, _submit_review="1"))
    response = publisher.post(change_url(case), case_form(case, _publish="1"))
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == GoodPractice.Status.PUBLISHED
    assert case.published_at is not None
    assert client.get(case.get_absolute_url()).status_code == 200

    actions = list(
        ReviewNote.objects.filter(object_id=case.pk)
        .order_by("created", "pk")
        .values_list("action", "user__username", "comment")
    )
    assert actions == [
        ("submitted", "editor-a", ""),
        ("sent_back", "publisher", comment),
        ("submitted", "editor-a", ""),
        ("published", "publisher", ""),
    ]


def test_history_shows_who_changed_what_and_the_review_steps(world, login):
    case = world.a.case
    editor, publisher = login(world.users.editor_a), login(world.users.publisher)
    editor.post(change_url(case), case_form(case, title_hu="Új cím", _submit_review="1"))
    publisher.post(change_url(case), case_form(case, title_hu="Új cím", _publish="1"))
    entries = LogEntry.objects.filter(object_id=str(case.pk)).order_by("action_time", "pk")
    messages = [(entry.user.username, entry.get_change_message()) for entry in entries]
    assert messages[0][0] == "editor-a" and "[hu]" in messages[0][1]
    assert "[de]" not in messages[0][1]
    assert ("editor-a", "Zur Prüfung eingereicht") in messages
    assert ("publisher", "Veröffentlicht") in messages
    history = editor.get(
        reverse("admin:goodpractice_goodpractice_history", args=[case.pk])
    ).content.decode()
    assert "Zur Prüfung eingereicht" in history
    assert "publisher" in history


def test_editor_cannot_publish_by_button_or_action(world, login):
    editor = login(world.users.editor_a)
    trip = world.a.trip
    response = editor.post(change_url(trip), {"_publish": "1", "title_de": "X"})
    assert response.status_code == 403
    changelist = reverse("admin:studytrips_studytrip_changelist")
    actions = [
        name
        for name, _label in editor.get(changelist).context["action_form"].fields["action"].choices
    ]
    assert "submit_for_review" in actions and "publish" not in actions
    editor.post(changelist, {"action": "publish", "_selected_action": [trip.pk]})
    trip.refresh_from_db()
    assert trip.status == StudyTrip.Status.DRAFT
    assert not ReviewNote.objects.exists()


def test_status_field_is_read_only_in_the_form(world, login):
    publisher = login(world.users.publisher)
    form = publisher.get(change_url(world.a.case)).context["adminform"].form
    assert "status" not in form.fields
    assert "featured" in form.fields
    editor_form = login(world.users.editor_a).get(change_url(world.a.case)).context["adminform"]
    assert "featured" not in editor_form.form.fields


def test_bulk_actions_move_trips_through_the_review(world, login):
    editor, publisher = login(world.users.editor_a), login(world.users.publisher)
    changelist = reverse("admin:studytrips_studytrip_changelist")
    trips = [world.a.trip, world.b.trip]
    selected = [trip.pk for trip in trips]
    editor.post(changelist, {"action": "submit_for_review", "_selected_action": selected})
    statuses = dict(StudyTrip.objects.values_list("pk", "status"))
    assert statuses == {world.a.trip.pk: "review", world.b.trip.pk: "draft"}
    response = publisher.post(
        changelist,
        {"action": "publish", "_selected_action": [t.pk for t in trips]},
        follow=True,
    )
    assert "2 Einträge wurden veröffentlicht." in response.content.decode()
    assert set(StudyTrip.objects.values_list("status", flat=True)) == {"published"}
    assert LogEntry.objects.filter(change_message="Veröffentlicht").count() == 2
    publisher.post(changelist, {"action": "unpublish", "_selected_action": [world.b.trip.pk]})
    world.b.trip.refresh_from_db()
    assert world.b.trip.status == "draft"


def test_staff_preview_their_unpublished_trip_only(world, login, client):
    trip = world.a.trip
    assert client.get(trip.get_absolute_url()).status_code == 404
    response = login(world.users.editor_a).get(trip.get_absolute_url())
    assert response.status_code == 200
    assert "preview-banner" in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]
    assert login(world.users.editor_b).get(trip.get_absolute_url()).status_code == 404
    assert login(world.users.publisher).get(trip.get_absolute_url()).status_code == 200
    assert login(world.users.admin).get(trip.get_absolute_url()).status_code == 200
    # an unpublished trip takes no registrations, not even from staff
    assert login(world.users.admin).get(trip.get_registration_url()).status_code == 404


def test_editor_previews_only_their_own_draft_case(world, login):
    case = world.b.case
    assert login(world.users.editor_a).get(case.get_absolute_url()).status_code == 404
    assert login(world.users.editor_b).get(case.get_absolute_url()).status_code == 200


def test_published_querysets_follow_the_status(world):
    world.a.trip.status = StudyTrip.Status.REVIEW
    world.a.trip.save()
    assert not StudyTrip.objects.public().exists()
    world.a.trip.status = StudyTrip.Status.PUBLISHED
    world.a.trip.save()
    assert list(StudyTrip.objects.public()) == [world.a.trip]
    assert world.a.trip.is_published


@pytest.mark.django_db(transaction=True)
def test_migration_keeps_published_trips_published():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    before = [("studytrips", "0002_sanitized_images")]
    executor.migrate(before)
    old_apps = executor.loader.project_state(before).apps
    OldTrip = old_apps.get_model("studytrips", "StudyTrip")
    common = {"country": "DE", "start_date": "2013-04-24", "end_date": "2013-04-27"}
    old_trips = [("Öffentlich", "oeffentlich", True), ("Versteckt", "versteckt", False)]
    for title, slug, flag in old_trips:
        OldTrip.objects.create(title_de=title, slug=slug, slug_de=slug, is_published=flag, **common)

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    statuses = dict(StudyTrip.objects.values_list("title_de", "status"))
    assert statuses == {"Öffentlich": "published", "Versteckt": "draft"}
    StudyTrip.objects.all().delete()
