"""`make prod-smoke`: the Dockerfile's production path, proven without Docker.

Installs the project into a fresh virtual environment as the image does, prepares a
fresh PostgreSQL database with the production settings (compile messages, collectstatic,
migrate, demo content, `check --deploy`), starts gunicorn and checks pages, static files
and security headers over HTTP. Then backs the database and media up with bin/backup,
restores them into an empty database with bin/restore, and checks that gunicorn serves
the restored portal.

Its two scratch databases are named after the one in DATABASE_URL (or PROD_SMOKE_DB_PREFIX)
and this run, e.g. `regionet_smoke_3f9a1c` and `regionet_restore_3f9a1c`: several checkouts
and runs on one server never meet, and the script drops only the databases it created
itself. Each gunicorn gets its own control socket in the run's temporary folder.
"""

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
SERVER_URL = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/regionet")
PREFIX = (
    os.environ.get("PROD_SMOKE_DB_PREFIX") or urlsplit(SERVER_URL).path.strip("/") or "regionet"
)
RUN = secrets.token_hex(3)
FAILURES: list[str] = []
CREATED: list[str] = []  # the databases this run created, and so may drop


def scratch_name(purpose: str) -> str:
    """<prefix>_<purpose>_<run>, within PostgreSQL's 63 bytes for a name."""
    suffix = f"_{purpose}_{RUN}"
    return PREFIX.encode()[: 63 - len(suffix)].decode(errors="ignore") + suffix


def database_url(name: str) -> str:
    parts = urlsplit(SERVER_URL)
    return urlunsplit(parts._replace(path=f"/{name}"))


def run(command: list[str], env: dict, **kwargs) -> subprocess.CompletedProcess:
    print("+", " ".join(str(part) for part in command), flush=True)
    return subprocess.run(command, env=env, cwd=ROOT, check=True, **kwargs)


def create_database(python: str, name: str, env: dict) -> None:
    """CREATE DATABASE fails on an existing name: nobody else's database is ever reused."""
    script = (
        "import psycopg, sys\n"
        "with psycopg.connect(sys.argv[1], autocommit=True) as c:\n"
        "    c.execute(f'CREATE DATABASE \"{sys.argv[2]}\"')\n"
    )
    run([python, "-c", script, database_url("postgres"), name], env)
    CREATED.append(name)


def drop_created_databases(python: str) -> None:
    script = (
        "import psycopg, sys\n"
        "with psycopg.connect(sys.argv[1], autocommit=True) as c:\n"
        "    c.execute(f'DROP DATABASE IF EXISTS \"{sys.argv[2]}\" WITH (FORCE)')\n"
    )
    for name in CREATED:
        subprocess.run([python, "-c", script, database_url("postgres"), name], check=False)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url: str, headers: dict | None = None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        response = OPENER.open(request, timeout=10)
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()
    return response.status, response.headers, response.read()


def check(condition: bool, label: str) -> None:
    print(("  ok   " if condition else "  FAIL ") + label, flush=True)
    if not condition:
        FAILURES.append(label)


def start_gunicorn(venv: Path, env: dict, port: int) -> subprocess.Popen:
    # gunicorn's control socket defaults to ~/.gunicorn/gunicorn.ctl: one per user, shared
    # by every gunicorn of that user. This run's servers keep theirs beside the venv.
    control_socket = venv.parent / f"gunicorn-{port}.ctl"
    process = subprocess.Popen(
        [
            str(venv / "bin" / "gunicorn"),
            "regionet.wsgi:application",
            "-c",
            "gunicorn.conf.py",
            "--control-socket",
            str(control_socket),
        ],
        cwd=ROOT,
        env={**env, "HOST": "127.0.0.1", "PORT": str(port), "WEB_CONCURRENCY": "2"},
        stdout=subprocess.DEVNULL,
    )
    for _ in range(60):
        time.sleep(0.5)
        try:
            if fetch(f"http://127.0.0.1:{port}/healthz")[0] == 200:
                return process
        except OSError:
            continue
    process.kill()
    raise SystemExit("gunicorn did not answer /healthz")


