"""How complete and how current the German and Hungarian texts of a translated object are.

One place for the admin column ("DE ✓ / HU 3/5", "HU out of date"), the list filters
"missing Hungarian" / "missing German" and "Hungarian out of date" / "German out of date",
and the counts of the overview on the admin index. A text field counts once it has a text
in any language; it is missing in a language where that one is empty, and out of date in a
language where `core.translation_state` marked it so. Slugs are filled automatically and
do not count.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.db.models import Count, Q
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from core.translation_state import (
    outdated_condition,
    prefetch_states,
    states_of,
    tracked_fields,
)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
OUT_OF_DATE = pgettext_lazy("translation", "out of date")


def text_fields(model: type[models.Model]) -> list[str]:
    """The model's translated fields, without slugs (the ones whose state is tracked)."""
    return tracked_fields(model)


def _empty(field: str, language: str) -> Q:
    column = f"{field}_{language}"
    return Q(**{column: ""}) | Q(**{f"{column}__isnull": True})


def _filled(field: str, language: str) -> Q:
    return Q(**{f"{field}_{language}__gt": ""})


def missing_condition(model: type[models.Model], language: str) -> Q:
    """Rows with at least one text that another language has and `language` lacks."""
    condition = Q(pk__in=[])
    others = [code for code in LANGUAGES if code != language]
    for field in text_fields(model):
        other_filled = Q(pk__in=[])
        for other in others:
            other_filled |= _filled(field, other)
        condition |= other_filled & _empty(field, language)
    return condition


@dataclass(frozen=True)
class Completeness:
    language: str
    filled: int
    needed: int
    missing: list[str]
    outdated: list[str]

    @property
    def complete(self) -> bool:
        return self.filled == self.needed

    def __str__(self):
        mark = "✓" if self.complete else f"{self.filled}/{self.needed}"
        if self.outdated:
            mark = OUT_OF_DATE if self.complete else f"{mark} {OUT_OF_DATE}"
        return f"{self.language.upper()} {mark}"


def completeness(obj: models.Model) -> list[Completeness]:
    """Per language: how many of the texts the object has are there in that language."""
    model = type(obj)
    needed = [
        field
        for field in text_fields(model)
        if any(getattr(obj, f"{field}_{code}", None) for code in LANGUAGES)
    ]
    states = states_of(obj)
    result = []
    for code in LANGUAGES:
        missing = [field for field in needed if not getattr(obj, f"{field}_{code}", None)]
        outdated = [field for field in needed if (field, code) in states]
        result.append(
            Completeness(
                language=code,
                filled=len(needed) - len(missing),
                needed=len(needed),
                missing=[str(model._meta.get_field(field).verbose_name) for field in missing],
                outdated=[str(model._meta.get_field(field).verbose_name) for field in outdated],
            )
        )
    return result


def gap_lines(parts: list[Completeness], language_label=str.upper) -> list[str]:
    """What is missing or out of date, per language (the column's hover text, the digest)."""
    lines = []
    for part in parts:
        language = language_label(part.language)
        if part.missing:
            lines.append(
                capfirst(
                    gettext("%(language)s missing: %(fields)s")
                    % {"language": language, "fields": ", ".join(part.missing)}
                )
            )
        if part.outdated:
            lines.append(
                capfirst(
                    gettext("%(language)s out of date: %(fields)s")
                    % {"language": language, "fields": ", ".join(part.outdated)}
                )
            )
    return lines


class MissingTranslationFilter(admin.SimpleListFilter):
    """?missing=hu lists what lacks Hungarian, ?missing=de what lacks German."""

    title = _("translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [("hu", _("Missing Hungarian")), ("de", _("Missing German"))]

    def queryset(self, request, queryset):
        if self.value() in LANGUAGES:
            return queryset.filter(missing_condition(queryset.model, self.value()))
        return queryset


class OutdatedTranslationFilter(admin.SimpleListFilter):
    """?outdated=hu lists what has an out-of-date Hungarian text, ?outdated=de German."""

    title = _("out-of-date translation")
    parameter_name = "outdated"

    def lookups(self, request, model_admin):
        return [("hu", _("Hungarian out of date")), ("de", _("German out of date"))]

    def queryset(self, request, queryset):
        if self.value() in LANGUAGES:
            return queryset.filter(outdated_condition(queryset.model, self.value()))
        return queryset


class TranslationStatusMixin:
    """ModelAdmin mixin: the completeness column and the missing and out-of-date filters.

    `published_filter` holds the changelist parameters that show only published objects
    (used by the overview's links); leave it empty when every object is public.
    """

    published_filter: dict[str, str] = {}

    def get_list_display(self, request):
        return [*super().get_list_display(request), "translation_status"]

    def get_list_filter(self, request):
        ours = (MissingTranslationFilter, OutdatedTranslationFilter)
        filters = [f for f in super().get_list_filter(request) if f not in ours]
        return [*filters, *ours]

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        prefetch_states(changelist.result_list)  # the column reads them: one query, not one per row
        return changelist

    def translation_url(self, obj) -> str | None:
        """The side-by-side view of `obj` (None where the admin has none)."""
        return None

    @admin.display(description=_("translation"))
    def translation_status(self, obj):
        parts = completeness(obj)
        if not parts or parts[0].needed == 0:
            return "–"
        label = " / ".join(str(part) for part in parts)
        gaps = "; ".join(gap_lines(parts))
        css = "translation-incomplete" if gaps else "translation-complete"
        url = self.translation_url(obj)
        if url and gaps:
            return format_html('<a class="{}" href="{}" title="{}">{}</a>', css, url, gaps, label)
        if url:
            return format_html('<a class="{}" href="{}">{}</a>', css, url, label)
        if not gaps:
            return label
        return format_html('<span class="{}" title="{}">{}</span>', css, gaps, label)

    def published_objects(self, queryset: models.QuerySet) -> models.QuerySet:
        public = getattr(queryset, "public", None)
        return public() if callable(public) else queryset


def overview_counts(queryset: models.QuerySet) -> dict[str, int]:
    """Objects in `queryset`, how many lack a text and how many have an out-of-date text,
    per language (one query)."""
    model = queryset.model
    aggregates = {"total": Count("pk")}
    for code in LANGUAGES:
        aggregates[f"missing_{code}"] = Count("pk", filter=missing_condition(model, code))
        aggregates[f"outdated_{code}"] = Count("pk", filter=Q(outdated_condition(model, code)))
    return queryset.aggregate(**aggregates)
