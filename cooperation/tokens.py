"""Signed links in e-mails: confirming a post's address (double opt-in), extending a post,
switching match alerts off and answering a trip follow-up.

Each kind of link has its own salt, so one cannot stand in for the other, and binds a value
that changes once the link has done its work, so an old link cannot act twice.
"""

from cooperation.models import CooperationPost, TripFollowUp
from core.signing import SignedLink, UsedLink

CONFIRM_SALT = "cooperation.post.confirm"
EXTEND_SALT = "cooperation.post.extend"

CONFIRM_LINK = SignedLink(
    salt=CONFIRM_SALT,
    max_age_setting="COOPERATION_CONFIRM_LINK_MAX_AGE",
    bound=lambda post: post.created.isoformat(),
)
# The expiry date binds the link: once the post is extended, the link is used up.
EXTEND_LINK = SignedLink(
    salt=EXTEND_SALT,
    max_age_setting="COOPERATION_EXTEND_LINK_MAX_AGE",
    bound=lambda post: post.expires_on.isoformat(),
    changed=UsedLink,
)


def make_confirm_token(post: CooperationPost) -> str:
    return CONFIRM_LINK.make(post)


def read_confirm_token(token: str) -> CooperationPost:
    """The post a confirmation link was made for; raises InvalidLink or ExpiredLink."""
    return CONFIRM_LINK.read(token, CooperationPost.objects.all())


def make_extend_token(post: CooperationPost) -> str:
    return EXTEND_LINK.make(post)


def read_extend_token(token: str) -> CooperationPost:
    """The post an extension link was made for; raises InvalidLink, ExpiredLink or UsedLink."""
    return EXTEND_LINK.read(token, CooperationPost.objects.all())


# Switching match alerts off: the link binds the post's alert setting, so once off it is used.
ALERTS_OFF_LINK = SignedLink(
    salt="cooperation.post.alerts-off",
    max_age_setting="COOPERATION_ALERTS_LINK_MAX_AGE",
    bound=lambda post: "on" if post.match_alerts else "off",
    changed=UsedLink,
)


def make_alerts_off_token(post: CooperationPost) -> str:
    return ALERTS_OFF_LINK.make(post)


def read_alerts_off_token(token: str) -> CooperationPost:
    """The post whose alerts the link switches off; raises InvalidLink, ExpiredLink or UsedLink."""
    return ALERTS_OFF_LINK.read(token, CooperationPost.objects.all())


# A trip follow-up is answered once: the link binds the time of the answer (none yet).
FOLLOW_UP_LINK = SignedLink(
    salt="cooperation.trip.follow-up",
    max_age_setting="COOPERATION_FOLLOWUP_LINK_MAX_AGE",
    bound=lambda follow_up: follow_up.answered_at.isoformat() if follow_up.answered_at else "",
    changed=UsedLink,
)


def make_follow_up_token(follow_up: TripFollowUp) -> str:
    return FOLLOW_UP_LINK.make(follow_up)


def read_follow_up_token(token: str) -> TripFollowUp:
    """The follow-up the link answers; raises InvalidLink, ExpiredLink or UsedLink."""
    return FOLLOW_UP_LINK.read(token, TripFollowUp.objects.select_related("registration__trip"))