def check_portal(base: str) -> None:
    https = {"X-Forwarded-Proto": "https", "Accept-Language": "hu"}
    status, headers, _ = fetch(f"{base}/de/")
    check(status == 301 and headers["Location"].startswith("https://"), "plain HTTP -> HTTPS")
    check(fetch(f"{base}/healthz")[0] == 200, "/healthz over plain HTTP (load balancer)")
    check(fetch(f"{base}/readyz")[0] == 200, "/readyz reaches the database")

    status, headers, _ = fetch(f"{base}/", https)
    check(status == 302 and headers["Location"] == "/hu/", "/ -> /hu/ for Hungarian browsers")

    status, headers, body = fetch(f"{base}/de/", https)
    page = body.decode()
    check(status == 200 and '<html lang="de">' in page, "home page in German")
    check("max-age=31536000" in headers.get("Strict-Transport-Security", ""), "HSTS")
    csp = headers.get("Content-Security-Policy", "")
    check(
        "script-src 'self'" in csp
        and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0],
        "CSP without unsafe-inline scripts",
    )
    check("frame-ancestors 'none'" in csp, "CSP frame-ancestors")
    check(headers.get("X-Frame-Options") == "DENY", "X-Frame-Options")
    check(headers.get("Referrer-Policy") == "strict-origin-when-cross-origin", "Referrer-Policy")
    check(headers.get("Cross-Origin-Opener-Policy") == "same-origin", "COOP")
    check(headers.get("X-Content-Type-Options") == "nosniff", "nosniff")

    for path in [
        "/hu/halozatok/",
        "/de/unternehmen/?country=AT",
        "/hu/vallalkozasok/",
        "/sitemap.xml",
        "/robots.txt",
    ]:
        check(fetch(f"{base}{path}", https)[0] == 200, f"GET {path}")
    check(fetch(f"{base}/de/unternehmen/?country=XX", https)[0] == 400, "bad filter -> 400")
    check(fetch(f"{base}/de/netzwerke/gibt-es-nicht/", https)[0] == 404, "unknown slug -> 404")

    stylesheets = re.findall(r'href="(/static/[^"]+\.css)"', page)
    check(
        bool(stylesheets) and all(re.search(r"\.[0-9a-f]{12}\.css$", s) for s in stylesheets),
        "hashed static names",
    )
    for stylesheet in stylesheets:
        status, headers, body = fetch(
            f"{base}{stylesheet}", {**https, "Accept-Encoding": "gzip, br"}
        )
        check(status == 200, f"static {stylesheet}")
        check(
            "max-age=31536000" in headers.get("Cache-Control", ""),
            f"a year of caching for {stylesheet}",
        )
        check(headers.get("Content-Encoding") in {"gzip", "br"}, f"compressed {stylesheet}")

    check_home_weight(base, https)

    status, headers, _ = fetch(f"{base}/admin/login/", https)
    cookies = headers.get_all("Set-Cookie") or []
    csrf = [cookie for cookie in cookies if cookie.startswith("csrftoken=")]
    check(status == 200 and bool(csrf), "admin login page")
    check(all("Secure" in c and "HttpOnly" in c for c in csrf), "secure, HttpOnly cookies")


def check_home_weight(base: str, https: dict) -> None:
    """A first visit to the home page (HTML, CSS, JS, images) transfers under 300 KB."""
    compressed = {**https, "Accept-Encoding": "gzip, br"}
    _, _, body = fetch(f"{base}/de/", compressed)
    total = len(body)
    page = fetch(f"{base}/de/", https)[2].decode()
    assets = set(re.findall(r'<link rel="(?:stylesheet|icon)" href="([^"]+)"', page))
    assets |= set(re.findall(r'<script[^>]+src="([^"]+)"', page))
    assets |= set(re.findall(r'<img[^>]+src="([^"]+)"', page))
    for asset in assets:
        status, _, content = fetch(base + asset, compressed)
        check(status == 200, f"home asset {asset}")
        total += len(content)
    print(f"  home page first visit: {total / 1024:.0f} KB in {len(assets) + 1} files")
    check(total < 300 * 1024, "home page transfers under 300 KB")


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="regionet-prod-"))
    venv = work / "venv"
    base_env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    run([sys.executable, "-m", "venv", str(venv)], base_env)
    python = str(venv / "bin" / "python")
    smoke_db, restore_db = scratch_name("smoke"), scratch_name("restore")
    print(f"Scratch databases of this run: {smoke_db}, {restore_db}", flush=True)
    quiet = {"stderr": subprocess.DEVNULL}
    run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], base_env, **quiet)
    run([python, "-m", "pip", "install", "--quiet", "."], base_env, **quiet)

    env = {
        **base_env,
        "DJANGO_SETTINGS_MODULE": "regionet.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        # gunicorn answers the checks directly: no proxy in front (the deploy check asks).
        "DJANGO_TRUSTED_PROXY_COUNT": "0",
        "DATABASE_URL": database_url(smoke_db),
        "DJANGO_STATIC_ROOT": str(work / "static"),
        "DJANGO_MEDIA_ROOT": str(work / "media"),
        "PATH": f"{venv / 'bin'}:{os.environ['PATH']}",
    }
    processes = []
    try:
        create_database(python, smoke_db, env)
        run([python, "-m", "core.catalogs", "compile"], env)
        # migrate first: a container runs it before (or without) its collected static files.
        run([python, "manage.py", "migrate", "--noinput", "-v0"], env)
        run([python, "manage.py", "collectstatic", "--noinput", "-v0"], env)
        run([python, "manage.py", "load_demo"], env)
        run([python, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], env)

        port = free_port()
        processes.append(start_gunicorn(venv, env, port))
        print(f"Checking gunicorn on port {port}", flush=True)
        check_portal(f"http://127.0.0.1:{port}")

        backup = work / "backup"
        run(["bin/backup", str(backup)], env)
        restored = {
            **env,
            "DATABASE_URL": database_url(restore_db),
            "DJANGO_MEDIA_ROOT": str(work / "restored-media"),
        }
        create_database(python, restore_db, env)
        run(["bin/restore", str(backup)], restored)
        port = free_port()
        processes.append(start_gunicorn(venv, restored, port))
        status, _, body = fetch(
            f"http://127.0.0.1:{port}/de/netzwerke/", {"X-Forwarded-Proto": "https"}
        )
        check(status == 200 and "Oberlausitz" in body.decode(), "restored database is served")
        logos = list((work / "restored-media" / "logos").rglob("*.png"))
        check(bool(logos), "restored media files")
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=20)
        drop_created_databases(python)
        shutil.rmtree(work, ignore_errors=True)

    if FAILURES:
        print(f"prod-smoke: {len(FAILURES)} check(s) failed: {', '.join(FAILURES)}")
        return 1
    print("prod-smoke: all checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
