from django.conf import settings

from regionet.models import Page


def site(request):
    """What every page's frame needs: the footer's project pages and the portal's name."""
    return {
        "footer_pages": Page.objects.published().filter(show_in_footer=True),
        "SITE_NAME": "REGIONET aktív",
        "DEFAULT_LANGUAGE": settings.LANGUAGE_CODE,
    }
