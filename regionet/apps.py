from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegionetConfig(AppConfig):
    name = "regionet"
    verbose_name = _("Portal")
