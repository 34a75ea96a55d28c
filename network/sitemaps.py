from core.sitemaps import PublicSitemap
from network.models import Company, Network


class NetworkSitemap(PublicSitemap):
    model = Network


class CompanySitemap(PublicSitemap):
    model = Company


sitemaps = {"networks": NetworkSitemap, "companies": CompanySitemap}
