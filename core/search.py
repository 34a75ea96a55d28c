"""Site search in German and Hungarian.

On PostgreSQL: full-text search in the visitor's language over vectors stored per language
(`search_de`, `search_hu`, each with a GIN index), built with the text-search
configurations `german_unaccent` / `hungarian_unaccent` (the language's stemmer behind
`unaccent`, so "halozat" finds "hálózat"), weighted A (title), B (summary), C (body),
with prefix matching and, when that finds little, trigram similarity on the titles
("Studienriese" finds "Studienreise"). On SQLite: case-insensitive containment.

A model takes part by inheriting `SearchableModel` and declaring `search_fields`; the
site-wide view lists the models in `SearchType`s. This module imports no app.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, reduce
from typing import ClassVar

from django.apps import apps
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.db import connections, migrations, models, router, transaction
from django.db.models import F, Func, Q, Value
from django.db.models.functions import Coalesce, Left, NullIf
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst

from core.i18n import LANGUAGE_CODES
from core.templatetags.core import FALLBACK_NOTICES
from core.text import contains_ignoring_accents, fold, folded_spans

# Text-search configurations, created by the migration regionet/0002_search.
SEARCH_CONFIGS = {"de": "german_unaccent", "hu": "hungarian_unaccent"}
WEIGHTS = ("A", "B", "C")

MAX_QUERY_LENGTH = 200
MAX_TOKENS = 10
MAX_TOKEN_LENGTH = 60
# Below this many full-text results, titles with a similar spelling are added.
FEW_RESULTS = 3
TRIGRAM_THRESHOLD = 0.5
TRIGRAM_LIMIT = 50
# Per type, at most this many similar titles are compared (each comparison unaccents a title).
TRIGRAM_CANDIDATES = 200
# The passage under a result is taken from the first characters of summary and body.
PASSAGE_LENGTH = 3000
# Per type, at most this many matches are counted and ranked ("more than 500 results");
# ranking reads every candidate's vector, so it must stay bounded on big tables.
RANK_LIMIT = 500
# Objects whose title matches are ranked even beyond the first RANK_LIMIT matches.
TITLE_CANDIDATES = 300
# SQLite: at most this many matches per type are read (the simple search is for development).
SQLITE_LIMIT = 200

# ts_headline marks matches with these private-use characters; after escaping the whole
# text they become <mark> tags, so nothing else in a headline can ever be markup.
_START, _STOP, _FRAGMENT = "\ue000", "\ue001", "\ue002"
_SENTINELS = _START + _STOP + _FRAGMENT
_SENTINEL_SPLIT = re.compile(f"([{_START}{_STOP}])")
_NO_SENTINELS = dict.fromkeys(map(ord, _SENTINELS))
_TOKEN = re.compile(r"[^\W_]+")
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


# Declaring what is searchable ----------------------------------------------------------------


class SearchableModel(models.Model):
    """Adds `search_de` / `search_hu` and keeps them current whenever the object is saved.

    `search_fields` maps a weight to field names, e.g.
    `{"A": ("title",), "B": ("summary",), "C": ("report",)}`; the first "A" field is the
    title (highlighted, and used for typo tolerance). Translated fields (`title_de`,
    `title_hu`) are read in the vector's language, with the other language's text when
    empty. `search_markup_fields` hold HTML (tags are dropped from highlighted passages).
    A model whose texts are in one language only overrides `search_language()`.
    """

    search_fields: ClassVar[dict[str, Sequence[str]]] = {}
    search_markup_fields: ClassVar[frozenset[str]] = frozenset()

    search_de = SearchVectorField(null=True, editable=False)
    search_hu = SearchVectorField(null=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        manager = type(self)._base_manager.using(self._state.db)
        update_search_vectors(manager.filter(pk=self.pk))

    @classmethod
    def search_queryset(cls) -> models.QuerySet:
        """The objects the public may find."""
        return cls._default_manager.public()

    def search_language(self) -> str | None:
        """The one language all searchable texts are written in; None for translated ones."""
        return None


def searchable_models() -> list[type[SearchableModel]]:
    return [model for model in apps.get_models() if issubclass(model, SearchableModel)]


def title_field(model) -> str:
    return model.search_fields["A"][0]


def text_fields(model) -> list[str]:
    """The fields of the passage shown under a result: summary first, then the body."""
    return [name for weight in ("B", "C") for name in model.search_fields.get(weight, ())]


@cache
def is_translated(model, name: str) -> bool:
    names = {f.name for f in model._meta.get_fields()}
    return all(f"{name}_{code}" in names for code in LANGUAGE_CODES)


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


def is_postgresql(using: str) -> bool:
    return connections[using].vendor == "postgresql"


def update_search_vectors(queryset: models.QuerySet) -> int:
    """Recompute the vectors of every object in `queryset` with one UPDATE (PostgreSQL only)."""
    using = queryset.db
    if not is_postgresql(using):
        return 0
    model = queryset.model
    return queryset.update(
        **{f"search_{code}": search_vector(model, code) for code in LANGUAGE_CODES}
    )


def rebuild_search_index(
    using: str | None = None, only_missing: bool = False, state_apps=None
) -> dict[str, int]:
    """Recompute the vectors of every searchable model; returns the rows per model.

    With `state_apps` (the migration state after `migrate`), models whose table has no
    vectors yet in that state are skipped, e.g. after migrating backwards.
    """
    counts = {}
    for model in searchable_models():
        if state_apps is not None and not _has_vectors(state_apps, model):
            continue
        db = using or router.db_for_write(model)
        queryset = model._base_manager.using(db).all()
        if only_missing:
            queryset = queryset.filter(Q(search_de__isnull=True) | Q(search_hu__isnull=True))
        counts[model._meta.label] = update_search_vectors(queryset)
    if any(counts.values()):
        from core.cache import bump_generation

        bump_generation()  # cached result pages would still show the old hits
    return counts


def _has_vectors(state_apps, model) -> bool:
    try:
        state_model = state_apps.get_model(model._meta.label)
    except LookupError:
        return False
    names = {field.name for field in state_model._meta.get_fields()}
    return {f"search_{code}" for code in LANGUAGE_CODES} <= names


class PostgresOnlySQL(migrations.RunSQL):
    """RunSQL that does nothing on other databases (SQLite keeps the simple search)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


