import json
import logging
import os
import subprocess
import sys
import uuid
from pathlib import Path
from unittest import mock

import pytest
from django.core.cache.backends.redis import RedisCache
from django.db import OperationalError, ProgrammingError, connection
from django.test import Client

from core.logging import JsonFormatter
from regionet.settings import base

ROOT = Path(__file__).resolve().parent.parent.parent


def start_production(env: dict) -> subprocess.CompletedProcess:
    clean = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    clean.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env={**clean, "DJANGO_SETTINGS_MODULE": "regionet.settings.production", **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


GOOD = {
    "DJANGO_SECRET_KEY": "k" * 60,
    "DJANGO_ALLOWED_HOSTS": "portal.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/regionet",
}


@pytest.mark.parametrize("missing", sorted(GOOD))
def test_production_refuses_to_start_without_secret_hosts_or_database(missing):
    env = {key: value for key, value in GOOD.items() if key != missing}
    result = start_production(env)
    assert result.returncode != 0
    assert f"{missing} must be set in production." in result.stderr


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"DJANGO_SECRET_KEY": "django-insecure-" + "x" * 50}, "random string"),
        ({"DJANGO_SECRET_KEY": "short"}, "random string"),
        ({"DATABASE_URL": "sqlite:///db.sqlite3"}, "PostgreSQL"),
    ],
)
def test_production_refuses_weak_secret_and_sqlite(override, message):
    result = start_production({**GOOD, **override})
    assert result.returncode != 0
    assert message in result.stderr


def test_production_starts_with_everything_set():
    assert start_production(GOOD).returncode == 0


def test_media_goes_to_s3_when_a_bucket_is_configured(monkeypatch):
    assert base.media_storage_from_env()["BACKEND"].endswith("FileSystemStorage")
    monkeypatch.setattr(base, "S3_BUCKET", "regionet-media")
    monkeypatch.setenv("DJANGO_S3_ENDPOINT_URL", "https://s3.example.org")
    config = base.media_storage_from_env()
    from storages.backends.s3 import S3Storage

    storage = S3Storage(**config["OPTIONS"])
    assert storage.bucket_name == "regionet-media"
    assert storage.endpoint_url == "https://s3.example.org"


def test_redis_cache_is_used_and_works_when_redis_url_is_set(monkeypatch):
    assert base.cache_from_env()["BACKEND"].endswith("LocMemCache")
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/1")
    config = base.cache_from_env()
    cache = RedisCache(config["LOCATION"], {"KEY_PREFIX": f"test-{uuid.uuid4()}"})
    cache.set("greeting", "Grüß Gott / Jó napot", 10)
    assert cache.get("greeting") == "Grüß Gott / Jó napot"
    cache.delete("greeting")


def test_smtp_is_configured_from_the_environment(monkeypatch):
    monkeypatch.setenv("DJANGO_EMAIL_HOST", "smtp.example.org")
    monkeypatch.setenv("DJANGO_EMAIL_PORT", "2525")
    config = base.mailer_from_env()
    assert config["BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert config["OPTIONS"]["host"] == "smtp.example.org"
    assert config["OPTIONS"]["port"] == 2525


def test_log_lines_are_json_without_personal_data():
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Bad Request: %s", ("/de/",), None
    )
    record.status_code = 400
    record.email = "someone@example.org"
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "Bad Request: /de/"
    assert line["status_code"] == 400
    assert "email" not in line
    assert "someone@example.org" not in json.dumps(line)


@pytest.mark.django_db
def test_healthz_touches_no_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/healthz").status_code == 200


@pytest.mark.django_db
def test_readyz_is_503_when_the_database_is_unreachable(client):
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("down")):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["checks"]["database"] == "failed"


@pytest.mark.django_db
def test_readyz_checks_database_cache_and_task_queue(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "tasks": "ok"},
    }


@pytest.mark.django_db
def test_readyz_is_503_naming_the_cache_when_redis_is_down(client, settings):
    # A Redis server nobody listens on: every page would fail, so the server is not ready.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "cache": "failed", "tasks": "ok"}


@pytest.mark.django_db
def test_readyz_is_503_naming_the_task_queue_before_its_migration(client):
    with mock.patch(
        "django_tasks_db.models.DBTaskResult.objects.only",
        side_effect=ProgrammingError('relation "django_tasks_database_dbtaskresult" missing'),
    ):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["tasks"] == "failed"


@pytest.mark.parametrize("host", ["10.88.0.7:8000", "portal-web-1", "127.0.0.1"])
def test_probes_answer_for_any_host(settings, host):
    # Load balancers and HEALTHCHECK ask by address, which ALLOWED_HOSTS does not list.
    settings.ALLOWED_HOSTS = ["portal.example.org"]
    settings.SECURE_SSL_REDIRECT = True
    response = Client(headers={"host": host}).get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readiness_probe_answers_for_any_host(settings):
    settings.ALLOWED_HOSTS = ["portal.example.org"]
    response = Client(headers={"host": "10.88.0.7:8000"}).get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/de/", "/hu/halozatok/", "/admin/login/"])
def test_pages_carry_a_csp_without_inline_scripts(client, url):
    response = client.get(url)
    policy = response["Content-Security-Policy"]
    script_src = policy.split("script-src")[1].split(";")[0]
    assert "'self'" in script_src
    assert "unsafe-inline" not in script_src
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
def test_public_templates_have_no_inline_script_without_nonce(client):
    import re

    html = client.get("/de/").content.decode()
    for tag in re.findall(r"<script[^>]*>", html):
        # JSON-LD is a data block: browsers never run it, so it needs no nonce.
        data_block = tag == '<script type="application/ld+json">'
        assert "src=" in tag or "nonce=" in tag or data_block, tag


def production_setting(env: dict, expression: str) -> str:
    clean = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    clean.pop("DATABASE_URL", None)
    code = f"import django; django.setup(); from django.conf import settings; print({expression})"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, "DJANGO_SETTINGS_MODULE": "regionet.settings.production", **GOOD, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


@pytest.mark.parametrize(
    ("env", "secure"),
    [
        ({}, "True"),
        ({"DJANGO_SECURE_SSL_REDIRECT": "false"}, "False"),
        ({"DJANGO_SECURE_SSL_REDIRECT": "false", "DJANGO_SECURE_COOKIES": "true"}, "True"),
    ],
)
def test_cookies_are_secure_unless_served_over_plain_http_on_purpose(env, secure):
    # A Secure session cookie never comes back over http://localhost:8080 (compose on a
    # laptop): nobody could log in to the admin.
    expression = "settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE"
    assert production_setting(env, expression) == f"{secure} {secure}"


def test_the_pool_bounds_connections_per_process():
    pool = production_setting({"DJANGO_DB_POOL_SIZE": "6"}, "settings.DATABASES['default']")
    assert "'pool': {'min_size': 1, 'max_size': 6" in pool
    assert "'CONN_MAX_AGE': 0" in pool
