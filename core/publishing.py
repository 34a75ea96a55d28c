"""The review status shared by content that editors write and publishers release.

A base helper: it imports no app, so every app may use it.
"""

from django.db import models
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _


class ReviewStatus(models.TextChoices):
    """draft → in review → published; a publisher may send it back to draft."""

    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")


class PreviewMixin:
    """DetailView mixin: unpublished objects are 404, except for staff allowed to preview.

    Staff need `preview_permission` on the model and, for the object itself, whatever the
    permission backends decide (an editor: only their own organisation's objects). A
    preview is marked in the context and served with noindex and no-store.
    """

    preview_permission: str

    def may_preview(self, obj=None) -> bool:
        user = self.request.user
        if not (user.is_active and user.is_staff and user.has_perm(self.preview_permission)):
            return False
        return obj is None or user.has_perm(self.preview_permission, obj)

    def visible(self, queryset):
        """`queryset`, narrowed to published objects unless the user may preview."""
        return queryset if self.may_preview() else queryset.published()

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not obj.is_published and not self.may_preview(obj):
            raise Http404("Not published.")
        return obj

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_preview"] = not self.object.is_published
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context.get("is_preview"):
            response["X-Robots-Tag"] = "noindex, nofollow"
            patch_cache_control(response, private=True, no_store=True)
        return response
