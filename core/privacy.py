"""Personal data across the apps: export, erase and purge by e-mail address (GDPR).

An app that stores personal data provides a `privacy` module with three functions:
`export(email) -> dict`, `erase(email) -> int` and `purge(cutoff: date) -> int`
(delete what belongs to activities that ended before `cutoff`). This module finds them
without importing any app by name.
"""

import calendar
from datetime import date
from importlib import import_module
from types import ModuleType

from django.apps import apps
from django.conf import settings
from django.utils import timezone


def providers() -> list[ModuleType]:
    found = []
    for config in apps.get_app_configs():
        if f"{config.name}.privacy" == __name__:
            continue
        try:
            found.append(import_module(f"{config.name}.privacy"))
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.privacy":
                raise
    return found


def normalise(email: str) -> str:
    return email.strip().lower()


def export_all(email: str) -> dict:
    email = normalise(email)
    data = {"email": email, "exported_at": timezone.now().isoformat()}
    for provider in providers():
        data.update(provider.export(email))
    return data


def erase_all(email: str) -> dict[str, int]:
    email = normalise(email)
    return {provider.__name__: provider.erase(email) for provider in providers()}


def retention_cutoff(today: date | None = None) -> date:
    """The day before which ended activities lose their personal data."""
    today = today or timezone.localdate()
    months = settings.PERSONAL_DATA_RETENTION_MONTHS
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    return date(year, month, min(today.day, calendar.monthrange(year, month)[1]))


def purge_all(today: date | None = None) -> dict[str, int]:
    cutoff = retention_cutoff(today)
    return {provider.__name__: provider.purge(cutoff) for provider in providers()}
