from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def fill_missing_search_vectors(sender, using, apps=None, **kwargs):
    """Rows that existed before the search migrations (or came in raw) get their vectors."""
    from regionet.search import rebuild_search_index

    rebuild_search_index(using=using, only_missing=True, state_apps=apps)


class RegionetConfig(AppConfig):
    name = "regionet"
    verbose_name = _("Portal")

    def ready(self):
        post_migrate.connect(fill_missing_search_vectors, sender=self)
