"""Cooperations that came about: reports, approvals and the follow-up of study trips.

A reported cooperation (public form or trip follow-up) waits for a partner's approval;
nothing of it is shown before. `follow_ups_send` (daily command `send_trip_follow_ups`)
mails every confirmed participant of a trip 3 and 12 months after it ended, once per round.
"""

import calendar
import logging
from collections.abc import Iterable
from datetime import date, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cooperation.models import (
    Cooperation,
    CooperationPartner,
    CooperationPost,
    TripFollowUp,
    normalize_email,
)
from cooperation.tokens import make_follow_up_token
from core.mail import absolute_url, build_email
from core.signing import UsedLink
from network.models import Company
from studytrips.models import Registration, StudyTrip

logger = logging.getLogger(__name__)

# A round is mailed from its day on for this many days (a late first run still sends it;
# a trip of 2013 does not get a 3-month question today).
FOLLOW_UP_WINDOW_DAYS = 60


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the month's last day where it is shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def known_company(name: str) -> Company | None:
    """The member company of that name (published or not: a partner checks before approval)."""
    return Company.objects.filter(name__iexact=name.strip()).order_by("pk").first()


def add_partner(cooperation: Cooperation, *, name: str, country: str) -> CooperationPartner:
    company = known_company(name)
    return CooperationPartner.objects.create(
        cooperation=cooperation,
        company=company,
        name="" if company else name.strip(),
        country=company.country if company else country,
    )


def cooperation_report_create(
    *,
    name: str,
    email: str,
    organisation: str,
    own_country: str,
    partner_name: str,
    partner_country: str,
    kind: str,
    started_on: date,
    ended_on: date | None,
    origin: str,
    trip: StudyTrip | None,
    description: str,
    consent_version: str = "",
    ip_hash: str = "",
) -> Cooperation:
    """Store a reported cooperation of two organisations, waiting for a partner's approval."""
    with transaction.atomic():
        cooperation = Cooperation.objects.create(
            title=f"{organisation.strip()} – {partner_name.strip()}"[:200],
            description=description,
            kind=kind,
            started_on=started_on,
            ended_on=ended_on,
            origin=origin,
            trip=trip if origin == Cooperation.Origin.TRIP else None,
            status=CooperationPost.Status.PENDING,
            reported_by_name=name,
            reported_by_email=normalize_email(email),
            consent_at=timezone.now() if consent_version else None,
            consent_version=consent_version,
            ip_hash=ip_hash,
        )
        add_partner(cooperation, name=organisation, country=own_country)
        add_partner(cooperation, name=partner_name, country=partner_country)
    return cooperation


def cooperation_review(
    *, cooperations: Iterable[Cooperation], status: str
) -> tuple[list[Cooperation], list[Cooperation]]:
    """Approve or reject; returns (changed, refused). An approval needs two organisations of
    two countries at least, so the figures count cross-border cooperations only."""
    changed, refused = [], []
    with transaction.atomic():
        for cooperation in cooperations:
            if cooperation.status == status:
                continue
            if status == CooperationPost.Status.APPROVED and not cooperation.can_be_approved():
                refused.append(cooperation)
                continue
            cooperation.status = status
            cooperation.reviewed_at = timezone.now()
            cooperation.save(update_fields=["status", "reviewed_at"])
            changed.append(cooperation)
    return changed, refused


def follow_ups_due(round: int, today: date):
    """Confirmed registrations of trips that ended `round` months ago (within the window)
    and have not had this round's question."""
    last_day = months_before(today, round)
    asked = TripFollowUp.objects.filter(registration=OuterRef("pk"), round=round)
    return (
        Registration.objects.filter(
            status=Registration.Status.CONFIRMED,
            trip__end_date__lte=last_day,
            trip__end_date__gt=last_day - timedelta(days=FOLLOW_UP_WINDOW_DAYS),
        )
        .filter(StudyTrip.objects.public_through("trip"))
        .exclude(Exists(asked))
        .select_related("trip")
        .order_by("trip_id", "pk")
    )


def build_follow_up_email(*, follow_up: TripFollowUp, base_url: str):
    """The question in the participant's language, with the signed link to the answer."""
    registration = follow_up.registration
    with translation.override(registration.preferred_language):
        path = reverse(
            "cooperation:trip-follow-up", kwargs={"token": make_follow_up_token(follow_up)}
        )
        valid_until = follow_up.sent_at + timedelta(
            seconds=settings.COOPERATION_FOLLOWUP_LINK_MAX_AGE
        )
        trip_title = registration.trip.title
        return build_email(
            template="cooperation/email/trip_follow_up",
            context={
                "registration": registration,
                "follow_up": follow_up,
                "trip_title": trip_title,
                "answer_url": absolute_url(base_url, path),
                "valid_until": date_format(timezone.localtime(valid_until), "DATE_FORMAT"),
                "language": registration.preferred_language,
                "site_name": "REGIONET aktív",
            },
            subject=_("What came of the study trip “%(trip)s”?") % {"trip": trip_title},
            to=[registration.email],
        )


def follow_ups_send(*, base_url: str, today: date | None = None) -> tuple[int, int]:
    """Mail each due participant the follow-up question, once per round (safe to run twice).

    The `TripFollowUp` row (unique per registration and round) is the claim, stored before
    the mail goes out; when sending fails it is removed, so the next run tries again.
    Returns (sent, failed).
    """
    today = today or timezone.localdate()
    sent = failed = 0
    for round in TripFollowUp.Round.values:
        for registration in follow_ups_due(round, today):
            try:
                with transaction.atomic():
                    follow_up = TripFollowUp.objects.create(registration=registration, round=round)
            except IntegrityError:
                continue  # another run claimed it
            try:
                build_follow_up_email(follow_up=follow_up, base_url=base_url).send()
            except Exception:
                logger.exception("trip follow-up failed", extra={"registration": registration.pk})
                follow_up.delete()
                failed += 1
            else:
                sent += 1
    return sent, failed


def follow_up_answer(*, follow_up: TripFollowUp, data: dict) -> Cooperation | None:
    """Store the answer once: after a yes, a cooperation waiting for a partner's approval.

    Raises UsedLink when the follow-up was answered meanwhile (nothing is stored then).
    """
    registration = follow_up.registration
    with transaction.atomic():
        answered = TripFollowUp.objects.filter(pk=follow_up.pk, answered_at__isnull=True).update(
            answered_at=timezone.now()
        )
        if not answered:
            raise UsedLink
        if not data["started"]:
            return None
        return cooperation_report_create(
            name=registration.name,
            email=registration.email,
            organisation=registration.organisation or registration.name,
            own_country=data["own_country"],
            partner_name=data["partner_name"],
            partner_country=data["partner_country"],
            kind=data["kind"],
            started_on=data["started_on"],
            ended_on=data.get("ended_on"),
            origin=Cooperation.Origin.TRIP,
            trip=registration.trip,
            description=data.get("description", ""),
        )
