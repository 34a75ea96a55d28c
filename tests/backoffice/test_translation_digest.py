"""The daily digest: each partner's editors hear of their missing and out-of-date texts."""

import pytest
from django.core import mail
from django.core.management import call_command

from backoffice.models import EditorProfile

pytestmark = pytest.mark.django_db


def run_digest(django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_translation_digest", verbosity=0, base_url="https://portal.example")
    return list(mail.outbox)


def test_digest_tells_each_partner_in_the_editors_language_and_only_once(
    world, django_capture_on_commit_callbacks
):
    EditorProfile.objects.filter(user=world.users.editor_b).update(language="hu")
    world.a.case.summary_de = "Ganz neue Zusammenfassung"  # Hungarian now out of date
    world.a.case.save()
    world.b.network.description_hu = ""
    world.b.network.save()

    sent = run_digest(django_capture_on_commit_callbacks)
    by_recipient = {message.to[0]: message for message in sent}
    assert set(by_recipient) == {"editor-a@example.org", "editor-b@example.org"}

    to_a = by_recipient["editor-a@example.org"]
    assert to_a.subject.startswith("Übersetzungen nachzuholen")
    assert "Beispiel A" in to_a.body and "Ungarisch veraltet: Kurzfassung" in to_a.body
    side_by_side = f"/admin/goodpractice/goodpractice/{world.a.case.pk}/translations/"
    assert f"https://portal.example{side_by_side}" in to_a.body
    assert "Beispiel B" not in to_a.body and "Netzwerk B" not in to_a.body

    to_b = by_recipient["editor-b@example.org"]
    assert to_b.subject.startswith("Pótolandó fordítások")
    assert world.b.network.name_hu in to_b.body and "Magyar hiányzik: leírás" in to_b.body
    assert "Beispiel A" not in to_b.body

    assert run_digest(django_capture_on_commit_callbacks) == []  # nothing new

    world.a.case.results_de = "Neue Ergebnisse"
    world.a.case.save()
    again = run_digest(django_capture_on_commit_callbacks)
    assert [message.to for message in again] == [["editor-a@example.org"]]


def test_digest_sends_nothing_when_everything_is_translated(
    world, django_capture_on_commit_callbacks
):
    assert run_digest(django_capture_on_commit_callbacks) == []
