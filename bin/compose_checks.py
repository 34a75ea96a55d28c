"""The checks of bin/compose_check against the running stack, through the proxy.

Each check raises AssertionError with what it saw; `run_checks` returns the figures.
"""

import json
import re
import subprocess
import threading
import time
import urllib.request

SHELL_TRIP = """
from datetime import timedelta
from django.urls import reverse
from django.utils import timezone, translation
from studytrips.models import StudyTrip
start = timezone.localdate() + timedelta(days=60)
trip, _ = StudyTrip.objects.get_or_create(
    title_de="Compose-Prüfung", defaults=dict(
        title_hu="Compose-ellenőrzés", theme_de="Betrieb", summary_de="Prüfreise.",
        destination_de="Sopron", country="HU", start_date=start,
        end_date=start + timedelta(days=2), registration_deadline=start - timedelta(days=14),
        capacity=50, is_published=True))
with translation.override("de"):
    print(reverse("studytrips:trip-register", kwargs={"slug": trip.slug}))
"""

SHELL_ADMIN = """
from django.contrib.auth import get_user_model
user, _ = get_user_model().objects.get_or_create(username="compose-check")
user.email, user.is_staff, user.is_superuser = "check@example.org", True, True
user.set_password("%(password)s")
user.save()
"""

SHELL_MEDIA = """
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
name = default_storage.save("compose-check/hello.txt", ContentFile(b"uploaded by %s"))
print(name)
"""

SHELL_CASE = """
from goodpractice.models import GoodPractice
from django.utils import translation
case = GoodPractice.objects.filter(status="published").order_by("pk").first()
with translation.override("de"):
    print(case.pk, case.get_absolute_url())
"""

IMPORT_CSV = (
    "name,slug,kind,region,sectors,city,country,email,website\r\n"
    "Compose Prüfbau GmbH,compose-pruefbau,enterprise,{region},{sector},Oberwart,AT,,\r\n"
)


def exec_in(ctx, container: str, *command: str, env: dict | None = None) -> str:
    extra = [part for key, value in (env or {}).items() for part in ("-e", f"{key}={value}")]
    return ctx.run("podman", "exec", *extra, container, *command, capture=True).stdout.strip()


def shell(ctx, container: str, code: str) -> str:
    """The last line `code` printed (the shell may announce its automatic imports first)."""
    output = exec_in(ctx, container, "python", "manage.py", "shell", "--no-imports", "-c", code)
    return output.splitlines()[-1] if output else ""


def replica_get(ctx, container: str, path: str) -> int:
    """GET `path` from one replica directly (its address on the compose network)."""
    url = f"http://{ctx.container_ip(container)}:8000{path}"
    code = "import sys, urllib.request, urllib.error\n"
    code += f"req = urllib.request.Request({url!r}, headers={{'Host': 'localhost'}})\n"
    code += "try:\n    print(urllib.request.urlopen(req, timeout=120).status)\n"
    code += "except urllib.error.HTTPError as e:\n    print(e.code)\n"
    # From inside the proxy's network namespace is not possible with Debian's Caddy image
    # (no Python): ask from the worker, which shares the network.
    worker = ctx.containers("worker")[0]
    return int(exec_in(ctx, worker, "python", "-c", code))


def check_pages(ctx, browser) -> None:
    for path in ("/de/", "/hu/", "/de/netzwerke/", "/de/studienreisen/", "/de/good-practice/"):
        status, _ = browser.get(path)
        assert status == 200, f"{path}: {status}"
    ctx.log("pages: 200 through the proxy")


def check_admin_login(ctx, browser, password: str) -> None:
    token = browser.csrf("/admin/login/")
    status, html = browser.post(
        "/admin/login/?next=/admin/",
        {"csrfmiddlewaretoken": token, "username": "compose-check", "password": password},
    )
    assert status == 200 and 'action="/admin/logout/"' in html, f"admin login: {status}"
    ctx.log("admin login: ok")


def check_import_across_replicas(ctx, browser, figures) -> None:
    """The import's preview and its confirmation, each on whichever replica the proxy picks."""
    worker = ctx.containers("worker")[0]
    region, sector = shell(
        ctx,
        worker,
        "from network.models import Region, Sector; "
        "print(Region.objects.filter(country='AT').first().nuts3_code, "
        "Sector.objects.first().nace_code)",
    ).split()
    csv = IMPORT_CSV.format(region=region, sector=sector).encode()
    token = browser.csrf("/admin/network/company/import/")
    status, html = browser.post(
        "/admin/network/company/import/",
        {"csrfmiddlewaretoken": token, "format": "0"},
        files={"import_file": ("members.csv", csv, "text/csv")},
    )
    assert status == 200 and "import_file_name" in html, f"import preview: {status}"
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
    confirmed = 0
    status, html = browser.post("/admin/network/company/process_import/", fields)
    assert status == 200, f"import confirm: {status}"
    confirmed = shell(
        ctx,
        worker,
        "from network.models import Company; "
        "print(Company.objects.filter(slug='compose-pruefbau').count())",
    )
    assert confirmed == "1", f"imported companies: {confirmed}"
    figures["import preview→confirm through the proxy"] = "ok"
    ctx.log("import preview → confirm across replicas: ok")


def check_upload_on_both(ctx, browser, webs) -> None:
    name = shell(ctx, webs[0], SHELL_MEDIA)
    for web in webs:
        seen = shell(
            ctx,
            web,
            f"from django.core.files.storage import default_storage; "
            f"print(default_storage.open({name!r}).read().decode())",
        )
        assert seen.startswith("uploaded by"), f"{web} does not see {name}"
    status, body = browser.get(f"/media/{name}")
    assert status == 200 and body.startswith("uploaded by"), f"/media/{name}: {status}"
    ctx.log("upload: stored by one replica, read by both and through the proxy")


