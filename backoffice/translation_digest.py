"""The daily digest of translation work for each partner's editors.

For every partner: the objects in its content whose text in one language is missing or out
of date, each with a link to its side-by-side view. A partner's editors get the digest in
their own back-office language when something is new since the last run; what was reported
is recorded in `TranslationDigestEntry`, so a second run sends nothing.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.utils import quote
from django.db import models, transaction
from django.urls import reverse
from django.utils.translation import ngettext, override

from backoffice.models import EditorProfile, Partner, TranslationDigestEntry
from backoffice.scope import RULES
from backoffice.translation_status import (
    completeness,
    gap_lines,
    missing_condition,
    text_fields,
)
from core.mail import absolute_url, build_email, send_on_commit
from core.translation_state import outdated_condition, states_of

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@dataclass
class DigestItem:
    obj: models.Model
    path: str
    keys: set[str]

    def gaps(self) -> list[str]:
        """What is missing or out of date, per language, in the active language."""
        names = dict(settings.LANGUAGES)
        return gap_lines(completeness(self.obj), lambda code: str(names[code]))


def digest_models() -> list[type[models.Model]]:
    """Partner content with translated texts and its own admin page."""
    return [model for model in RULES if text_fields(model) and admin.site.is_registered(model)]


def _keys(obj: models.Model) -> set[str]:
    label = obj._meta.label_lower
    keys = set()
    states = states_of(obj)
    for name in text_fields(type(obj)):
        texts = {code: getattr(obj, f"{name}_{code}", "") or "" for code in LANGUAGES}
        for code in LANGUAGES:
            if not texts[code] and any(texts.values()):
                keys.add(f"{label}:{obj.pk}:{name}:{code}:missing")
            state = states.get((name, code))
            if state is not None:
                keys.add(f"{label}:{obj.pk}:{name}:{code}:{state.source_changed.isoformat()}")
    return keys


def digest_items(partner: Partner) -> list[DigestItem]:
    items = []
    for model in digest_models():
        gaps = models.Q(pk__in=[])
        for code in LANGUAGES:
            gaps |= missing_condition(model, code) | models.Q(outdated_condition(model, code))
        queryset = model._default_manager.filter(RULES[model](partner.company)).filter(gaps)
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}_translations"
        for obj in queryset.order_by("pk"):
            keys = _keys(obj)
            if keys:
                items.append(DigestItem(obj, reverse(name, args=[quote(obj.pk)]), keys))
    return items


def translation_digest_send(*, base_url: str) -> int:
    """Mail each partner's editors what is new since the last digest; the number of mails."""
    sent = 0
    for partner in Partner.objects.select_related("company"):
        with transaction.atomic():
            items = digest_items(partner)
            current = set().union(*(item.keys for item in items))
            reported = TranslationDigestEntry.objects.filter(partner=partner)
            reported.exclude(key__in=current).delete()  # caught up: may be reported anew later
            new = current - set(reported.values_list("key", flat=True))
            if not new:
                continue
            editors = EditorProfile.objects.filter(partner=partner, user__is_active=True).exclude(
                user__email=""
            )
            for profile in editors:
                send_on_commit(send_digest, profile_id=profile.pk, base_url=base_url)
                sent += 1
            TranslationDigestEntry.objects.bulk_create(
                [TranslationDigestEntry(partner=partner, key=key) for key in sorted(new)]
            )
    return sent


def send_digest(*, profile_id: int, base_url: str) -> None:
    """One editor's digest, built when the task runs (the queued job carries only ids)."""
    profile = EditorProfile.objects.select_related("user", "partner__company").get(pk=profile_id)
    items = digest_items(profile.partner)
    if items:
        _digest_email(profile, profile.partner, items, base_url).send()


def _digest_email(profile: EditorProfile, partner: Partner, items, base_url: str):
    language = profile.language or settings.LANGUAGE_CODE
    with override(language):
        entries = [
            {
                "name": str(item.obj),
                "kind": item.obj._meta.verbose_name,
                "gaps": item.gaps(),
                "url": absolute_url(base_url, item.path),
            }
            for item in items
        ]
        subject = ngettext(
            "Translations to catch up: %(count)d entry",
            "Translations to catch up: %(count)d entries",
            len(entries),
        ) % {"count": len(entries)}
        return build_email(
            template="backoffice/email/translation_digest",
            context={
                "entries": entries,
                "partner": partner,
                "language": language,
                "site_name": "REGIONET aktív",
                "user": profile.user,
            },
            subject=subject,
            to=[profile.user.email],
        )
