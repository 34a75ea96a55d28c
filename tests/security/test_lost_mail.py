"""Finding 11: a worker killed between commit and mail left a post whose confirmation never came.

Nothing may depend on one mail: sending the same post again sends its link again, posts that
can no longer be confirmed are purged, and a trip registration's hold simply lapses
(tests/security/test_registration_abuse.py).
"""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from cooperation.models import CooperationPost
from cooperation.services import post_create
from tests.factories import CooperationPostFactory, days_from_today

pytestmark = pytest.mark.django_db


def create_post(**overrides):
    data = {
        "kind": "offer",
        "cooperation_type": "supplier",
        "title": "Bérmunka: lézervágás rövid határidővel",
        "text": "Szabad kapacitásunk van lézervágásra és élhajlításra osztrák partnereknek.",
        "sector": None,
        "region": None,
        "languages": ["hu"],
        "company": "Soproni Fémtechnika Kft.",
        "contact_name": "Nagy Péter",
        "contact_email": "peter.nagy@example.hu",
        "language": "hu",
        "expires_on": days_from_today(90),
        "consent_version": "2026-11",
        "ip_hash": "",
        "base_url": "http://localhost/",
    }
    return post_create(**{**data, **overrides})


def test_sending_the_same_post_again_sends_its_link_again(
    mailoutbox, django_capture_on_commit_callbacks
):
    # The first mail is lost: its on-commit callback never runs (the worker was killed).
    with django_capture_on_commit_callbacks(execute=False):
        first = create_post()
    assert mailoutbox == []
    with django_capture_on_commit_callbacks(execute=True):
        again = create_post(contact_email="Peter.Nagy@Example.hu")
    assert again == first
    assert CooperationPost.objects.count() == 1
    (message,) = mailoutbox
    assert message.to == ["peter.nagy@example.hu"]


def test_a_different_post_of_the_same_author_is_stored(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        create_post()
        create_post(title="Élhajlítás osztrák partnereknek")
    assert CooperationPost.objects.count() == 2


def test_posts_that_can_no_longer_be_confirmed_are_purged(settings):
    old = timezone.now() - timedelta(seconds=settings.COOPERATION_CONFIRM_LINK_MAX_AGE + 60)
    stale = CooperationPostFactory(confirmed_at=None)
    CooperationPost.objects.filter(pk=stale.pk).update(created=old)
    waiting = CooperationPostFactory(confirmed_at=None)
    public = CooperationPostFactory()
    CooperationPost.objects.filter(pk=public.pk).update(created=old)
    call_command("purge_personal_data", verbosity=0)
    assert set(CooperationPost.objects.values_list("pk", flat=True)) == {waiting.pk, public.pk}
