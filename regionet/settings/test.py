"""Test settings: PostgreSQL by default, fast hashing, mail and cache in memory."""

import os

import dj_database_url

from .base import *  # noqa: F403
from .base import BASE_DIR

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/regionet")
    )
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
# Unit tests run each task at once, after the commit (core.mail.send_on_commit); the tests of
# the durable queue switch to the database backend (tests/ops/test_tasks.py).
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# One folder per pytest-xdist worker ("gw0", "gw1", …): a worker that finishes removes only its own.
MEDIA_ROOT = BASE_DIR / ".test-media" / os.environ.get("PYTEST_XDIST_WORKER", "main")
DEBUG = False
# Static files straight from the source folders, as in development (no collectstatic needed).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# No tile server in tests: the map asks the test server for one grey placeholder tile.
MAP_TILE_URL = "/static/img/map-tile-placeholder.png"
