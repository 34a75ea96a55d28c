"""Liveness and readiness for probes: `/healthz` and `/readyz`, whatever Host they ask for.

Load balancers and container health checks ask by IP address or container name, which
ALLOWED_HOSTS rightly does not list; so this middleware comes first and answers these two
paths before anything reads the Host header (and before the HTTPS redirect).

- `/healthz`: the process answers (nothing else is touched).
- `/readyz`: the database, the shared cache (when one is configured: Redis) and the task
  queue's table answer; 503 otherwise, naming what failed.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import JsonResponse

logger = logging.getLogger(__name__)

LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def check_cache() -> None:
    """A shared cache that does not answer makes every page fail: write, read, delete."""
    if settings.CACHES["default"]["BACKEND"] in LOCAL_CACHES:
        return
    cache = caches["default"]
    key = f"readyz:{uuid.uuid4().hex}"
    cache.set(key, "ok", 10)
    if cache.get(key) != "ok":
        raise RuntimeError("the cache lost a value it was just given")
    cache.delete(key)


def check_tasks() -> None:
    """The task queue's table exists and answers (the migrations ran)."""
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.only("id").first()


CHECKS = {"database": check_database, "cache": check_cache, "tasks": check_tasks}


def readiness() -> dict[str, str]:
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # any failure means "not ready"
            logger.warning("Readiness check %s failed: %s", name, error.__class__.__name__)
            results[name] = "failed"
        else:
            results[name] = "ok"
    return results


class HealthMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == "/healthz":
            return JsonResponse({"status": "ok"})
        if request.path_info == "/readyz":
            checks = readiness()
            ready = all(result == "ok" for result in checks.values())
            return JsonResponse(
                {"status": "ok" if ready else "unavailable", "checks": checks},
                status=200 if ready else 503,
            )
        return self.get_response(request)
