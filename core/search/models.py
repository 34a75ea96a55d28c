"""What makes a model searchable: the declaration on the model and its two stored vectors."""

from collections.abc import Sequence
from typing import ClassVar

from django.apps import apps
from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchableModel(models.Model):
    """Adds `search_de` / `search_hu`, which `core.search.index` keeps current on every save.

    `search_fields` maps a weight to field names, e.g.
    `{"A": ("title",), "B": ("summary",), "C": ("report",)}`; the first "A" field is the
    title (highlighted, and used for typo tolerance). Translated fields (`title_de`,
    `title_hu`) are read in the vector's language, with the other language's text when
    empty. `search_markup_fields` hold HTML (tags are dropped from highlighted passages).
    A model whose texts are in one language only overrides `search_language()`.

    Besides this declaration, a searchable model needs one migration: the two fields
    (`makemigrations` adds them) and `core.search.operations.CreateSearchIndexes`.
    """

    search_fields: ClassVar[dict[str, Sequence[str]]] = {}
    search_markup_fields: ClassVar[frozenset[str]] = frozenset()

    # Read only by the search's SQL: querysets leave them out (core.publishing.PublicQuerySet).
    unshown_fields: ClassVar[tuple[str, ...]] = ("search_de", "search_hu")

    search_de = SearchVectorField(null=True, editable=False)
    search_hu = SearchVectorField(null=True, editable=False)

    class Meta:
        abstract = True

    @classmethod
    def search_queryset(cls) -> models.QuerySet:
        """The objects the public may find."""
        return cls._default_manager.public()

    def search_language(self) -> str | None:
        """The one language all searchable texts are written in; None for translated ones."""
        return None


def searchable_models() -> list[type[SearchableModel]]:
    return [model for model in apps.get_models() if issubclass(model, SearchableModel)]
