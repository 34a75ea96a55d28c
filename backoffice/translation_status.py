"""How complete the German and Hungarian texts of a translated object are.

One place for the admin column ("DE ✓ / HU 3/5"), the list filter "missing Hungarian" /
"missing German" and the counts of the overview on the admin index. A text field counts
once it has a text in any language; it is missing in a language where that one is empty.
Slugs are filled automatically and do not count.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.db.models import Count, Q
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def text_fields(model: type[models.Model]) -> list[str]:
    """The model's translated fields, without slugs."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return [name for name in options.all_fields if not name.startswith("slug")]


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

    @property
    def complete(self) -> bool:
        return self.filled == self.needed

    def __str__(self):
        mark = "✓" if self.complete else f"{self.filled}/{self.needed}"
        return f"{self.language.upper()} {mark}"


def completeness(obj: models.Model) -> list[Completeness]:
    """Per language: how many of the texts the object has are there in that language."""
    model = type(obj)
    needed = [
        field
        for field in text_fields(model)
        if any(getattr(obj, f"{field}_{code}", None) for code in LANGUAGES)
    ]
    result = []
    for code in LANGUAGES:
        missing = [field for field in needed if not getattr(obj, f"{field}_{code}", None)]
        result.append(
            Completeness(
                language=code,
                filled=len(needed) - len(missing),
                needed=len(needed),
                missing=[str(model._meta.get_field(field).verbose_name) for field in missing],
            )
        )
    return result


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


class TranslationStatusMixin:
    """ModelAdmin mixin: the completeness column and the missing-translation filter.

    `published_filter` holds the changelist parameters that show only published objects
    (used by the overview's links); leave it empty when every object is public.
    """

    published_filter: dict[str, str] = {}

    def get_list_display(self, request):
        return [*super().get_list_display(request), "translation_status"]

    def get_list_filter(self, request):
        filters = [f for f in super().get_list_filter(request) if f is not MissingTranslationFilter]
        return [*filters, MissingTranslationFilter]

    @admin.display(description=_("translation"))
    def translation_status(self, obj):
        parts = completeness(obj)
        if not parts or parts[0].needed == 0:
            return "–"
        label = " / ".join(str(part) for part in parts)
        gaps = "; ".join(
            f"{part.language.upper()}: {', '.join(part.missing)}" for part in parts if part.missing
        )
        if not gaps:
            return label
        return format_html('<span class="translation-incomplete" title="{}">{}</span>', gaps, label)

    def published_objects(self, queryset: models.QuerySet) -> models.QuerySet:
        public = getattr(queryset, "public", None)
        return public() if callable(public) else queryset


def overview_counts(queryset: models.QuerySet) -> dict[str, int]:
    """Objects in `queryset` and how many of them lack a text per language (one query)."""
    model = queryset.model
    aggregates = {"total": Count("pk")}
    for code in LANGUAGES:
        aggregates[f"missing_{code}"] = Count("pk", filter=missing_condition(model, code))
    return queryset.aggregate(**aggregates)
