"""Safe formatting for the sections of a case: paragraphs, lists, links and emphasis only.

Text is cleaned with nh3 when it is saved and again when it is rendered, so scripts,
event-handler attributes, inline styles, frames and `javascript:` links never reach a
page, whatever an editor pastes.
"""

import html
import re

import nh3

ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "a", "strong", "em", "b", "i"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}
# Removed together with their content, not just unwrapped.
DROPPED_WITH_CONTENT = {
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "noscript",
    "template",
    "svg",
    "math",
    "textarea",
    "select",
}

_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes=URL_SCHEMES,
    clean_content_tags=DROPPED_WITH_CONTENT,
    link_rel="noopener noreferrer",
    strip_comments=True,
)
_text_only = nh3.Cleaner(tags=set(), clean_content_tags=DROPPED_WITH_CONTENT)

_BLOCK_TAG = re.compile(r"<\s*(p|ul|ol|li)[\s>/]", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def clean_html(value: str | None) -> str | None:
    """What may be stored: text without markup stays as typed, markup is sanitised."""
    if not value or "<" not in value:
        return value
    return _cleaner.clean(value)


def render_html(value: str | None) -> str:
    """Sanitised HTML for a page; plain text with blank lines becomes paragraphs."""
    if not value:
        return ""
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not _BLOCK_TAG.search(text):
        paragraphs = [part.strip() for part in _PARAGRAPH_BREAK.split(text) if part.strip()]
        text = "".join(f"<p>{part.replace(chr(10), '<br>')}</p>" for part in paragraphs)
    return _cleaner.clean(text)


def plain_text(value: str | None) -> str:
    """The text without any markup (for meta descriptions, feeds and cards); not escaped."""
    if not value:
        return ""
    text = re.sub(r"<\s*(br|/p|/li)\s*/?>", " ", value, flags=re.IGNORECASE)
    return " ".join(html.unescape(_text_only.clean(text)).split())
