"""Site search in German and Hungarian.

On PostgreSQL: full-text search in the visitor's language over vectors stored per language
(`search_de`, `search_hu`, each with a GIN index), built with the text-search
configurations `german_unaccent` / `hungarian_unaccent` (the language's stemmer behind
`unaccent`, so "halozat" finds "hálózat"), weighted A (title), B (summary), C (body),
with prefix matching and, when that finds little, trigram similarity on the titles
("Studienriese" finds "Studienreise"). On SQLite: case-insensitive containment.

A model takes part by inheriting `SearchableModel` and declaring `search_fields`, plus one
migration with `CreateSearchIndexes`; the site-wide view lists the models in
`SearchType`s. The modules, from the bottom: `models` (the declaration), `expressions`
(the SQL), `index` (keeping vectors current), `operations` (migrations), `query`
(the visitor's words), `highlight`, `results` (a hit), `ranking`, `similar` and `loading`
(PostgreSQL), `sqlite`, and `engine` (`SiteSearch`, which uses them). No app is imported.
"""

from core.search.engine import SiteSearch
from core.search.index import rebuild_search_index, update_search_vectors
from core.search.models import SearchableModel
from core.search.operations import CreateSearchIndexes, PostgresOnlySQL
from core.search.query import MAX_QUERY_LENGTH, clean_query
from core.search.results import SearchType

__all__ = [
    "MAX_QUERY_LENGTH",
    "CreateSearchIndexes",
    "PostgresOnlySQL",
    "SearchType",
    "SearchableModel",
    "SiteSearch",
    "clean_query",
    "rebuild_search_index",
    "update_search_vectors",
]
