"""New-match alerts: when a post becomes public, the authors of the posts it fits hear of it.

`alerts_queue` (called when a post becomes public) notes one `MatchAlert` per fitting post
whose author wants alerts; the daily command `send_match_alerts` (`alerts_send`) mails each
author once: one match, or a digest when several came up since the last run. The mail goes
to the author's own address only and links to the matching post's "express interest" form:
no address ever reaches the other side.
"""

import logging
from collections import defaultdict

from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cooperation.matching import ALERTED, fitting_posts, reasons
from cooperation.models import CooperationPost, MatchAlert
from cooperation.tokens import make_alerts_off_token
from core.mail import absolute_url, build_email

logger = logging.getLogger(__name__)


def alerts_queue(*, post: CooperationPost) -> int:
    """Note the new public `post` for the authors of the posts it fits; returns how many."""
    if not post.is_public():
        return 0
    recipients = fitting_posts(post).filter(match_alerts=True).values_list("pk", flat=True)
    alerts = [MatchAlert(post_id=pk, match=post) for pk in recipients[:ALERTED]]
    MatchAlert.objects.bulk_create(alerts, ignore_conflicts=True)
    return len(alerts)


def build_alert_email(
    *, post: CooperationPost, matches: list[CooperationPost], base_url: str
) -> EmailMultiAlternatives:
    """One mail in the post's language: the new match, or a digest of several."""
    with translation.override(post.language):
        items = []
        for match in matches:
            url = absolute_url(base_url, match.get_absolute_url())
            items.append(
                {
                    "post": match,
                    "why": ", ".join(reasons(post, match)),
                    "url": url,
                    "interest_url": url + "#interest",
                }
            )
        off_path = reverse("cooperation:alerts-off", kwargs={"token": make_alerts_off_token(post)})
        if len(matches) == 1:
            subject = _("A new match for your post “%(title)s”") % {"title": post.title}
        else:
            subject = ngettext(
                "%(count)d new match for your post “%(title)s”",
                "%(count)d new matches for your post “%(title)s”",
                len(matches),
            ) % {"count": len(matches), "title": post.title}
        context = {
            "post": post,
            "matches": items,
            "post_url": absolute_url(base_url, post.get_absolute_url()),
            "off_url": absolute_url(base_url, off_path),
            "language": post.language,
            "site_name": "REGIONET aktív",
        }
        return build_email(
            template="cooperation/email/match_alert",
            context=context,
            subject=subject,
            to=[post.contact_email],
        )


def alerts_send(*, base_url: str) -> tuple[int, int]:
    """Mail every author their unsent matches, once (safe to run twice). Returns (sent, failed).

    Only alerts whose two posts are still public count, and only for authors who want them.
    Each author's alerts are claimed with one conditional UPDATE of `sent_at` before the mail
    goes out, so overlapping runs never send twice; a failed mail releases the claim.
    """
    due = (
        MatchAlert.objects.filter(sent_at__isnull=True, post__match_alerts=True)
        .filter(CooperationPost.objects.public_through("post"))
        .filter(CooperationPost.objects.public_through("match"))
        .select_related("post", "post__sector", "post__region")
        .order_by("post_id", "created", "pk")
    )
    by_post = defaultdict(list)
    posts = {}
    for alert in due:
        by_post[alert.post_id].append(alert.pk)
        posts[alert.post_id] = alert.post
    sent = failed = 0
    for post_id, alert_ids in by_post.items():
        now = timezone.now()
        unsent = MatchAlert.objects.filter(pk__in=alert_ids, sent_at__isnull=True)
        if not unsent.update(sent_at=now):
            continue
        claimed_ids = list(
            MatchAlert.objects.filter(pk__in=alert_ids, sent_at=now).values_list("pk", flat=True)
        )
        post = posts[post_id]
        # The matches again, annotated as on the post page, so the mail says why they fit.
        match_ids = MatchAlert.objects.filter(pk__in=claimed_ids).values("match_id")
        matches = list(fitting_posts(post).filter(pk__in=match_ids))
        if not matches:
            continue
        try:
            build_alert_email(post=post, matches=matches, base_url=base_url).send()
        except Exception:
            logger.exception("match alert failed", extra={"post_id": post_id})
            MatchAlert.objects.filter(pk__in=claimed_ids, sent_at=now).update(sent_at=None)
            failed += 1
        else:
            sent += 1
    return sent, failed


def alerts_switch_off(*, post: CooperationPost) -> bool:
    """No more alerts for this post; True when they were on."""
    return bool(
        CooperationPost.objects.filter(pk=post.pk, match_alerts=True).update(match_alerts=False)
    )
