"""`manage.py load_demo`: the German and Hungarian demo content, safe to run repeatedly."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from backoffice import demo as backoffice_demo
from cooperation import demo as cooperation_demo
from cooperation.models import CooperationPost
from core.models import Page
from goodpractice import demo as goodpractice_demo
from goodpractice.models import GoodPractice
from network import demo as network_demo
from network.models import Company, Membership, Network, Region, Sector
from regionet import demo as regionet_demo
from studytrips import demo as studytrips_demo
from studytrips.models import ProgrammeItem, StudyTrip


class Command(BaseCommand):
    """Create or update every app's demo content in one transaction, in the order they build on.

    The texts come from each app's `demo.toml` (read by `core.demo`); every loader keys its
    objects on natural keys, so a second run creates no duplicates.
    `--with-users` adds demo accounts (two partner editors, an administrator) with passwords
    from `secrets.token_urlsafe`, printed once; without it no account is created.
    """

    help = (
        "Loads the bilingual (German/Hungarian) demo content: project pages, regions, sectors, "
        "member companies, networks, memberships, study trips, good-practice cases and "
        "cooperation posts. "
        "Safe to run more than once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-users",
            action="store_true",
            help=(
                "Also create an editor for each of the two demo partners and an administrator, "
                "with new random passwords (printed once). Without it no account is created."
            ),
        )

    def handle(self, *args, **options):
        accounts = []
        with transaction.atomic():
            regionet_demo.load()
            network_demo.load()
            studytrips_demo.load()
            goodpractice_demo.load()
            cooperation_demo.load()
            backoffice_demo.load()
            if options["with_users"]:
                accounts = backoffice_demo.create_users()
        # Saving keeps vectors current; rebuilding covers rows written around save().
        call_command("update_search_index", verbosity=options["verbosity"], stdout=self.stdout)
        counts = {
            "regions": Region.objects.count(),
            "sectors": Sector.objects.count(),
            "companies": Company.objects.count(),
            "networks": Network.objects.count(),
            "memberships": Membership.objects.count(),
            "pages": Page.objects.count(),
            "study trips": StudyTrip.objects.count(),
            "programme items": ProgrammeItem.objects.count(),
            "good-practice cases": GoodPractice.objects.count(),
            "cooperation posts": CooperationPost.objects.count(),
        }
        summary = ", ".join(f"{count} {label}" for label, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {summary}."))
        if accounts:
            self.stdout.write("Accounts for /admin/ (new passwords; they are not shown again):")
            for account in accounts:
                self.stdout.write(f"  {account.username}  {account.password}  ({account.role})")
