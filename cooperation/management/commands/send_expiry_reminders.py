"""`manage.py send_expiry_reminders`: remind authors of posts that expire within a week."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cooperation.services import expiry_reminders_send


class Command(BaseCommand):
    """Send each author of a public post that expires within COOPERATION_REMINDER_DAYS one
    reminder with a signed link to extend the post.

    Meant for a daily timer (cron, systemd timer, a scheduled container). Idempotent: a post
    is reminded once per expiry date (`reminder_sent_at`), so running it again, or twice at
    the same time, sends nothing new. Exits with an error when a mail could not be sent;
    that post is tried again on the next run.
    """

    help = (
        "Reminds authors of cooperation posts that expire within a week, once per post and "
        "expiry date. Safe to run repeatedly; meant for a daily timer."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default=settings.SITE_URL,
            help="The portal's public address for the links in the e-mails (default: SITE_URL).",
        )

    def handle(self, *args, **options):
        base_url = options["base_url"].rstrip("/") + "/"
        sent, failed = expiry_reminders_send(base_url=base_url)
        if options["verbosity"]:
            self.stdout.write(f"Expiry reminders sent: {sent}.")
        if failed:
            raise CommandError(f"{failed} reminder(s) could not be sent; they are tried again.")
