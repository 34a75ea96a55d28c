"""`manage.py send_translation_digest`: tell partners' editors which texts need translating."""

from django.conf import settings
from django.core.management.base import BaseCommand

from backoffice.translation_digest import translation_digest_send


class Command(BaseCommand):
    """Mail each project partner's editors, in their back-office language, the list of the
    partner's entries whose German or Hungarian text is missing or out of date, with links
    to the side-by-side translation view.

    Meant for a daily timer (cron, systemd timer, a scheduled container). Idempotent: what
    was reported is recorded, so a partner gets a mail only when something is new, and a
    second run sends nothing.
    """

    help = (
        "Mails each partner's editors the texts of their entries that are missing or out of "
        "date in the other language, when something is new. Safe to run repeatedly; daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default=settings.SITE_URL,
            help="The portal's public address for the links in the e-mails (default: SITE_URL).",
        )

    def handle(self, *args, **options):
        sent = translation_digest_send(base_url=options["base_url"].rstrip("/") + "/")
        if options["verbosity"]:
            self.stdout.write(f"Translation digests sent: {sent}.")
