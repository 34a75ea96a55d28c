from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from django.views.generic import RedirectView

from backoffice import views as backoffice_views
from regionet import cooperation_stats, search, stats, views
from regionet import map as site_map
from regionet.sitemaps import sitemaps

urlpatterns = [
    path("", views.language_redirect, name="root"),
    # Project pages and old slugs were the site package's models before core/ took them.
    re_path(
        r"^admin/regionet/(?P<rest>.*)$",
        RedirectView.as_view(url="/admin/core/%(rest)s", permanent=True, query_string=True),
    ),
    # Before the admin's own "view on site", which would answer for any object.
    path(
        "admin/r/<int:content_type_id>/<path:object_id>/",
        backoffice_views.view_on_site,
        name="view-on-site",
    ),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("favicon.ico", views.favicon),
    # /healthz and /readyz: core.health.HealthMiddleware answers them for any Host.
    # Open data: one address for both languages (?lang=, Accept-Language).
    path("api/v1/", include("opendata.urls")),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path(pgettext_lazy("url", "search/"), search.SearchView.as_view(), name="search"),
    path(
        pgettext_lazy("url", "pages/<slug:slug>/"),
        views.PageDetailView.as_view(),
        name="page-detail",
    ),
    path("", include("network.urls")),
    path("", include("studytrips.urls")),
    path("", include("goodpractice.urls")),
    path("", include("cooperation.urls")),
    path(pgettext_lazy("url", "map/"), site_map.MapView.as_view(), name="map"),
    path(pgettext_lazy("url", "map/data.json"), site_map.map_data, name="map-data"),
    path(pgettext_lazy("url", "statistics/"), stats.StatisticsView.as_view(), name="statistics"),
    path(
        pgettext_lazy("url", "statistics/<slug:slug>.csv"),
        cooperation_stats.chart_csv,
        name="statistics-csv",
    ),
    prefix_default_language=True,
)

if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploaded media from local disk; production puts a web server or S3 in front instead.
    urlpatterns += [
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            views.media,
        )
    ]
