"""`make prod-smoke` shares the server with other checkouts: it names its scratch databases
after DATABASE_URL and its run, and drops only what it created itself."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection

SCRIPT = Path(settings.BASE_DIR) / "bin" / "prod_smoke.py"

pytestmark = pytest.mark.django_db


def load_script(monkeypatch, **environment):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    spec = importlib.util.spec_from_file_location("prod_smoke_under_test", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def server_params():
    params = connection.get_connection_params()
    return {k: params[k] for k in ("host", "port", "user") if params.get(k)}


def exists(name):
    with psycopg.connect(dbname="postgres", autocommit=True, **server_params()) as server:
        found = server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return found.fetchone() is not None


def test_scratch_names_come_from_the_database_url_and_differ_per_run(monkeypatch):
    monkeypatch.delenv("PROD_SMOKE_DB_PREFIX", raising=False)
    url = "postgres://postgres@127.0.0.1:5432/regionet_checkout_b"
    first = load_script(monkeypatch, DATABASE_URL=url)
    second = load_script(monkeypatch, DATABASE_URL=url)
    assert first.scratch_name("smoke").startswith("regionet_checkout_b_smoke_")
    assert first.scratch_name("restore").startswith("regionet_checkout_b_restore_")
    assert first.scratch_name("smoke") != second.scratch_name("smoke")
    assert first.database_url(first.scratch_name("smoke")).startswith(
        "postgres://postgres@127.0.0.1:5432/regionet_checkout_b_smoke_"
    )

    prefixed = load_script(monkeypatch, DATABASE_URL=url, PROD_SMOKE_DB_PREFIX="ci_42")
    assert prefixed.scratch_name("smoke").startswith("ci_42_smoke_")
    long = load_script(monkeypatch, DATABASE_URL=url, PROD_SMOKE_DB_PREFIX="x" * 80)
    assert len(long.scratch_name("restore").encode()) <= 63


def test_only_the_databases_of_this_run_are_dropped(monkeypatch):
    params = server_params()
    url = "postgres://{user}@{host}:{port}/{name}".format(
        name=connection.settings_dict["NAME"], **params
    )
    smoke = load_script(monkeypatch, DATABASE_URL=url)
    mine, theirs = smoke.scratch_name("smoke"), smoke.scratch_name("restore")
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as server:
        server.execute(f'CREATE DATABASE "{theirs}"')  # someone else's, by the same name
    try:
        smoke.create_database(sys.executable, mine, {})
        assert exists(mine)
        with pytest.raises(subprocess.CalledProcessError):  # the name is taken: no reuse
            smoke.create_database(sys.executable, theirs, {})
        smoke.drop_created_databases(sys.executable)
        assert not exists(mine)
        assert exists(theirs)
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **params) as server:
            for name in (mine, theirs):
                server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
