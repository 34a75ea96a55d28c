from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegionetConfig(AppConfig):
    name = "regionet"
    verbose_name = _("Portal")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from regionet.cache import content_changed

        post_save.connect(content_changed, dispatch_uid="page-cache-save")
        post_delete.connect(content_changed, dispatch_uid="page-cache-delete")
        m2m_changed.connect(content_changed, dispatch_uid="page-cache-m2m")
