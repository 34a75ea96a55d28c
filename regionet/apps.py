from django.apps import AppConfig


class RegionetConfig(AppConfig):
    """The site on top: settings, root urls, site-wide pages and the demo commands."""

    name = "regionet"
