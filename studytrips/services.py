"""Writes with several steps: registering, cancelling and moving people on the waiting list.

Every function locks the trip row first (`select_for_update`), so concurrent requests for
one trip queue up and the count of confirmed registrations never exceeds its places.
E-mails go out only after the transaction has committed.

A registration from the public form is a hold (double opt-in): it keeps its place, or its
turn on the waiting list, for `REGISTRATION_HOLD_MINUTES` until the address is confirmed
with the link in the first e-mail. Holds that lapse are cancelled (their places go to the
waiting list) by every write for the trip and by the command `expire_registration_holds`;
until then the counts already leave them out. Nothing waits for a mail that may never
leave: an unconfirmed hold simply lapses, and registering again sends the link again.
"""

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from core.mail import send_on_commit
from studytrips.emails import Notice, send_registration_email
from studytrips.models import Registration, StudyTrip, active_registration, normalize_email

Status = Registration.Status


class RegistrationClosed(Exception):
    """The trip takes no registrations (past, started, after the deadline or no places)."""


class AlreadyRegistered(Exception):
    """This e-mail address already has a registration for this trip."""


class HoldLapsed(Exception):
    """The address was confirmed too late: the held registration has been cancelled."""


def _notify(registration: Registration, notice: Notice, base_url: str) -> None:
    send_on_commit(
        send_registration_email, registration_id=registration.pk, notice=notice, base_url=base_url
    )


def _lock_trip(trip_id: int) -> StudyTrip:
    return StudyTrip.objects.select_for_update().get(pk=trip_id)


def _confirmed_count(trip: StudyTrip) -> int:
    """Places taken: confirmed registrations and holds that have not lapsed."""
    return Registration.objects.filter(
        active_registration(Status.CONFIRMED, timezone.now()), trip=trip
    ).count()


def _expire_holds(trip: StudyTrip, *, now: datetime) -> int:
    """Cancel the trip's lapsed holds (trip row locked); no mail: the address never answered."""
    lapsed = list(Registration.objects.select_for_update().filter(trip=trip).lapsed_holds(now))
    for registration in lapsed:
        registration.status = Status.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at", "updated"])
    return len(lapsed)


def _fill_free_places(trip: StudyTrip, *, base_url: str, today: date) -> list[Registration]:
    """Confirm the first people on the waiting list while places are free (trip row locked)."""
    if not trip.capacity or trip.start_date <= today:
        return []
    free = trip.capacity - _confirmed_count(trip)
    if free <= 0:
        return []
    # Only people whose address is confirmed move up; an unconfirmed turn just lapses.
    promoted = list(
        Registration.objects.select_for_update()
        .filter(trip=trip, status=Status.WAITING, hold_expires_at__isnull=True)
        .order_by("created", "pk")[:free]
    )
    for registration in promoted:
        registration.status = Status.CONFIRMED
        registration.save(update_fields=["status", "updated"])
        _notify(registration, Notice.PROMOTED, base_url)
    return promoted


