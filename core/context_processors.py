from django.conf import settings
from django.core.cache import cache

from core.models import Page

FOOTER_CACHE_KEY = "footer-pages"


def footer_pages() -> list[Page]:
    """The footer's project pages, cached; saving or deleting a page clears them."""
    pages = cache.get(FOOTER_CACHE_KEY)
    if pages is None:
        pages = list(Page.objects.public().filter(show_in_footer=True))
        cache.set(FOOTER_CACHE_KEY, pages, 300)
    return pages


def site(request):
    """What every page's frame needs: the footer's project pages and the portal's name."""
    return {
        "footer_pages": footer_pages,
        "SITE_NAME": "REGIONET aktív",
        "DEFAULT_LANGUAGE": settings.LANGUAGE_CODE,
    }
