from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from cooperation.models import CooperationPost
from core.models import Page
from goodpractice.models import GoodPractice, Instrument
from network.models import Company, Network
from studytrips.models import StudyTrip


class I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


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


class NetworkSitemap(I18nSitemap):
    def items(self):
        return Network.objects.order_by("pk")

    def lastmod(self, obj):
        return obj.updated


class CompanySitemap(I18nSitemap):
    def items(self):
        return Company.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated


class PageSitemap(I18nSitemap):
    def items(self):
        return Page.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated


class StudyTripSitemap(I18nSitemap):
    def items(self):
        return StudyTrip.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated


class GoodPracticeSitemap(I18nSitemap):
    def items(self):
        return GoodPractice.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated


class InstrumentSitemap(I18nSitemap):
    def items(self):
        return Instrument.objects.order_by("position", "pk")


class CooperationPostSitemap(I18nSitemap):
    def items(self):
        return CooperationPost.objects.public().order_by("pk")

    def lastmod(self, obj):
        return obj.updated


sitemaps = {
    "static": StaticSitemap,
    "networks": NetworkSitemap,
    "companies": CompanySitemap,
    "pages": PageSitemap,
    "studytrips": StudyTripSitemap,
    "good-practice": GoodPracticeSitemap,
    "instruments": InstrumentSitemap,
    "cooperation": CooperationPostSitemap,
}
