"""Spam protection for the public forms: a honeypot field and hourly limits per address and client.

The limits count the rows stored in the last hour (posts, contact requests and reported
cooperations together), so they hold across every app server without a shared cache. The
client is kept only as a keyed hash of its IP address.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.crypto import salted_hmac

from cooperation.models import ContactRequest, Cooperation, CooperationPost, normalize_email

HONEYPOT_FIELD = "homepage"


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or the header a trusted proxy sets (CLIENT_IP_HEADER)."""
    if settings.CLIENT_IP_HEADER:
        forwarded = request.META.get(settings.CLIENT_IP_HEADER, "")
        # With several proxies the last entry is the one our own proxy added.
        value = forwarded.split(",")[-1].strip()
        if value:
            return value[:64]
    return request.META.get("REMOTE_ADDR", "")[:64]


def client_hash(request) -> str:
    ip = client_ip(request)
    if not ip:
        return ""
    return salted_hmac("cooperation.spam.client", ip, algorithm="sha256").hexdigest()[:40]


def honeypot_filled(request) -> bool:
    return bool(request.POST.get(HONEYPOT_FIELD, "").strip())


def over_hourly_limit(*, email: str, ip_hash: str) -> bool:
    """True when this address or client has sent as many submissions as allowed this hour."""
    since = timezone.now() - timedelta(hours=1)
    email = normalize_email(email)
    by_email = (
        CooperationPost.objects.filter(contact_email=email, created__gte=since).count()
        + ContactRequest.objects.filter(email=email, created__gte=since).count()
        + Cooperation.objects.filter(reported_by_email=email, created__gte=since).count()
    )
    if by_email >= settings.SPAM_LIMIT_PER_EMAIL_PER_HOUR:
        return True
    if not ip_hash:
        return False
    by_client = (
        CooperationPost.objects.filter(ip_hash=ip_hash, created__gte=since).count()
        + ContactRequest.objects.filter(ip_hash=ip_hash, created__gte=since).count()
        + Cooperation.objects.filter(ip_hash=ip_hash, created__gte=since).count()
    )
    return by_client >= settings.SPAM_LIMIT_PER_IP_PER_HOUR
