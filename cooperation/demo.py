"""Demo content of the cooperation exchange: offers and requests of entrepreneurs.

The posts are in `cooperation/demo.toml`. Each is written in one language by its author,
as on the real exchange: some in German, some in Hungarian. They are keyed on the author's
(example) address, so `load()` can run any number of times; expiry dates are set relative
to today, so the demo posts stay online. Two posts are not public: one awaits its author's
confirmation, one the partners' review. The dates of writing, confirming and reviewing are
made here, a few days apart, when a post is created.
"""

from datetime import timedelta

from django.utils import timezone

from cooperation.models import CooperationPost
from core.demo import read, resolve
from network import demo as network_demo

DATA = read(__file__)
POSTS = DATA["posts"]


def load() -> None:
    """Create or update the demo posts; safe to run again (keyed on the author's address)."""
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
