from core.sitemaps import PublicSitemap
from goodpractice.models import GoodPractice, Instrument


class CaseSitemap(PublicSitemap):
    model = GoodPractice


class InstrumentSitemap(PublicSitemap):
    model = Instrument
    ordering = ("position", "pk")


sitemaps = {"good-practice": CaseSitemap, "instruments": InstrumentSitemap}
