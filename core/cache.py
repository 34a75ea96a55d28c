"""Whole-page caching for anonymous visitors, invalidated by every change of content.

A cached page is keyed by the path, the host and the current `CacheGeneration` number.
The number grows on every save or delete in the portal's apps (signals) and on every
successful unsafe request (admin actions use bulk updates that send no signals), so an
edit shows at once on every app server. Never cached: visitors with a session, responses
that set cookies (a CSRF token for someone else), that use a CSP nonce, or that are not
plain 200 HTML/XML answers.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.utils.cache import set_response_etag

logger = logging.getLogger(__name__)

UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
CACHEABLE_TYPES = ("text/html", "application/xml", "application/atom+xml", "text/plain")


# The table of core.models.CacheGeneration, read and written with plain SQL: this module is
# below the models (their saves bump the number) and must not import them.
GENERATION_TABLE = "regionet_cachegeneration"


def current_generation() -> int:
    # Plain SQL: this runs on every anonymous request, cache hit or not.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value FROM {GENERATION_TABLE} WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else 0


def bump_generation() -> None:
    """Invalidate every cached page.

    The update is part of the current transaction: other servers see the new number
    exactly when they can see the new content, and a rollback leaves both unchanged.
    One statement (PostgreSQL and SQLite) adds the row when it is missing.
    """
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {GENERATION_TABLE} (id, value) VALUES (1, 1) "
                f"ON CONFLICT (id) DO UPDATE SET value = {GENERATION_TABLE}.value + 1"
            )
    except DatabaseError:
        # Only before the table exists (data migrations); nothing is cached then either.
        logger.debug("Could not bump the page cache generation.")


def content_changed(sender, **kwargs) -> None:
    meta = sender._meta
    if meta.app_label in settings.PAGE_CACHE_APPS and meta.model_name != "cachegeneration":
        bump_generation()


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = settings.PAGE_CACHE_SECONDS

    def cacheable_request(self, request) -> bool:
        return (
            self.timeout > 0
            and request.method in ("GET", "HEAD")
            # Only visitors without a session: a cached page never shows anyone's own data.
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
            and not request.path.startswith(settings.PAGE_CACHE_EXCLUDED_PATHS)
        )

    def key(self, request, generation: int) -> str:
        address = f"{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()
        return f"page:{generation}:{digest}"

    def __call__(self, request):
        if request.method in UNSAFE_METHODS:
            response = self.get_response(request)
            if response.status_code < 400:
                bump_generation()
            return response
        if not self.cacheable_request(request):
            return self.get_response(request)
        key = self.key(request, current_generation())
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if request.method == "GET" and self.cacheable_response(request, response):
            set_response_etag(response)  # computed once, not on every hit
            cache.set(key, response, self.timeout)
            response["X-Page-Cache"] = "miss"
        return response

    def cacheable_response(self, request, response) -> bool:
        nonce = getattr(request, "_csp_nonce", None)
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not nonce
            and response.get("Content-Type", "").startswith(CACHEABLE_TYPES)
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        )
