"""Marking what was found, safely: the text is escaped whole, only the marks become HTML.

PostgreSQL's ts_headline marks matches with private-use characters (START, STOP, FRAGMENT
between passages); `highlight` escapes everything and then turns them into <mark> tags,
so nothing else in a headline can ever be markup. `plain_highlight` does the marking in
Python for the SQLite search.
"""

import html
import re
from collections.abc import Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from core.text import folded_spans

START, STOP, FRAGMENT = "\ue000", "\ue001", "\ue002"
SENTINELS = START + STOP + FRAGMENT
_SENTINEL_SPLIT = re.compile(f"([{START}{STOP}])")
_NO_SENTINELS = dict.fromkeys(map(ord, SENTINELS))
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def highlight(text: str | None, markup: bool = False) -> SafeString:
    """Escape a headline completely; only its match markers become <mark> tags."""
    out, is_open = [], False
    for part in _SENTINEL_SPLIT.split(text or ""):
        if part == START:
            if not is_open:
                out.append("<mark>")
                is_open = True
        elif part == STOP:
            if is_open:
                out.append("</mark>")
                is_open = False
        elif part:
            if markup:
                part = html.unescape(part)
            part = part.replace(FRAGMENT, " … ")
            part = part.translate(_NO_SENTINELS)
            out.append(escape(_SPACE.sub(" ", part)))
    if is_open:
        out.append("</mark>")
    return mark_safe("".join(out).strip())


def plain_highlight(text: str, tokens: Sequence[str], markup: bool, window: int = 0):
    """Python highlighting for SQLite: escape, then mark every token (accents and case
    ignored)."""
    if markup:
        text = html.unescape(_TAG.sub(" ", text))
    text = _SPACE.sub(" ", text.translate(_NO_SENTINELS)).strip()
    if window and len(text) > window:
        spans = folded_spans(text, tokens)
        start = max(0, (spans[0][0] if spans else 0) - window // 3)
        start = text.rfind(" ", 0, start) + 1 if start else 0
        end = text.find(" ", start + window)
        text = ("… " if start else "") + text[start : end if end > 0 else None]
        text += " …" if end > 0 else ""
    marked, last = [], 0
    for start, end in folded_spans(text, tokens):
        marked += [text[last:start], START, text[start:end], STOP]
        last = end
    return highlight("".join([*marked, text[last:]]))
