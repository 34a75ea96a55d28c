"""`manage.py generate_data`: realistic bilingual data at scale, for benchmarks and load tests.

    python manage.py generate_data --companies 10000 --networks 200 --cases 2000 --trips 100

Deterministic for a given --seed. Everything it creates carries the slug prefix
`gen<seed>-`; running it again with the same seed first removes that seed's rows, so it is
safe to run repeatedly and on top of the demo content (which it leaves alone).
"""

import datetime
import random
import sys
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from core.cache import bump_generation
from core.publishing import ReviewStatus
from goodpractice.models import GoodPractice, Instrument, KeyFigure
from network import demo as network_demo
from network.models import Company, Membership, Network, Region, Sector
from studytrips.models import ProgrammeItem, StudyTrip

TOWNS = {
    "AT": ["Eisenstadt", "Oberwart", "Güssing", "Neusiedl am See", "Mattersburg", "Jennersdorf"],
    "HU": ["Sopron", "Győr", "Szombathely", "Kőszeg", "Szentgotthárd", "Mosonmagyaróvár"],
    "DE": ["Dresden", "Bautzen", "Görlitz", "Kamenz", "Zittau"],
}
STEMS = ["Pannon", "Rába", "Lafnitz", "Leitha", "Fertő", "Őrség", "Lausitz", "Spree", "Pinka"]
TRADES_DE = ["Holzbau", "Metalltechnik", "Feinkost", "Kunststofftechnik", "Software", "Bau"]
TRADES_HU = ["Faipari", "Fémtechnika", "Élelmiszer", "Műanyagtechnika", "Szoftver", "Építő"]
FORMS = {"AT": "GmbH", "DE": "GmbH", "HU": "Kft."}
DESCRIPTION_DE = (
    "{name} ist ein {size} Betrieb in {town}. Das Unternehmen arbeitet im Bereich {sector} "
    "und sucht Partner auf der anderen Seite der Grenze für gemeinsame Projekte."
)
DESCRIPTION_HU = (
    "A(z) {name} {town} településen működő vállalkozás. Fő területe: {sector}; "
    "a határ túloldalán keres partnereket közös projektekhez."
)
CASE_TEXT_DE = (
    "Das Netzwerk {network} hat in {region} gezeigt, wie grenzüberschreitende Zusammenarbeit "
    "von Unternehmen gelingt. Ausgangslage, Vorgehen und Ergebnisse sind dokumentiert."
)
CASE_TEXT_HU = (
    "A(z) {network} hálózat {region} térségében megmutatta, hogyan sikerülhet a vállalkozások "
    "határon átnyúló együttműködése. A kiinduló helyzet, a megközelítés és az eredmények "
    "dokumentáltak."
)


class Progress:
    """A one-line progress bar on stderr."""

    def __init__(self, stream, label: str, total: int):
        self.stream, self.label, self.total, self.done = stream, label, max(total, 1), 0

    def advance(self, count: int = 1) -> None:
        self.done += count
        filled = int(30 * self.done / self.total)
        self.stream.write(
            f"\r{self.label:<14} [{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}"
        )
        if self.done >= self.total:
            self.stream.write("\n")
        self.stream.flush()


