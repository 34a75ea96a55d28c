"""A Permissions-Policy header on every response: the browser features the portal never uses."""

from django.conf import settings


class PermissionsPolicyMiddleware:
    """Adds `Permissions-Policy` from settings.PERMISSIONS_POLICY (feature: allowed origins).

    An empty list denies the feature everywhere, also to anything embedded in a page.
    Outside the page cache, so cached pages carry it too.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.value = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.value:
            response.headers.setdefault("Permissions-Policy", self.value)
        return response
