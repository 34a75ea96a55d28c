from django.conf import settings
from django.urls import path, re_path
from django.utils.csp import CSP
from django.views.decorators.csp import csp_override
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularRedocView
from rest_framework.routers import SimpleRouter

from opendata import problems, views

app_name = "opendata"

# Redoc runs its search index in a worker it creates from a blob: URL; nothing else changes.
DOCS_CSP = {**settings.SECURE_CSP, "worker-src": [CSP.SELF, "blob:"]}

router = SimpleRouter()
router.register("networks", views.NetworkViewSet, basename="networks")
router.register("companies", views.CompanyViewSet, basename="companies")
router.register("cases", views.CaseViewSet, basename="cases")
router.register("trips", views.TripViewSet, basename="trips")
router.register("instruments", views.InstrumentViewSet, basename="instruments")
router.register("regions", views.RegionViewSet, basename="regions")
router.register("sectors", views.SectorViewSet, basename="sectors")

urlpatterns = [
    path("", views.IndexView.as_view(), name="index"),
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi"),
    path(
        "docs/",
        csp_override(DOCS_CSP)(
            SpectacularRedocView.as_view(
                url_name="opendata:openapi", template_name="opendata/redoc.html"
            )
        ),
        name="docs",
    ),
    path("catalog.jsonld", views.CatalogView.as_view(), name="catalog-jsonld"),
    path("catalog.ttl", views.TurtleCatalogView.as_view(), name="catalog-turtle"),
    *router.urls,
    # Anything else under /api/v1/ is a problem document, not the site's HTML 404 page.
    re_path(r"^.*$", problems.not_found),
]
