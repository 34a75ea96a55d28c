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
# Shorter words fit a heading's line even on a 320px phone; narrow table columns pass less.
MIN_WORD_LENGTH = 12
DICTIONARIES = {"de": "de_DE", "hu": "hu_HU"}
TAG = re.compile(r"(<[^>]*>|&[#\w]+;)")


@cache
def dictionary(language: str) -> pyphen.Pyphen | None:
    name = DICTIONARIES.get(language)
    return pyphen.Pyphen(lang=name, left=3, right=3) if name else None


@cache
def long_word(min_length: int) -> re.Pattern:
    return re.compile(rf"[^\W\d_]{{{min_length},}}")


def hyphenate_text(text: str, language: str, min_length: int = MIN_WORD_LENGTH) -> str:
    """Plain text with soft hyphens at the syllable breaks of its long words."""
    hyphenator = dictionary(language)
    if hyphenator is None:
        return text
    return long_word(min_length).sub(
        lambda match: hyphenator.inserted(match.group(), SOFT_HYPHEN), text
    )


def hyphenate(value, language: str, min_length: int = MIN_WORD_LENGTH):
    """Escaped HTML with soft hyphens; markup in safe input (a `lang` span) is kept as is."""
    parts = TAG.split(str(conditional_escape(value)))
    return mark_safe(
        "".join(
            part if index % 2 else hyphenate_text(part, language, min_length)
            for index, part in enumerate(parts)
        )
    )
