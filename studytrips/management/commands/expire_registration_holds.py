"""`manage.py expire_registration_holds`: release the places of registrations never confirmed."""

from django.conf import settings
from django.core.management.base import BaseCommand

from studytrips.services import registration_holds_expire


class Command(BaseCommand):
    """Cancel every registration whose address was not confirmed within
    REGISTRATION_HOLD_MINUTES and give the freed places to the waiting list (who get their
    e-mail). Meant for a timer every few minutes. Idempotent: a lapsed hold is cancelled
    once, so running it again, or twice at the same time (each trip is locked), changes
    nothing more. Visitors' registrations do the same for their trip, and the counts on the
    pages leave lapsed holds out even before this runs.
    """

    help = (
        "Releases the places held by registrations whose e-mail address was not confirmed "
        "in time and moves the waiting list up. Safe to run repeatedly; meant for a timer."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default=settings.SITE_URL,
            help="The portal's public address for the links in the e-mails (default: SITE_URL).",
        )

    def handle(self, *args, **options):
        base_url = options["base_url"].rstrip("/") + "/"
        expired = registration_holds_expire(base_url=base_url)
        if options["verbosity"]:
            self.stdout.write(f"Registration holds released: {expired}.")
