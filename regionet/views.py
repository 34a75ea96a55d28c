"""Site-wide views: the language redirect, home, project pages and machine endpoints."""

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.http import (
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.http import require_GET
from django.views.generic import DetailView, TemplateView
from django.views.static import serve

from cooperation.models import CooperationPost
from core.i18n import CanonicalSlugMixin
from core.models import Page
from core.publishing import PreviewMixin
from goodpractice.models import GoodPractice
from network.models import Company, Network, Region
from studytrips.models import StudyTrip


@require_GET
def language_redirect(request):
    """`/` sends Hungarian browsers to /hu/ and everyone else to /de/."""
    language = settings.LANGUAGE_CODE
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for code, _quality in translation.trans_real.parse_accept_lang_header(header):
        primary = code.split("-")[0].lower()
        if primary in ("de", "hu"):
            language = primary
            break
    with translation.override(language):
        response = HttpResponseRedirect(reverse("home"))
    patch_vary_headers(response, ["Accept-Language"])
    return response


class HomeView(TemplateView):
    template_name = "regionet/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        companies = Company.objects.public()
        networks = Network.objects.public()
        # Regions where the network is present: a published member or a network works there.
        regions = Region.objects.public().filter(
            Exists(companies.filter(region=OuterRef("pk")))
            | Exists(networks.filter(regions=OuterRef("pk")))
        )
        context["figures"] = {
            "members": companies.count(),
            "networks": networks.count(),
            "regions": regions.count(),
            "countries": regions.values("country").distinct().count(),
        }
        context["networks"] = networks.for_listing().filter(parent__isnull=True).alphabetical()[:6]
        context["next_trip"] = (
            StudyTrip.objects.public()
            .upcoming()
            .with_registration_counts()
            .order_by("start_date", "pk")
            .first()
        )
        context["featured_cases"] = (
            GoodPractice.objects.public().featured().for_listing().order_by("-published_at")[:3]
        )
        context["latest_posts"] = (
            CooperationPost.objects.public().for_listing().order_by("-created", "-pk")[:3]
        )
        return context


class PageDetailView(PreviewMixin, CanonicalSlugMixin, DetailView):
    """A project page; staff allowed to view a hidden page may preview it, others get 404."""

    model = Page
    template_name = "regionet/page_detail.html"
    context_object_name = "page"


@require_GET
def media(request, path):
    """Uploaded files from local disk; renditions have content-derived names, so cache long."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    immutable = path.startswith("renditions/")
    patch_cache_control(response, public=True, max_age=31536000 if immutable else 86400)
    return response


@require_GET
def favicon(request):
    """Browsers ask for /favicon.ico; the icon is a hashed static file, known only at runtime."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
