from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def fill_missing_search_vectors(sender, using, apps=None, **kwargs):
    """Rows that existed before the search migrations (or came in raw) get their vectors."""
    from core.search import rebuild_search_index

    rebuild_search_index(using=using, only_missing=True, state_apps=apps)


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Portal")

    def ready(self):
        from django.db.backends.signals import connection_created
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from core.text import add_sqlite_functions

        connection_created.connect(add_sqlite_functions, dispatch_uid="regionet-sqlite")

        from core.cache import content_changed

        post_save.connect(content_changed, dispatch_uid="page-cache-save")
        post_delete.connect(content_changed, dispatch_uid="page-cache-delete")
        m2m_changed.connect(content_changed, dispatch_uid="page-cache-m2m")

        post_migrate.connect(fill_missing_search_vectors, sender=self)
