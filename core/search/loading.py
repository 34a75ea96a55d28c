"""PostgreSQL: the objects of one page of ranked rows, with their highlighted headlines."""

from django.contrib.postgres.search import SearchHeadline
from django.db import models
from django.db.models import Func, Value
from django.db.models.functions import Left, NullIf

from core.i18n import LANGUAGE_CODES
from core.search.expressions import (
    SEARCH_CONFIGS,
    ParsedTsQuery,
    field_text,
    text_fields,
    title_field,
)
from core.search.highlight import FRAGMENT, SENTINELS, START, STOP, highlight
from core.search.results import (
    PASSAGE_SEPARATOR,
    SearchHit,
    SearchType,
    has_markup,
    make_hit,
)

# The passage under a result is taken from the first characters of summary and body.
PASSAGE_LENGTH = 3000


def load_hits(
    rows,
    by_key: dict[str, SearchType],
    similar: set[tuple[str, int]],
    tsquery: str,
    language: str,
    using: str,
) -> list[SearchHit]:
    """Hits for ranked (kind, pk, rank) rows, in their order, with one query per type.

    `similar` holds the (kind, pk) found by a similar spelling of their title only.
    """
    by_kind: dict[str, list[int]] = {}
    for kind, pk, _rank in rows:
        by_kind.setdefault(kind, []).append(pk)
    objects = {}
    for kind, pks in by_kind.items():
        model = by_key[kind].model
        for obj in with_headlines(model, tsquery, language, using).filter(pk__in=pks):
            objects[(kind, obj.pk)] = obj
    hits = []
    for kind, pk, rank in rows:
        obj = objects.get((kind, pk))
        if obj is None:
            continue
        title = highlight(obj.title_headline)
        snippet = highlight(obj.passage_headline, markup=has_markup(type(obj)))
        hits.append(
            make_hit(by_key[kind], obj, rank, title, snippet, language, (kind, pk) in similar)
        )
    return hits


def with_headlines(model, tsquery: str, language: str, using: str) -> models.QuerySet:
    """The objects with `title_headline` and `passage_headline`, matches marked."""
    query = ParsedTsQuery(tsquery)
    config = SEARCH_CONFIGS[language]
    title = _without_sentinels(field_text(model, title_field(model), language))
    return (
        model._base_manager.using(using)
        .defer(*[f"search_{code}" for code in LANGUAGE_CODES])
        .annotate(
            title_headline=SearchHeadline(
                title,
                query,
                config=config,
                start_sel=START,
                stop_sel=STOP,
                highlight_all=True,
            ),
            passage_headline=SearchHeadline(
                _passage(model, language),
                query,
                config=config,
                start_sel=START,
                stop_sel=STOP,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=FRAGMENT,
            ),
        )
    )


def _strip_markup(expression):
    return Func(expression, Value("<[^>]*>"), Value(" "), Value("g"), function="regexp_replace")


def _without_sentinels(expression):
    return Func(expression, Value(SENTINELS), Value(""), function="translate")


def _passage(model, language: str):
    """The summary and body of an object as one text, for ts_headline."""
    parts = []
    for name in text_fields(model):
        text = field_text(model, name, language)
        if name in model.search_markup_fields:
            text = _strip_markup(text)
        parts.append(NullIf(text, Value("")))
    if not parts:
        return Value("")
    # ts_headline reads the whole text: long reports are cut so a page of hits stays cheap.
    # A separator, so a subtitle does not run into the summary ("…kooperationen · Vier Tage").
    text = Func(
        Value(PASSAGE_SEPARATOR), *parts, function="concat_ws", output_field=models.TextField()
    )
    return _without_sentinels(Left(text, PASSAGE_LENGTH))
