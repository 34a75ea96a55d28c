"""Personal data of the cooperation exchange: posts, messages and who reported a cooperation
(see core.privacy)."""

from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from cooperation.models import ContactRequest, Cooperation, CooperationPost


def export(email: str) -> dict:
    posts = CooperationPost.objects.filter(contact_email__iexact=email)
    messages = ContactRequest.objects.filter(email__iexact=email).select_related("network", "post")
    return {
        "cooperation_posts": [
            {
                "title": post.title,
                "text": post.text,
                "company": post.company,
                "contact_name": post.contact_name,
                "contact_email": post.contact_email,
                "kind": post.kind,
                "type": post.cooperation_type,
                "language": post.language,
                "expires_on": post.expires_on.isoformat(),
                "status": post.status,
                "consent_at": post.consent_at.isoformat(),
                "consent_version": post.consent_version,
                "created": post.created.isoformat(),
            }
            for post in posts
        ],
        "contact_requests": [
            {
                "to": str(message.network or message.post or ""),
                "name": message.name,
                "email": message.email,
                "organisation": message.organisation,
                "message": message.message,
                "consent_at": message.consent_at.isoformat(),
                "consent_version": message.consent_version,
                "created": message.created.isoformat(),
            }
            for message in messages
        ],
        "reported_cooperations": [
            {
                "title": cooperation.title,
                "reported_by_name": cooperation.reported_by_name,
                "reported_by_email": cooperation.reported_by_email,
                "created": cooperation.created.isoformat(),
            }
            for cooperation in Cooperation.objects.filter(reported_by_email__iexact=email)
        ],
    }


def erase(email: str) -> int:
    """Delete the address's posts (with the messages sent to them) and its own messages; a
    cooperation it reported stays (it is the organisations'), without the reporter."""
    reported = Cooperation.objects.filter(reported_by_email__iexact=email).update(
        reported_by_name="", reported_by_email="", ip_hash=""
    )
    messages = ContactRequest.objects.filter(
        Q(email__iexact=email) | Q(post__contact_email__iexact=email)
    ).delete()[0]
    posts = CooperationPost.objects.filter(contact_email__iexact=email).delete()[0]
    return reported + messages + posts


def purge(cutoff: date) -> int:
    """Delete posts that expired before `cutoff` and messages sent before it, and posts never
    confirmed whose confirmation link has run out (they can never become public)."""
    moment = timezone.make_aware(datetime.combine(cutoff, time.min))
    unconfirmable = Q(confirmed_at__isnull=True) & Q(
        created__lt=timezone.now() - timedelta(seconds=settings.COOPERATION_CONFIRM_LINK_MAX_AGE)
    )
    messages = ContactRequest.objects.filter(
        Q(created__lt=moment) | Q(post__expires_on__lt=cutoff)
    ).delete()[0]
    posts = CooperationPost.objects.filter(Q(expires_on__lt=cutoff) | unconfirmable)
    return messages + posts.delete()[0]
