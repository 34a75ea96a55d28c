"""A burst of parallel requests against the development server stays within its pool.

`make run` serves with runserver, a thread per request; with persistent connections each
thread kept its own, and 40 parallel requests plus a crawl exhausted PostgreSQL's
max_connections. Now every process borrows from one bounded pool (DJANGO_DB_POOL_SIZE).
"""

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
POOL_SIZE = 4
PAGES = ["/de/", "/hu/", "/de/netzwerke/", "/de/studienreisen/", "/de/good-practice/"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.django_db(transaction=True)
def test_forty_parallel_requests_and_a_crawl_use_at_most_the_pool(tmp_path):
    database = connection.settings_dict
    url = f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "regionet.settings.dev",
        "DJANGO_DEBUG": "false",
        "DATABASE_URL": url,
        "DJANGO_DB_POOL_SIZE": str(POOL_SIZE),
        "DJANGO_MEDIA_ROOT": str(tmp_path),
    }
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    peak = 0
    sampling = True

    def sample():
        nonlocal peak
        with psycopg.connect(
            host=database["HOST"], port=database["PORT"], user=database["USER"], dbname="postgres"
        ) as watcher:
            while sampling:
                row = watcher.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> %s",
                    [database["NAME"], test_backend],
                ).fetchone()
                peak = max(peak, row[0])
                time.sleep(0.02)

    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if get(f"{base}/healthz") == 200:
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            test_backend = cursor.fetchone()[0]
        watcher = threading.Thread(target=sample)
        watcher.start()
        urls = [f"{base}{PAGES[n % len(PAGES)]}?burst={n}" for n in range(40)]
        urls += [f"{base}{page}?crawl=1" for page in PAGES for _ in range(4)]
        with ThreadPoolExecutor(max_workers=40) as pool:
            statuses = list(pool.map(get, urls))
        sampling = False
        watcher.join()
    finally:
        sampling = False
        server.terminate()
        server.wait(timeout=30)

    assert statuses == [200] * len(urls)
    assert 1 <= peak <= POOL_SIZE
