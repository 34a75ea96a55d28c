"""Writes with several steps: registering, cancelling and moving people on the waiting list.

Every function locks the trip row first (`select_for_update`), so concurrent requests for
one trip queue up and the count of confirmed registrations never exceeds its places.
E-mails go out only after the transaction has committed.
"""

from collections.abc import Iterable
from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from core.mail import send_on_commit
from studytrips.emails import Notice, send_registration_email
from studytrips.models import Registration, StudyTrip, normalize_email

Status = Registration.Status


class RegistrationClosed(Exception):
    """The trip takes no registrations (past, started, after the deadline or no places)."""


class AlreadyRegistered(Exception):
    """This e-mail address already has a registration for this trip."""


def _notify(registration: Registration, notice: Notice, base_url: str) -> None:
    send_on_commit(
        send_registration_email, registration_id=registration.pk, notice=notice, base_url=base_url
    )


def _lock_trip(trip_id: int) -> StudyTrip:
    return StudyTrip.objects.select_for_update().get(pk=trip_id)


def _confirmed_count(trip: StudyTrip) -> int:
    return Registration.objects.filter(trip=trip, status=Status.CONFIRMED).count()


def _fill_free_places(trip: StudyTrip, *, base_url: str, today: date) -> list[Registration]:
    """Confirm the first people on the waiting list while places are free (trip row locked)."""
    if not trip.capacity or trip.start_date <= today:
        return []
    free = trip.capacity - _confirmed_count(trip)
    if free <= 0:
        return []
    promoted = list(
        Registration.objects.select_for_update()
        .filter(trip=trip, status=Status.WAITING)
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
    today: date | None = None,
) -> Registration:
    """Register a person for a trip: confirmed while places are free, else on the waiting list.

    Raises RegistrationClosed when the trip takes no registrations and AlreadyRegistered when
    the e-mail address (in any letter case) has an active registration for the trip. A
    cancelled registration of the same address is taken up again as a new registration.
    """
    today = today or timezone.localdate()
    email = normalize_email(email)
    try:
        with transaction.atomic():
            locked_trip = _lock_trip(trip.pk)
            if not locked_trip.registration_is_open(today):
                raise RegistrationClosed
            existing = (
                Registration.objects.select_for_update()
                .filter(trip=locked_trip, email=email)
                .first()
            )
            if existing is not None and existing.status != Status.CANCELLED:
                raise AlreadyRegistered
            has_place = _confirmed_count(locked_trip) < locked_trip.capacity
            registration = existing or Registration(trip=locked_trip, email=email)
            registration.name = name
            registration.organisation = organisation
            registration.phone = phone
            registration.preferred_language = preferred_language
            registration.needs_interpreting = needs_interpreting
            registration.consent_at = timezone.now()
            registration.consent_version = consent_version
            registration.status = Status.CONFIRMED if has_place else Status.WAITING
            registration.created = timezone.now()
            registration.cancelled_at = None
            registration.save()
            _notify(registration, Notice.CONFIRMED if has_place else Notice.WAITING, base_url)
    except IntegrityError:
        # Another request stored the same address between our check and our insert.
        raise AlreadyRegistered from None
    return registration


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
                registration.save(update_fields=["status", "cancelled_at", "updated"])
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
