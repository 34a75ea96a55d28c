"""The search indexes: what CreateSearchIndexes creates, and that the queries use it.

Every searchable model has one CreateSearchIndexes in its app's migrations, named after its
declared title field. What it creates is compared with the SQL the migrations held by hand
before the operation existed (databases made then have those indexes), and the query
expressions of core.search are checked to be answerable from these indexes.
"""

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.writer import MigrationWriter
from django.db.models import F, Func, Value

from core.search import CreateSearchIndexes
from core.search.expressions import ParsedTsQuery, TitleVector, TrigramTitle, title_field
from core.search.models import searchable_models
from regionet.search import SEARCH_TYPES

pytestmark = pytest.mark.django_db

LABELS = sorted(model._meta.label for model in searchable_models())
CONFIGS = {"de": "german_unaccent", "hu": "hungarian_unaccent"}


def _operations() -> dict[str, list[tuple[tuple[str, str], CreateSearchIndexes]]]:
    """Per model label, its CreateSearchIndexes with the migration that holds it."""
    found = {}
    loader = MigrationLoader(None, ignore_no_migrations=True)
    for key, migration in loader.disk_migrations.items():
        for operation in migration.operations:
            if isinstance(operation, CreateSearchIndexes):
                label = f"{migration.app_label}.{operation.model_name}".lower()
                found.setdefault(label, []).append((key, operation))
    return found


OPERATIONS = _operations()


def _model(label: str):
    return next(model for model in searchable_models() if model._meta.label == label)


def _operation(label: str) -> CreateSearchIndexes:
    return OPERATIONS[label.lower()][0][1]


def handwritten(model, prefix: str) -> dict[str, str]:
    """The index definitions as the migrations wrote them by hand (name -> USING clause)."""
    title = title_field(model)
    names = {field.name for field in model._meta.get_fields()}
    if {f"{title}_de", f"{title}_hu"} <= names:
        texts = {
            "de": f"COALESCE(NULLIF({title}_de, ''), {title}_hu, '')",
            "hu": f"COALESCE(NULLIF({title}_hu, ''), {title}_de, '')",
        }
        trigram = f"COALESCE({title}_de, '') || ' ' || COALESCE({title}_hu, '')"
    else:
        texts = {"de": f"COALESCE({title}, '')", "hu": f"COALESCE({title}, '')"}
        trigram = f"COALESCE({title}, '')"
    return {
        f"{prefix}_search_de": "USING gin (search_de)",
        f"{prefix}_search_hu": "USING gin (search_hu)",
        **{
            f"{prefix}_title_{code}": (
                f"USING gin (to_tsvector('{CONFIGS[code]}'::regconfig, {texts[code]}))"
            )
            for code in CONFIGS
        },
        f"{prefix}_title_trgm": f"USING gin (regionet_unaccent({trigram}) gin_trgm_ops)",
    }


def index_definitions(table: str) -> dict[str, str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s", [table])
        return dict(cursor.fetchall())


def test_every_searchable_model_is_on_the_search_page_and_has_one_index_operation():
    assert LABELS == sorted(t.model._meta.label for t in SEARCH_TYPES)
    for label in LABELS:
        assert len(OPERATIONS.get(label.lower(), [])) == 1, label
        assert _operation(label).title == title_field(_model(label)), label
    assert sorted(OPERATIONS) == sorted(label.lower() for label in LABELS)


@pytest.mark.parametrize("label", LABELS)
def test_the_indexes_are_exactly_those_the_migrations_wrote_by_hand(label):
    model, operation = _model(label), _operation(label)
    table = model._meta.db_table
    prefix = operation.prefix or table
    expected = handwritten(model, prefix)
    assert [index.name for index in operation.indexes(model)] == list(expected)
    existing = index_definitions(table)
    with connection.cursor() as cursor:
        for name, using in expected.items():
            cursor.execute(f"CREATE INDEX {name}_handwritten ON {table} {using}")
    again = index_definitions(table)
    for name in expected:
        handwritten_definition = again[f"{name}_handwritten"].replace("_handwritten", "", 1)
        assert existing[name] == handwritten_definition
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, attstorage FROM pg_attribute "
            "WHERE attrelid = %s::regclass AND attname LIKE 'search\\___'",
            [table],
        )
        assert dict(cursor.fetchall()) == {"search_de": "m", "search_hu": "m"}


@pytest.fixture
def only_index_scans():
    """Plans that cannot read the table without an index (for the rest of the test)."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")


@pytest.mark.parametrize("label", LABELS)
def test_the_query_expressions_are_answered_by_the_indexes(label, only_index_scans):
    model, operation = _model(label), _operation(label)
    prefix = operation.prefix or model._meta.db_table
    objects = model._base_manager.all()
    query = ParsedTsQuery("sanddorn:*")
    for code in CONFIGS:
        vector = objects.filter(**{f"search_{code}": query})
        assert f"Bitmap Index Scan on {prefix}_search_{code}" in vector.explain()
        # As core.search.ranking finds the objects whose title matches.
        titles = objects.alias(title_vector=TitleVector(model, code)).filter(title_vector=query)
        assert f"Bitmap Index Scan on {prefix}_title_{code}" in titles.explain()
    # As core.search.similar finds titles of a similar spelling.
    similar = objects.annotate(hit_pk=F("pk"), trigram_title=TrigramTitle(model)).filter(
        trigram_title__trigram_word_similar=Func(Value("sanddron"), function="regionet_unaccent")
    )
    assert f"Bitmap Index Scan on {prefix}_title_trgm" in similar.explain()


def test_the_operation_drops_and_recreates_its_indexes():
    (app_label, migration_name), operation = OPERATIONS["cooperation.cooperationpost"][0]
    state = MigrationLoader(connection).project_state((app_label, migration_name))
    table = "cooperation_cooperationpost"
    before = index_definitions(table)
    with connection.schema_editor(atomic=False) as editor:
        operation.database_backwards(app_label, editor, state, state)
    assert not [name for name in index_definitions(table) if name.startswith("cooperation_post_")]
    with connection.schema_editor(atomic=False) as editor:
        operation.database_forwards(app_label, editor, state, state)
    assert index_definitions(table) == before


def test_the_operation_is_written_into_a_migration_as_it_was_declared():
    operation = CreateSearchIndexes(model_name="case", title="title", prefix="cases")
    text, imports = MigrationWriter.serialize(operation)
    assert text == (
        "core.search.operations.CreateSearchIndexes(\n"
        "    model_name='case',\n"
        "    title='title',\n"
        "    prefix='cases',\n"
        ")"
    )
    assert imports == {"import core.search.operations"}
