"""django-axes hooks: the client address behind proxies and a translated lockout page."""

from django.conf import settings
from django.contrib import admin
from django.shortcuts import render


def client_ip(request) -> str:
    """REMOTE_ADDR, or the address the trusted proxies saw (`DJANGO_TRUSTED_PROXY_COUNT`)."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def lockout_response(request, original_response=None, credentials=None):
    """The admin's look, the user's language, status 429, and how long to wait."""
    cooloff = settings.AXES_COOLOFF_TIME
    context = {
        **admin.site.each_context(request),
        "title": "",
        "minutes": int(cooloff.total_seconds() // 60) if cooloff else None,
        "failure_limit": settings.AXES_FAILURE_LIMIT,
    }
    # Rendered at once: axes answers from its middleware, after the view has run.
    return render(request, "backoffice/lockout.html", context, status=429)
