"""`manage.py purge_personal_data`: the daily retention job (run it from a timer or cron)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from core.privacy import purge_all, retention_cutoff


class Command(BaseCommand):
    help = (
        "Deletes personal data of activities (study trips, expired posts) that ended more than "
        "PERSONAL_DATA_RETENTION_MONTHS months ago. Safe to run every day."
    )

    def handle(self, *args, **options):
        cutoff = retention_cutoff()
        purged = purge_all()
        summary = ", ".join(f"{name}: {count}" for name, count in purged.items())
        self.stdout.write(
            f"Retention {settings.PERSONAL_DATA_RETENTION_MONTHS} months, cutoff {cutoff}: "
            f"{summary or 'nothing to purge'}."
        )
