"""Demo partners and, on request, demo accounts with generated passwords.

`load()` makes the organisations listed in `backoffice/demo.toml` project partners (no
accounts).
`create_users()` adds one editor per partner and an administrator; every call sets new
random passwords and returns them, so no password is ever fixed in the code.
"""

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from backoffice.models import EDITORS_GROUP, EditorProfile, Partner
from core.demo import read
from network.models import Company

# The partners: a company slug of the network demo, its editor's username and language.
PARTNERS = read(__file__)["partners"]
ADMINISTRATOR = "administrator"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str


def load() -> None:
    """Make the demo's partner organisations project partners; idempotent, no accounts."""
    for row in PARTNERS:
        company = Company.objects.filter(slug=row["company"]).first()
        if company is not None:
            Partner.objects.get_or_create(company=company)


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
    load()
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
