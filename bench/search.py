"""Benchmark of the site search on 20,000 bilingual good-practice cases (PostgreSQL).

    make bench-search        # or: DATABASE_URL=postgres://… .venv/bin/python bench/search.py

Creates the database `regionet_bench` next to the one in DATABASE_URL (dropping an old
one), migrates it, generates the cases with bulk_create and fills their search vectors
with one UPDATE, then requests a fixed set of search pages in German and Hungarian
through Django's test client (the whole request: middleware, queries, template) and
prints the median and 95th percentile per query and overall — first with the search
indexes, then without them. The database is dropped at the end. Not part of `make test`.
BENCH_CASES and BENCH_REPEAT change the size and the number of timed runs per query;
BENCH_KEEP=1 keeps the database (with its indexes, without the second round) to explore.
"""

import os
import random
import statistics
import sys
import time
import warnings
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CASES = int(os.environ.get("BENCH_CASES", "20000"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "20"))
BENCH_DB = "regionet_bench"
KEEP = os.environ.get("BENCH_KEEP") == "1"  # keep the database (with indexes) for EXPLAIN
MEASURE = os.environ.get("BENCH_MEASURE", "1") == "1"

QUERIES = {
    "de": [
        "Netzwerk",  # in most cases
        "Innovationswerkstatt",  # in about a fifth
        "Kürbiskernöl",  # rare
        "grenzuberschreitend",  # without the umlaut
        "Netzwerk Sopron",  # two words
        "Betriebsbesichtigung Dresden",
        "Energiegemeinschaft Kőszeg",  # selective
        "4711",  # one case
        "Studienriese",  # a typo: similar titles
        "und",  # only a stop word
    ],
    "hu": [
        "hálózat",
        "halozatok",  # without accents, plural
        "innovációs műhely",
        "tökmagolaj",
        "együttműködés",
        "tanulmanyut Drezda",
        "energiaközösség Kőszeg",
        "4711",
        "tanulmányutt",  # a typo
        "és",
    ],
}

TOPICS = [
    ("Netzwerk", "hálózat"),
    ("Zulieferernetzwerk", "beszállítói hálózat"),
    ("Innovationswerkstatt", "innovációs műhely"),
    ("Studienreise", "tanulmányút"),
    ("Betriebsbesichtigung", "üzemlátogatás"),
    ("Qualifizierung", "kompetenciafejlesztés"),
    ("Wissensaustausch", "tudáscsere"),
    ("Regionalmarketing", "térségmarketing"),
    ("Tourismuskooperation", "turisztikai együttműködés"),
    ("Unternehmerplattform", "vállalkozói platform"),
    ("Weinbaukooperation", "szőlészeti együttműködés"),
    ("Holzbaucluster", "faipari klaszter"),
    ("Kürbiskernöl-Vermarktung", "tökmagolaj-értékesítés"),
    ("Direktvermarktung", "közvetlen értékesítés"),
    ("Lehrlingsausbildung", "tanoncképzés"),
    ("Energiegemeinschaft", "energiaközösség"),
    ("Fachkräftebörse", "szakemberbörze"),
    ("Exportberatung", "exporttanácsadás"),
]
PLACES = [
    ("Sopron", "Sopron"),
    ("Güssing", "Németújvár"),
    ("Oberwart", "Felsőőr"),
    ("Eisenstadt", "Kismarton"),
    ("Szombathely", "Szombathely"),
    ("Győr", "Győr"),
    ("Dresden", "Drezda"),
    ("Bautzen", "Bautzen"),
    ("Wien", "Bécs"),
    ("Kőszeg", "Kőszeg"),
    ("Mattersburg", "Nagymarton"),
    ("Szentgotthárd", "Szentgotthárd"),
    ("Jennersdorf", "Gyanafalva"),
    ("Neusiedl am See", "Nezsider"),
]
SENTENCES = [
    (
        "Unternehmen aus {place} haben gemeinsam ein {topic} aufgebaut.",
        "{place} vállalkozásai közösen hozták létre: {topic}.",
    ),
    (
        "Das grenzüberschreitende Netzwerk verbindet Betriebe beiderseits der Grenze.",
        "A határon átnyúló hálózat a határ két oldalán működő vállalkozásokat köti össze.",
    ),
    (
        "In der Innovationswerkstatt entwickelten die Teilnehmenden neue Produkte.",
        "Az innovációs műhelyben a résztvevők új termékeket fejlesztettek.",
    ),
    (
        "Bei einer Betriebsbesichtigung in {place} lernten sie das Vorgehen kennen.",
        "Egy {place} üzemlátogatáson megismerték a megközelítést.",
    ),
    (
        "Die Zusammenarbeit im {topic} senkt Kosten und öffnet neue Märkte.",
        "Az együttműködés ({topic}) csökkenti a költségeket és új piacokat nyit.",
    ),
    (
        "Kleine und mittlere Unternehmen teilen Wissen und Erfahrungen.",
        "A kis- és középvállalkozások megosztják tudásukat és tapasztalataikat.",
    ),
    (
        "Eine Studienreise nach {place} brachte Ideen für die eigene Region.",
        "Egy tanulmányút ({place}) ötleteket hozott a saját térség számára.",
    ),
    (
        "Die Gemeinden unterstützen das Vorhaben mit Räumen und Beratung.",
        "Az önkormányzatok helyiségekkel és tanácsadással támogatják a kezdeményezést.",
    ),
    (
        "Nach drei Jahren arbeiten mehr als {number} Betriebe regelmäßig zusammen.",
        "Három év után több mint {number} vállalkozás dolgozik rendszeresen együtt.",
    ),
    (
        "Wichtig waren eine klare Koordination und verlässliche Finanzierung.",
        "Fontos volt az egyértelmű koordináció és a kiszámítható finanszírozás.",
    ),
    (
        "Die Ergebnisse wurden auf einer Konferenz in {place} vorgestellt.",
        "Az eredményeket egy {place} konferencián mutatták be.",
    ),
    (
        "Das Kürbiskernöl der Region wird gemeinsam vermarktet.",
        "A térség tökmagolaját közösen értékesítik.",
    ),
]


