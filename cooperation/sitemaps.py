from cooperation.models import CooperationPost
from core.sitemaps import PublicSitemap


class CooperationPostSitemap(PublicSitemap):
    model = CooperationPost


sitemaps = {"cooperation": CooperationPostSitemap}
