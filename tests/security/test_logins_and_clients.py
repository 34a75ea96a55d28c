"""Finding 3 and 7: the client's address behind a proxy, the per-account cap, long names."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.core.checks import run_checks
from django.test import Client
from django.urls import reverse

from studytrips.models import Registration
from tests.factories import StudyTripFactory

pytestmark = pytest.mark.django_db

LOGIN_URL = reverse("admin:login")
PASSWORD = "richtig-Passwort-2026"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("redakteurin", password=PASSWORD, is_staff=True)


def login(username, password, *, address, proxy="10.0.0.1"):
    """A login through one TLS proxy that appends the client's address to X-Forwarded-For."""
    client = Client(headers={"host": "localhost"})
    response = client.post(
        LOGIN_URL,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=proxy,
        HTTP_X_FORWARDED_FOR=address,
    )
    return response, "_auth_user_id" in client.session


def test_behind_the_proxy_one_guesser_does_not_lock_the_editor_out(editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login("redakteurin", "falsch", address="203.0.113.66")
    response, _logged_in = login("redakteurin", PASSWORD, address="203.0.113.66")
    assert response.status_code == 429
    # The editor comes through the same proxy from her own address.
    response, logged_in = login("redakteurin", PASSWORD, address="198.51.100.7")
    assert response.status_code == 302 and logged_in


def test_behind_the_proxy_the_spam_limits_count_each_client_alone(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.SPAM_LIMIT_PER_IP_PER_HOUR = 2
    trip = StudyTripFactory(capacity=20)
    url = f"/de/studienreisen/{trip.slug_de}/anmeldung/"

    def register(n, address):
        data = {
            "name": "Anna",
            "email": f"p{n}@example.org",
            "consent": "on",
            "preferred_language": "de",
        }
        return client.post(url, data, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=address)

    assert [register(n, "203.0.113.66").status_code for n in range(3)] == [302, 302, 429]
    # Another visitor behind the same proxy is not refused for the first one's submissions.
    assert register(9, "198.51.100.7").status_code == 302
    assert Registration.objects.count() == 3


def test_a_deploy_check_warns_when_the_client_address_is_not_configured(settings):
    settings.DEBUG = False
    settings.TRUSTED_PROXY_COUNT = None
    settings.CLIENT_IP_HEADER = ""
    ids = [message.id for message in run_checks(include_deployment_checks=True)]
    assert "core.W001" in ids
    settings.TRUSTED_PROXY_COUNT = 1
    ids = [message.id for message in run_checks(include_deployment_checks=True)]
    assert "core.W001" not in ids


def test_failures_from_many_addresses_slow_the_account_down_but_never_lock_it(editor, settings):
    settings.LOGIN_ACCOUNT_FAILURE_LIMIT = 6
    settings.LOGIN_ACCOUNT_DELAY_SECONDS = 1
    settings.TRUSTED_PROXY_COUNT = 1
    # Three failures each from many addresses: no single address is locked out...
    for n in range(2 * 3):
        login("redakteurin", "falsch", address=f"203.0.113.{n // 3 + 1}")
    # ...but the account now takes one attempt per delay: the next guess is refused unchecked,
    # from any address, even with the right password.
    login("redakteurin", "rate-1", address="203.0.113.50")  # takes the slot, wrong
    response, logged_in = login("redakteurin", PASSWORD, address="198.51.100.7")
    assert not logged_in
    assert "Zu viele fehlgeschlagene Anmeldungen für diesen Namen" in response.content.decode()
    # After the delay the editor gets in: a delay, not a lock.
    time.sleep(1.1)
    _response, logged_in = login("redakteurin", PASSWORD, address="198.51.100.7")
    assert logged_in


def test_a_login_name_longer_than_the_field_is_a_form_error(editor):
    response, logged_in = login("x" * 300, "falsch", address="203.0.113.9")
    assert response.status_code == 200
    assert not logged_in
    assert "errornote" in response.content.decode()