def database_urls(base: str) -> tuple[str, str]:
    parts = urlsplit(base)
    return (
        urlunsplit(parts._replace(path=f"/{BENCH_DB}")),
        urlunsplit(parts._replace(path="/postgres")),
    )


def paragraph(rng, count, topic, place, *, rare_ok=True) -> tuple[str, str]:
    german, hungarian = [], []
    candidates = SENTENCES if rare_ok else SENTENCES[:-1]
    for _ in range(count):
        de, hu = rng.choice(candidates)
        values = {"number": rng.randint(5, 90)}
        german.append(de.format(topic=topic[0], place=place[0], **values))
        hungarian.append(hu.format(topic=topic[1], place=place[1], **values))
    return " ".join(german), " ".join(hungarian)


def generate_cases(count: int) -> None:
    """`count` published cases with German and Hungarian text, about 250 words a language."""
    from django.utils import timezone

    from core.search import update_search_vectors
    from goodpractice.models import GoodPractice

    rng = random.Random(2013)
    now = timezone.now()
    batch = []
    for number in range(1, count + 1):
        topic, place = rng.choice(TOPICS), rng.choice(PLACES)
        rare_ok = rng.random() < 0.1  # Kürbiskernöl stays rare
        fields = {}
        for name, sentences in (
            ("summary", 2),
            ("challenge", 3),
            ("approach", 4),
            ("results", 3),
            ("transferability", 2),
            ("resources", 2),
        ):
            fields[f"{name}_de"], fields[f"{name}_hu"] = paragraph(
                rng, sentences, topic, place, rare_ok=rare_ok
            )
        batch.append(
            GoodPractice(
                title_de=f"{topic[0]} {place[0]} ({number})",
                title_hu=f"{place[1]}: {topic[1]} ({number})",
                slug_de=f"fall-{number}",
                slug_hu=f"eset-{number}",
                status=GoodPractice.Status.PUBLISHED,
                published_at=now,
                start_year=rng.randint(2005, 2014),
                countries=["AT", "HU"],
                **fields,
            )
        )
    started = time.perf_counter()
    GoodPractice.objects.bulk_create(batch, batch_size=1000)
    inserted = time.perf_counter() - started
    started = time.perf_counter()
    update_search_vectors(GoodPractice.objects.all())
    vectors = time.perf_counter() - started
    print(
        f"{count} cases: bulk_create {inserted:.1f} s, search vectors (one UPDATE) {vectors:.1f} s"
    )