def check_edit_on_both(ctx, browser, webs, figures) -> None:
    worker = ctx.containers("worker")[0]
    pk, path = shell(ctx, worker, SHELL_CASE).split()
    for web in webs:
        assert replica_get(ctx, web, path) == 200, f"{web} {path} before the edit"
    status, html = browser.get("/admin/goodpractice/goodpractice/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    status, html = browser.post(
        "/admin/goodpractice/goodpractice/",
        {
            "csrfmiddlewaretoken": token,
            "action": "unpublish",
            "_selected_action": pk,
            "index": "0",
        },
    )
    assert status == 200, f"unpublish: {status}"
    edited = time.monotonic()
    for web in webs:
        assert replica_get(ctx, web, path) == 404, f"{web} still shows {path}"
    figures["admin edit seen by both replicas after, s"] = round(time.monotonic() - edited, 2)
    ctx.log("admin edit (unpublish) seen at once by both replicas")


def maildev_messages() -> list[dict]:
    with urllib.request.urlopen(f"http://127.0.0.1:{_ctx.MAIL_PORT}/email", timeout=5) as r:
        return json.load(r)


def check_mail_after_outage(ctx, browser, figures) -> None:
    worker = ctx.containers("worker")[0]
    path = shell(ctx, worker, SHELL_TRIP)
    mail = ctx.containers("mail")[0]
    ctx.run("podman", "stop", "-t", "2", mail)
    address = f"check-{int(time.time())}@example.org"
    token = browser.csrf(path)
    status, _html = browser.post(
        path,
        {
            "csrfmiddlewaretoken": token,
            "name": "Compose Check",
            "email": address,
            "preferred_language": "hu",
            "consent": "on",
        },
    )
    assert status == 200, f"registration: {status}"
    registered = time.monotonic()
    ctx.log("registered with the mail server down; waiting a minute")
    time.sleep(60)
    ctx.run("podman", "start", mail)
    back = time.monotonic()
    deadline = back + 180
    while time.monotonic() < deadline:
        try:
            if any(address in json.dumps(m.get("to", [])) for m in maildev_messages()):
                break
        except OSError:
            pass
        time.sleep(2)
    else:
        raise AssertionError(f"no mail to {address} in the catcher 3 minutes after SMTP came back")
    figures["mail delivered after SMTP came back, s"] = round(time.monotonic() - back)
    figures["mail delivered after registering, s"] = round(time.monotonic() - registered)
    failed = shell(
        ctx,
        worker,
        "from django_tasks_db.models import DBTaskResult; "
        "print(DBTaskResult.objects.filter(status='FAILED').count())",
    )
    figures["failed attempts recorded in the admin"] = int(failed)
    ctx.log("registration mail reached the catcher after the outage")


def parse_wrk(output: str) -> dict:
    figures = {}
    if match := re.search(r"Requests/sec:\s+([\d.]+)", output):
        figures["requests/s"] = float(match.group(1))
    if match := re.search(r"(\d+) requests in", output):
        figures["requests"] = int(match.group(1))
    for percent in ("50%", "99%"):
        if match := re.search(rf"{percent}\s+([\d.]+\w+)", output):
            figures[f"latency p{percent[:-1]}"] = match.group(1)
    match = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    figures["non-2xx/3xx"] = int(match.group(1)) if match else 0
    match = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    figures["socket errors"] = sum(int(n) for n in match.groups()) if match else 0
    return figures


def check_stop_one_replica_under_load(ctx, webs, figures) -> None:
    result = {}

    def load():
        command = [
            "wrk",
            "-t2",
            "-c8",
            "-d30s",
            "--latency",
            "--timeout",
            "10s",
            f"{ctx.BASE_URL}/de/",
        ]
        result["out"] = subprocess.run(command, capture_output=True, text=True, timeout=60).stdout

    thread = threading.Thread(target=load)
    thread.start()
    time.sleep(8)
    stopping = time.monotonic()
    ctx.run("podman", "stop", "-t", "10", webs[-1])
    figures["replica stop took, s"] = round(time.monotonic() - stopping, 1)
    thread.join()
    wrk = parse_wrk(result["out"])
    figures["wrk 30 s, 8 connections, one replica stopped after 8 s"] = wrk
    ctx.run("podman", "start", webs[-1])
    assert wrk["non-2xx/3xx"] == 0 and wrk["socket errors"] == 0, result["out"]
    ctx.log(f"stopping a replica under load: {wrk}")


_ctx = None


def run_checks(ctx) -> dict:
    global _ctx
    _ctx = ctx
    figures = {}
    browser = ctx.Browser()
    started = time.monotonic()
    ctx.wait_for("proxy → web → /readyz", lambda: browser.get("/readyz")[0] == 200)
    figures["stack ready, s"] = round(time.monotonic() - started)
    webs = ctx.containers("web")
    assert len(webs) == 2, f"web replicas: {webs}"
    worker = ctx.containers("worker")[0]
    has_demo = shell(
        ctx,
        worker,
        "from goodpractice.models import GoodPractice; print(GoodPractice.objects.exists())",
    )
    if has_demo != "True":
        exec_in(ctx, worker, "python", "manage.py", "load_demo")
    password = "compose-check-Passw0rd!"
    shell(ctx, worker, SHELL_ADMIN % {"password": password})
    check_pages(ctx, browser)
    check_admin_login(ctx, browser, password)
    check_upload_on_both(ctx, browser, webs)
    check_import_across_replicas(ctx, browser, figures)
    check_edit_on_both(ctx, browser, webs, figures)
    check_mail_after_outage(ctx, ctx.Browser(), figures)
    check_stop_one_replica_under_load(ctx, webs, figures)
    return figures
