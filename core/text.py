"""Text compared the way visitors type it: without accents and without case.

"gyor" finds Győr, "ORSEG" finds Őrség, "strasse" finds Straße. On
PostgreSQL the database folds with the `unaccent` extension (`regionet_unaccent`, created by
the search migration); on SQLite, the development default, with `fold()` itself, registered
on every connection as `regionet_fold` together with the `regionet` collation for
alphabetical order (see `core.collation`).
"""

import unicodedata

from django.db import connections
from django.db.models import F, Func, TextField
from django.db.models.lookups import IContains


def fold(text: str) -> str:
    """'Győr' → 'gyor', 'Straße' → 'strasse': case and accents dropped, for comparisons."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def unaccented(field: str, using: str = "default") -> Func:
    """The database's accent-free version of `field`."""
    function = "regionet_fold" if connections[using].vendor == "sqlite" else "regionet_unaccent"
    return Func(F(field), function=function, output_field=TextField())


def contains_ignoring_accents(field: str, value: str, using: str = "default") -> IContains:
    """A filter condition: `field` contains `value`, whatever the accents and the case."""
    return IContains(unaccented(field, using), fold(value))


def folded_spans(text: str, needles) -> list[tuple[int, int]]:
    """Where the needles occur in `text`, compared without accents and case; merged, sorted."""
    folded, origin = [], []
    for position, char in enumerate(text):
        for folded_char in fold(char):
            folded.append(folded_char)
            origin.append(position)
    haystack = "".join(folded)
    spans = []
    for needle in {fold(needle) for needle in needles if needle}:
        start = haystack.find(needle) if needle else -1
        while start >= 0:
            spans.append((origin[start], origin[start + len(needle) - 1] + 1))
            start = haystack.find(needle, start + len(needle))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def sqlite_compare(left: str, right: str) -> int:
    """The `regionet` collation: accents and case second, as in a dictionary."""
    left_key, right_key = (fold(left), left), (fold(right), right)
    return (left_key > right_key) - (left_key < right_key)


def add_sqlite_functions(sender, connection, **kwargs):
    """`connection_created` receiver: SQLite learns `regionet_fold` and `regionet` ordering."""
    if connection.vendor != "sqlite":
        return
    connection.connection.create_function(
        "regionet_fold", 1, lambda value: None if value is None else fold(value), deterministic=True
    )
    connection.connection.create_collation("regionet", sqlite_compare)
