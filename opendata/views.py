"""The read-only endpoints: one list and one detail per directory, the index, CSV downloads."""

from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

from goodpractice.filters import CaseFilter
from goodpractice.models import GoodPractice, Instrument
from network.filters import CompanyFilter, NetworkFilter
from network.models import Company, Membership, Network, Region, Sector
from opendata import serializers
from opendata.api import LANGUAGE_CODES, ApiPagination, OpenDataMixin, StrictFilterBackend
from opendata.catalog import JSONLD_CONTEXT, build_catalog
from opendata.renderers import CSVRenderer
from studytrips.filters import StudyTripFilter
from studytrips.models import StudyTrip

LANG_PARAMETER = OpenApiParameter(
    "lang",
    OpenApiTypes.STR,
    enum=["de", "hu", "all"],
    description="Language of the texts; default: the Accept-Language header, else German.",
)
FORMAT_PARAMETER = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    enum=["json", "csv"],
    description="csv: the whole filtered list, one row per object, both languages' columns.",
)


class DirectoryViewSet(OpenDataMixin, viewsets.ReadOnlyModelViewSet):
    """A public directory: `public()` objects only, in a stable order, with the list's filters."""

    pagination_class = ApiPagination
    filter_backends = [StrictFilterBackend]
    renderer_classes = [JSONRenderer, CSVRenderer]

    def paginate_queryset(self, queryset):
        # A CSV download is the whole list.
        if getattr(self.request.accepted_renderer, "format", None) == "csv":
            return None
        return super().paginate_queryset(queryset)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if getattr(request.accepted_renderer, "format", None) == "csv":
            request.api_languages = list(LANGUAGE_CODES)


def _documented(name: str):
    return extend_schema_view(
        list=extend_schema(
            parameters=[LANG_PARAMETER, FORMAT_PARAMETER],
            tags=[name],
            description=f"The public {name}, filtered like the portal's own list, page by page "
            "(or all of them as CSV).",
        ),
        retrieve=extend_schema(
            parameters=[LANG_PARAMETER], tags=[name], description=f"One of the public {name}."
        ),
    )


@_documented("networks")
class NetworkViewSet(DirectoryViewSet):
    serializer_class = serializers.NetworkSerializer
    filterset_class = NetworkFilter

    def get_queryset(self):
        return (
            Network.objects.public()
            .select_related("coordinator")
            .prefetch_related(
                "regions",
                Prefetch("memberships", queryset=Membership.objects.select_related("company")),
            )
            .order_by("pk")
        )


@_documented("companies")
class CompanyViewSet(DirectoryViewSet):
    serializer_class = serializers.CompanySerializer
    filterset_class = CompanyFilter

    def get_queryset(self):
        return (
            Company.objects.public()
            .select_related("region")
            .prefetch_related("sectors", "memberships")
            .order_by("pk")
        )


@_documented("cases")
class CaseViewSet(DirectoryViewSet):
    serializer_class = serializers.CaseSerializer
    filterset_class = CaseFilter

    def get_queryset(self):
        return (
            GoodPractice.objects.public()
            .select_related("lead_organisation", "study_trip")
            .prefetch_related("regions", "sectors", "instruments", "networks", "key_figures")
            .order_by("-published_at", "-pk")
        )


@_documented("trips")
class TripViewSet(DirectoryViewSet):
    serializer_class = serializers.TripSerializer
    filterset_class = StudyTripFilter

    def get_queryset(self):
        return (
            StudyTrip.objects.public()
            .select_related("organiser")
            .prefetch_related("hosts", "programme_items__host")
            .order_by("-start_date", "pk")
        )


@_documented("instruments")
class InstrumentViewSet(DirectoryViewSet):
    serializer_class = serializers.InstrumentSerializer
    queryset = Instrument.objects.public().order_by("position", "pk")


@_documented("regions")
class RegionViewSet(DirectoryViewSet):
    serializer_class = serializers.RegionSerializer
    queryset = Region.objects.public().order_by("country", "nuts3_code")


@_documented("sectors")
class SectorViewSet(DirectoryViewSet):
    serializer_class = serializers.SectorSerializer
    queryset = Sector.objects.public().order_by("nace_code")


DIRECTORIES = ["networks", "companies", "cases", "trips", "instruments", "regions", "sectors"]


class IndexView(OpenDataMixin, APIView):
    """Where everything is: the lists and their CSV, the description, the catalogue."""

    renderer_classes = [JSONRenderer]

    @extend_schema(exclude=True)
    def get(self, request):
        def link(name, **kwargs):
            return reverse(f"opendata:{name}", request=request, **kwargs)

        return Response(
            {
                "licence": settings.OPENDATA_LICENCE_URL,
                "lists": {
                    name: {
                        "json": link(f"{name}-list"),
                        "csv": link(f"{name}-list") + "?format=csv",
                    }
                    for name in DIRECTORIES
                },
                "openapi": link("openapi"),
                "documentation": link("docs"),
                "catalog": {"jsonld": link("catalog-jsonld"), "turtle": link("catalog-turtle")},
            }
        )


class CatalogView(OpenDataMixin, APIView):
    """The DCAT-AP catalogue, as JSON-LD or Turtle."""

    renderer_classes = [JSONRenderer]
    rdf_format = "json-ld"
    content_type = "application/ld+json"

    @extend_schema(
        tags=["catalogue"],
        responses={(200, "application/ld+json"): OpenApiTypes.OBJECT},
        description="The DCAT-AP 3 catalogue of the datasets (one per directory).",
    )
    def get(self, request):
        graph = build_catalog(request)
        if self.rdf_format == "json-ld":
            body = graph.serialize(format="json-ld", context=JSONLD_CONTEXT, indent=2)
        else:
            body = graph.serialize(format="turtle")
        return HttpResponse(body, content_type=f"{self.content_type}; charset=utf-8")


class TurtleCatalogView(CatalogView):
    rdf_format = "turtle"
    content_type = "text/turtle"

    @extend_schema(
        tags=["catalogue"],
        responses={(200, "text/turtle"): OpenApiTypes.STR},
        description="The same catalogue in Turtle.",
    )
    def get(self, request):
        return super().get(request)
