"""Writes of the cooperation exchange with several steps: store, then mail after the commit.

Every e-mail goes out after the commit (`core.mail.send_on_commit`): a rolled-back write sends
nothing, and a mail server that fails does not undo what was stored.
"""

import logging
from collections.abc import Iterable
from datetime import date, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from cooperation import emails
from cooperation.alerts import alerts_queue
from cooperation.models import ContactRequest, CooperationPost, normalize_email
from core.cache import bump_generation
from core.mail import send_on_commit
from network.models import Company, Network, Region, Sector

logger = logging.getLogger(__name__)


def post_create(
    *,
    kind: str,
    cooperation_type: str,
    title: str,
    text: str,
    sector: Sector | None,
    region: Region | None,
    languages: list[str],
    company: str,
    contact_name: str,
    contact_email: str,
    language: str,
    expires_on: date,
    consent_version: str,
    ip_hash: str,
    base_url: str,
) -> CooperationPost:
    """Store a new post (unconfirmed, awaiting review) and mail its author the opt-in link.

    The same post sent again (address and title) while it waits for confirmation is not
    stored twice: its link goes out again, so a confirmation mail that never left (a killed
    worker, a lost message) costs the author nothing but a second submission.
    """
    contact_email = normalize_email(contact_email)
    link_age = timedelta(seconds=settings.COOPERATION_CONFIRM_LINK_MAX_AGE)
    with transaction.atomic():
        waiting = (
            CooperationPost.objects.select_for_update()
            .filter(
                contact_email=contact_email,
                title=title,
                confirmed_at__isnull=True,
                created__gt=timezone.now() - link_age,
            )
            .order_by("-created")
            .first()
        )
        if waiting is not None:
            send_on_commit(emails.send_confirmation_email, post_id=waiting.pk, base_url=base_url)
            return waiting
        post = CooperationPost.objects.create(
            kind=kind,
            cooperation_type=cooperation_type,
            title=title,
            text=text,
            sector=sector,
            region=region,
            languages=languages,
            company=company,
            contact_name=contact_name,
            contact_email=contact_email,
            language=language,
            expires_on=expires_on,
            consent_at=timezone.now(),
            consent_version=consent_version,
            ip_hash=ip_hash,
        )
        send_on_commit(emails.send_confirmation_email, post_id=post.pk, base_url=base_url)
    return post


def post_confirm(*, post: CooperationPost, base_url: str) -> bool:
    """Confirm the author's address; True the first time, False when it was confirmed before.

    The partners (settings.MANAGERS) hear of a newly confirmed post that awaits review.
    """
    with transaction.atomic():
        confirmed = CooperationPost.objects.filter(pk=post.pk, confirmed_at__isnull=True).update(
            confirmed_at=timezone.now()
        )
        if confirmed and post.status == CooperationPost.Status.PENDING:
            send_on_commit(emails.notify_moderators, post_id=post.pk, base_url=base_url)
        if confirmed:
            bump_generation("cooperation")  # an approved post becomes public (no signal)
        post.refresh_from_db(fields=["confirmed_at"])
        if confirmed:
            alerts_queue(post=post)
    return bool(confirmed)


def post_review(
    *, posts: Iterable[CooperationPost], status: str, base_url: str
) -> list[CooperationPost]:
    """Approve or reject posts; each author whose post changed gets the decision by e-mail."""
    changed = []
    with transaction.atomic():
        for post in posts:
            if post.status == status:
                continue
            post.status = status
            post.moderated_at = timezone.now()
            post.save(update_fields=["status", "moderated_at", "updated"])
            send_on_commit(emails.send_review_email, post_id=post.pk, base_url=base_url)
            alerts_queue(post=post)
            changed.append(post)
    return changed


def post_extend(*, post: CooperationPost, expires_on: date) -> None:
    """Keep a post online until `expires_on`; the next expiry gets its own reminder."""
    post.expires_on = expires_on
    post.reminder_sent_at = None
    post.save(update_fields=["expires_on", "reminder_sent_at", "updated"])


def contact_request_create(
    *,
    to: CooperationPost | Network | Company,
    name: str,
    email: str,
    organisation: str,
    message: str,
    language: str,
    consent_version: str,
    ip_hash: str,
    base_url: str,
) -> ContactRequest:
    """Keep a message for the admin and forward it to whom it is for.

    To a post: an interest, forwarded to the post's author. To a network: a message
    forwarded to the network's coordinator. To a member company: a message forwarded to the
    company's address (which the sender never sees).
    """
    if isinstance(to, CooperationPost):
        target = {"kind": ContactRequest.Kind.INTEREST, "post": to}
    elif isinstance(to, Company):
        target = {"kind": ContactRequest.Kind.COMPANY, "company": to}
    else:
        target = {"kind": ContactRequest.Kind.NETWORK, "network": to}
    with transaction.atomic():
        contact_request = ContactRequest.objects.create(
            **target,
            name=name,
            email=email,
            organisation=organisation,
            message=message,
            language=language,
            consent_version=consent_version,
            ip_hash=ip_hash,
            consent_at=timezone.now(),
        )
        send_on_commit(
            emails.send_contact_request, contact_request_id=contact_request.pk, base_url=base_url
        )
    return contact_request


def expiry_reminders_send(*, base_url: str, today: date | None = None) -> tuple[int, int]:
    """Mail every author whose public post expires within the reminder period, once.

    Each post is claimed by setting `reminder_sent_at` in one UPDATE before its mail goes
    out, so runs that overlap never send twice; when sending fails the claim is undone and
    the next run tries again. Returns (sent, failed).
    """
    sent = failed = 0
    for post in CooperationPost.objects.due_for_reminder(today).order_by("expires_on", "pk"):
        claimed = CooperationPost.objects.filter(pk=post.pk, reminder_sent_at__isnull=True).update(
            reminder_sent_at=timezone.now()
        )
        if not claimed:
            continue
        try:
            emails.build_reminder_email(post=post, base_url=base_url).send()
        except Exception:
            logger.exception("expiry reminder failed", extra={"post_id": post.pk})
            CooperationPost.objects.filter(pk=post.pk).update(reminder_sent_at=None)
            failed += 1
        else:
            sent += 1
    return sent, failed
