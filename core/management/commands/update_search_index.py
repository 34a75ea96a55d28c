"""`manage.py update_search_index`: recompute the search vectors of every searchable model."""

from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from core.search import rebuild_search_index


class Command(BaseCommand):
    """Rebuild `search_de` / `search_hu` with one UPDATE per model.

    Saving an object keeps its vectors current; run this after bulk loads, raw SQL or
    `QuerySet.update()` on text fields. On SQLite there is nothing to build.
    """

    help = (
        "Recomputes the German and Hungarian full-text search vectors of all searchable "
        "content (PostgreSQL; does nothing on SQLite)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)
        parser.add_argument(
            "--missing", action="store_true", help="Only rows that have no vectors yet."
        )

    def handle(self, *args, **options):
        using = options["database"]
        if connections[using].vendor != "postgresql":
            if options["verbosity"]:
                self.stdout.write("Not PostgreSQL: the simple search needs no index.")
            return
        with transaction.atomic(using=using):
            counts = rebuild_search_index(using=using, only_missing=options["missing"])
        if options["verbosity"]:
            summary = ", ".join(f"{label}: {count}" for label, count in counts.items())
            self.stdout.write(self.style.SUCCESS(f"Search index updated ({summary})."))