def measure(client) -> dict[tuple[str, str], dict]:
    """Per query: request times, database times (sum of the queries' times) and results."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse
    from django.utils import translation

    from core.search import SiteSearch, clean_query
    from regionet.search import SEARCH_TYPES

    timings = {}
    for language, queries in QUERIES.items():
        with translation.override(language):
            path = reverse("search")
        for query in queries:
            url = f"{path}?{urlencode({'q': query})}"
            response = client.get(url)  # warm-up
            assert response.status_code == 200, (url, response.status_code)
            with translation.override(language):
                search = SiteSearch(clean_query(query), SEARCH_TYPES, language)
            requests, database = [], []
            for _ in range(REPEAT):
                with CaptureQueriesContext(connection) as queries_run:
                    started = time.perf_counter()
                    client.get(url)
                    requests.append((time.perf_counter() - started) * 1000)
                database.append(sum(float(q["time"]) for q in queries_run.captured_queries) * 1000)
            timings[(language, query)] = {
                "requests": requests,
                "database": database,
                "results": f"{search.total}{'+' if search.capped else ''}",
            }
    return timings


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def report(title: str, timings) -> tuple[float, float]:
    print(f"\n{title}")
    print(
        f"{'lang':<4} {'query':<30} {'results':>8} {'median ms':>10} {'p95 ms':>8} "
        f"{'db median':>10}"
    )
    everything = []
    for (language, query), row in timings.items():
        samples = row["requests"]
        everything += samples
        print(
            f"{language:<4} {query:<30} {row['results']:>8} {statistics.median(samples):>10.1f} "
            f"{p95(samples):>8.1f} {statistics.median(row['database']):>10.1f}"
        )
    overall = statistics.median(everything), p95(everything)
    print(f"{'all':<4} {'':<30} {'':>8} {overall[0]:>10.1f} {overall[1]:>8.1f}")
    return overall


def reference(client) -> None:
    """Other pages on the same data and machine, for scale."""
    for path in ("/de/", "/de/good-practice/"):
        client.get(path)
        samples = []
        for _ in range(REPEAT):
            started = time.perf_counter()
            client.get(path)
            samples.append((time.perf_counter() - started) * 1000)
        print(f"for comparison, {path}: median {statistics.median(samples):.1f} ms")


def drop_search_indexes() -> list[str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
            "AND indexname ~ '_(search_de|search_hu|title_de|title_hu|title_trgm)$'"
        )
        names = [row[0] for row in cursor.fetchall()]
        for name in names:
            cursor.execute(f'DROP INDEX "{name}"')
        cursor.execute("ANALYZE")
    return names


def run() -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate", verbosity=0)
    generate_cases(CASES)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0]
    print(
        f"PostgreSQL {version}, {os.cpu_count()} CPUs, load average "
        f"{os.getloadavg()[0]:.1f}, {REPEAT} timed runs per query"
    )
    if not MEASURE:
        return
    client = Client(HTTP_HOST="localhost")
    with_indexes = report(
        "With the indexes (GIN on the vectors and title vectors, GIN trigram on titles)",
        measure(client),
    )
    reference(client)
    if KEEP:
        return
    dropped = drop_search_indexes()
    without = report(f"Without them ({len(dropped)} indexes dropped)", measure(client))
    target = "met" if with_indexes[0] < 30 else "missed"
    print(
        f"\nMedian with the indexes {with_indexes[0]:.1f} ms (target < 30 ms: {target}), "
        f"without {without[0]:.1f} ms; load average now {os.getloadavg()[0]:.1f}."
    )


def main() -> int:
    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/regionet")
    if not base.startswith(("postgres://", "postgresql://")):
        print("The benchmark needs PostgreSQL: set DATABASE_URL=postgres://…")
        return 1
    bench_url, maintenance_url = database_urls(base)
    with psycopg.connect(maintenance_url, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {BENCH_DB}")
    os.environ["DATABASE_URL"] = bench_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "regionet.settings.base"  # DEBUG off
    os.environ["DJANGO_LOG_LEVEL"] = "ERROR"
    warnings.filterwarnings("ignore", message="No directory at")  # whitenoise: no collectstatic
    try:
        run()
    finally:
        from django.db import connections

        connections.close_all()
        if KEEP:
            print(f"Kept the database {BENCH_DB}.")
        else:
            with psycopg.connect(maintenance_url, autocommit=True) as connection:
                connection.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
