"""schema.org JSON-LD for public pages, built from the object the page shows.

An app describes its models in a `structured_data` module with a `BUILDERS` dict
{Model: function(obj, request) -> list of schema.org dicts} and, for pages that show no
single object (forms with breadcrumbs), `PAGE_BUILDERS` {URL name: function(context,
request)}; this module finds those
modules without importing any app by name (as `core.privacy` does). `{% json_ld %}` at the
end of base.html renders what the current page's object (or the home page) yields.
"""

import json
from functools import cache
from importlib import import_module

from django.apps import apps
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core.i18n import active_language, source_language

CONTEXT = "https://schema.org"
# JSON in a <script> element must not close it or open a comment: escape <, > and &.
SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


@cache
def builders() -> dict:
    """{Model: builder} and {"app:url-name": page builder} of every app, in one dict."""
    found = {}
    for config in apps.get_app_configs():
        name = f"{config.name}.structured_data"
        if name == __name__:
            continue
        try:
            module = import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        found.update(getattr(module, "BUILDERS", {}))
        found.update(getattr(module, "PAGE_BUILDERS", {}))
    return found


def text(obj, field: str) -> str:
    """A translated field as the page shows it: the page language, else the other one."""
    source = source_language(obj, field)
    return strip_tags(getattr(obj, f"{field}_{source}")).strip() if source else ""


def absolute(request, url: str) -> str:
    return request.build_absolute_uri(url)


def breadcrumb_list(request, items: list[tuple[str, str | None]]) -> dict:
    """The page's breadcrumb trail: (name, URL) pairs, the current page last (URL None)."""
    elements = []
    for position, (name, url) in enumerate(items, start=1):
        element = {"@type": "ListItem", "position": position, "name": name}
        element["item"] = absolute(request, url) if url else request.build_absolute_uri()
        elements.append(element)
    return {"@context": CONTEXT, "@type": "BreadcrumbList", "itemListElement": elements}


def home_crumb() -> tuple[str, str]:
    return _("Home"), reverse("home")


def website(request) -> dict:
    """The portal with its site search, for the home page."""
    return {
        "@context": CONTEXT,
        "@type": "WebSite",
        "name": "REGIONET aktív",
        "url": absolute(request, reverse("home")),
        "inLanguage": active_language(),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": absolute(request, reverse("search")) + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }


def for_page(context) -> list[dict]:
    """What the page in `context` says about itself in schema.org terms."""
    request = context.get("request")
    if request is None or context.get("is_preview"):
        return []
    view = context.get("view")
    if view is None:
        # An error page (404, 500) rendered for this address: it describes nothing.
        return []
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name == "home":
        return [website(request)]
    if match is not None and match.view_name in builders():
        return builders()[match.view_name](context, request)
    obj = getattr(view, "object", None)
    builder = builders().get(type(obj)) if obj is not None else None
    return builder(obj, request) if builder else []


def render(data: list[dict]) -> str:
    return mark_safe(
        "".join(
            '<script type="application/ld+json">'
            + json.dumps(item, ensure_ascii=False).translate(SCRIPT_ESCAPES)
            + "</script>\n"
            for item in data
        )
    )
