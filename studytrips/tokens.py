"""Signed links that let a registrant cancel without an account."""

from django.conf import settings
from django.core import signing

from studytrips.models import Registration

CANCEL_SALT = "studytrips.registration.cancel"


class InvalidCancelLink(Exception):
    """The link was not made by the portal, was changed, or its registration is gone."""


class ExpiredCancelLink(InvalidCancelLink):
    """The link is genuine but older than REGISTRATION_CANCEL_LINK_MAX_AGE."""


def make_cancel_token(registration: Registration) -> str:
    # The registration time binds the link to this registration: registering again after a
    # cancellation makes the old link useless.
    return signing.dumps([registration.pk, registration.created.isoformat()], salt=CANCEL_SALT)


def read_cancel_token(token: str) -> Registration:
    """The registration a cancel token was made for; raises InvalidCancelLink otherwise."""
    try:
        payload = signing.loads(
            token, salt=CANCEL_SALT, max_age=settings.REGISTRATION_CANCEL_LINK_MAX_AGE
        )
    except signing.SignatureExpired:
        raise ExpiredCancelLink from None
    except (signing.BadSignature, ValueError, UnicodeError):
        raise InvalidCancelLink from None
    if (
        not isinstance(payload, list)
        or len(payload) != 2
        or not isinstance(payload[0], int)
        or not isinstance(payload[1], str)
    ):
        raise InvalidCancelLink
    registration = Registration.objects.select_related("trip").filter(pk=payload[0]).first()
    if registration is None or registration.created.isoformat() != payload[1]:
        raise InvalidCancelLink
    return registration
