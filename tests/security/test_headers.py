"""Headers and cookies: Permissions-Policy, the language cookie, the moderators' mail subject."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cooperation.emails import notify_moderators
from tests.factories import CooperationPostFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def test_every_page_denies_the_browser_features_the_portal_does_not_use(client):
    for _visit in range(2):  # the second answer comes from the page cache
        policy = client.get("/de/").headers["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
            assert feature in policy


def test_the_language_cookie_is_same_site_lax(client):
    response = client.post("/i18n/setlang/", {"language": "hu", "next": "/hu/"})
    cookie = response.cookies["django_language"]
    assert cookie["samesite"] == "Lax"
    assert cookie["httponly"]


def test_the_language_cookie_is_https_only_in_production():
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="regionet.settings.production",
        DJANGO_SECRET_KEY="k" * 60,
        DJANGO_ALLOWED_HOSTS="portal.example.org",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/regionet",
    )
    code = "import django; django.setup(); from django.conf import settings; "
    code += "print(settings.LANGUAGE_COOKIE_SECURE, settings.LANGUAGE_COOKIE_SAMESITE)"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert result.stdout.split() == ["True", "Lax"], result.stderr


def test_mails_to_the_moderators_carry_no_django_prefix(settings, mailoutbox):
    settings.MANAGERS = ["partner@example.org"]
    post = CooperationPostFactory(title="Zulieferer für Blechteile gesucht")
    notify_moderators(post_id=post.pk, base_url="http://localhost/")
    (message,) = mailoutbox
    assert not message.subject.startswith("[Django]")
    assert "Zulieferer für Blechteile gesucht" in message.subject
