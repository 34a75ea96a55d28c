from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _

from core.cache import content_changed
from core.text import add_sqlite_functions


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Portal")

    def ready(self):
        # Only now: core.search defines a model (SearchableModel), which needs the app registry.
        from core import checks  # noqa: F401  (registers the system checks)
        from core.search.index import fill_missing_search_vectors, update_vectors_on_save

        connection_created.connect(add_sqlite_functions, dispatch_uid="regionet-sqlite")

        post_save.connect(content_changed, dispatch_uid="page-cache-save")
        post_delete.connect(content_changed, dispatch_uid="page-cache-delete")
        m2m_changed.connect(content_changed, dispatch_uid="page-cache-m2m")

        post_save.connect(update_vectors_on_save, dispatch_uid="search-vectors-save")
        post_migrate.connect(fill_missing_search_vectors, sender=self)

        # Every model modeltranslation translates keeps its per-field translation state.
        from core import translation_state

        translation_state.connect()
