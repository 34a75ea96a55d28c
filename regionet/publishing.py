"""The review status shared by content that editors write and publishers release.

A base helper: it imports no app, so every app may use it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewStatus(models.TextChoices):
    """draft → in review → published; a publisher may send it back to draft."""

    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
