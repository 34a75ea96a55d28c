"""`make bench`: requests per second and latency of the main pages under gunicorn.

Creates a fresh PostgreSQL database, loads the demo content and generated data, starts
gunicorn with the production settings (2 workers) on 127.0.0.1 and measures each page
with wrk (10 connections), beside a bare endpoint of the same stack (`/healthz`: a fixed
short response through the whole middleware). Runs twice: with 100 and with 10,000
member companies. Prints one table per run and the ratio between the runs.
"""

import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SERVER_URL = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/regionet")
DURATION = os.environ.get("BENCH_DURATION", "4s")
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
WARMUP = os.environ.get("BENCH_WARMUP", "2s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "10")
LUA = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.2f %.3f %.3f %.3f %.3f %d\\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status))
end
"""


def database_url(name: str) -> str:
    return urlunsplit(urlsplit(SERVER_URL)._replace(path=f"/{name}"))


def sql(statement: str, database: str = "postgres") -> None:
    script = (
        "import psycopg, sys\n"
        "with psycopg.connect(sys.argv[1], autocommit=True) as c: c.execute(sys.argv[2])\n"
    )
    subprocess.run([PYTHON, "-c", script, database_url(database), statement], check=True)


def manage(env: dict, *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def page_urls(env: dict) -> dict[str, str]:
    script = """
from django.urls import reverse
from django.utils import translation
from goodpractice.models import GoodPractice, Instrument
from network.models import Company
translation.activate("de")
case = GoodPractice.objects.public().order_by("pk").first()
urls = {
    "home": "/de/",
    "directory": reverse("network:company-list"),
    "directory filtered": reverse("network:company-list") + "?country=HU&sector=C28&sort=newest",
    "company": Company.objects.public().order_by("-pk").first().get_absolute_url(),
    "library + facets": reverse("goodpractice:case-list")
    + "?instrument=" + Instrument.objects.order_by("position").first().code + "&country=AT",
    "case": case.get_absolute_url(),
}
try:
    urls["search"] = reverse("search") + "?q=Netzwerk"
except Exception:
    pass
for name, url in urls.items():
    print(f"{name}\\t{url}")
"""
    output = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(line.split("\t", 1) for line in output.splitlines() if "\t" in line)


def wrk(url: str, duration: str, *script: str) -> str:
    return subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{duration}", *script,
         "-H", "X-Forwarded-Proto: https", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


def measure(url: str, lua: Path) -> tuple:
    """A short unmeasured warm-up (the first request of each worker renders the page and
    fills its cache), then RUNS measured runs; the run with the median throughput counts.

    wrk's ten connections are kept alive, and the kernel hands each to whichever worker
    accepts first: in about one run in eight all ten land on one worker and the other
    idles, which halves that run's throughput whatever the page. The median run is the
    page's cost, not that placement; the slowest and fastest runs are printed beside it.
    """
    wrk(url, WARMUP)
    runs = []
    for _ in range(RUNS):
        output = wrk(url, DURATION, "-s", str(lua))
        match = re.search(r"RESULT " + " ".join([r"([\d.]+)"] * 5) + r" (\d+)", output)
        *figures, errors = match.groups()
        runs.append((*map(float, figures), int(errors)))
    runs.sort()
    return (*runs[len(runs) // 2], runs[0][0], runs[-1][0])


def run(companies: int, env: dict, lua: Path) -> dict[str, tuple]:
    manage(env, "generate_data", "--companies", str(companies), "--networks", "200",
           "--cases", "2000", "--trips", "100", "--seed", "1", "-v0")  # fmt: skip
    # Fresh statistics and no autovacuum of the new rows competing with the measurement.
    sql("VACUUM ANALYZE", env["DATABASE_URL"].rsplit("/", 1)[1])
    urls = page_urls(env)
    port = free_port()
    server = subprocess.Popen(
        [str(Path(PYTHON).parent / "gunicorn"), "regionet.wsgi:application",
         "-c", "gunicorn.conf.py"],
        cwd=ROOT, env={**env, "HOST": "127.0.0.1", "PORT": str(port), "WEB_CONCURRENCY": "2",
                       "GUNICORN_THREADS": "4"},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(60):
            time.sleep(0.5)
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=2)
                break
            except OSError:
                continue
        results = {"bare (/healthz)": measure(f"{base}/healthz", lua)}
        for name, path in urls.items():
            results[name] = measure(base + path, lua)
    finally:
        server.terminate()
        server.wait(timeout=20)
    bare = results["bare (/healthz)"][0]
    print(f"\n{companies:,} member companies, {CONNECTIONS} connections, "
          f"median of {RUNS} runs of {DURATION} per page")  # fmt: skip
    print("| page | req/s | (slowest–fastest run) | p50 ms | p95 ms | p99 ms | max ms "
          "| × bare | non-2xx |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|")  # fmt: skip
    for name, (rps, p50, p95, p99, top, errors, low, high) in results.items():
        print(f"| {name} | {rps:,.0f} | {low:,.0f}–{high:,.0f} | {p50:.1f} | {p95:.1f} "
              f"| {p99:.1f} | {top:.0f} | {rps / bare:.2f} | {errors} |")  # fmt: skip
    return results


def main() -> int:
    name = "regionet_bench_load"
    work = Path(tempfile.mkdtemp(prefix="regionet-bench-"))
    lua = work / "report.lua"
    lua.write_text(LUA)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "regionet.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url(name),
        "DJANGO_STATIC_ROOT": str(work / "static"),
        "DJANGO_MEDIA_ROOT": str(work / "media"),
        "DJANGO_LOG_LEVEL": "ERROR",
    }
    sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    sql(f"CREATE DATABASE {name}")
    try:
        manage(env, "collectstatic", "--noinput", "-v0")
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo", "-v0")
        small = run(100, env, lua)
        large = run(10_000, env, lua)
    finally:
        sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    print("\n| page | req/s at 10,000 ÷ req/s at 100 |\n|---|---:|")
    for page in small:
        print(f"| {page} | {large[page][0] / small[page][0]:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
