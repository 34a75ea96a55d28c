"""What every endpoint of the API shares: languages, paging, rate limit, CORS, strict params."""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.throttling import SimpleRateThrottle

# The one place where the API asks for the client's address (for the rate limit).
from core.client import client_ip

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
ALL_LANGUAGES = "all"
# Parameters every list understands besides its filters.
COMMON_PARAMS = {"lang", "format"}
PAGE_PARAMS = {"page", "page_size"}


def requested_languages(request) -> list[str]:
    """`?lang=de|hu|all`, else the language of Accept-Language (German by default)."""
    value = request.query_params.get("lang")
    if value is None:
        return [translation.get_language_from_request(request)]
    if value == ALL_LANGUAGES:
        return list(LANGUAGE_CODES)
    if value in LANGUAGE_CODES:
        return [value]
    raise ValidationError({"lang": [_("Choose one of: %(choices)s.") % {"choices": "de, hu, all"}]})


class ClientRateThrottle(SimpleRateThrottle):
    """So many requests per client address and period (`OPENDATA_RATE_LIMIT`, e.g. 120/min)."""

    scope = "opendata"

    def get_rate(self):
        return settings.OPENDATA_RATE_LIMIT

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": client_ip(request) or "unknown"}


class ApiPagination(PageNumberPagination):
    """`?page=N&page_size=M` (at most 200); a malformed value is a 400, a missing page a 404."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    def get_page_size(self, request):
        value = request.query_params.get(self.page_size_query_param)
        if value is None:
            return self.page_size
        if not value.isdigit() or not 1 <= int(value) <= self.max_page_size:
            raise ValidationError(
                {
                    "page_size": [
                        _("Give a whole number from 1 to %(max)s.") % {"max": self.max_page_size}
                    ]
                }
            )
        return int(value)

    def paginate_queryset(self, queryset, request, view=None):
        value = request.query_params.get(self.page_query_param, "1")
        if not value.isdigit() or int(value) < 1:
            raise ValidationError({"page": [_("Give a page number from 1 on.")]})
        try:
            return super().paginate_queryset(queryset, request, view)
        except NotFound:
            raise NotFound(_("This list has no page with this number.")) from None


class StrictFilterBackend(DjangoFilterBackend):
    """The public list's filters; a parameter that is not one of them is a 400, not ignored."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        known = set(COMMON_PARAMS) | set(PAGE_PARAMS)
        if filterset_class is not None:
            known |= set(filterset_class.base_filters)
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            raise ValidationError(
                {name: [_("This list has no filter of this name.")] for name in unknown}
            )
        return super().filter_queryset(request, queryset, view)


class OpenDataMixin:
    """Languages, Vary, CORS and caching headers of every API answer."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        request.api_languages = requested_languages(request)
        translation.activate(request.api_languages[0])

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_vary_headers(response, ("Accept-Language",))
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response["Access-Control-Allow-Headers"] = "Accept, Accept-Language, If-None-Match"
        response["Access-Control-Expose-Headers"] = "ETag, Link, Retry-After"
        if response.status_code == 200 and "Cache-Control" not in response:
            response["Cache-Control"] = "public, max-age=300"
        return response
