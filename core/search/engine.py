"""One site search: which query runs, counts per type, and pages of hits for the paginator.

On PostgreSQL: every word (as a prefix) in the vector of the page's language; if no object
has them all, any of them; if that finds few, titles of a similar spelling are added
(`ranking`, `similar`, `loading`). On SQLite: the simple search (`sqlite`).
"""

from collections.abc import Sequence

from core.search.expressions import is_postgresql
from core.search.loading import load_hits
from core.search.query import CleanQuery, normalize_tsquery
from core.search.ranking import FullTextMatches, capped, listed
from core.search.results import SearchHit, SearchType
from core.search.similar import similar_titles
from core.search.sqlite import sqlite_search

# Below this many full-text results, titles with a similar spelling are added.
FEW_RESULTS = 3


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
        self.matches: FullTextMatches | None = None
        self.only_stop_words = False
        self.any_word = False  # no object had every word; objects with some of them
        self.similar_only = False  # full-text search found nothing; similar titles instead
        self.counts: dict[str, int] = {t.key: 0 for t in self.types}
        self._hits: list[SearchHit] | None = None  # SQLite: every hit, already loaded
        self._listed: list[tuple] | None = None  # exact and similar rows, when few
        self._similar: set[tuple[str, int]] = set()
        if not query.tokens:
            return
        if self.postgresql:
            self._search_postgresql()
        else:
            self.counts, self._hits = sqlite_search(query, self.types, type_key, language, using)

    @property
    def total(self) -> int:
        """How many results can be listed (at most RANK_LIMIT per type)."""
        if self._hits is not None:
            return len(self._hits)
        if self._listed is not None:
            return len(self._listed)
        return sum(listed(self.counts[t.key]) for t in self.selected)

    @property
    def capped(self) -> bool:
        """More matches exist than are listed."""
        if self._hits is not None or self._listed is not None:
            return False
        return any(capped(self.counts[t.key]) for t in self.selected)

    @property
    def results(self):
        return _Results(self)

    def facets(self) -> list[dict]:
        return [
            {
                "type": t,
                "count": listed(self.counts[t.key]),
                "capped": capped(self.counts[t.key]),
            }
            for t in self.types
        ]

    def _search_postgresql(self):
        tokens = self.query.tokens
        tsquery = normalize_tsquery(tokens, self.language, "&", self.using)
        if not tsquery:
            self.only_stop_words = True
            return
        self.matches = FullTextMatches(tsquery, self.language, self.using)
        self.counts = self.matches.count(self.types)
        if sum(self.counts.values()) == 0 and len(tokens) > 1:
            tsquery = normalize_tsquery(tokens, self.language, "|", self.using)
            self.matches = FullTextMatches(tsquery, self.language, self.using)
            self.counts = self.matches.count(self.types)
            self.any_word = sum(self.counts.values()) > 0
        if sum(self.counts.values()) < FEW_RESULTS:
            self._add_similar_titles()

    def _add_similar_titles(self):
        """Titles similar to the query (trigrams on unaccented text), after the exact hits."""
        # Numbers have no typos worth guessing ("4711" is not "4710").
        phrase = " ".join(t for t in self.query.tokens if any(c.isalpha() for c in t))
        if not phrase:
            return
        found = []
        if sum(self.counts.values()):
            found = self.matches.ranked(self.types, self.counts, 0, FEW_RESULTS)
        exact = {(kind, pk) for kind, pk, _rank in found}
        similar = [
            row for row in similar_titles(phrase, self.types, self.using) if row[:2] not in exact
        ]
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

    def _load(self, rows) -> list[SearchHit]:
        tsquery = self.matches.tsquery
        return load_hits(rows, self.by_key, self._similar, tsquery, self.language, self.using)


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
            return search._load(search._listed[start:stop])
        rows = search.matches.ranked(search.selected, search.counts, start, stop - start)
        return search._load(rows)