def registration_create(
    *,
    trip: StudyTrip,
    name: str,
    email: str,
    preferred_language: str,
    consent_version: str,
    base_url: str,
    organisation: str = "",
    phone: str = "",
    needs_interpreting: bool = False,
    ip_hash: str = "",
    today: date | None = None,
) -> Registration:
    """Hold a place (or a turn on the waiting list) and mail the link that confirms the address.

    Raises RegistrationClosed when the trip takes no registrations and AlreadyRegistered when
    the e-mail address (in any letter case) has a confirmed registration for the trip. For an
    address whose hold is still waiting for confirmation, the link is sent again (the hold
    keeps its time). A cancelled or lapsed registration of the same address is taken up
    again as a new registration.
    """
    today = today or timezone.localdate()
    now = timezone.now()
    email = normalize_email(email)
    try:
        with transaction.atomic():
            locked_trip = _lock_trip(trip.pk)
            if _expire_holds(locked_trip, now=now):
                _fill_free_places(locked_trip, base_url=base_url, today=today)
            if not locked_trip.registration_is_open(today):
                raise RegistrationClosed
            existing = (
                Registration.objects.select_for_update()
                .filter(trip=locked_trip, email=email)
                .first()
            )
            if existing is not None and existing.awaits_address_confirmation:
                _notify(existing, Notice.CONFIRM_ADDRESS, base_url)
                return existing
            if existing is not None and existing.status != Status.CANCELLED:
                raise AlreadyRegistered
            has_place = _confirmed_count(locked_trip) < locked_trip.capacity
            registration = existing or Registration(trip=locked_trip, email=email)
            registration.name = name
            registration.organisation = organisation
            registration.phone = phone
            registration.preferred_language = preferred_language
            registration.needs_interpreting = needs_interpreting
            registration.consent_at = now
            registration.consent_version = consent_version
            registration.ip_hash = ip_hash
            registration.status = Status.CONFIRMED if has_place else Status.WAITING
            registration.created = now
            registration.cancelled_at = None
            registration.address_confirmed_at = None
            registration.hold_expires_at = now + timedelta(
                minutes=settings.REGISTRATION_HOLD_MINUTES
            )
            registration.save()
            _notify(registration, Notice.CONFIRM_ADDRESS, base_url)
    except IntegrityError:
        # Another request stored the same address between our check and our insert.
        raise AlreadyRegistered from None
    return registration


def registration_confirm_address(*, registration: Registration, base_url: str) -> Registration:
    """Confirm the address of a held registration (the link in its first e-mail).

    The place (or the turn on the waiting list) becomes the person's for good and the usual
    confirmation or waiting-list e-mail follows. Confirming twice changes nothing. Raises
    HoldLapsed when the hold ran out first (its place may have gone to someone else).
    """
    now = timezone.now()
    today = timezone.localdate()
    with transaction.atomic():
        trip = _lock_trip(registration.trip_id)
        if _expire_holds(trip, now=now):
            _fill_free_places(trip, base_url=base_url, today=today)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status != Status.CANCELLED and current.hold_expires_at is not None:
            _confirm_address(current, trip, now=now, base_url=base_url, today=today)
    # Raised outside the block, so the release of lapsed holds above is kept.
    if current.status == Status.CANCELLED:
        raise HoldLapsed
    return current


def _confirm_address(
    registration: Registration, trip: StudyTrip, *, now: datetime, base_url: str, today: date
) -> None:
    registration.address_confirmed_at = now
    registration.hold_expires_at = None
    registration.save(update_fields=["address_confirmed_at", "hold_expires_at", "updated"])
    if registration.status == Status.WAITING:
        promoted = _fill_free_places(trip, base_url=base_url, today=today)
        if registration in promoted:
            registration.status = Status.CONFIRMED
            return  # the promotion sent its own mail
    confirmed = registration.status == Status.CONFIRMED
    _notify(registration, Notice.CONFIRMED if confirmed else Notice.WAITING, base_url)


def registration_holds_expire(*, base_url: str, now: datetime | None = None) -> int:
    """Cancel every lapsed hold and give the freed places to the waiting list.

    Safe to run at any time and as often as wanted (the command `expire_registration_holds`);
    returns the number of holds cancelled.
    """
    now = now or timezone.now()
    today = timezone.localdate()
    trip_ids = set(Registration.objects.lapsed_holds(now).values_list("trip_id", flat=True))
    expired = 0
    for trip_id in sorted(trip_ids):
        with transaction.atomic():
            trip = _lock_trip(trip_id)
            count = _expire_holds(trip, now=now)
            if count:
                _fill_free_places(trip, base_url=base_url, today=today)
            expired += count
    return expired


def _cancel(
    registration: Registration, *, base_url: str, today: date
) -> tuple[bool, list[Registration]]:
    with transaction.atomic():
        trip = _lock_trip(registration.trip_id)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        registration.status, registration.cancelled_at = current.status, current.cancelled_at
        if current.status == Status.CANCELLED:
            return False, []
        current.status = Status.CANCELLED
        current.cancelled_at = timezone.now()
        current.save(update_fields=["status", "cancelled_at", "updated"])
        _notify(current, Notice.CANCELLED, base_url)
        promoted = _fill_free_places(trip, base_url=base_url, today=today)
    registration.status, registration.cancelled_at = current.status, current.cancelled_at
    return True, promoted


