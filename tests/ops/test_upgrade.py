"""A database made by the code before core/ existed migrates forward without losing data.

`data/previous_main.sql.gz` is `pg_dump --inserts` of a PostgreSQL database migrated and
loaded with the demo (`load_demo --with-users`) by commit b8bb3f8, when project pages, old
slugs and the cache generation were models of the site package (app label "regionet"). It
also holds what that move could have lost: a renamed page with its old slug, a group with a
permission on pages, and an admin history entry of a page.
"""

import gzip
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection

DUMP = Path(__file__).parent / "data" / "previous_main.sql.gz"
ROOT = Path(settings.BASE_DIR)

pytestmark = pytest.mark.django_db


@pytest.fixture
def old_database():
    params = connection.get_connection_params()
    server = {k: params[k] for k in ("host", "port", "user") if params.get(k)}
    name = f"{connection.settings_dict['NAME']}_upgrade"
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    with psycopg.connect(dbname=name, autocommit=True, **server) as old:
        old.execute(gzip.decompress(DUMP.read_bytes()).decode())
    url = "postgres://{user}@{host}:{port}/{name}".format(name=name, **server)
    yield url, {"dbname": name, **server}
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manage(url, *args):
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "regionet.settings.test"}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_a_database_of_the_previous_layout_migrates_forward_with_its_data(old_database):
    url, params = old_database
    with psycopg.connect(**params) as db:
        before = {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("regionet_page", "regionet_slugredirect", "network_company")
        }
    result = manage(url, "migrate", "--noinput")
    assert result.returncode == 0, result.stderr
    assert manage(url, "migrate", "--check").returncode == 0

    with psycopg.connect(**params) as db:
        # Nothing lost; core/0005 adds one page, the accessibility statement.
        before["regionet_page"] += 1
        for table, count in before.items():
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count
        labels = db.execute(
            "SELECT app_label, model FROM django_content_type "
            "WHERE model IN ('page', 'slugredirect', 'cachegeneration') ORDER BY model"
        ).fetchall()
        assert labels == [("core", "cachegeneration"), ("core", "page"), ("core", "slugredirect")]
        # The group keeps its right to change pages; the page keeps its history and old slug.
        assert db.execute(
            "SELECT count(*) FROM auth_group g "
            "JOIN auth_group_permissions gp ON gp.group_id = g.id "
            "JOIN auth_permission p ON p.id = gp.permission_id "
            "JOIN django_content_type ct ON ct.id = p.content_type_id "
            "WHERE g.name = 'Publishers' AND p.codename = 'change_page' AND ct.app_label = 'core'"
        ).fetchone() == (1,)
        assert db.execute(
            "SELECT count(*) FROM django_admin_log l JOIN django_content_type ct "
            "ON ct.id = l.content_type_id WHERE ct.app_label = 'core' AND ct.model = 'page'"
        ).fetchone() == (1,)
    shell = manage(
        url,
        "shell",
        "-v0",
        "-c",
        "from django.test import Client; "
        "print(Client(HTTP_HOST='localhost').get('/de/seiten/ueber-das-projekt/')['Location'])",
    )
    assert shell.stdout.strip() == "/de/seiten/ueber-das-projekt-neu/", shell.stderr
