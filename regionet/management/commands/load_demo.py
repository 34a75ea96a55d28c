"""`manage.py load_demo`: the German and Hungarian demo content, safe to run repeatedly."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from goodpractice import demo as goodpractice_demo
from goodpractice.models import GoodPractice
from network import demo as network_demo
from network.models import Company, Membership, Network, Region, Sector
from regionet import demo as regionet_demo
from regionet.models import Page
from studytrips import demo as studytrips_demo
from studytrips.models import ProgrammeItem, StudyTrip


class Command(BaseCommand):
    """Create or update the project pages and the network app's demo content in one transaction.

    Every loader keys its objects on natural keys, so a second run creates no duplicates.
    """

    help = (
        "Loads the bilingual (German/Hungarian) demo content: project pages, regions, sectors, "
        "member companies, networks, memberships, study trips and good-practice cases. "
        "Safe to run more than once."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            regionet_demo.load()
            network_demo.load()
            studytrips_demo.load()
            goodpractice_demo.load()
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
        }
        summary = ", ".join(f"{count} {label}" for label, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {summary}."))
