"""The simple search on SQLite (development): every word somewhere in an object's texts.

Case and accents are ignored (`core.text`), either language's text counts, titles that
hold the words come first, and the marking is done in Python.
"""

from django.db.models import Q

from core.i18n import LANGUAGE_CODES
from core.search.expressions import WEIGHTS, columns, is_translated, text_fields, title_field
from core.search.highlight import plain_highlight
from core.search.query import CleanQuery
from core.search.results import (
    PASSAGE_SEPARATOR,
    SearchHit,
    SearchType,
    has_markup,
    make_hit,
)
from core.text import contains_ignoring_accents, fold

# At most this many matches per type are read (the simple search is for development).
SQLITE_LIMIT = 200


def sqlite_search(
    query: CleanQuery, types: list[SearchType], type_key: str, language: str, using: str
) -> tuple[dict[str, int], list[SearchHit]]:
    """The matches per type (of every type) and the hits (of `type_key`, or all), best first."""
    counts = {t.key: 0 for t in types}
    hits = []
    for search_type in types:
        model = search_type.model
        names = [name for weight in WEIGHTS for name in model.search_fields.get(weight, ())]
        condition = Q()
        for token in query.tokens:
            any_field = Q()
            for name in names:
                for column in columns(model, name):
                    any_field |= Q(contains_ignoring_accents(column, token, using))
            condition &= any_field
        matches = list(
            model.search_queryset()
            .using(using)
            .filter(condition)
            .defer(*[f"search_{code}" for code in LANGUAGE_CODES])[:SQLITE_LIMIT]
        )
        counts[search_type.key] = len(matches)
        if type_key and search_type.key != type_key:
            continue
        for obj in matches:
            title = fold(_text(obj, title_field(model), language))
            rank = sum(1.0 for token in query.tokens if fold(token) in title) + 0.1
            hits.append(_hit(search_type, obj, rank, query, language))
    hits.sort(key=lambda hit: (-hit.rank, hit.type.key, hit.object.pk))
    return counts, hits


def _hit(search_type: SearchType, obj, rank: float, query: CleanQuery, language: str):
    model = type(obj)
    title = plain_highlight(_text(obj, title_field(model), language), query.tokens, False)
    texts = (_text(obj, name, language) for name in text_fields(model))
    passage = PASSAGE_SEPARATOR.join(text for text in texts if text)
    snippet = plain_highlight(passage, query.tokens, has_markup(model), window=240)
    return make_hit(search_type, obj, rank, title, snippet, language)


def _text(obj, name: str, language: str) -> str:
    """A field's text in `language`, or in the other language when empty there."""
    if not is_translated(type(obj), name):
        return getattr(obj, name, "") or ""
    for code in [language, *[c for c in LANGUAGE_CODES if c != language]]:
        value = getattr(obj, f"{name}_{code}", "")
        if value:
            return value
    return ""
