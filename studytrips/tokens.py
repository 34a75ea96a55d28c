"""Signed links that let a registrant confirm the address or cancel without an account."""

from core.signing import SignedLink
from studytrips.models import Registration

CANCEL_SALT = "studytrips.registration.cancel"
CONFIRM_SALT = "studytrips.registration.confirm"

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


# Bound to the registration time like the cancel link. The hold's own time decides whether
# confirming still works; the link's maximum age only ends old links for good.
CONFIRM_LINK = SignedLink(
    salt=CONFIRM_SALT,
    max_age_setting="REGISTRATION_CONFIRM_LINK_MAX_AGE",
    bound=lambda registration: registration.created.isoformat(),
)


def make_confirm_token(registration: Registration) -> str:
    return CONFIRM_LINK.make(registration)


def read_confirm_token(token: str) -> Registration:
    """The registration a confirmation token was made for; raises InvalidLink or ExpiredLink."""
    return CONFIRM_LINK.read(token, Registration.objects.select_related("trip"))
