"""`make bench`: how fast the main pages are under gunicorn, cached and uncached.

Creates a fresh PostgreSQL database (named after the one in DATABASE_URL, plus
`_bench_load`), loads the demo content and generated data, starts gunicorn with the
production settings (2 workers × 4 threads) on 127.0.0.1 twice: once as visitors get it
(anonymous page cache on) and once with the page cache off (what an editor who is logged
in gets, and every visitor after an edit). Per page it measures

- the median time of single requests, one after the other (uncached server);
- throughput and latency with wrk at 10 connections, uncached and cached, beside a bare
  endpoint of the same stack (`/healthz`: a fixed short response through the whole
  middleware);

then the median single-request time of two admin pages (the company change list and the
change form of a case with 50 key figures and 6 images), and the memory of each worker
after 100 and after 10,000 mixed uncached requests (a leak check). Runs with 100 and with
10,000 member companies (`BENCH_COMPANIES`) and prints one table per run.
"""

import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SERVER_URL = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/regionet")
DURATION = os.environ.get("BENCH_DURATION", "4s")
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
WARMUP = os.environ.get("BENCH_WARMUP", "2s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "10")
SIZES = [int(n) for n in os.environ.get("BENCH_COMPANIES", "100,10000").split(",")]
SINGLE = int(os.environ.get("BENCH_SINGLE", "15"))
MEMORY_REQUESTS = int(os.environ.get("BENCH_MEMORY_REQUESTS", "10000"))
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


PAGES_SCRIPT = """
from django.urls import reverse
from django.utils import translation
from cooperation.models import CooperationPost
from goodpractice.models import GoodPractice, Instrument
from network.models import Company, Network
from studytrips.models import StudyTrip
translation.activate("de")
case = GoodPractice.objects.public().order_by("pk").first()
urls = {
    "home": "/de/",
    "networks": reverse("network:network-list"),
    "network": Network.objects.public().order_by("-pk").first().get_absolute_url(),
    "directory": reverse("network:company-list"),
    "directory filtered": reverse("network:company-list") + "?country=HU&sector=C28&sort=newest",
    "company": Company.objects.public().order_by("-pk").first().get_absolute_url(),
    "library + facets": reverse("goodpractice:case-list")
    + "?instrument=" + Instrument.objects.order_by("position").first().code + "&country=AT",
    "library": reverse("goodpractice:case-list"),
    "case": case.get_absolute_url(),
    "trips": reverse("studytrips:trip-list"),
    "trip": StudyTrip.objects.public().order_by("-pk").first().get_absolute_url(),
    "exchange": reverse("cooperation:post-list"),
    "search": reverse("search") + "?q=Netzwerk",
}
post = CooperationPost.objects.public().order_by("-pk").first()
if post:
    urls["post"] = post.get_absolute_url()
for name, url in urls.items():
    print(f"{name}\\t{url}")
"""

# A superuser's session and a case with 50 key figures and 6 images, for the admin pages.
ADMIN_SCRIPT = """
from importlib import import_module
from io import BytesIO
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.core.files.base import ContentFile
from django.urls import reverse
from PIL import Image
from goodpractice.models import CaseImage, GoodPractice, KeyFigure
user, _ = get_user_model().objects.get_or_create(
    username="bench-admin", defaults={"is_staff": True, "is_superuser": True}
)
case = GoodPractice.objects.order_by("pk").first()
if case.key_figures.count() < 50:
    KeyFigure.objects.bulk_create(
        KeyFigure(case=case, value=str(i), label_de=f"Kennzahl {i}", label_hu=f"{i}. mutató",
                  position=i)
        for i in range(50)
    )
for i in range(6 - case.images.count()):
    buffer = BytesIO()
    Image.new("RGB", (1600, 1000), (11 * i, 93, 122)).save(buffer, "PNG")
    CaseImage.objects.create(
        case=case, image=ContentFile(buffer.getvalue(), name=f"bench-{i}.png"),
        alt_text_de=f"Bild {i}", alt_text_hu=f"{i}. kép", position=i,
    )
session = import_module(settings.SESSION_ENGINE).SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(f"cookie\\t{settings.SESSION_COOKIE_NAME}={session.session_key}")
print(f"admin: companies\\t{reverse('admin:network_company_changelist')}")
change = reverse("admin:goodpractice_goodpractice_change", args=[case.pk])
print(f"admin: case, 50 key figures\\t{change}")
"""


def shell(env: dict, script: str) -> dict[str, str]:
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
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{duration}", "--timeout", "30s", *script,
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


def single(url: str, cookie: str = "") -> float:
    """Median milliseconds of SINGLE requests one after the other (after one unmeasured)."""
    headers = {"X-Forwarded-Proto": "https", **({"Cookie": cookie} if cookie else {})}
    times = []
    for _ in range(SINGLE + 1):
        start = time.perf_counter()
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=60) as r:
            r.read()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[1:])


