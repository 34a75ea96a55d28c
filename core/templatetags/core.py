"""Template tags for the bilingual frame: alternates, fallback text and the notices of
out-of-date translations, renditions, paging."""

import re

from django import template
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.template.defaultfilters import linebreaks_filter
from django.urls import reverse, translate_url
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import override

from core import structured_data
from core.hyphenation import DICTIONARIES
from core.hyphenation import hyphenate as add_soft_hyphens
from core.i18n import FALLBACK_NOTICES, active_language, source_language
from core.images import rendition as make_rendition
from core.translation_state import outdated_notice

register = template.Library()


def _absolute(request, url: str | None = None) -> str:
    """The absolute address of `url` (or of this request); the path alone for a bad Host.

    Error pages render for requests whose Host header is not allowed; asking for their
    host again would raise inside the error page (and turn a 400 into a 500).
    """
    try:
        return request.build_absolute_uri(url)
    except DisallowedHost:
        return url if url is not None else request.get_full_path()


@register.simple_tag(takes_context=True)
def absolute_uri(context, url=None):
    request = context.get("request")
    if request is None:
        return url or ""
    return _absolute(request, url)


def _object_url(obj, language: str) -> str | None:
    if obj is None or not hasattr(obj, "get_absolute_url"):
        return None
    with override(language):
        return obj.get_absolute_url()


@register.simple_tag(takes_context=True)
def alternates(context):
    """This page in every language: the same object, or the same list with its filters."""
    request = context.get("request")
    if request is None:
        return []
    view = context.get("view")
    obj = getattr(view, "object", None) if view is not None else None
    current = request.get_full_path()
    result = []
    for code, name in settings.LANGUAGES:
        url = None
        if hasattr(view, "alternate_url"):
            url = view.alternate_url(code)
        if url is None:
            url = _object_url(obj, code)
        if url is None:
            url = translate_url(current, code)
        result.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "absolute_url": _absolute(request, url),
                "is_active": code == active_language(),
            }
        )
    return result


@register.simple_tag(takes_context=True)
def x_default_url(context, alternates_list):
    request = context.get("request")
    if request is None:
        return "/"
    with override(settings.LANGUAGE_CODE):
        home = reverse("home")
    for item in alternates_list:
        if item["code"] == settings.LANGUAGE_CODE:
            url = "/" if item["url"] == home else item["url"]
            return _absolute(request, url)
    return _absolute(request, "/")


@register.simple_tag
def tr(obj, field, block=False, hyphenate=False):
    """A translated field in the active language; German (or Hungarian) text as a fallback.

    The fallback text carries its own `lang` attribute and, in block form, a notice
    that it is only available in the other language; a text in the active language whose
    original changed since it was translated gets, in block form, the out-of-date notice.
    `hyphenate=True` (headings) adds soft hyphens by the dictionary of the text's own language.
    """
    language = active_language()
    source = source_language(obj, field, language)
    if source is None:
        return ""
    value = getattr(obj, f"{field}_{source}")
    if hyphenate and not block:
        value = add_soft_hyphens(value, source)
    if not block:
        if source == language:
            return value
        return format_html('<span lang="{}">{}</span>', source, value)
    html = linebreaks_filter(value, autoescape=True)
    if source == language:
        # linebreaks escaped the text; the notice when its original changed since.
        return mark_safe(html + outdated_notice(obj, field, language))
    return format_html(
        '<div class="fallback-text" lang="{}">{}</div>'
        '<p class="fallback-notice small text-body-secondary">{}</p>',
        source,
        mark_safe(html),
        FALLBACK_NOTICES.get(source, ""),
    )


@register.simple_tag
def own_text(obj, field):
    """The field's text in the page's language, or "" when it would fall back to the other
    language (for the page's meta description, which cannot carry a `lang`)."""
    if source_language(obj, field) != active_language():
        return ""
    return getattr(obj, f"{field}_{active_language()}", "") or ""


@register.simple_tag
def tr_lang(obj, field):
    """The `lang` of what `tr` shows for this field (for attributes on headings or links)."""
    return source_language(obj, field) or active_language()


@register.simple_tag
def rendition(image_field, size):
    return make_rendition(image_field, size)


@register.simple_tag
def img(image_field, size, alt, css_class=""):
    """An <img> of the named rendition with width, height and alt text; never the original."""
    image = make_rendition(image_field, size)
    if image is None:
        return ""
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="{}" class="{}" loading="lazy" decoding="async">',
        image.url,
        image.width,
        image.height,
        alt,
        css_class,
    )


@register.simple_tag(takes_context=True)
def page_url(context, page_number):
    """The current URL with another page number, keeping every filter."""
    query = context["request"].GET.copy()
    query["page"] = page_number
    return "?" + query.urlencode()


@register.filter
def hyphenate(value, option=None):
    """Soft hyphens in the long words of a heading or table header (`core.hyphenation`).

    `|hyphenate:6` also breaks shorter words (a narrow column); `|hyphenate:post.language`
    uses the dictionary of a text written in another language than the page's.
    """
    if option in DICTIONARIES:
        return add_soft_hyphens(value, option)
    if option:
        return add_soft_hyphens(value, active_language(), int(option))
    return add_soft_hyphens(value, active_language())


@register.filter
def short_url(value):
    """A web address as people read it (no scheme, no "www.", no final slash), breakable
    only after a slash, so a long address wraps like a path and never mid-word."""
    text = re.sub(r"^https?://(www\.)?", "", str(value)).rstrip("/")
    return mark_safe("/<wbr>".join(escape(part) for part in text.split("/")))


@register.filter
def startswith(value, prefix):
    return bool(prefix) and str(value).startswith(str(prefix))


@register.simple_tag(takes_context=True)
def json_ld(context):
    """schema.org JSON-LD of the page's object (core/structured_data.py), one script each."""
    return structured_data.render(structured_data.for_page(context))