def registration_cancel(
    *, registration: Registration, base_url: str, today: date | None = None
) -> list[Registration]:
    """Cancel a registration; a freed place goes to the first person on the waiting list.

    Returns the registrations moved up (each gets an e-mail, as does the person cancelling).
    Cancelling an already cancelled registration changes nothing.
    """
    _cancelled, promoted = _cancel(
        registration, base_url=base_url, today=today or timezone.localdate()
    )
    return promoted


def registration_fill_free_places(*, trip: StudyTrip, base_url: str) -> list[Registration]:
    """Move people up from the waiting list into free places (e.g. after more places were added).

    Returns the registrations confirmed; each gets an e-mail.
    """
    with transaction.atomic():
        locked_trip = _lock_trip(trip.pk)
        return _fill_free_places(locked_trip, base_url=base_url, today=timezone.localdate())


def _by_trip(registrations: Iterable[Registration]) -> dict[int, list[int]]:
    groups: dict[int, list[int]] = {}
    for registration in registrations:
        groups.setdefault(registration.trip_id, []).append(registration.pk)
    return groups


def registration_confirm(
    *, registrations: Iterable[Registration], base_url: str
) -> tuple[list[Registration], list[Registration]]:
    """Confirm waiting or cancelled registrations, never beyond a trip's places.

    Registrations are taken in the order they came in. Returns (confirmed, left as they
    were because the trip was full); those already confirmed are in neither list.
    """
    confirmed: list[Registration] = []
    refused: list[Registration] = []
    for trip_id, ids in _by_trip(registrations).items():
        with transaction.atomic():
            trip = _lock_trip(trip_id)
            free = (trip.capacity or 0) - _confirmed_count(trip)
            candidates = (
                Registration.objects.select_for_update()
                .filter(pk__in=ids)
                .exclude(status=Status.CONFIRMED)
                .order_by("created", "pk")
            )
            for registration in candidates:
                if free <= 0:
                    refused.append(registration)
                    continue
                registration.status = Status.CONFIRMED
                registration.cancelled_at = None
                # The organiser's word replaces the address confirmation: no hold to lapse.
                registration.hold_expires_at = None
                registration.save(
                    update_fields=["status", "cancelled_at", "hold_expires_at", "updated"]
                )
                _notify(registration, Notice.PROMOTED, base_url)
                confirmed.append(registration)
                free -= 1
    return confirmed, refused


def registration_move_to_waiting_list(
    *, registrations: Iterable[Registration], base_url: str
) -> list[Registration]:
    """Put registrations on the waiting list (the organiser's decision); returns those moved."""
    moved: list[Registration] = []
    for trip_id, ids in _by_trip(registrations).items():
        with transaction.atomic():
            _lock_trip(trip_id)
            candidates = (
                Registration.objects.select_for_update()
                .filter(pk__in=ids)
                .exclude(status=Status.WAITING)
                .order_by("created", "pk")
            )
            for registration in candidates:
                registration.status = Status.WAITING
                registration.cancelled_at = None
                registration.save(update_fields=["status", "cancelled_at", "updated"])
                _notify(registration, Notice.MOVED_TO_WAITING_LIST, base_url)
                moved.append(registration)
    return moved


def registration_cancel_many(
    *, registrations: Iterable[Registration], base_url: str
) -> tuple[int, list[Registration]]:
    """Cancel each registration as the public cancel link does; (number cancelled, promoted)."""
    today = timezone.localdate()
    cancelled = 0
    promoted: list[Registration] = []
    for registration in registrations:
        did_cancel, moved_up = _cancel(registration, base_url=base_url, today=today)
        cancelled += did_cancel
        promoted += moved_up
    return cancelled, promoted
