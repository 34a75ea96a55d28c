"""Which language's text of a translated field is the newer one.

Every model registered with django-modeltranslation is tracked, whoever saves it (the
admin, an import, a service, the shell): when one language's text of a field changes, the
other languages' texts of that field, where they exist, are marked out of date
(`core.models.TranslationState`, with the date, who changed the source and the source text
the translation was written against, so a translator sees the difference). Writing a
language's text clears its mark. Writing an out-of-date text, a first text in a language
(both are translations catching up) or emptying one marks nothing.

`translation_change(user=…, minor=True)` around a save says who changed the text and that
the change was minor (a typo, formatting): then translations stay valid and nothing is
marked. The same can be said per object with the attributes `translation_changed_by` and
`translation_minor_change`.

This module imports no app of the project.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext, override
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

from core.models import TranslationState

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@dataclass(frozen=True)
class ChangeContext:
    user: Any = None
    minor: bool = False


_context: ContextVar[ChangeContext | None] = ContextVar("translation_change", default=None)


@contextmanager
def translation_change(*, user=None, minor: bool = False) -> Iterator[None]:
    """Saves inside are by `user`; `minor` ones leave the other languages' texts valid."""
    token = _context.set(ChangeContext(user=user, minor=minor))
    try:
        yield
    finally:
        _context.reset(token)


def tracked_fields(model: type[models.Model]) -> list[str]:
    """The model's translated text fields (slugs follow the names and are not tracked)."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return [name for name in options.all_fields if not name.startswith("slug")]


def tracked_models() -> list[type[models.Model]]:
    return [model for model in translator.get_registered_models() if tracked_fields(model)]


def _columns(fields: list[str]) -> list[str]:
    return [f"{field}_{code}" for field in fields for code in LANGUAGE_CODES]


def remember_texts(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    """pre_save: keep the stored texts, to compare them with the new ones after saving."""
    instance.__dict__.pop("_translation_before", None)
    fields = tracked_fields(sender)
    if raw or not fields or instance._state.adding or instance.pk is None:
        return
    if update_fields is not None:
        fields = [f for f in fields if set(_columns([f])) & set(update_fields)]
        if not fields:
            return
    row = sender._base_manager.filter(pk=instance.pk).values(*_columns(fields)).first()
    if row is not None:
        instance.__dict__["_translation_before"] = (fields, row)


def mark_out_of_date(sender, instance, created=False, raw=False, **kwargs) -> None:
    """post_save: mark the other languages of every changed text; clear the written ones."""
    before = instance.__dict__.pop("_translation_before", None)
    if raw or created or before is None:
        return
    fields, row = before
    context = _context.get() or ChangeContext()
    minor = context.minor or getattr(instance, "translation_minor_change", False)
    user = getattr(instance, "translation_changed_by", None) or context.user
    if user is not None and not getattr(user, "pk", None):
        user = None  # AnonymousUser
    content_type = ContentType.objects.get_for_model(sender)
    states = TranslationState.objects.filter(content_type=content_type, object_id=instance.pk)
    now = timezone.now()
    for field in fields:
        old = {code: row[f"{field}_{code}"] or "" for code in LANGUAGE_CODES}
        new = {code: getattr(instance, f"{field}_{code}", "") or "" for code in LANGUAGE_CODES}
        changed = [code for code in LANGUAGE_CODES if old[code] != new[code]]
        if not changed:
            continue
        caught_up = set(
            states.filter(field=field, language__in=changed).values_list("language", flat=True)
        )
        states.filter(field=field, language__in=changed).delete()
        if minor:
            continue
        for source in changed:
            if source in caught_up or not old[source] or not new[source]:
                # An out-of-date or a first text written is a translation catching up;
                # an emptied text is missing, not a new source.
                continue
            for target in LANGUAGE_CODES:
                if target in changed or not new[target]:
                    continue
                state, made = TranslationState.objects.get_or_create(
                    content_type=content_type,
                    object_id=instance.pk,
                    field=field,
                    language=target,
                    defaults={
                        "source_language": source,
                        "source_text": old[source],
                        "since": now,
                        "source_changed": now,
                        "changed_by": user,
                    },
                )
                if not made:  # still against the text it was written for; newer date
                    state.source_language = source
                    state.source_changed = now
                    state.changed_by = user
                    state.save(update_fields=["source_language", "source_changed", "changed_by"])


def forget_states(sender, instance, **kwargs) -> None:
    """post_delete: a deleted object has no translations to catch up on."""
    if tracked_fields(sender):
        TranslationState.objects.filter(
            content_type=ContentType.objects.get_for_model(sender), object_id=instance.pk
        ).delete()


def connect() -> None:
    """Track every model modeltranslation translates (called once the registry is ready)."""
    for model in tracked_models():
        key = f"{model._meta.label}"
        models.signals.pre_save.connect(
            remember_texts, sender=model, dispatch_uid=f"tr-state-pre-{key}"
        )
        models.signals.post_save.connect(
            mark_out_of_date, sender=model, dispatch_uid=f"tr-state-post-{key}"
        )
        models.signals.post_delete.connect(
            forget_states, sender=model, dispatch_uid=f"tr-state-delete-{key}"
        )


# Reading the state ----------------------------------------------------------------------


def states_of(obj: models.Model) -> dict[tuple[str, str], TranslationState]:
    """The object's out-of-date texts by (field, language); read once per object."""
    cached = obj.__dict__.get("_translation_states")
    if cached is None:
        if obj.pk is None or not tracked_fields(type(obj)):
            cached = {}
        else:
            cached = {
                (state.field, state.language): state
                for state in TranslationState.objects.filter(
                    content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk
                ).select_related("changed_by")
            }
        obj.__dict__["_translation_states"] = cached
    return cached


