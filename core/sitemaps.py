"""Sitemaps in both languages over what `public()` holds; each app lists its own models."""

from django.contrib.sitemaps import Sitemap

from core.models import Page


class I18nSitemap(Sitemap):
    """Every address once per language, with hreflang alternates and x-default."""

    i18n = True
    alternates = True
    x_default = True


class PublicSitemap(I18nSitemap):
    """The public objects of `model`, dated by their `updated` field when they have one."""

    model = None
    ordering = ("pk",)

    def items(self):
        return self.model._default_manager.public().order_by(*self.ordering)

    def lastmod(self, obj):
        return getattr(obj, "updated", None)


class PageSitemap(PublicSitemap):
    model = Page


sitemaps = {"pages": PageSitemap}
