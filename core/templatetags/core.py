"""Template tags for the bilingual frame: alternates, fallback text and the notices of
out-of-date translations, renditions, paging."""

from django import template
from django.conf import settings
from django.template.defaultfilters import linebreaks_filter
from django.urls import reverse, translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import override

from core.i18n import FALLBACK_NOTICES, active_language, source_language
from core.images import rendition as make_rendition
from core.translation_state import outdated_notice

register = template.Library()


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
                "absolute_url": request.build_absolute_uri(url),
                "is_active": code == active_language(),
            }
        )
    return result


@register.simple_tag(takes_context=True)
def x_default_url(context, alternates_list):
    request = context["request"]
    with override(settings.LANGUAGE_CODE):
        home = reverse("home")
    for item in alternates_list:
        if item["code"] == settings.LANGUAGE_CODE:
            url = "/" if item["url"] == home else item["url"]
            return request.build_absolute_uri(url)
    return request.build_absolute_uri("/")


@register.simple_tag
def tr(obj, field, block=False):
    """A translated field in the active language; German (or Hungarian) text as a fallback.

    The fallback text carries its own `lang` attribute and, in block form, a notice
    that it is only available in the other language; a text in the active language whose
    original changed since it was translated gets, in block form, the out-of-date notice.
    """
    language = active_language()
    source = source_language(obj, field, language)
    if source is None:
        return ""
    value = getattr(obj, f"{field}_{source}")
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
def startswith(value, prefix):
    return bool(prefix) and str(value).startswith(str(prefix))
