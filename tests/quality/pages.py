"""The public page types, each in both languages, from the demo content."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils import translation

from network.models import Company, Network
from regionet.models import Page

SEARCH_WORDS = {"de": "Netzwerk", "hu": "halozat"}


def page_type_urls() -> dict[str, str]:
    """One URL per public page type and language, e.g. {"network-detail/hu": "/hu/…"}."""
    network = Network.objects.filter(member_networks__isnull=False).first()
    fallback_network = Network.objects.filter(description_hu="").first() or network
    company = Company.objects.published().exclude(logo="").first()
    page = Page.objects.published().first()
    urls = {}
    for language in ("de", "hu"):
        with translation.override(language):
            urls.update(
                {
                    f"home/{language}": f"/{language}/",
                    f"network-list/{language}": network.get_absolute_url().rsplit("/", 2)[0] + "/",
                    f"network-detail/{language}": network.get_absolute_url(),
                    f"network-fallback/{language}": fallback_network.get_absolute_url(),
                    f"company-detail/{language}": company.get_absolute_url(),
                    f"company-list/{language}": company.get_absolute_url().rsplit("/", 2)[0]
                    + "/?country=AT&sort=newest",
                    f"page-detail/{language}": page.get_absolute_url(),
                    f"not-found/{language}": f"/{language}/gibt-es-nicht/",
                    # Results with highlights, type facets and pagination; then a typo.
                    f"search/{language}": reverse("search")
                    + "?"
                    + urlencode({"q": SEARCH_WORDS[language]}),
                    f"search-similar/{language}": reverse("search") + "?q=Studienriese",
                }
            )
    return urls
