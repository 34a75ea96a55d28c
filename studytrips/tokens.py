"""Signed links that let a registrant cancel without an account."""

from django.conf import settings

from core.signing import InvalidLink, make_token, read_token
from studytrips.models import Registration

CANCEL_SALT = "studytrips.registration.cancel"


def make_cancel_token(registration: Registration) -> str:
    # The registration time binds the link to this registration: registering again after a
    # cancellation makes the old link useless.
    return make_token(registration.pk, registration.created.isoformat(), salt=CANCEL_SALT)


def read_cancel_token(token: str) -> Registration:
    """The registration a cancel token was made for; raises InvalidLink or ExpiredLink."""
    pk, created = read_token(
        token, salt=CANCEL_SALT, max_age=settings.REGISTRATION_CANCEL_LINK_MAX_AGE
    )
    registration = Registration.objects.select_related("trip").filter(pk=pk).first()
    if registration is None or registration.created.isoformat() != created:
        raise InvalidLink
    return registration
