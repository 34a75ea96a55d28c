"""Refuse an anonymous request body that is too large before anything reads it."""

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string


class AnonymousBodySizeMiddleware:
    """413 for a visitor's body over ANONYMOUS_MAX_BODY_BYTES, judged by its Content-Length.

    Django's own limits (DATA_UPLOAD_MAX_MEMORY_SIZE) apply only while parsing, after a
    multipart body has been spooled to disk; the public forms never need more than a few
    kilobytes, so anything larger from someone not logged in is refused unread. Logged-in
    staff (uploads of images and documents) keep Django's limits and the proxy's.
    Placed after the authentication middleware and before anything that parses the body
    (CSRF reads POST in process_view, after every __call__).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.too_large(request):
            body = render_to_string("413.html", request=request)
            return HttpResponse(body, status=413)
        return self.get_response(request)

    def too_large(self, request) -> bool:
        try:
            length = int(request.headers.get("content-length") or 0)
        except ValueError:
            return False  # Django treats an unreadable length as no body
        if length <= settings.ANONYMOUS_MAX_BODY_BYTES:
            return False
        user = getattr(request, "user", None)
        return user is None or not user.is_authenticated
