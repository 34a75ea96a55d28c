"""The site's sitemap: its own list pages, then each app's sitemaps (all from `public()`)."""

from django.urls import reverse

from cooperation.sitemaps import sitemaps as cooperation_sitemaps
from core.sitemaps import I18nSitemap
from core.sitemaps import sitemaps as page_sitemaps
from goodpractice.sitemaps import sitemaps as goodpractice_sitemaps
from network.sitemaps import sitemaps as network_sitemaps
from studytrips.sitemaps import sitemaps as studytrips_sitemaps


class StaticSitemap(I18nSitemap):
    priority = 0.8

    def items(self):
        return [
            "home",
            "network:network-list",
            "network:company-list",
            "studytrips:trip-list",
            "goodpractice:case-list",
            "cooperation:post-list",
            "map",
            "statistics",
        ]

    def location(self, item):
        return reverse(item)


sitemaps = {
    "static": StaticSitemap,
    **network_sitemaps,
    **page_sitemaps,
    **studytrips_sitemaps,
    **goodpractice_sitemaps,
    **cooperation_sitemaps,
}
