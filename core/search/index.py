"""Keeping the stored vectors current: on save, after bulk changes and after migrations.

`CoreConfig.ready()` connects `update_vectors_on_save` (post_save) and
`fill_missing_search_vectors` (post_migrate). On SQLite there are no vectors to keep.
"""

from django.db import models, router
from django.db.models import Q

from core.cache import bump_generation
from core.i18n import LANGUAGE_CODES
from core.search.expressions import is_postgresql, search_vector
from core.search.models import SearchableModel, searchable_models


def update_search_vectors(queryset: models.QuerySet) -> int:
    """Recompute the vectors of every object in `queryset` with one UPDATE (PostgreSQL only)."""
    using = queryset.db
    if not is_postgresql(using):
        return 0
    model = queryset.model
    return queryset.update(
        **{f"search_{code}": search_vector(model, code) for code in LANGUAGE_CODES}
    )


def update_vectors_on_save(sender, instance, raw=False, using=None, **kwargs) -> None:
    """post_save: the saved object's vectors, from its texts as stored.

    Fixtures (`raw`) are left to `fill_missing_search_vectors` and `update_search_index`.
    """
    if raw or not isinstance(instance, SearchableModel):
        return
    update_search_vectors(sender._base_manager.using(using).filter(pk=instance.pk))


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
        bump_generation()  # cached result pages would still show the old hits
    return counts


def fill_missing_search_vectors(sender, using, apps=None, **kwargs) -> None:
    """post_migrate: rows that existed before the search migrations (or came in raw)."""
    rebuild_search_index(using=using, only_missing=True, state_apps=apps)


def _has_vectors(state_apps, model) -> bool:
    try:
        state_model = state_apps.get_model(model._meta.label)
    except LookupError:
        return False
    names = {field.name for field in state_model._meta.get_fields()}
    return {f"search_{code}" for code in LANGUAGE_CODES} <= names
