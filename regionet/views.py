"""Site-wide views: the language redirect, home, project pages and machine endpoints."""

from django.conf import settings
from django.db.models import Count, Exists, OuterRef
from django.http import (
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.http import require_GET
from django.views.generic import DetailView, TemplateView
from django.views.static import serve

from cooperation.models import CooperationPost
from core.cache import per_generation
from core.i18n import CanonicalSlugMixin, active_language
from core.models import Page
from core.publishing import PreviewMixin
from goodpractice.models import GoodPractice
from network.models import Company, Network, Region
from studytrips.models import StudyTrip


@require_GET
def language_redirect(request):
    """`/` sends Hungarian browsers to /hu/ and everyone else to /de/."""
    language = settings.LANGUAGE_CODE
    header = request.headers.get("accept-language", "")
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
        # Every app's content, kept until it changes (and for the day: what is upcoming or
        # expired moves at midnight); the page cache alone does not help logged-in editors.
        today = timezone.localdate()
        context.update(per_generation(self.request, f"home:{today}", home_content))
        return context


def home_content() -> dict:
    companies = Company.objects.public()
    networks = Network.objects.public()
    # Regions where the network is present: a published member or a network works there.
    regions = Region.objects.public().filter(
        Exists(companies.filter(region=OuterRef("pk")))
        | Exists(networks.filter(regions=OuterRef("pk")))
    )
    figures = {
        "members": companies.count(),
        "networks": networks.count(),
        **regions.aggregate(regions=Count("pk"), countries=Count("country", distinct=True)),
    }
    return {
        "figures": figures,
        "networks": list(networks.for_listing().filter(parent__isnull=True).alphabetical()[:6]),
        "next_trip": (
            StudyTrip.objects.public()
            .upcoming()
            .with_registration_counts()
            .order_by("start_date", "pk")
            .first()
        ),
        "featured_cases": list(
            GoodPractice.objects.public().featured().for_listing().order_by("-published_at")[:3]
        ),
        "latest_posts": list(
            CooperationPost.objects.public().for_listing().order_by("-created", "-pk")[:3]
        ),
    }


class PageDetailView(PreviewMixin, CanonicalSlugMixin, DetailView):
    """A project page; staff allowed to view a hidden page may preview it, others get 404."""

    model = Page
    template_name = "regionet/page_detail.html"
    context_object_name = "page"

    def get_template_names(self):
        if self.object.slug_de == settings.ACCESSIBILITY_STATEMENT_SLUG:
            return ["regionet/accessibility_statement.html"]
        return super().get_template_names()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.object.slug_de == settings.ACCESSIBILITY_STATEMENT_SLUG:
            # The parts of the statement that come from settings, not from the page's text.
            context["statement"] = {
                "prepared": settings.ACCESSIBILITY_STATEMENT_PREPARED,
                "last_reviewed": settings.ACCESSIBILITY_LAST_REVIEWED,
                "contact": settings.ACCESSIBILITY_CONTACT,
                "enforcement": settings.ACCESSIBILITY_ENFORCEMENT.get(
                    active_language(), settings.ACCESSIBILITY_ENFORCEMENT["de"]
                ),
            }
        return context


@require_GET
def media(request, path):
    """Uploaded files from local disk; renditions have content-derived names, so cache long."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    if not path.lower().endswith((".webp", ".png", ".jpg", ".jpeg")):
        # Documents (PDFs) are downloaded, never opened inside the portal's origin.
        response["Content-Disposition"] = "attachment"
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
