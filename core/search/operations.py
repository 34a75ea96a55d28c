"""Migration operations of the search; both do nothing on SQLite (it keeps the simple search)."""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import migrations
from django.db.migrations.operations.base import Operation

from core.i18n import LANGUAGE_CODES
from core.search.expressions import TitleVector, TrigramTitle


class PostgresOnlySQL(migrations.RunSQL):
    """RunSQL that does nothing on other databases."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class CreateSearchIndexes(Operation):
    """The indexes of one searchable model, after the migration that adds its vectors.

    Per language, a GIN index on the stored vector (`<prefix>_search_de`) and one on the
    title alone (`<prefix>_title_de`, `TitleVector`: titles are ranked first); a trigram
    index on the unaccented titles (`<prefix>_title_trgm`, `TrigramTitle`: similar
    spellings). The vectors stay in the row, compressed (STORAGE MAIN), so long texts move
    out of it first. The index expressions are the query expressions of `core.search`.

    A migration sees the model as it was then: its table and fields, not its
    `search_fields`. So the title field is an argument, written into the migration from
    the model's declaration (its first "A" field), and the migration keeps creating what it
    created when it was written, whatever the model declares later. The table and whether
    the title is translated (`title_de`, `title_hu`) are read from that historical model.
    `prefix` starts the index names (by default the table name).
    """

    reversible = True

    def __init__(self, model_name: str, title: str, prefix: str = ""):
        self.model_name, self.title, self.prefix = model_name, title, prefix

    def deconstruct(self):
        kwargs = {"model_name": self.model_name, "title": self.title}
        if self.prefix:
            kwargs["prefix"] = self.prefix
        return self.__class__.__qualname__, [], kwargs

    def state_forwards(self, app_label, state):
        pass  # the indexes are not part of the model state (SQLite has none)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        model = to_state.apps.get_model(app_label, self.model_name)
        if not self._applies(schema_editor, model):
            return
        quote = schema_editor.quote_name
        storage = ", ".join(
            f"ALTER COLUMN {quote(f'search_{code}')} SET STORAGE MAIN" for code in LANGUAGE_CODES
        )
        schema_editor.execute(f"ALTER TABLE {quote(model._meta.db_table)} {storage}")
        for index in self.indexes(model):
            schema_editor.add_index(model, index)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        model = from_state.apps.get_model(app_label, self.model_name)
        if self._applies(schema_editor, model):
            for index in self.indexes(model):
                schema_editor.remove_index(model, index)

    def _applies(self, schema_editor, model) -> bool:
        return schema_editor.connection.vendor == "postgresql" and self.allow_migrate_model(
            schema_editor.connection.alias, model
        )

    def indexes(self, model) -> list[GinIndex]:
        """The indexes, in the order they are created; `model` may be a historical one."""
        prefix = self.prefix or model._meta.db_table
        return [
            *[
                GinIndex(fields=[f"search_{code}"], name=f"{prefix}_search_{code}")
                for code in LANGUAGE_CODES
            ],
            *[
                GinIndex(TitleVector(model, code, self.title), name=f"{prefix}_title_{code}")
                for code in LANGUAGE_CODES
            ],
            GinIndex(
                OpClass(TrigramTitle(model, self.title), name="gin_trgm_ops"),
                name=f"{prefix}_title_trgm",
            ),
        ]

    def describe(self):
        return f"Create the search indexes of {self.model_name}"

    @property
    def migration_name_fragment(self):
        return f"{self.model_name.lower()}_search_indexes"