# SQL pieces ------------------------------------------------------------------------------------


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

    The SQL must stay exactly as in the migrations' CREATE INDEX, or the index is not used.
    """

    function = "regionet_unaccent"
    template = "%(function)s(%(expressions)s)"
    arg_joiner = " || ' ' || "
    output_field = models.TextField()

    def __init__(self, model):
        name = title_field(model)
        names = (
            [f"{name}_{code}" for code in LANGUAGE_CODES] if is_translated(model, name) else [name]
        )
        super().__init__(*[_CoalesceEmpty(F(column)) for column in names])


class TitleVector(Func):
    """`to_tsvector(config, COALESCE(NULLIF(title_de, ''), title_hu, ''))`: the title alone.

    The expression of the title indexes (one per language); like `TrigramTitle`, the SQL
    must stay exactly as in the migrations' CREATE INDEX.
    """

    output_field = SearchVectorField()

    def __init__(self, model, language: str):
        name = title_field(model)
        config = SEARCH_CONFIGS[language]
        if is_translated(model, name):
            others = [f"{name}_{code}" for code in LANGUAGE_CODES if code != language]
            columns = [f"{name}_{language}", *others]
            template = f"to_tsvector('{config}'::regconfig, COALESCE(NULLIF(%(expressions)s, ''))"
            arg_joiner = ", ''), "
        else:
            columns = [name]
            template = f"to_tsvector('{config}'::regconfig, COALESCE(%(expressions)s, ''))"
            arg_joiner = ", "
        super().__init__(
            *[F(column) for column in columns], template=template, arg_joiner=arg_joiner
        )


def _strip_markup(expression):
    return Func(expression, Value("<[^>]*>"), Value(" "), Value("g"), function="regexp_replace")


def _without_sentinels(expression):
    return Func(expression, Value(_SENTINELS), Value(""), function="translate")


def _passage(model, language: str):
    """The summary and body of an object as one text, for ts_headline."""
    parts = []
    for name in text_fields(model):
        text = field_text(model, name, language)
        if name in model.search_markup_fields:
            text = _strip_markup(text)
        parts.append(text)
    if not parts:
        return Value("")
    # ts_headline reads the whole text: long reports are cut so a page of hits stays cheap.
    text = Func(Value(" "), *parts, function="concat_ws", output_field=models.TextField())
    return _without_sentinels(Left(text, PASSAGE_LENGTH))


# Queries ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchType:
    """One kind of result: a language-independent key (used in ?type=) and its model."""

    key: str
    model: type[SearchableModel]

    @property
    def label(self) -> str:
        return capfirst(self.model._meta.verbose_name)

    @property
    def plural_label(self) -> str:
        return capfirst(self.model._meta.verbose_name_plural)


@dataclass
class CleanQuery:
    text: str
    tokens: list[str]
    truncated: bool = False


def clean_query(raw: str) -> CleanQuery:
    """The query as shown back (cut to MAX_QUERY_LENGTH) and its word tokens.

    Only letters and digits make tokens, so operators, quotes, backslashes, `%` and `_`
    never reach SQL or tsquery syntax. Raises ValueError for NUL bytes.
    """
    if "\x00" in raw:
        raise ValueError("NUL byte in query")
    text = unicodedata.normalize("NFC", raw)
    text = "".join(" " if unicodedata.category(char)[0] == "C" else char for char in text)
    text = _SPACE.sub(" ", text).strip()
    truncated = len(text) > MAX_QUERY_LENGTH
    if truncated:
        text = text[:MAX_QUERY_LENGTH].rstrip()
    tokens = []
    for token in _TOKEN.findall(text.lower()):
        token = token[:MAX_TOKEN_LENGTH]
        if token not in tokens:
            tokens.append(token)
    return CleanQuery(text=text, tokens=tokens[:MAX_TOKENS], truncated=truncated)


def normalize_tsquery(tokens: Sequence[str], language: str, operator: str, using: str) -> str:
    """The tsquery text for `tokens` (each a prefix), stemmed twice by the language's config.

    Stemming the stem again lets "hálózatok" (stem "halozat") find "hálózat" (stem
    "haloz"); with the prefix match that only widens, never narrows, what is found.
    An empty string means the query held only stop words.
    """
    config = SEARCH_CONFIGS[language]
    raw = f" {operator} ".join(f"{token}:*" for token in tokens)
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT to_tsquery(%s::regconfig, to_tsquery(%s::regconfig, %s)::text)::text",
            [config, config, raw],
        )
        return cursor.fetchone()[0] or ""


def highlight(text: str | None, markup: bool = False) -> SafeString:
    """Escape a headline completely; only its match markers become <mark> tags."""
    out, is_open = [], False
    for part in _SENTINEL_SPLIT.split(text or ""):
        if part == _START:
            if not is_open:
                out.append("<mark>")
                is_open = True
        elif part == _STOP:
            if is_open:
                out.append("</mark>")
                is_open = False
        elif part:
            if markup:
                part = html.unescape(part)
            part = part.replace(_FRAGMENT, " … ")
            part = part.translate(_NO_SENTINELS)
            out.append(escape(_SPACE.sub(" ", part)))
    if is_open:
        out.append("</mark>")
    return mark_safe("".join(out).strip())


def plain_highlight(text: str, tokens: Sequence[str], markup: bool, window: int = 0):
    """Python highlighting for SQLite: escape, then mark every token (accents and case
    ignored)."""
    if markup:
        text = html.unescape(_TAG.sub(" ", text))
    text = _SPACE.sub(" ", text.translate(_NO_SENTINELS)).strip()
    if window and len(text) > window:
        spans = folded_spans(text, tokens)
        start = max(0, (spans[0][0] if spans else 0) - window // 3)
        start = text.rfind(" ", 0, start) + 1 if start else 0
        end = text.find(" ", start + window)
        text = ("… " if start else "") + text[start : end if end > 0 else None]
        text += " …" if end > 0 else ""
    marked, last = [], 0
    for start, end in folded_spans(text, tokens):
        marked += [text[last:start], _START, text[start:end], _STOP]
        last = end
    return highlight("".join([*marked, text[last:]]))


@dataclass
class SearchHit:
    type: SearchType
    object: models.Model
    rank: float
    title: SafeString
    title_lang: str
    snippet: SafeString
    snippet_lang: str
    similar: bool = False
    fallback_notice: str = ""

    @property
    def url(self) -> str:
        return self.object.get_absolute_url()

    @property
    def label(self) -> str:
        return self.type.label


def _source_language(obj, names: Iterable[str], language: str) -> str:
    """`language` unless every translated field is empty there and filled in another."""
    translated = [name for name in names if is_translated(type(obj), name)]
    if not translated or any(getattr(obj, f"{name}_{language}", "") for name in translated):
        return language
    for code in LANGUAGE_CODES:
        if any(getattr(obj, f"{name}_{code}", "") for name in translated):
            return code
    return language


class SiteSearch:
    """One search: counts per type, ranked pages of hits and what to tell the visitor.

    `results` is a sequence for django.core.paginator.Paginator: its length is the total,
    and a slice runs one query for the ranked page plus one per type on that page.
    """

    def __init__(
        self,
        query: CleanQuery,
        types: Sequence[SearchType],
        language: str,
        type_key: str = "",
        using: str = "default",
    ):
        self.query, self.types, self.language, self.using = query, list(types), language, using
        self.type_key = type_key
        self.selected = [t for t in self.types if not type_key or t.key == type_key]
        self.by_key = {t.key: t for t in self.types}
        self.postgresql = is_postgresql(using)
        self.tsquery = ""
        self.only_stop_words = False
        self.any_word = False  # no object had every word; objects with some of them
        self.similar_only = False  # full-text search found nothing; similar titles instead
        self.counts: dict[str, int] = {t.key: 0 for t in self.types}
        self._hits: list[SearchHit] | None = None  # SQLite: every hit, already loaded
        self._listed: list[tuple] | None = None  # exact and similar rows, when few
        self._similar: set[tuple[str, int]] = set()
        self._compiled: dict = {}
        if not query.tokens:
            return
        if self.postgresql:
            self._search_postgresql()
        else:
            self._search_sqlite()

    # Results --------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many results can be listed (at most RANK_LIMIT per type)."""
        if self._hits is not None:
            return len(self._hits)
        if self._listed is not None:
            return len(self._listed)
        return sum(min(self.counts[t.key], RANK_LIMIT) for t in self.selected)

    @property
    def capped(self) -> bool:
        """More matches exist than are listed."""
        if self._hits is not None or self._listed is not None:
            return False
        return any(self.counts[t.key] > RANK_LIMIT for t in self.selected)

    @property
    def results(self):
        return _Results(self)

    def facets(self) -> list[dict]:
        return [
            {
                "type": t,
                "count": min(self.counts[t.key], RANK_LIMIT),
                "capped": self.counts[t.key] > RANK_LIMIT,
            }
            for t in self.types
        ]

    # PostgreSQL -------------------------------------------------------------------------------

    @property
    def vector(self) -> str:
        return f"search_{self.language}"

    def _matching(self, search_type: SearchType):
        return search_type.model.search_queryset().filter(
            **{self.vector: ParsedTsQuery(self.tsquery)}
        )

    def _search_postgresql(self):
        tokens = self.query.tokens
        self.tsquery = normalize_tsquery(tokens, self.language, "&", self.using)
        if not self.tsquery:
            self.only_stop_words = True
            return
        self._count()
        if sum(self.counts.values()) == 0 and len(tokens) > 1:
            self.tsquery = normalize_tsquery(tokens, self.language, "|", self.using)
            self._count()
            self.any_word = sum(self.counts.values()) > 0
        if sum(self.counts.values()) < FEW_RESULTS:
            self._add_similar_titles()

    def _sql(self, queryset) -> tuple[str, tuple]:
        return queryset.query.get_compiler(using=self.using).as_sql()

    def _rows(self, sql: str, params) -> list[tuple]:
        with connections[self.using].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def _matches_sql(self, search_type: SearchType) -> tuple[str, tuple]:
        """SELECT pk, rank of the first RANK_LIMIT + 1 matches; compiled once per type and query.

        Counting uses it too: PostgreSQL drops the rank from a subquery that only is counted.
        """
        key = (search_type.key, self.tsquery)
        if key not in self._compiled:
            rank = SearchRank(F(self.vector), ParsedTsQuery(self.tsquery))
            self._compiled[key] = self._sql(
                self._matching(search_type)
                .annotate(hit_pk=F("pk"), hit_rank=rank)
                .order_by()
                .values_list("hit_pk", "hit_rank")[: RANK_LIMIT + 1]
            )
        return self._compiled[key]

    def _count(self):
        """Matches per type, counted up to RANK_LIMIT + 1 (one query for every type)."""
        parts, params = [], []
        for t in self.types:
            matches, match_params = self._matches_sql(t)
            parts.append(f"SELECT %s, COUNT(*) FROM ({matches}) AS matches")
            params += [t.key, *match_params]
        self.counts = {t.key: 0 for t in self.types}
        self.counts.update(dict(self._rows(" UNION ALL ".join(parts), params)))

    def _ranked(self, offset: int, limit: int, types=None) -> list[tuple[str, int, float]]:
        """(type, pk, rank) of one page, best first, in one query for every type.

        Ranking reads each candidate's vector, so it is bounded: per type, the objects
        whose title matches (TITLE_CANDIDATES, found with the title index) and the first
        RANK_LIMIT matches the index yields; with fewer matches, this is every match.
        """
        query = ParsedTsQuery(self.tsquery)
        parts, params = [], []
        # A type without matches has no title matches either: its title is in its vector.
        for t in [t for t in types or self.selected if self.counts[t.key]]:
            rank = SearchRank(F(self.vector), query)
            titles, title_params = self._sql(
                t.model.search_queryset()
                .alias(title_vector=TitleVector(t.model, self.language))
                .filter(title_vector=query)
                .annotate(hit_pk=F("pk"), hit_rank=rank)
                .order_by()
                .values_list("hit_pk", "hit_rank")[:TITLE_CANDIDATES]
            )
            matches, match_params = self._matches_sql(t)
            # UNION drops the objects found both ways (same pk, same rank). Columns are
            # referred to by their aliases: Django may order a SELECT list its own way.
            parts.append(
                "(SELECT %s AS hit_type, hit_pk AS pk, hit_rank "
                f"FROM (({titles}) UNION ({matches})) AS candidates "
                f"ORDER BY hit_rank DESC, hit_pk LIMIT {RANK_LIMIT})"
            )
            params += [t.key, *title_params, *match_params]
        if not parts:
            return []
        sql = (
            f"SELECT * FROM ({' UNION ALL '.join(parts)}) AS hits "
            "ORDER BY hit_rank DESC, hit_type, pk LIMIT %s OFFSET %s"
        )
        return self._rows(sql, [*params, limit, offset])

    def _add_similar_titles(self):
        """Titles similar to the query (trigrams on unaccented text), after the exact hits."""
        # Numbers have no typos worth guessing ("4711" is not "4710").
        phrase = " ".join(t for t in self.query.tokens if any(c.isalpha() for c in t))
        if not phrase:
            return
        found = self._ranked(0, FEW_RESULTS, self.types) if sum(self.counts.values()) else []
        parts, params = [], []
        for t in self.types:
            candidates, candidate_params = self._sql(
                t.model.search_queryset()
                .annotate(hit_pk=F("pk"), trigram_title=TrigramTitle(t.model))
                .filter(
                    trigram_title__trigram_word_similar=Func(
                        Value(phrase), function="regionet_unaccent"
                    )
                )
                .order_by()
                .values("hit_pk", "trigram_title")[:TRIGRAM_CANDIDATES]
            )
            parts.append(
                "(SELECT %s AS hit_type, hit_pk AS pk, "
                "word_similarity(regionet_unaccent(%s), trigram_title) "
                f"AS hit_rank FROM ({candidates}) AS candidates)"
            )
            params += [t.key, phrase, *candidate_params]
        sql = (
            f"SELECT * FROM ({' UNION ALL '.join(parts)}) AS hits "
            "ORDER BY hit_rank DESC, hit_type, pk LIMIT %s"
        )
        with transaction.atomic(using=self.using):
            # Only for this transaction; the default (0.6) misses swapped letters.
            self._rows(
                "SELECT set_config('pg_trgm.word_similarity_threshold', %s, true)",
                [str(TRIGRAM_THRESHOLD)],
            )
            similar = self._rows(sql, [*params, TRIGRAM_LIMIT])
        exact = {(kind, pk) for kind, pk, _rank in found}
        similar = [row for row in similar if (row[0], row[1]) not in exact]
        if not similar:
            return
        self.similar_only = not found
        # The counts now describe what is listed.
        self.counts = {t.key: 0 for t in self.types}
        for kind, _pk, _rank in found + similar:
            self.counts[kind] += 1
        wanted = {t.key for t in self.selected}
        self._similar = {(kind, pk) for kind, pk, _rank in similar}
        self._listed = [row for row in found + similar if row[0] in wanted]

    def _hydrate(self, rows) -> list[SearchHit]:
        """Objects and highlighted passages for ranked (kind, pk, rank) rows, one query per type."""
        by_kind: dict[str, list[int]] = {}
        for kind, pk, _rank in rows:
            by_kind.setdefault(kind, []).append(pk)
        objects = {}
        for kind, pks in by_kind.items():
            search_type = self.by_key[kind]
            for obj in self._with_headlines(search_type.model).filter(pk__in=pks):
                objects[(kind, obj.pk)] = obj
        hits = []
        for kind, pk, rank in rows:
            obj = objects.get((kind, pk))
            if obj is None:
                continue
            similar = (kind, pk) in self._similar
            hits.append(self._hit(self.by_key[kind], obj, rank, similar))
        return hits

    def _with_headlines(self, model):
        query = ParsedTsQuery(self.tsquery)
        config = SEARCH_CONFIGS[self.language]
        title = _without_sentinels(field_text(model, title_field(model), self.language))
        return (
            model._base_manager.using(self.using)
            .defer(*[f"search_{code}" for code in LANGUAGE_CODES])
            .annotate(
                title_headline=SearchHeadline(
                    title,
                    query,
                    config=config,
                    start_sel=_START,
                    stop_sel=_STOP,
                    highlight_all=True,
                ),
                passage_headline=SearchHeadline(
                    _passage(model, self.language),
                    query,
                    config=config,
                    start_sel=_START,
                    stop_sel=_STOP,
                    max_words=35,
                    min_words=15,
                    max_fragments=2,
                    fragment_delimiter=_FRAGMENT,
                ),
            )
        )

    def _hit(self, search_type: SearchType, obj, rank: float, similar: bool) -> SearchHit:
        model = type(obj)
        markup = bool(model.search_markup_fields & set(text_fields(model)))
        title_name = title_field(model)
        if hasattr(obj, "title_headline"):
            title = highlight(obj.title_headline)
            snippet = highlight(obj.passage_headline, markup=markup)
        else:
            title = plain_highlight(_text(obj, title_name, self.language), self.query.tokens, False)
            passage = " ".join(_text(obj, name, self.language) for name in text_fields(model))
            snippet = plain_highlight(passage, self.query.tokens, markup, window=240)
        if obj.search_language():
            title_lang = snippet_lang = obj.search_language()
        else:
            title_lang = _source_language(obj, [title_name], self.language)
            snippet_lang = _source_language(obj, text_fields(model), self.language)
        shown_in = {title_lang, snippet_lang} - {self.language}
        return SearchHit(
            type=search_type,
            object=obj,
            rank=rank,
            title=title,
            title_lang=title_lang,
            snippet=snippet,
            snippet_lang=snippet_lang,
            similar=similar,
            fallback_notice=str(FALLBACK_NOTICES[shown_in.pop()]) if shown_in else "",
        )

    # SQLite -------------------------------------------------------------------------------------

    def _search_sqlite(self):
        """Every word somewhere in the object's text (either language); title matches first."""
        hits = []
        for search_type in self.types:
            model = search_type.model
            names = [name for weight in WEIGHTS for name in model.search_fields.get(weight, ())]
            condition = Q()
            for token in self.query.tokens:
                any_field = Q()
                for name in names:
                    columns = (
                        [f"{name}_{code}" for code in LANGUAGE_CODES]
                        if is_translated(model, name)
                        else [name]
                    )
                    for column in columns:
                        any_field |= Q(contains_ignoring_accents(column, token, self.using))
                condition &= any_field
            matches = list(
                model.search_queryset()
                .using(self.using)
                .filter(condition)
                .defer(*[f"search_{code}" for code in LANGUAGE_CODES])[:SQLITE_LIMIT]
            )
            self.counts[search_type.key] = len(matches)
            if self.type_key and search_type.key != self.type_key:
                continue
            for obj in matches:
                title = fold(_text(obj, title_field(model), self.language))
                rank = sum(1.0 for token in self.query.tokens if fold(token) in title) + 0.1
                hits.append(self._hit(search_type, obj, rank, similar=False))
        hits.sort(key=lambda hit: (-hit.rank, hit.type.key, hit.object.pk))
        self._hits = hits


def _text(obj, name: str, language: str) -> str:
    if not is_translated(type(obj), name):
        return getattr(obj, name, "") or ""
    for code in [language, *[c for c in LANGUAGE_CODES if c != language]]:
        value = getattr(obj, f"{name}_{code}", "")
        if value:
            return value
    return ""


class _Results(Sequence):
    """The hits of a SiteSearch, fetched page by page (for Paginator)."""

    def __init__(self, search: SiteSearch):
        self.search = search

    def __len__(self) -> int:
        return self.search.total

    def count(self) -> int:  # Paginator prefers count() over len()
        return self.search.total

    def __getitem__(self, index):
        search = self.search
        if search._hits is not None:
            return search._hits[index]
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _step = index.indices(len(self))
        if stop <= start:
            return []
        if search._listed is not None:
            return search._hydrate(search._listed[start:stop])
        return search._hydrate(search._ranked(start, stop - start))
