"""Old links with a NACE Rev. 2 sector code (`?sector=J62`) lead to the Rev. 2.1 code."""

import re

from django.http import HttpResponsePermanentRedirect

from network.models import Sector

# What a NACE code can look like; anything else is left to the list's own validation.
NACE_CODE = re.compile(r"[A-Z][0-9.]{0,7}")


class OldSectorCodeMiddleware:
    """301 to the same address with each changed `sector` value replaced by its new code.

    One small lookup, only for requests that name a sector; every list, the map and the API
    share it, whatever their filters look like.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and "sector" in request.GET:
            redirect = self.redirect_for(request)
            if redirect is not None:
                return redirect
        return self.get_response(request)

    def redirect_for(self, request):
        values = [value for value in request.GET.getlist("sector") if NACE_CODE.fullmatch(value)]
        if not values:
            return None
        current = set(
            Sector.objects.filter(nace_code__in=values).values_list("nace_code", flat=True)
        )
        renamed = dict(
            Sector.objects.filter(nace_rev2_code__in=set(values) - current).values_list(
                "nace_rev2_code", "nace_code"
            )
        )
        if not renamed:
            return None
        query = request.GET.copy()
        query.setlist(
            "sector", [renamed.get(value, value) for value in request.GET.getlist("sector")]
        )
        return HttpResponsePermanentRedirect(f"{request.path}?{query.urlencode()}")
