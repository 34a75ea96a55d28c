"""Demo content of the cooperation exchange: offers and requests of entrepreneurs.

The posts are in `cooperation/demo.toml`. Each is written in one language by its author,
as on the real exchange: some in German, some in Hungarian. They are keyed on the author's
(example) address, so `load()` can run any number of times; expiry dates are set relative
to today, so the demo posts stay online. Two posts are not public: one awaits its author's
confirmation, one the partners' review. The dates of writing, confirming and reviewing are
made here, a few days apart, when a post is created.

The cooperations that came about (two of them from the 2013 trip to Saxony) are keyed on
their title; their partners are set anew on every run.
"""

from datetime import timedelta

from django.utils import timezone

from cooperation.models import Cooperation, CooperationPartner, CooperationPost
from core.demo import read, resolve
from network import demo as network_demo
from network.models import Company
from studytrips.models import StudyTrip

DATA = read(__file__)
POSTS = DATA["posts"]


def load() -> None:
    """Create or update the demo posts and cooperations; safe to run again."""
    load_posts()
    load_cooperations()


def load_posts() -> None:
    """Create or update the demo posts (keyed on the author's address)."""
    now = timezone.now()
    network_demo.taxonomies()
    for index, entry in enumerate(POSTS):
        row = {name: value for name, value in entry.items() if name != "confirmed"}
        row.setdefault("status", CooperationPost.Status.APPROVED)
        row["consent_version"] = DATA["consent_version"]
        values, _many = resolve(CooperationPost, row, network_demo.NATURAL_KEYS)
        email = values.pop("contact_email")
        created = now - timedelta(days=3 * (len(POSTS) - index))
        moderated = values["status"] != CooperationPost.Status.PENDING
        CooperationPost.objects.update_or_create(
            contact_email=email,
            defaults=values,
            create_defaults={
                **values,
                "contact_email": email,
                "created": created,
                "consent_at": created,
                "confirmed_at": created + timedelta(hours=1)
                if entry.get("confirmed", True)
                else None,
                "moderated_at": created + timedelta(days=1) if moderated else None,
            },
        )


def _ready(entry: dict) -> bool:
    """The trip and the member companies a cooperation names are there (`load_demo` loads
    the network and the trips first; this module alone loads only the posts)."""
    trip = entry.get("trip")
    if trip and not StudyTrip.objects.filter(slug_de=trip).exists():
        return False
    slugs = {partner["company"] for partner in entry["partners"] if "company" in partner}
    return Company.objects.filter(slug__in=slugs).count() == len(slugs)


def load_cooperations() -> None:
    """Create or update the approved demo cooperations (keyed on the title)."""
    natural_keys = {**network_demo.NATURAL_KEYS, StudyTrip: "slug_de"}
    for entry in DATA.get("cooperations", []):
        if not _ready(entry):
            continue
        row = {name: value for name, value in entry.items() if name != "partners"}
        values, _many = resolve(Cooperation, row, natural_keys)
        values.setdefault("status", CooperationPost.Status.APPROVED)
        cooperation, _created = Cooperation.objects.update_or_create(
            title=values.pop("title"), defaults=values
        )
        cooperation.partners.all().delete()
        for partner in entry["partners"]:
            company = Company.objects.filter(slug=partner.get("company", "")).first()
            CooperationPartner.objects.create(
                cooperation=cooperation,
                company=company,
                name="" if company else partner["name"],
                country=company.country if company else partner["country"],
            )
