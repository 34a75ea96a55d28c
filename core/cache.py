"""Whole-page caching for anonymous visitors, invalidated per app by changes of content.

Every app in `PAGE_CACHE_APPS` has its own generation number (`CacheGeneration`, one row
per app). A save, delete or M2M change of one of the app's models bumps it (signals), and
so does a successful POST of staff in the admin for one of the app's models (bulk actions
send no signals). Nothing else does: an anonymous visitor who posts a form or switches
the language leaves every cached page cached.

A cached page is keyed by the host, the path and the generations of the apps the page
shows (`PAGE_CACHE_DEPENDENCIES`, by URL namespace or name; every app when not listed),
so an edit of a case leaves the company directory warm, and an edit shows at once on
every app server. The numbers live in the database (the bump is part of the edit's
transaction); with a shared cache (Redis) they are also kept there, so a hit costs no
SQL query, with the database as the fallback. Rendered fragments (the footer) are keyed
by the same numbers.

Never cached: visitors with a session, responses that set cookies (a CSRF token for
someone else), that use a CSP nonce, or that are not plain 200 HTML/XML answers.
"""

import hashlib
import logging
from functools import cache as memoize

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import DatabaseError, connection, transaction
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation
from django.utils.cache import set_response_etag

logger = logging.getLogger(__name__)

UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
CACHEABLE_TYPES = ("text/html", "application/xml", "application/atom+xml", "text/plain")

# The table of core.models.CacheGeneration, read and written with plain SQL: this module is
# below the models (their saves bump the numbers) and must not import them.
GENERATION_TABLE = "regionet_cachegeneration"
# How long the shared cache keeps a number it read from the database. A bump writes the
# new number at once; this only bounds a lost race between a reader and a bump.
GENERATION_SECONDS = 60


def generation_key(scope: str) -> str:
    return f"generation:{scope}"


def shared_generations() -> bool:
    """True when the cache is the same for every app server (Redis), not per process."""
    configured = getattr(settings, "PAGE_CACHE_SHARED_GENERATIONS", None)
    if configured is not None:
        return configured
    return not isinstance(caches["default"], LocMemCache | DummyCache)


def read_generations() -> dict[str, int]:
    """Every app's number, from the shared cache when it has them all, else the database."""
    scopes = settings.PAGE_CACHE_APPS
    shared = shared_generations()
    if shared:
        found = cache.get_many([generation_key(scope) for scope in scopes])
        if len(found) == len(scopes):
            return {scope: found[generation_key(scope)] for scope in scopes}
    # Plain SQL: this runs on every anonymous request the shared cache cannot answer.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT scope, value FROM {GENERATION_TABLE}")
        stored = dict(cursor.fetchall())
    numbers = {scope: stored.get(scope, 0) for scope in scopes}
    if shared:
        for scope, value in numbers.items():
            # add, not set: a bump that committed meanwhile has written a newer number.
            cache.add(generation_key(scope), value, GENERATION_SECONDS)
    return numbers


def generations(request=None) -> dict[str, int]:
    """The numbers for this request (read once per request)."""
    if request is None:
        return read_generations()
    numbers = getattr(request, "_cache_generations", None)
    if numbers is None:
        numbers = request._cache_generations = read_generations()
    return numbers


def per_generation(request, name: str, build, scopes=None, timeout: int = 3600):
    """`build()`'s result, kept in the cache until content of `scopes` (every app when
    None) changes: for what several pages or visitors with a session need again and again.
    Keyed by the language too; `name` says what else the result depends on."""
    numbers = generations(request)
    token = ".".join(f"{scope}{numbers[scope]}" for scope in scopes or settings.PAGE_CACHE_APPS)
    key = f"fragment:{name}:{translation.get_language()}:{token}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    return value


def current_generation(scope: str = "core") -> int:
    return read_generations().get(scope, 0)


def bump_generation(*scopes: str) -> None:
    """Invalidate the cached pages and fragments that show the given apps (all when none).

    The update is part of the current transaction: other servers see the new number
    exactly when they can see the new content, and a rollback leaves both unchanged.
    One statement (PostgreSQL and SQLite) adds a missing row. After the commit the new
    numbers are written to a shared cache.
    """
    scopes = list(scopes or settings.PAGE_CACHE_APPS)
    rows = ", ".join(["(%s, 1)"] * len(scopes))
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {GENERATION_TABLE} (scope, value) VALUES {rows} "
                f"ON CONFLICT (scope) DO UPDATE SET value = {GENERATION_TABLE}.value + 1 "
                "RETURNING scope, value",
                scopes,
            )
            numbers = dict(cursor.fetchall())
            if shared_generations():
                transaction.on_commit(lambda: publish(numbers))
    except DatabaseError:
        # Only before the table exists (data migrations); nothing is cached then either.
        logger.debug("Could not bump the page cache generation.")


def publish(numbers: dict[str, int]) -> None:
    cache.set_many(
        {generation_key(scope): value for scope, value in numbers.items()}, GENERATION_SECONDS
    )


def content_changed(sender, **kwargs) -> None:
    """A save, delete or M2M change: the model's app has new content.

    A model whose new rows nobody sees yet (a submission awaiting review) says so with
    `public_when_created = False`; its creation leaves the cached pages cached.
    """
    meta = sender._meta
    if meta.app_label not in settings.PAGE_CACHE_APPS or meta.model_name == "cachegeneration":
        return
    if kwargs.get("created") and not getattr(sender, "public_when_created", True):
        return
    instance = kwargs.get("instance")
    if hasattr(instance, "page_cache_scope"):  # a row shown on another app's pages
        bump_generation(instance.page_cache_scope())
        return
    bump_generation(meta.app_label)


def page_scopes(request) -> list[str]:
    """The apps whose content the requested page shows (every app when not declared)."""
    path = request.path_info
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            match = resolve(path)
    except Resolver404:
        return settings.PAGE_CACHE_APPS
    dependencies = settings.PAGE_CACHE_DEPENDENCIES
    return (
        dependencies.get(match.namespace)
        or dependencies.get(match.url_name)
        or (settings.PAGE_CACHE_APPS)
    )


@memoize
def admin_prefix() -> str | None:
    try:
        return reverse("admin:index")
    except NoReverseMatch:
        return None


def admin_scope(request) -> str | None:
    """The app of an admin address (/admin/<app>/<model>/…) when its pages are cached."""
    prefix = admin_prefix()
    if not prefix or not request.path_info.startswith(prefix):
        return None
    app_label = request.path_info.removeprefix(prefix).split("/", 1)[0]
    return app_label if app_label in settings.PAGE_CACHE_APPS else None


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

    def key(self, request, numbers: dict[str, int]) -> str:
        token = ".".join(f"{scope}{numbers[scope]}" for scope in page_scopes(request))
        address = f"{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()
        return f"page:{token}:{digest}"

    def __call__(self, request):
        if request.method in UNSAFE_METHODS:
            return self.after_unsafe_request(request, self.get_response(request))
        if not self.cacheable_request(request):
            return self.get_response(request)
        key = self.key(request, generations(request))
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

    def after_unsafe_request(self, request, response):
        """Staff's admin actions change content with bulk updates, which send no signals."""
        user = getattr(request, "user", None)
        if response.status_code < 400 and user is not None and user.is_staff:
            scope = admin_scope(request)
            if scope:
                bump_generation(scope)
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