class Command(BaseCommand):
    help = "Fills the database with realistic bilingual data at scale (deterministic by --seed)."

    def add_arguments(self, parser):
        parser.add_argument("--companies", type=int, default=1000)
        parser.add_argument("--networks", type=int, default=50)
        parser.add_argument("--cases", type=int, default=200)
        parser.add_argument("--trips", type=int, default=20)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--batch-size", type=int, default=2000)

    def handle(self, *args, companies, networks, cases, trips, seed, batch_size, **options):
        started = time.monotonic()
        self.random = random.Random(seed)
        self.prefix = f"gen{seed}-"
        self.batch_size = batch_size
        self.quiet = options.get("verbosity", 1) == 0
        with transaction.atomic():
            self.remove_previous()
            regions, sectors = self.base_taxonomies()
            company_list = self.create_companies(companies, regions, sectors)
            network_list = self.create_networks(networks, regions, company_list)
            trip_list = self.create_trips(trips, company_list)
            self.create_cases(cases, regions, sectors, network_list, company_list, trip_list)
            bump_generation()  # bulk_create sends no signals
        try:
            call_command("update_search_index", verbosity=0)
        except Exception as error:  # the search index is optional (SQLite, no command)
            if type(error).__name__ != "CommandError":
                raise
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {companies} companies, {networks} networks, {trips} trips and "
                f"{cases} cases (seed {seed}) in {time.monotonic() - started:.1f} s."
            )
        )

    def slug(self, number: int, text: str, digits: int) -> str:
        """A slug unique to this run: the prefix and the number first, so reruns replace it."""
        return f"{self.prefix}{number:0{digits}d}-{slugify(text)}"[:200]

    def translated(self, field: str, number: int, german: str, hungarian: str, digits=4) -> dict:
        """`field` in German and Hungarian, and a slug of each."""
        return {
            f"{field}_de": german,
            f"{field}_hu": hungarian,
            "slug_de": self.slug(number, german, digits),
            "slug_hu": self.slug(number, hungarian, digits),
        }

    def progress(self, label: str, total: int) -> Progress:
        return Progress(open("/dev/null", "w") if self.quiet else sys.stderr, label, total)

    def remove_previous(self) -> None:
        GoodPractice.objects.filter(slug_de__startswith=self.prefix).delete()
        StudyTrip.objects.filter(slug_de__startswith=self.prefix).delete()
        Network.objects.filter(slug_de__startswith=self.prefix).delete()
        Company.objects.filter(slug__startswith=self.prefix).delete()

    def base_taxonomies(self):
        """All regions and sectors, the demo's created first where missing."""
        network_demo.taxonomies()
        return list(Region.objects.all()), list(Sector.objects.all())

    def create_companies(self, count, regions, sectors):
        rng, bar = self.random, self.progress("companies", count)
        kinds, sizes = list(Company.Kind), list(Company.SizeBand)
        batch, links, created = [], [], []
        for number in range(count):
            region = rng.choice(regions)
            country = region.country
            trade = rng.randrange(len(TRADES_DE))
            stem = rng.choice(STEMS)
            if country == "HU":
                name = f"{stem} {TRADES_HU[trade]} {FORMS[country]}"
            else:
                name = f"{stem} {TRADES_DE[trade]} {FORMS.get(country, 'GmbH')}"
            name = f"{name} {number + 1}"
            town = rng.choice(TOWNS.get(country, TOWNS["AT"]))
            sector = rng.choice(sectors)
            size = rng.choice(sizes)
            batch.append(
                Company(
                    name=name,
                    slug=self.slug(number, name, 5),
                    kind=rng.choices(kinds, weights=[80, 8, 6, 6])[0],
                    description_de=DESCRIPTION_DE.format(
                        name=name, size=size.label, town=town, sector=sector.name_de
                    ),
                    description_hu=DESCRIPTION_HU.format(
                        name=name, town=town, sector=sector.name_hu or sector.name_de
                    ),
                    region=region,
                    country=country,
                    city=town,
                    postal_code=str(rng.randint(1000, 9999)),
                    street=f"Hauptstraße {rng.randint(1, 120)}",
                    email=f"info{number}@example.org",
                    website=f"https://www.example.org/{self.prefix}{number}",
                    size_band=size,
                    founded_year=rng.randint(1950, 2024),
                    latitude=round(47 + rng.random() * 4, 6),
                    longitude=round(14 + rng.random() * 4, 6),
                    is_published=rng.random() > 0.02,
                )
            )
            links.append([sector, *rng.sample(sectors, rng.randint(0, 2))])
            if len(batch) >= self.batch_size:
                created += self.flush_companies(batch, links)
                bar.advance(len(batch))
                batch, links = [], []
        if batch:
            created += self.flush_companies(batch, links)
            bar.advance(len(batch))
        return created

    def flush_companies(self, batch, links):
        saved = Company.objects.bulk_create(batch)
        through = Company.sectors.through
        through.objects.bulk_create(
            [
                through(company_id=company.pk, sector_id=sector.pk)
                for company, sectors in zip(saved, links, strict=True)
                for sector in {s.pk: s for s in sectors}.values()
            ]
        )
        return saved

    def create_networks(self, count, regions, companies):
        rng, bar = self.random, self.progress("networks", count)
        kinds = list(Network.Kind)
        built = []
        for number in range(count):
            region = rng.choice(regions)
            stem = rng.choice(STEMS)
            name_de = f"Unternehmensnetzwerk {stem} {region.name_de} {number + 1}"
            name_hu = (
                f"{stem} vállalkozói hálózat – {region.name_hu or region.name_de} {number + 1}"
            )
            built.append(
                Network(
                    **self.translated("name", number, name_de, name_hu),
                    kind=rng.choice(kinds),
                    description_de=f"{name_de} verbindet Betriebe in {region.name_de}.",
                    description_hu=f"A(z) {name_hu} {region.name_hu} vállalkozásait köti össze.",
                    coordinator=rng.choice(companies) if companies else None,
                    founded_year=rng.randint(1995, 2024),
                )
            )
        networks = Network.objects.bulk_create(built)
        region_through = Network.regions.through
        region_through.objects.bulk_create(
            [
                region_through(network_id=network.pk, region_id=region.pk)
                for network in networks
                for region in rng.sample(regions, rng.randint(1, 3))
            ]
        )
        memberships = []
        for company in companies:
            for network in rng.sample(networks, min(len(networks), rng.randint(0, 2))):
                memberships.append(
                    Membership(
                        company=company,
                        network=network,
                        role=rng.choices(list(Membership.Role), weights=[90, 2, 8])[0],
                        since=datetime.date(rng.randint(2000, 2025), 1, 1),
                    )
                )
        Membership.objects.bulk_create(memberships, batch_size=self.batch_size)
        bar.advance(count)
        return networks

    def create_trips(self, count, companies):
        rng, bar = self.random, self.progress("trips", count)
        today = timezone.localdate()
        built = []
        for number in range(count):
            start = today + datetime.timedelta(days=rng.randint(-3000, 300))
            destination_de, destination_hu = rng.choice(
                [("Dresden", "Drezda"), ("Wien", "Bécs"), ("Győr", "Győr"), ("Graz", "Graz")]
            )
            title_de = f"Studienreise nach {destination_de} {start.year} ({number + 1})"
            title_hu = f"Tanulmányút: {destination_hu}, {start.year} ({number + 1})"
            built.append(
                StudyTrip(
                    **self.translated("title", number, title_de, title_hu),
                    theme_de="Unternehmensnetzwerke als Vorbild",
                    theme_hu="Vállalkozói hálózatok mintaként",
                    summary_de="Fachvorträge und Betriebsbesichtigungen bei Musternetzwerken.",
                    summary_hu="Szakmai előadások és üzemlátogatások mintahálózatoknál.",
                    destination_de=destination_de,
                    destination_hu=destination_hu,
                    country=rng.choice(["AT", "HU", "DE"]),
                    start_date=start,
                    end_date=start + datetime.timedelta(days=rng.randint(1, 4)),
                    registration_deadline=start - datetime.timedelta(days=14),
                    organiser=rng.choice(companies) if companies else None,
                    capacity=rng.randint(10, 40),
                    participant_count=rng.randint(10, 40),
                    status=ReviewStatus.PUBLISHED,
                )
            )
        trips = StudyTrip.objects.bulk_create(built)
        kinds = list(ProgrammeItem.Kind)
        ProgrammeItem.objects.bulk_create(
            [
                ProgrammeItem(
                    trip=trip,
                    day=trip.start_date,
                    kind=rng.choice(kinds),
                    title_de=f"Programmpunkt {position + 1}",
                    title_hu=f"{position + 1}. programpont",
                )
                for trip in trips
                for position in range(4)
            ]
        )
        bar.advance(count)
        return trips

    def create_cases(self, count, regions, sectors, networks, companies, trips):
        rng, bar = self.random, self.progress("cases", count)
        instruments = list(Instrument.objects.all())
        now = timezone.now()
        built = []
        for number in range(count):
            region = rng.choice(regions)
            network = rng.choice(networks) if networks else None
            network_name_de = network.name_de if network else "REGIONET aktív"
            network_name_hu = network.name_hu if network else "REGIONET aktív"
            title_de = f"Gemeinsamer Einkauf und Vertrieb in {region.name_de} ({number + 1})"
            title_hu = f"Közös beszerzés és értékesítés – {region.name_hu} ({number + 1})"
            text_de = CASE_TEXT_DE.format(network=network_name_de, region=region.name_de)
            text_hu = CASE_TEXT_HU.format(network=network_name_hu, region=region.name_hu)
            fields = {
                f"{name}_{code}": f"<p>{text}</p>"
                for name in GoodPractice.RICH_TEXT_FIELDS
                for code, text in (("de", text_de), ("hu", text_hu))
            }
            built.append(
                GoodPractice(
                    **self.translated("title", number, title_de, title_hu, digits=5),
                    start_year=rng.randint(2005, 2025),
                    countries=region.country,
                    lead_organisation=rng.choice(companies) if companies else None,
                    study_trip=rng.choice(trips) if trips and rng.random() < 0.1 else None,
                    status=GoodPractice.Status.PUBLISHED,
                    published_at=now - datetime.timedelta(days=rng.randint(0, 4000)),
                    featured=rng.random() < 0.01,
                    **fields,
                )
            )
        saved = GoodPractice.objects.bulk_create(built, batch_size=self.batch_size)
        for relation, choices, low, high in [
            ("instruments", instruments, 1, 3),
            ("sectors", sectors, 1, 2),
            ("regions", regions, 1, 2),
            ("networks", networks, 0, 2),
        ]:
            through = getattr(GoodPractice, relation).through
            target = through._meta.get_field(relation.removesuffix("s")).attname
            through.objects.bulk_create(
                [
                    through(goodpractice_id=case.pk, **{target: choice.pk})
                    for case in saved
                    for choice in rng.sample(choices, min(len(choices), rng.randint(low, high)))
                ],
                batch_size=self.batch_size,
            )
        KeyFigure.objects.bulk_create(
            [
                KeyFigure(
                    case=case,
                    value=str(rng.randint(5, 600)),
                    label_de="Mitglieder",
                    label_hu="tag",
                    position=0,
                )
                for case in saved
            ],
            batch_size=self.batch_size,
        )
        bar.advance(count)
