"""Demo partners, out-of-date translations and, on request, demo accounts.

`load()` makes the organisations listed in `backoffice/demo.toml` project partners (no
accounts) and updates the source texts listed under `outdated` there, so two cases have an
out-of-date Hungarian text and a network an out-of-date German one.
`create_users()` adds one editor per partner and an administrator; every call sets new
random passwords and returns them, so no password is ever fixed in the code.
"""

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from backoffice.models import EDITORS_GROUP, EditorProfile, Partner
from core.demo import read
from core.models import TranslationState
from core.translation_state import translation_change
from network.models import Company

DATA = read(__file__)
# The partners: a company slug of the network demo, its editor's username and language.
PARTNERS = DATA["partners"]
OUTDATED = DATA["outdated"]
ADMINISTRATOR = "administrator"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str


def load() -> None:
    """Partners and out-of-date translations of the demo; idempotent, no accounts."""
    _partners()
    _outdated_translations()


def _partners() -> None:
    for row in PARTNERS:
        company = Company.objects.filter(slug=row["company"]).first()
        if company is not None:
            Partner.objects.get_or_create(company=company)


def _outdated_translations() -> None:
    """Write the newer source texts, as an editor would; the translations fall behind.

    The apps' demos write the earlier text again on every run, so this writes the newer one
    again too: the translation stays marked against the earlier text, dated `days_ago`.
    """
    for row in OUTDATED:
        model = apps.get_model(row["model"])
        obj = model._default_manager.filter(slug_de=row["german_slug"]).first()
        if obj is None:
            continue
        source = "hu" if row["language"] == "de" else "de"
        setattr(obj, f"{row['field']}_{source}", row["source"])
        with translation_change():
            obj.save()
        changed = timezone.now() - timedelta(days=row["days_ago"])
        TranslationState.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            object_id=obj.pk,
            field=row["field"],
            language=row["language"],
        ).update(since=changed, source_changed=changed)


def _account(username: str, **flags):
    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.org"}
    )
    password = secrets.token_urlsafe(12)
    user.set_password(password)
    user.is_active = True
    for name, value in flags.items():
        setattr(user, name, value)
    user.save()
    return user, password


def create_users() -> list[DemoAccount]:
    """One editor per demo partner and an administrator, each with a new random password."""
    _partners()
    editors = Group.objects.get(name=EDITORS_GROUP)
    accounts = []
    for row in PARTNERS:
        username, language = row["editor"], row["language"]
        partner = Partner.objects.filter(company__slug=row["company"]).first()
        if partner is None:
            continue
        user, password = _account(username, is_staff=True, is_superuser=False)
        user.groups.add(editors)
        EditorProfile.objects.update_or_create(
            user=user, defaults={"partner": partner, "language": language}
        )
        accounts.append(DemoAccount(username, password, f"editor: {partner}"))
    _user, password = _account(ADMINISTRATOR, is_staff=True, is_superuser=True)
    accounts.append(DemoAccount(ADMINISTRATOR, password, "administrator"))
    return accounts
