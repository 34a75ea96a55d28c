"""`manage.py privacy_erase EMAIL --yes`: delete everything held about one address."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.privacy import erase_all, export_all


class Command(BaseCommand):
    help = (
        "Deletes all personal data stored for one e-mail address (registrations, posts, "
        "contact requests). Freed trip places go to the waiting list."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, email, yes=False, **options):
        held = {key: value for key, value in export_all(email).items() if isinstance(value, list)}
        total = sum(len(items) for items in held.values())
        if not total:
            self.stdout.write(f"Nothing is stored for {email}.")
            return
        if not yes:
            answer = input(f"Delete {total} record(s) for {email}? Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing deleted.")
        with transaction.atomic():
            erased = erase_all(email)
        summary = ", ".join(f"{name}: {count}" for name, count in erased.items())
        self.stdout.write(self.style.SUCCESS(f"Erased for {email}: {summary}."))
