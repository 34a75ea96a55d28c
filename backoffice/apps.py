from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackofficeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "backoffice"
    verbose_name = _("Back office")

    def ready(self):
        from django.apps import apps

        # django-axes has no translated app name: the admin showed "AXES" in both languages.
        if apps.is_installed("axes"):
            apps.get_app_config("axes").verbose_name = _("Login attempts")
