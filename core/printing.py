"""The bilingual print sheet: German and Hungarian side by side, section by section."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.html import escape, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import override

from core.i18n import FALLBACK_NOTICES, active_language


@dataclass
class Cell:
    language: str
    heading: str
    html: str
    missing_notice: str = ""


def plain_html(text: str) -> str:
    return linebreaks(text, autoescape=True)


def plain_line(text: str) -> str:
    """A one-line field (title, theme) as escaped text."""
    return escape(text)


def side_by_side(obj, fields, render=plain_html) -> list[list[Cell]]:
    """One row per field that has text in some language: a cell per language, with the
    heading in that language and the other language's notice where the text is missing.

    `fields` are (field name, lazy heading) pairs; `render` turns a stored text into safe
    HTML (rich-text fields pass their sanitizer).
    """
    rows = []
    for name, heading in fields:
        texts = {code: getattr(obj, f"{name}_{code}", "") or "" for code, _ in settings.LANGUAGES}
        if not any(texts.values()):
            continue
        row = []
        for code, _label in settings.LANGUAGES:
            with override(code):
                label = str(heading)
                notice = ""
                if not texts[code]:
                    other = next(language for language, text in texts.items() if text)
                    notice = str(FALLBACK_NOTICES[other])
            html = mark_safe(render(texts[code])) if texts[code] else ""  # render escapes.
            row.append(Cell(code, label, html, notice))
        rows.append(row)
    return rows


class PrintSheetMixin:
    """A detail view's bilingual print sheet at its own address (`<slug>/druck/`)."""

    print_url_name = ""

    def print_url(self, obj, language: str) -> str:
        with override(language):
            return reverse(self.print_url_name, kwargs={"slug": getattr(obj, f"slug_{language}")})

    def canonical_url(self, obj) -> str:
        return self.print_url(obj, active_language())

    def alternate_url(self, language: str) -> str | None:
        obj = getattr(self, "object", None)
        return self.print_url(obj, language) if obj is not None else None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["languages"] = [
            {"code": code, "name": name} for code, name in (("de", "Deutsch"), ("hu", "Magyar"))
        ]
        return context
