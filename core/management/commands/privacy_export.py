"""`manage.py privacy_export EMAIL`: everything the portal holds about one address, as JSON."""

import json

from django.core.management.base import BaseCommand

from core.privacy import export_all


class Command(BaseCommand):
    help = "Prints (or writes to --output) all personal data stored for one e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--output", help="Write the JSON to this file instead of stdout.")

    def handle(self, *args, email, output=None, **options):
        document = json.dumps(export_all(email), ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(document + "\n")
            self.stderr.write(f"Written to {output}.")
        else:
            self.stdout.write(document)
