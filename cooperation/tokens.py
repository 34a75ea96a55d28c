"""Signed links in e-mails: confirming a post's address (double opt-in) and extending a post.

Each kind of link has its own salt, so one cannot stand in for the other, and binds a value
that changes once the link has done its work, so an old link cannot act twice.
"""

from cooperation.models import CooperationPost
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
