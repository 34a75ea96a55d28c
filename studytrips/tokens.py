"""Signed links that let a registrant cancel without an account."""

from core.signing import SignedLink
from studytrips.models import Registration

CANCEL_SALT = "studytrips.registration.cancel"

# The registration time binds the link to this registration: registering again after a
# cancellation makes the old link useless.
CANCEL_LINK = SignedLink(
    salt=CANCEL_SALT,
    max_age_setting="REGISTRATION_CANCEL_LINK_MAX_AGE",
    bound=lambda registration: registration.created.isoformat(),
)


def make_cancel_token(registration: Registration) -> str:
    return CANCEL_LINK.make(registration)


def read_cancel_token(token: str) -> Registration:
    """The registration a cancel token was made for; raises InvalidLink or ExpiredLink."""
    return CANCEL_LINK.read(token, Registration.objects.select_related("trip"))
