"""Rendering a case: sanitised rich text (with the fallback notice) and responsive images."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.i18n import FALLBACK_NOTICES, active_language, source_language
from core.images import rendition
from core.translation_state import outdated_notice
from goodpractice.richtext import plain_text, render_html

register = template.Library()


@register.filter(is_safe=True)
def sanitize(value):
    """Rich text cleaned again on output: paragraphs, lists, links and emphasis only."""
    return mark_safe(render_html(value))  # render_html keeps nothing unsafe.


@register.filter
def plaintext(value):
    """The text without markup (autoescaped by the template)."""
    return plain_text(value)


@register.simple_tag
def rich_text(obj, field):
    """A rich-text field in the active language; the other language's text as a marked
    fallback; the out-of-date notice when the original changed since the translation."""
    language = active_language()
    source = source_language(obj, field, language)
    if source is None:
        return ""
    html = sanitize(getattr(obj, f"{field}_{source}"))
    if source == language:
        return html + outdated_notice(obj, field, language)
    return format_html(
        '<div class="fallback-text" lang="{}">{}</div>'
        '<p class="fallback-notice small text-body-secondary">{}</p>',
        source,
        html,
        FALLBACK_NOTICES.get(source, ""),
    )


@register.simple_tag
def responsive_img(image_field, sizes, alt, css_class="", sizes_attr="100vw"):
    """An <img> with a srcset of stored renditions ("card,gallery,large"), never the original."""
    renditions = [r for r in (rendition(image_field, size) for size in sizes.split(",")) if r]
    if not renditions:
        return ""
    by_width = {r.width: r for r in renditions}  # a small original gives equal widths
    smallest = renditions[0]
    srcset = ", ".join(f"{r.url} {width}w" for width, r in sorted(by_width.items()))
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" class="{}" '
        'loading="lazy" decoding="async">',
        smallest.url,
        srcset,
        sizes_attr,
        smallest.width,
        smallest.height,
        alt,
        css_class,
    )
