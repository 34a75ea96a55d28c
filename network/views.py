from django.conf import settings
from django.db.models import Prefetch
from django.views.generic import DetailView

from core.i18n import CanonicalSlugMixin
from core.listing import FilteredListView
from core.publishing import PreviewMixin, without_unshown_fields_of
from network.filters import CompanyFilter, NetworkFilter
from network.models import Company, Membership, Network


class NetworkListView(FilteredListView):
    model = Network
    filterset_class = NetworkFilter
    template_name = "network/network_list.html"
    context_object_name = "networks"

    def get_base_queryset(self):
        return Network.objects.public().for_listing().alphabetical()


class NetworkDetailView(PreviewMixin, CanonicalSlugMixin, DetailView):
    model = Network
    template_name = "network/network_detail.html"
    context_object_name = "network"

    def get_queryset(self):
        return Network.objects.select_related("coordinator", "parent").prefetch_related(
            "regions",
            Prefetch("member_networks", queryset=Network.objects.public().for_listing()),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["memberships"] = without_unshown_fields_of(
            self.object.memberships.filter(Company.objects.public_through("company"))
            .select_related("company", "company__region")
            .order_by("role", "company__name"),
            "company",
        )
        return context


class CompanyListView(FilteredListView):
    model = Company
    filterset_class = CompanyFilter
    template_name = "network/company_list.html"
    context_object_name = "companies"

    def get_base_queryset(self):
        return Company.objects.public().for_listing().alphabetical()


class CompanyDetailView(PreviewMixin, CanonicalSlugMixin, DetailView):
    """A member; staff allowed to view an unpublished member may preview it, others get 404."""

    extra_context = {
        "tile_url": settings.MAP_TILE_URL,
        "tile_attribution": settings.MAP_TILE_ATTRIBUTION,
    }

    model = Company
    template_name = "network/company_detail.html"
    context_object_name = "company"

    def get_queryset(self):
        return Company.objects.select_related("region").prefetch_related(
            "sectors",
            Prefetch(
                "memberships",
                queryset=without_unshown_fields_of(
                    Membership.objects.select_related("network"), "network"
                ).order_by("network__name"),
            ),
        )
