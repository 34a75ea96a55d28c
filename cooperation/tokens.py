"""Signed links in e-mails: confirming a post's address (double opt-in) and extending a post.

Each kind of link has its own salt, so one cannot stand in for the other, and binds a value
that changes once the link has done its work, so an old link cannot act twice.
"""

from datetime import date

from django.conf import settings

from cooperation.models import CooperationPost
from core.signing import InvalidLink, UsedLink, make_token, read_token

CONFIRM_SALT = "cooperation.post.confirm"
EXTEND_SALT = "cooperation.post.extend"


def make_confirm_token(post: CooperationPost) -> str:
    return make_token(post.pk, post.created.isoformat(), salt=CONFIRM_SALT)


def read_confirm_token(token: str) -> CooperationPost:
    """The post a confirmation link was made for; raises InvalidLink or ExpiredLink."""
    pk, created = read_token(
        token, salt=CONFIRM_SALT, max_age=settings.COOPERATION_CONFIRM_LINK_MAX_AGE
    )
    post = CooperationPost.objects.filter(pk=pk).first()
    if post is None or post.created.isoformat() != created:
        raise InvalidLink
    return post


def make_extend_token(post: CooperationPost) -> str:
    # The expiry date binds the link: once the post is extended, the link is used up.
    return make_token(post.pk, post.expires_on.isoformat(), salt=EXTEND_SALT)


def read_extend_token(token: str) -> CooperationPost:
    """The post an extension link was made for; raises InvalidLink, ExpiredLink or UsedLink."""
    pk, expires_on = read_token(
        token, salt=EXTEND_SALT, max_age=settings.COOPERATION_EXTEND_LINK_MAX_AGE
    )
    post = CooperationPost.objects.filter(pk=pk).first()
    if post is None:
        raise InvalidLink
    try:
        expected = date.fromisoformat(expires_on)
    except ValueError:
        raise InvalidLink from None
    if post.expires_on != expected:
        raise UsedLink
    return post
