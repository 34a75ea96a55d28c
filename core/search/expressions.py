"""The SQL of the search: a model's texts per language, its vectors and the title expressions.

`TitleVector` and `TrigramTitle` are also the expressions of the indexes that
`core.search.operations.CreateSearchIndexes` creates, so queries and indexes always agree.
"""

from functools import cache, reduce

from django.contrib.postgres.search import SearchQuery, SearchVector, SearchVectorField
from django.db import connections, models
from django.db.models import F, Func, Value
from django.db.models.functions import Coalesce, NullIf

from core.i18n import LANGUAGE_CODES

# Text-search configurations, created by the migration core/0002_search.
SEARCH_CONFIGS = {"de": "german_unaccent", "hu": "hungarian_unaccent"}
WEIGHTS = ("A", "B", "C")


def is_postgresql(using: str) -> bool:
    return connections[using].vendor == "postgresql"


def title_field(model) -> str:
    return model.search_fields["A"][0]


def text_fields(model) -> list[str]:
    """The fields of the passage shown under a result: summary first, then the body."""
    return [name for weight in ("B", "C") for name in model.search_fields.get(weight, ())]


@cache
def is_translated(model, name: str) -> bool:
    names = {f.name for f in model._meta.get_fields()}
    return all(f"{name}_{code}" in names for code in LANGUAGE_CODES)


def columns(model, name: str) -> list[str]:
    """The columns of a field: one per language (`title_de`, `title_hu`) or just `name`."""
    if is_translated(model, name):
        return [f"{name}_{code}" for code in LANGUAGE_CODES]
    return [name]


def field_text(model, name: str, language: str):
    """The text of a field in `language`, falling back to the other language when empty."""
    if not is_translated(model, name):
        return F(name)
    others = [code for code in LANGUAGE_CODES if code != language]
    return Coalesce(
        NullIf(F(f"{name}_{language}"), Value("")),
        *[F(f"{name}_{code}") for code in others],
        Value(""),
        output_field=models.TextField(),
    )


def search_vector(model, language: str):
    """The weighted vector of an object in one language (an SQL expression)."""
    config = SEARCH_CONFIGS[language]
    parts = [
        SearchVector(
            *[field_text(model, name, language) for name in model.search_fields[weight]],
            config=config,
            weight=weight,
        )
        for weight in WEIGHTS
        if model.search_fields.get(weight)
    ]
    return reduce(lambda left, right: left + right, parts)


class ParsedTsQuery(SearchQuery):
    """A tsquery that PostgreSQL itself produced from word tokens (see `normalize_tsquery`)."""

    def __init__(self, text: str):
        super().__init__(Value(text), search_type="raw")

    def as_sql(self, compiler, connection, function=None, template=None):
        return super().as_sql(compiler, connection, template="(%(expressions)s)::tsquery")


class _CoalesceEmpty(Func):
    template = "COALESCE(%(expressions)s, '')"
    output_field = models.TextField()


class TrigramTitle(Func):
    """`regionet_unaccent(title_de || ' ' || title_hu)`: the expression of the trigram index.

    The SQL must stay exactly as in the index, or the index is not used. `name` is the
    title field, for a model of a migration (which has no `search_fields`).
    """

    function = "regionet_unaccent"
    template = "%(function)s(%(expressions)s)"
    arg_joiner = " || ' ' || "
    output_field = models.TextField()

    def __init__(self, model, name: str | None = None):
        names = columns(model, name or title_field(model))
        super().__init__(*[_CoalesceEmpty(F(column)) for column in names])


class TitleVector(Func):
    """`to_tsvector(config, COALESCE(NULLIF(title_de, ''), title_hu, ''))`: the title alone.

    The expression of the title indexes (one per language); like `TrigramTitle`, the SQL
    must stay exactly as in the index.
    """

    output_field = SearchVectorField()

    def __init__(self, model, language: str, name: str | None = None):
        name = name or title_field(model)
        config = SEARCH_CONFIGS[language]
        if is_translated(model, name):
            others = [f"{name}_{code}" for code in LANGUAGE_CODES if code != language]
            names = [f"{name}_{language}", *others]
            template = f"to_tsvector('{config}'::regconfig, COALESCE(NULLIF(%(expressions)s, ''))"
            arg_joiner = ", ''), "
        else:
            names = [name]
            template = f"to_tsvector('{config}'::regconfig, COALESCE(%(expressions)s, ''))"
            arg_joiner = ", "
        super().__init__(*[F(column) for column in names], template=template, arg_joiner=arg_joiner)
