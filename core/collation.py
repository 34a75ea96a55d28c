"""Alphabetical order as readers expect it, not in byte order.

PostgreSQL databases are often created with the `C` locale, which sorts "Ökobau" after
"Zala" and "Észak-Burgenland" after "Közép-Burgenland". The name and title columns that
visitors see in alphabetical lists therefore carry ICU's language-neutral root collation
(`und-x-icu`): accented letters sort with their base letter (É with E, Ö with O, ß as ss)
and case comes second, which is right for German and close to Hungarian dictionary order.
Every `ORDER BY` on such a column — model ordering, the directory's A–Z sort, filter
choices, the admin — follows it without further code.

One collation for both languages in the columns, because the search indexes combine the
German and the Hungarian column in one expression, which needs a single collation. Where
visitors sort a list themselves or pick from a list of choices, `alphabetical()` orders by
the page language's own alphabet on top of that: in Hungarian, "Orvosi" comes before
"Őrségi". The column collation is set by migrations (`collate_columns`), on PostgreSQL
only; SQLite, the development default, sorts with `core.text.sqlite_compare` where
`alphabetical()` is used. A later migration that alters one of these columns must set the
collation again (`tests/network/test_collation.py` notices).
"""

from django.db import connection, migrations
from django.db.models import F
from django.db.models.functions import Collate
from modeltranslation.utils import build_localized_fieldname

from core.i18n import active_language

COLLATION = "und-x-icu"
LANGUAGE_COLLATIONS = {"de": "de-x-icu", "hu": "hu-x-icu"}


def alphabetical(field: str, *, translated: bool = False):
    """`field` in the active language's alphabetical order, for `order_by()`.

    `translated` picks the active language's column of a modeltranslation field
    (`name` → `name_hu`).
    """
    return collated(F(build_localized_fieldname(field, active_language()) if translated else field))


def collated(expression):
    """`expression` (text) compared by the active language's alphabet on PostgreSQL; on
    SQLite by `core.text.sqlite_compare` (accents and case second)."""
    if connection.vendor == "sqlite":
        return Collate(expression, "regionet")
    if connection.vendor != "postgresql":
        return expression
    return Collate(expression, LANGUAGE_COLLATIONS.get(active_language(), COLLATION))


def collate_columns(model: str, *columns: str) -> migrations.RunPython:
    """A migration operation giving `columns` of `model` ("app.Model") the collation."""

    def alter(apps, schema_editor, collation):
        connection = schema_editor.connection
        if connection.vendor != "postgresql":
            return
        model_class = apps.get_model(model)
        changes = ", ".join(
            f"ALTER COLUMN {schema_editor.quote_name(column)} "
            f"TYPE {model_class._meta.get_field(column).db_type(connection)} "
            f"COLLATE {schema_editor.quote_name(collation)}"
            for column in columns
        )
        schema_editor.execute(
            f"ALTER TABLE {schema_editor.quote_name(model_class._meta.db_table)} {changes}"
        )

    return migrations.RunPython(
        lambda apps, schema_editor: alter(apps, schema_editor, COLLATION),
        lambda apps, schema_editor: alter(apps, schema_editor, "default"),
    )
