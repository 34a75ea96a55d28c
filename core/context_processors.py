from django.conf import settings
from django.utils.functional import SimpleLazyObject

from core.cache import generations
from core.models import Page


def footer_pages() -> list[Page]:
    """The footer's project pages (base.html caches the rendered footer per generation)."""
    return list(Page.objects.public().filter(show_in_footer=True))


def site(request):
    """What every page's frame needs: the footer's project pages, the portal's name and the
    cache generations that fragments are keyed by (`{% cache … cache_generations.core %}`)."""
    return {
        "footer_pages": SimpleLazyObject(footer_pages),  # one query, only when rendered
        "cache_generations": SimpleLazyObject(lambda: generations(request)),
        "SITE_NAME": "REGIONET aktív",
        "DEFAULT_LANGUAGE": settings.LANGUAGE_CODE,
    }
