"""Links the portal sends by e-mail: the address they start with and signed tokens.

A token signs an object's id and one value that binds it to the object's state (the time
a registration was made, a post's expiry date), with a salt per purpose, so a link made for
one purpose or one state of the object cannot stand in for another.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db import models


class InvalidLink(Exception):
    """The link was not made by the portal, was changed, or its object is gone."""


class ExpiredLink(InvalidLink):
    """The link is genuine but older than its maximum age."""


class UsedLink(InvalidLink):
    """The link is genuine but its object has changed since (it has done its work)."""


def site_base_url(request=None) -> str:
    """The portal's address with a trailing slash: the request's, else DJANGO_SITE_URL."""
    if request is not None:
        return request.build_absolute_uri("/")
    return settings.SITE_URL.rstrip("/") + "/"


def make_token(pk: int, bound: str, *, salt: str) -> str:
    return signing.dumps([pk, bound], salt=salt)


def read_token(token: str, *, salt: str, max_age: int) -> tuple[int, str]:
    """The id and the bound value of a genuine token; raises InvalidLink or ExpiredLink."""
    try:
        payload = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        raise ExpiredLink from None
    except (signing.BadSignature, ValueError, UnicodeError):
        raise InvalidLink from None
    if (
        not isinstance(payload, list)
        or len(payload) != 2
        or not isinstance(payload[0], int)
        or not isinstance(payload[1], str)
    ):
        raise InvalidLink
    return payload[0], payload[1]


@dataclass(frozen=True)
class SignedLink:
    """One kind of link: its salt, the setting with its maximum age in seconds, what it binds.

    Reading a link whose bound value no longer matches its object raises `changed`.
    """

    salt: str
    max_age_setting: str
    bound: Callable[[models.Model], str]
    changed: type[InvalidLink] = InvalidLink

    def make(self, obj: models.Model) -> str:
        return make_token(obj.pk, self.bound(obj), salt=self.salt)

    def read(self, token: str, queryset: models.QuerySet) -> models.Model:
        """The object of `queryset` the link was made for; raises InvalidLink otherwise."""
        max_age = getattr(settings, self.max_age_setting)
        pk, bound = read_token(token, salt=self.salt, max_age=max_age)
        obj = queryset.filter(pk=pk).first()
        if obj is None:
            raise InvalidLink
        if self.bound(obj) != bound:
            raise self.changed
        return obj
