"""E-mails to registrants, each rendered in the registrant's own language."""

from enum import StrEnum

from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core.mail import absolute_url, build_email
from studytrips.models import Registration
from studytrips.tokens import make_cancel_token, make_confirm_token


class Notice(StrEnum):
    CONFIRM_ADDRESS = "confirm_address"  # registered: please confirm the address (double opt-in)
    CONFIRMED = "confirmed"  # registered, with a place
    WAITING = "waiting"  # registered, on the waiting list
    PROMOTED = "promoted"  # moved up from the waiting list
    MOVED_TO_WAITING_LIST = "moved_to_waiting_list"  # by the organiser
    CANCELLED = "cancelled"


def _subject(notice: Notice, trip_title: str) -> str:
    subjects = {
        Notice.CONFIRM_ADDRESS: _("Please confirm your registration for “%(trip)s”"),
        Notice.CONFIRMED: _("Your place on the study trip “%(trip)s” is confirmed"),
        Notice.WAITING: _("You are on the waiting list for the study trip “%(trip)s”"),
        Notice.PROMOTED: _("A place has become free: you are coming along to “%(trip)s”"),
        Notice.MOVED_TO_WAITING_LIST: _(
            "Your registration for “%(trip)s” is now on the waiting list"
        ),
        Notice.CANCELLED: _("Your registration for the study trip “%(trip)s” is cancelled"),
    }
    return subjects[notice] % {"trip": trip_title}


def build_registration_email(
    *, registration: Registration, notice: Notice, base_url: str
) -> EmailMultiAlternatives:
    """The message for `notice`, in plain text and HTML, in the registrant's language."""
    with translation.override(registration.preferred_language):
        trip = registration.trip
        context = {
            "registration": registration,
            "trip": trip,
            "notice": notice.value,
            "trip_url": absolute_url(base_url, trip.get_absolute_url()),
            "calendar_url": absolute_url(base_url, trip.get_calendar_url()),
            "waiting_list_position": registration.waiting_list_position(),
        }
        if notice == Notice.CONFIRM_ADDRESS:
            confirm_path = reverse(
                "studytrips:registration-confirm",
                kwargs={"slug": trip.slug, "token": make_confirm_token(registration)},
            )
            context["confirm_url"] = absolute_url(base_url, confirm_path)
        elif notice != Notice.CANCELLED:
            cancel_path = reverse(
                "studytrips:registration-cancel",
                kwargs={"slug": trip.slug, "token": make_cancel_token(registration)},
            )
            context["cancel_url"] = absolute_url(base_url, cancel_path)
        return build_email(
            template="studytrips/email/registration",
            context=context,
            subject=_subject(notice, trip.title),
            to=[registration.email],
        )


def send_registration_email(*, registration_id: int, notice: str, base_url: str) -> None:
    """Send `notice` to the registrant as the registration stands now (after the commit)."""
    notice = Notice(notice)  # a plain string when it comes from the task queue
    registration = Registration.objects.select_related("trip").filter(pk=registration_id).first()
    if registration is None:
        return
    build_registration_email(registration=registration, notice=notice, base_url=base_url).send()