def start_server(env: dict, **extra: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    server = subprocess.Popen(
        [str(Path(PYTHON).parent / "gunicorn"), "regionet.wsgi:application",
         "-c", "gunicorn.conf.py"],
        cwd=ROOT, env={**env, "HOST": "127.0.0.1", "PORT": str(port), "WEB_CONCURRENCY": "2",
                       "GUNICORN_THREADS": "4", **extra},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        time.sleep(0.5)
        try:
            urllib.request.urlopen(f"{base}/healthz", timeout=2)
            break
        except OSError:
            continue
    return server, base


def stop_server(server: subprocess.Popen) -> None:
    server.terminate()
    server.wait(timeout=30)


def worker_rss_mb(server: subprocess.Popen) -> list[float]:
    """Resident memory of each gunicorn worker (the master's children), in MB."""
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
    return sizes


def mixed(base: str, paths: list[str], requests: int) -> None:
    """`requests` requests from 4 threads, cycling through `paths`."""

    def fetch(offset: int) -> None:
        for number in range(offset, requests, 4):
            request = urllib.request.Request(
                base + paths[number % len(paths)], headers={"X-Forwarded-Proto": "https"}
            )
            with urllib.request.urlopen(request, timeout=120) as response:
                response.read()

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(fetch, range(4)))


def table(title: str, results: dict[str, tuple], bare: float) -> None:
    print(f"\n{title}")
    print("| page | req/s | (slowest–fastest run) | p50 ms | p95 ms | p99 ms | max ms "
          "| × bare | non-2xx |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|")  # fmt: skip
    for name, (rps, p50, p95, p99, top, errors, low, high) in results.items():
        print(f"| {name} | {rps:,.0f} | {low:,.0f}–{high:,.0f} | {p50:.1f} | {p95:.1f} "
              f"| {p99:.1f} | {top:.0f} | {rps / bare:.2f} | {errors} |")  # fmt: skip


def run(companies: int, env: dict, lua: Path, work: Path) -> dict[str, dict]:
    manage(env, "generate_data", "--companies", str(companies), "--networks", "200",
           "--cases", "2000", "--trips", "100", "--seed", "1", "-v0")  # fmt: skip
    admin = shell(env, ADMIN_SCRIPT)
    cookie = admin.pop("cookie")
    # Fresh statistics and no autovacuum of the new rows competing with the measurement.
    sql("VACUUM ANALYZE", env["DATABASE_URL"].rsplit("/", 1)[1])
    urls = shell(env, PAGES_SCRIPT)

    server, base = start_server(env, DJANGO_PAGE_CACHE_SECONDS="0")
    try:
        times = {name: single(base + path) for name, path in urls.items()}
        admin_times = {name: single(base + path, cookie) for name, path in admin.items()}
        for name, ms in {**times, **admin_times}.items():  # early, in case a later step fails
            print(f"single request, uncached: {name}: {ms:.1f} ms", flush=True)
        uncached = {"bare (/healthz)": measure(f"{base}/healthz", lua)}
        for name, path in urls.items():
            uncached[name] = measure(base + path, lua)
        paths = list(urls.values())
        mixed(base, paths, 100)
        memory_start = worker_rss_mb(server)
        mixed(base, paths, MEMORY_REQUESTS)
        memory_end = worker_rss_mb(server)
    finally:
        stop_server(server)

    server, base = start_server(env)
    try:
        cached = {"bare (/healthz)": measure(f"{base}/healthz", lua)}
        for name, path in urls.items():
            cached[name] = measure(base + path, lua)
    finally:
        stop_server(server)

    print(f"\n## {companies:,} member companies\n")
    print(
        f"Uncached: median of {SINGLE} single requests; wrk at {CONNECTIONS} connections, "
        f"median of {RUNS} runs of {DURATION}. Cached: the same wrk runs with the page cache."
    )
    print("| page | single ms | uncached req/s | uncached p50 ms | uncached p95 ms "
          "| cached req/s | cached × bare |\n|---|---:|---:|---:|---:|---:|---:|")  # fmt: skip
    bare_cached = cached["bare (/healthz)"][0]
    for name in ["bare (/healthz)", *urls]:
        ms = f"{times[name]:.1f}" if name in times else "–"
        rps, p50, p95 = uncached[name][:3]
        print(f"| {name} | {ms} | {rps:,.0f} | {p50:.1f} | {p95:.1f} | {cached[name][0]:,.0f} "
              f"| {cached[name][0] / bare_cached:.2f} |")  # fmt: skip
    for name, ms in admin_times.items():
        print(f"| {name} | {ms:.1f} | | | | | |")
    growth = [end / start for start, end in zip(memory_start, memory_end, strict=True)]
    print("\n| worker | RSS after 100 requests (MB) | after "
          f"{MEMORY_REQUESTS:,} (MB) | growth |\n|---|---:|---:|---:|")  # fmt: skip
    for number, (start, end, factor) in enumerate(
        zip(memory_start, memory_end, growth, strict=True), 1
    ):
        print(f"| {number} | {start:.0f} | {end:.0f} | {(factor - 1) * 100:+.0f} % |")
    table("Uncached, wrk (detail)", uncached, uncached["bare (/healthz)"][0])
    table("Cached, wrk (detail)", cached, bare_cached)
    return {"cached": cached, "uncached": uncached, "single": times}


def main() -> int:
    # The scratch database is named after the configured one, so that several people (or
    # worktrees) benchmarking on one server never drop each other's.
    name = urlsplit(SERVER_URL).path.strip("/").replace("-", "_") + "_bench_load"
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
    if os.environ.get("BENCH_REDIS_URL"):  # the production setup: generations in Redis
        env["REDIS_URL"] = os.environ["BENCH_REDIS_URL"]
    sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    sql(f"CREATE DATABASE {name}")
    try:
        manage(env, "collectstatic", "--noinput", "-v0")
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo", "-v0")
        if "REDIS_URL" in env:  # pages and numbers of an earlier run's database
            manage(env, "shell", "-c", "from django.core.cache import cache; cache.clear()")
        results = {size: run(size, env, lua, work) for size in SIZES}
    finally:
        sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    if len(SIZES) > 1:
        small, large = results[SIZES[0]], results[SIZES[-1]]
        print(f"\n| page | cached req/s at {SIZES[-1]:,} ÷ at {SIZES[0]:,} "
              "| uncached single ms at both |\n|---|---:|---:|")  # fmt: skip
        for page in small["cached"]:
            ratio = large["cached"][page][0] / small["cached"][page][0]
            ms = (
                f"{small['single'][page]:.1f} / {large['single'][page]:.1f}"
                if page in small["single"]
                else "–"
            )
            print(f"| {page} | {ratio:.2f} | {ms} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
