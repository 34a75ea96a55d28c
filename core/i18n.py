"""Pieces every app uses to be bilingual: translated slugs, fallbacks and alternates.

This module imports no app of the project, so every app may import it.
"""

from django.apps import apps
from django.conf import settings
from django.db import models
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils.text import slugify
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext_lazy as _

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# Said under a text shown in another language than the page's (templates and search hits).
FALLBACK_NOTICES = {
    "de": _("Only available in German."),
    "hu": _("Only available in Hungarian."),
}

# Django's own message, listed here so that our catalogs carry it: they take precedence over
# Django's, which write "e-mail címet" where the portal writes "e-mail-cím".
gettext_noop("Enter a valid email address.")


def active_language() -> str:
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in LANGUAGE_CODES else settings.LANGUAGE_CODE


def source_language(obj: models.Model, field: str, language: str | None = None) -> str | None:
    """Which language's text is shown for `field` in `language` (None when all are empty)."""
    language = language or active_language()
    order = [language] + [code for code in LANGUAGE_CODES if code != language]
    for code in order:
        if getattr(obj, f"{field}_{code}", None):
            return code
    return None


def is_translated(obj: models.Model, field: str, language: str) -> bool:
    return bool(getattr(obj, f"{field}_{language}", None))


# German writes umlauts out in addresses (Südburgenland → suedburgenland, Maßnahmen →
# massnahmen); Hungarian drops the accents (Észak-Burgenland → eszak-burgenland).
GERMAN_LETTERS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
)


def language_slug(text: str, language: str | None = None) -> str:
    """An ASCII slug of `text` written the way `language` writes it in addresses."""
    if language == "de":
        text = text.translate(GERMAN_LETTERS)
    return slugify(text.replace("–", " "))


def unique_slug(
    model: type[models.Model], field: str, base: str, exclude_pk=None, language: str | None = None
) -> str:
    """`base` slugified, with a number appended until no other object of `model` has it."""
    max_length = model._meta.get_field(field).max_length or 50
    root = (language_slug(base, language) or "x")[: max_length - 6].strip("-") or "x"
    candidate, number = root, 2
    others = model._default_manager.exclude(pk=exclude_pk)
    while others.filter(**{field: candidate}).exists():
        candidate = f"{root}-{number}"
        number += 1
    return candidate


def _slug_redirect_model():
    return apps.get_model("core", "SlugRedirect")


class TranslatedSlugMixin:
    """Fills empty slugs and remembers replaced ones so old URLs redirect.

    A model with a translated `slug` gets `slug_de` and `slug_hu`, each filled from
    that language's `slug_source` (or the German one); an untranslated slug is filled once.
    """

    slug_source = "name"

    @classmethod
    def slug_fields(cls) -> list[str]:
        names = {f.name for f in cls._meta.get_fields()}
        translated = [f"slug_{code}" for code in LANGUAGE_CODES if f"slug_{code}" in names]
        return translated or ["slug"]

    def fill_slugs(self) -> None:
        for field in self.slug_fields():
            if getattr(self, field):
                continue
            language = field.removeprefix("slug_") if field != "slug" else None
            source = ""
            if language:
                source = getattr(self, f"{self.slug_source}_{language}", "") or ""
            source = source or getattr(self, f"{self.slug_source}_{settings.LANGUAGE_CODE}", "")
            source = source or getattr(self, self.slug_source, "") or ""
            slug = unique_slug(type(self), field, source, exclude_pk=self.pk, language=language)
            setattr(self, field, slug)

    def save(self, *args, **kwargs):
        self.fill_slugs()
        fields = self.slug_fields()
        previous = None
        if self.pk:
            previous = type(self)._default_manager.filter(pk=self.pk).values(*fields).first()
        super().save(*args, **kwargs)
        if previous:
            self.remember_slugs(
                old for field, old in previous.items() if old and old != getattr(self, field)
            )

    def remember_slugs(self, old_slugs) -> None:
        from django.contrib.contenttypes.models import ContentType

        content_type = ContentType.objects.get_for_model(type(self))
        redirect_model = _slug_redirect_model()
        for old_slug in old_slugs:
            redirect_model.objects.update_or_create(
                content_type=content_type,
                old_slug=old_slug,
                defaults={"object_id": self.pk},
            )


class CanonicalSlugMixin:
    """DetailView mixin: find the object by any of its slugs, answer 301 unless canonical."""

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        slug = self.kwargs["slug"]
        model = queryset.model
        fields = model.slug_fields()
        language_field = f"slug_{active_language()}"
        ordered = [language_field] if language_field in fields else []
        ordered += [field for field in fields if field not in ordered]
        for field in ordered:
            obj = queryset.filter(**{field: slug}).first()
            if obj is not None:
                return obj
        from django.contrib.contenttypes.models import ContentType

        redirect = (
            _slug_redirect_model()
            .objects.filter(content_type=ContentType.objects.get_for_model(model), old_slug=slug)
            .first()
        )
        if redirect is not None:
            obj = queryset.filter(pk=redirect.object_id).first()
            if obj is not None:
                return obj
        raise Http404("No such object.")

    def canonical_url(self, obj) -> str:
        """The address this view answers for `obj` in the active language."""
        return obj.get_absolute_url()

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        canonical = self.canonical_url(self.object)
        if request.path != canonical:
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)
        context = self.get_context_data(object=self.object)
        return self.render_to_response(context)