def prefetch_states(objects) -> None:
    """Read the states of many objects of one model with one query (lists, inlines)."""
    objects = [obj for obj in objects if obj.pk is not None]
    if not objects or not tracked_fields(type(objects[0])):
        return
    found: dict[int, dict] = {obj.pk: {} for obj in objects}
    states = TranslationState.objects.filter(
        content_type=ContentType.objects.get_for_model(type(objects[0])),
        object_id__in=list(found),
    ).select_related("changed_by")
    for state in states:
        found[state.object_id][(state.field, state.language)] = state
    for obj in objects:
        obj.__dict__["_translation_states"] = found[obj.pk]


def out_of_date(obj: models.Model, field: str, language: str) -> TranslationState | None:
    return states_of(obj).get((field, language))


def outdated_condition(model: type[models.Model], language: str) -> Exists:
    """Rows with at least one text in `language` that is out of date (for filters, counts)."""
    return Exists(
        TranslationState.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            language=language,
            object_id=OuterRef("pk"),
        )
    )


# The public notice ----------------------------------------------------------------------

OUTDATED_NOTICES = {
    "de": _("The German original of this text was updated on %(date)s."),
    "hu": _("The Hungarian original of this text was updated on %(date)s."),
}


def outdated_notice(obj: models.Model, field: str, language: str) -> SafeString:
    """A notice under a text in `language` whose original has changed since (else "").

    Same family as the fallback notice; the link to the original is written in the
    original's language and carries its `lang` and `hreflang`. Always safe HTML.
    """
    state = out_of_date(obj, field, language)
    if state is None:
        return SafeString()  # safe, so that adding it to safe HTML keeps that HTML safe
    source = state.source_language
    date = date_format(timezone.localtime(state.source_changed).date(), "DATE_FORMAT")
    text = OUTDATED_NOTICES.get(source, OUTDATED_NOTICES["de"]) % {"date": date}
    url = None
    if hasattr(obj, "get_absolute_url"):
        with override(source):
            url = obj.get_absolute_url()
            link_text = gettext("Read the original")
    if url is None:
        return format_html('<p class="outdated-notice small text-body-secondary">{}</p>', text)
    return format_html(
        '<p class="outdated-notice small text-body-secondary">{} '
        '<a href="{}" hreflang="{}" lang="{}">{}</a></p>',
        text,
        url,
        source,
        source,
        link_text,
    )
