import os
import shutil

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client
from django.utils import translation
from hypothesis import settings as hypothesis_settings

# Playwright's sync API runs an event loop in the test thread; Django's ORM must still work.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Property-based tests have a fixed budget (a test may set its own max_examples) and no
# deadline: on a shared machine the time of one example says nothing.
hypothesis_settings.register_profile("regionet", max_examples=100, deadline=None)
hypothesis_settings.load_profile("regionet")


@pytest.fixture(autouse=True)
def reset_language():
    """Every test starts in the default language, whatever the previous one activated."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached pages of one test must never answer another test's request."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True, scope="session")
def clean_test_media():
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Before the test database is dropped, close what live-server threads left open."""
    yield
    with django_db_blocker.unblock():
        from django.db import connection

        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )


@pytest.fixture
def client():
    return Client(headers={"host": "localhost"})


@pytest.fixture
def admin_client(db, admin_user):
    client = Client(headers={"host": "localhost"})
    client.force_login(admin_user)
    return client
