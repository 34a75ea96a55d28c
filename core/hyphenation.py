"""Soft hyphens in long German and Hungarian words, so headings and table headers break
at a syllable with a visible hyphen instead of in the middle of a word (or not at all).

Browsers hyphenate on their own with `hyphens: auto` only where they ship a dictionary
for the page's `lang`; pyphen's LibreOffice dictionaries give every browser the same
break points.
"""

import re
from functools import cache

import pyphen
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

SOFT_HYPHEN = "\u00ad"
# Shorter words fit any line, even a heading on a 320px phone.
MIN_WORD_LENGTH = 8
DICTIONARIES = {"de": "de_DE", "hu": "hu_HU"}
WORD = re.compile(rf"[^\W\d_]{{{MIN_WORD_LENGTH},}}")
TAG = re.compile(r"(<[^>]*>|&[#\w]+;)")


@cache
def dictionary(language: str) -> pyphen.Pyphen | None:
    name = DICTIONARIES.get(language)
    return pyphen.Pyphen(lang=name, left=3, right=3) if name else None


def hyphenate_text(text: str, language: str) -> str:
    """Plain text with soft hyphens at the syllable breaks of its long words."""
    hyphenator = dictionary(language)
    if hyphenator is None:
        return text
    return WORD.sub(lambda match: hyphenator.inserted(match.group(), SOFT_HYPHEN), text)


def hyphenate(value, language: str):
    """Escaped HTML with soft hyphens; markup in safe input (a `lang` span) is kept as is."""
    parts = TAG.split(str(conditional_escape(value)))
    return mark_safe(
        "".join(
            part if index % 2 else hyphenate_text(part, language)
            for index, part in enumerate(parts)
        )
    )
