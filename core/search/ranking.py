"""PostgreSQL: the full-text matches of one tsquery, counted per type and ranked page by page."""

from collections.abc import Sequence

from django.contrib.postgres.search import SearchRank
from django.db import connections
from django.db.models import F

from core.search.expressions import ParsedTsQuery, TitleVector
from core.search.results import SearchType

# Per type, at most this many matches are counted and ranked ("more than 500 results");
# ranking reads every candidate's vector, so it must stay bounded on big tables.
RANK_LIMIT = 500
# Objects whose title matches are ranked even beyond the first RANK_LIMIT matches.
TITLE_CANDIDATES = 300


def listed(count: int) -> int:
    """How many of `count` matches of one type can be listed."""
    return min(count, RANK_LIMIT)


def capped(count: int) -> bool:
    """More matches of one type exist than are listed."""
    return count > RANK_LIMIT


def compiled(queryset, using: str) -> tuple[str, tuple]:
    return queryset.query.get_compiler(using=using).as_sql()


def fetch(using: str, sql: str, params) -> list[tuple]:
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


class FullTextMatches:
    """The objects whose vector in `language` matches `tsquery`."""

    def __init__(self, tsquery: str, language: str, using: str):
        self.tsquery, self.language, self.using = tsquery, language, using
        self.vector = f"search_{language}"
        self._compiled: dict[str, tuple[str, tuple]] = {}

    def _matches_sql(self, search_type: SearchType) -> tuple[str, tuple]:
        """SELECT pk, rank of the first RANK_LIMIT + 1 matches; compiled once per type.

        Counting uses it too: PostgreSQL drops the rank from a subquery that only is counted.
        """
        if search_type.key not in self._compiled:
            rank = SearchRank(F(self.vector), ParsedTsQuery(self.tsquery))
            self._compiled[search_type.key] = compiled(
                search_type.model.search_queryset()
                .filter(**{self.vector: ParsedTsQuery(self.tsquery)})
                .annotate(hit_pk=F("pk"), hit_rank=rank)
                .order_by()
                .values_list("hit_pk", "hit_rank")[: RANK_LIMIT + 1],
                self.using,
            )
        return self._compiled[search_type.key]

    def count(self, types: Sequence[SearchType]) -> dict[str, int]:
        """Matches per type, counted up to RANK_LIMIT + 1 (one query for every type)."""
        parts, params = [], []
        for t in types:
            matches, match_params = self._matches_sql(t)
            parts.append(f"SELECT %s, COUNT(*) FROM ({matches}) AS matches")
            params += [t.key, *match_params]
        counts = {t.key: 0 for t in types}
        counts.update(dict(fetch(self.using, " UNION ALL ".join(parts), params)))
        return counts

    def ranked(
        self, types: Sequence[SearchType], counts: dict[str, int], offset: int, limit: int
    ) -> list[tuple[str, int, float]]:
        """(type, pk, rank) of one page, best first, in one query for every type.

        Ranking reads each candidate's vector, so it is bounded: per type, the objects
        whose title matches (TITLE_CANDIDATES, found with the title index) and the first
        RANK_LIMIT matches the index yields; with fewer matches, this is every match.
        """
        query = ParsedTsQuery(self.tsquery)
        parts, params = [], []
        # A type without matches has no title matches either: its title is in its vector.
        for t in [t for t in types if counts[t.key]]:
            rank = SearchRank(F(self.vector), query)
            titles, title_params = compiled(
                t.model.search_queryset()
                .alias(title_vector=TitleVector(t.model, self.language))
                .filter(title_vector=query)
                .annotate(hit_pk=F("pk"), hit_rank=rank)
                .order_by()
                .values_list("hit_pk", "hit_rank")[:TITLE_CANDIDATES],
                self.using,
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
        return fetch(self.using, sql, [*params, limit, offset])
