from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.templatetags.static import static
from django.urls import include, path
from django.utils.translation import pgettext_lazy
from django.views.generic import RedirectView
from django.views.static import serve

from regionet import views
from regionet.sitemaps import sitemaps

urlpatterns = [
    path("", views.language_redirect, name="root"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("favicon.ico", RedirectView.as_view(url=static("img/favicon.svg"), permanent=True)),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path(pgettext_lazy("url", "search/"), views.SearchView.as_view(), name="search"),
    path(
        pgettext_lazy("url", "pages/<slug:slug>/"),
        views.PageDetailView.as_view(),
        name="page-detail",
    ),
    path("", include("network.urls")),
    path("", include("studytrips.urls")),
    path("", include("goodpractice.urls")),
    prefix_default_language=True,
)

if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploaded media from local disk; production puts a web server or S3 in front instead.
    urlpatterns += [
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]
