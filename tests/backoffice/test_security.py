"""Failed logins lock out that username from that address for a while (django-axes)."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

LOGIN_URL = reverse("admin:login")
PASSWORD = "richtig-Passwort-2026"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("redakteurin", password=PASSWORD, is_staff=True)


def attempt(client, username, password, address="192.0.2.10"):
    return client.post(
        LOGIN_URL,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_correct_password_logs_in(editor):
    client = Client(headers={"host": "localhost"})
    assert attempt(client, "redakteurin", PASSWORD).status_code == 302
    assert logged_in(client)


def test_repeated_failures_lock_out_that_username_from_that_address(editor):
    client = Client(headers={"host": "localhost"})
    limit = settings.AXES_FAILURE_LIMIT
    for _attempt in range(limit - 1):
        response = attempt(client, "redakteurin", "falsch")
        assert response.status_code == 200  # the login form again, with its error
    response = attempt(client, "redakteurin", "falsch")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Zu viele fehlgeschlagene Anmeldungen" in html
    assert "15 Minuten" in html

    # During the lockout even the right password does not get through ...
    response = attempt(client, "redakteurin", PASSWORD)
    assert response.status_code == 429
    assert not logged_in(client)

    # ... but the same username from another address and another username from this one do.
    other_address = Client(headers={"host": "localhost"})
    assert attempt(other_address, "redakteurin", PASSWORD, "198.51.100.7").status_code == 302
    get_user_model().objects.create_user("kollege", password=PASSWORD, is_staff=True)
    colleague = Client(headers={"host": "localhost"})
    assert attempt(colleague, "kollege", PASSWORD).status_code == 302


def test_lockout_message_in_hungarian(editor):
    client = Client(headers={"host": "localhost"})
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "hu"
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = attempt(client, "redakteurin", "rossz")
    assert response.status_code == 429
    html = response.content.decode()
    assert 'lang="hu"' in html
    assert "Túl sok sikertelen bejelentkezés" in html


def test_lockout_ends_after_the_cool_off(editor, settings):
    from datetime import timedelta

    from axes.models import AccessAttempt

    client = Client(headers={"host": "localhost"})
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "redakteurin", "falsch")
    assert attempt(client, "redakteurin", PASSWORD).status_code == 429
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(hours=1)
    )
    assert attempt(client, "redakteurin", PASSWORD).status_code == 302


def test_client_address_behind_trusted_proxies(rf, settings):
    from core.client import client_ip

    request = rf.get("/", HTTP_X_FORWARDED_FOR="203.0.113.5, 10.0.0.1", REMOTE_ADDR="10.0.0.2")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.2"
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request) == "203.0.113.5"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "10.0.0.1"


def test_axes_comes_first_and_force_login_still_works(admin_client):
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert admin_client.get(reverse("admin:index")).status_code == 200
