from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GoodPracticeConfig(AppConfig):
    name = "goodpractice"
    verbose_name = _("Good practice")
