from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StudyTripsConfig(AppConfig):
    name = "studytrips"
    verbose_name = _("Study trips")
