"""`manage.py send_trip_follow_ups`: ask trip participants what came of the trip."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cooperation.records import follow_ups_send


class Command(BaseCommand):
    """Mail every confirmed participant of a published study trip, 3 and 12 months after it
    ended, a signed link to a short form: did a cooperation come about, with whom, of which
    kind, is it still active? Answers become cooperations waiting for a partner's approval.

    Meant for a daily timer. Idempotent: each question is recorded (`TripFollowUp`, one per
    participant and round) before its mail goes out, so a second run sends nothing new. A
    round is sent from its day on for 60 days, so a missed day is caught up but old trips
    are not asked. Exits with an error when a mail could not be sent; it is tried again.
    """

    help = (
        "Asks participants of study trips 3 and 12 months after the trip whether a "
        "cooperation came about. Safe to run repeatedly; meant for a daily timer."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default=settings.SITE_URL,
            help="The portal's public address for the links in the e-mails (default: SITE_URL).",
        )

    def handle(self, *args, **options):
        base_url = options["base_url"].rstrip("/") + "/"
        sent, failed = follow_ups_send(base_url=base_url)
        if options["verbosity"]:
            self.stdout.write(f"Trip follow-ups sent: {sent}.")
        if failed:
            raise CommandError(f"{failed} follow-up e-mail(s) could not be sent; tried again.")
