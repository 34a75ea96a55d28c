"""Logins: django-axes' translated lockout page and a per-account brake across addresses."""

import hashlib

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.shortcuts import render
from django.utils import timezone


class AccountThrottleBackend:
    """A brake per login name across all addresses (django-axes locks per name *and* address).

    Once a name has LOGIN_ACCOUNT_FAILURE_LIMIT failed attempts within the cool-off time,
    only one attempt per LOGIN_ACCOUNT_DELAY_SECONDS is checked; the others are refused
    before the password is looked at. Refused attempts do not move that slot, so a guesser
    on many addresses gets one guess per delay and the editor still gets in: a delay, never
    a lock. Placed after axes' backend and before the one that checks passwords. It has no
    `get_user`, so sessions (and the tests' force_login) never name it.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None or not username:
            return None
        window = timezone.now() - settings.AXES_COOLOFF_TIME
        failures = AccessAttempt.objects.filter(
            username=username[:255], attempt_time__gte=window
        ).aggregate(total=Sum("failures_since_start"))["total"]
        if (failures or 0) < settings.LOGIN_ACCOUNT_FAILURE_LIMIT:
            return None
        key = "login-account-slot:" + hashlib.sha256(username.encode()).hexdigest()
        if cache.add(key, True, timeout=settings.LOGIN_ACCOUNT_DELAY_SECONDS):
            return None  # this attempt has the slot: the next backends check the password
        request.login_delayed = True
        raise PermissionDenied


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
