"""`manage.py send_match_alerts`: tell authors about new posts that fit theirs."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cooperation.alerts import alerts_send


class Command(BaseCommand):
    """Mail each author whose post got new matches since the last run one e-mail: the match,
    or a digest of all of them, in the post's language, with a link to switch alerts off.

    Meant for a daily timer. Idempotent: every alert is marked as sent (`MatchAlert.sent_at`)
    before its mail goes out, so a second run, or two at the same time, send nothing new.
    Exits with an error when a mail could not be sent; those alerts are tried again.
    """

    help = (
        "Mails authors of cooperation posts the new matching posts (one e-mail per post and "
        "run). Safe to run repeatedly; meant for a daily timer."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default=settings.SITE_URL,
            help="The portal's public address for the links in the e-mails (default: SITE_URL).",
        )

    def handle(self, *args, **options):
        base_url = options["base_url"].rstrip("/") + "/"
        sent, failed = alerts_send(base_url=base_url)
        if options["verbosity"]:
            self.stdout.write(f"Match alerts sent: {sent}.")
        if failed:
            raise CommandError(f"{failed} alert e-mail(s) could not be sent; they are tried again.")
