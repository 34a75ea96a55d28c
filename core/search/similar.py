"""PostgreSQL: titles with a similar spelling ("Studienriese" finds "Studienreise").

Trigrams on the unaccented titles, found with each model's trigram index.
"""

from collections.abc import Sequence

from django.db import transaction
from django.db.models import F, Func, Value

from core.search.expressions import TrigramTitle
from core.search.ranking import compiled, fetch
from core.search.results import SearchType

TRIGRAM_THRESHOLD = 0.5
TRIGRAM_LIMIT = 50
# Per type, at most this many similar titles are compared (each comparison unaccents a title).
TRIGRAM_CANDIDATES = 200


def similar_titles(
    phrase: str, types: Sequence[SearchType], using: str
) -> list[tuple[str, int, float]]:
    """(type, pk, similarity) of the titles most like `phrase`, best first."""
    parts, params = [], []
    for t in types:
        candidates, candidate_params = compiled(
            t.model.search_queryset()
            .annotate(hit_pk=F("pk"), trigram_title=TrigramTitle(t.model))
            .filter(
                trigram_title__trigram_word_similar=Func(
                    Value(phrase), function="regionet_unaccent"
                )
            )
            .order_by()
            .values("hit_pk", "trigram_title")[:TRIGRAM_CANDIDATES],
            using,
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
    with transaction.atomic(using=using):
        # Only for this transaction; the default (0.6) misses swapped letters.
        fetch(
            using,
            "SELECT set_config('pg_trgm.word_similarity_threshold', %s, true)",
            [str(TRIGRAM_THRESHOLD)],
        )
        return fetch(using, sql, [*params, TRIGRAM_LIMIT])
