"""The review of cases and trips: draft → in review → published, or back to the editor.

Every step saves the status, writes an entry into the object's admin history (who, when,
what) and keeps a `ReviewNote` with the publisher's comment for the editor.
"""

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils.translation import gettext as _

from backoffice.models import ReviewNote
from core.publishing import ReviewStatus


class ReviewStepRefused(Exception):
    """The object is not in a status this step starts from."""


def publish_permission(model: type[models.Model]) -> str:
    return f"{model._meta.app_label}.publish_{model._meta.model_name}"


def change_permission(model: type[models.Model]) -> str:
    return f"{model._meta.app_label}.change_{model._meta.model_name}"


def can_publish(user, obj: models.Model) -> bool:
    return user.has_perm(publish_permission(type(obj)), obj)


def can_submit(user, obj: models.Model) -> bool:
    return user.has_perm(change_permission(type(obj)), obj)


def _step(*, obj, user, allowed_from, status, action, comment, message) -> None:
    if obj.status not in allowed_from:
        raise ReviewStepRefused(obj.status)
    with transaction.atomic():
        obj.status = status
        obj.save()
        text = f"{message}: {comment}" if comment else message
        LogEntry.objects.log_actions(
            user_id=user.pk, queryset=[obj], action_flag=CHANGE, change_message=text
        )
        ReviewNote.objects.create(
            content_type=ContentType.objects.get_for_model(type(obj)),
            object_id=obj.pk,
            action=action,
            comment=comment,
            user=user,
        )


def review_submit(*, obj: models.Model, user) -> None:
    """An editor hands a draft over to the publishers."""
    if not can_submit(user, obj):
        raise PermissionDenied
    _step(
        obj=obj,
        user=user,
        allowed_from={ReviewStatus.DRAFT},
        status=ReviewStatus.REVIEW,
        action=ReviewNote.Action.SUBMITTED,
        comment="",
        message=_("Submitted for review"),
    )


def review_publish(*, obj: models.Model, user, comment: str = "") -> None:
    """A publisher releases a draft or a submitted object to the public pages."""
    if not can_publish(user, obj):
        raise PermissionDenied
    _step(
        obj=obj,
        user=user,
        allowed_from={ReviewStatus.DRAFT, ReviewStatus.REVIEW},
        status=ReviewStatus.PUBLISHED,
        action=ReviewNote.Action.PUBLISHED,
        comment=comment.strip(),
        message=_("Published"),
    )


def review_send_back(*, obj: models.Model, user, comment: str) -> None:
    """A publisher returns a submitted (or published) object to draft, saying why."""
    _back_to_draft(
        obj=obj,
        user=user,
        action=ReviewNote.Action.SENT_BACK,
        comment=comment.strip(),
        message=_("Sent back to the editor"),
    )


def review_unpublish(*, obj: models.Model, user) -> None:
    """A publisher takes an object off the public pages (or out of review) back to draft."""
    _back_to_draft(
        obj=obj,
        user=user,
        action=ReviewNote.Action.UNPUBLISHED,
        comment="",
        message=_("Set back to draft"),
    )


def _back_to_draft(*, obj, user, action, comment, message) -> None:
    if not can_publish(user, obj):
        raise PermissionDenied
    if action == ReviewNote.Action.SENT_BACK and not comment:
        raise ValueError("A comment is required to send an object back.")
    _step(
        obj=obj,
        user=user,
        allowed_from={ReviewStatus.REVIEW, ReviewStatus.PUBLISHED},
        status=ReviewStatus.DRAFT,
        action=action,
        comment=comment,
        message=message,
    )


def review_notes(obj: models.Model):
    return ReviewNote.objects.filter(
        content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk
    ).select_related("user")
