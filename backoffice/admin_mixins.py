"""ModelAdmin and inline mixins for partner scope and for the review of cases and trips."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_permission_codename
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import models
from django.http import Http404, HttpResponseRedirect
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from backoffice.review import (
    ReviewStepRefused,
    can_publish,
    can_submit,
    publish_permission,
    review_notes,
    review_publish,
    review_send_back,
    review_submit,
    review_unpublish,
)
from backoffice.scope import scope_for
from core.publishing import ReviewStatus


def restrict_choices(form_class, user, keep: dict[str, set] | None = None) -> None:
    """Limit the form's related-object choices to the user's scope.

    Values the object already has stay choosable (`keep`), so an editor can save an object
    that an administrator linked to another partner's company without losing that link.
    """
    scope = scope_for(user)
    if not scope.restricted:
        return
    for name, field in form_class.base_fields.items():
        queryset = getattr(field, "queryset", None)
        if queryset is None or not scope.applies_to(queryset.model):
            continue
        allowed = scope.filter(queryset)
        kept = {value for value in (keep or {}).get(name, ()) if value is not None}
        if kept:
            allowed = allowed | queryset.filter(pk__in=kept)
        field.queryset = allowed


def related_values(obj: models.Model, names) -> dict[str, set]:
    """The primary keys `obj` links to through each named FK or M2M field."""
    values = {}
    for name in names:
        try:
            field = obj._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.many_to_many and obj.pk:
            values[name] = set(getattr(obj, name).values_list("pk", flat=True))
        elif field.many_to_one:
            values[name] = {getattr(obj, field.attname)}
    return values


class PartnerScopedAdmin:
    """A restricted editor lists, opens, changes and deletes only their partner's objects.

    - the changelist (and with it actions, exports and autocomplete results) is filtered;
    - an object outside the scope is a 404 on its change, delete and history pages;
    - related choices in the form are limited to the scope;
    - the field that makes an object the partner's (coordinator, organiser, lead
      organisation) is read-only for editors and set to their organisation on adding.
    """

    def get_queryset(self, request):
        return scope_for(request.user).filter(super().get_queryset(request))

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None and scope_for(request.user).applies_to(self.model):
            raise Http404(_("No such object in your organisation's content."))
        return obj

    def _has_object_perm(self, request, action, obj) -> bool:
        codename = get_permission_codename(action, self.opts)
        return request.user.has_perm(f"{self.opts.app_label}.{codename}", obj)

    def has_add_permission(self, request, *args, **kwargs):
        scope = scope_for(request.user)
        if scope.restricted and scope.partner is None:
            return False
        return super().has_add_permission(request, *args, **kwargs)

    def has_view_permission(self, request, obj=None):
        if obj is None:
            return super().has_view_permission(request)
        return self._has_object_perm(request, "view", obj) or self._has_object_perm(
            request, "change", obj
        )

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return self._has_object_perm(request, "change", obj)

    def has_delete_permission(self, request, obj=None):
        if obj is None:
            return super().has_delete_permission(request)
        return self._has_object_perm(request, "delete", obj)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        owner = scope_for(request.user).owner_field(self.model)
        if owner and owner not in fields:
            fields.append(owner)
        return fields

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        keep = related_values(obj, form.base_fields) if obj is not None else None
        restrict_choices(form, request.user, keep)
        return form

    def save_model(self, request, obj, form, change):
        scope = scope_for(request.user)
        owner = scope.owner_field(self.model)
        if owner and not change:
            setattr(obj, owner, scope.partner)
        super().save_model(request, obj, form, change)


class PartnerScopedInline:
    """Inline rows and their choices limited to the editor's scope."""

    def get_queryset(self, request):
        return scope_for(request.user).filter(super().get_queryset(request))

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        keep = None
        if obj is not None and obj.pk:
            rows = self.model._default_manager.filter(**{formset.fk.name: obj})
            keep = {}
            for name in formset.form.base_fields:
                try:
                    field = self.model._meta.get_field(name)
                except FieldDoesNotExist:
                    continue
                if field.many_to_one:
                    keep[name] = set(rows.values_list(field.attname, flat=True))
        restrict_choices(formset.form, request.user, keep)
        return formset


def scoped_inlines(inlines) -> list[type]:
    """Subclasses of the given inline classes with `PartnerScopedInline` mixed in."""
    return [
        type(f"Scoped{inline.__name__}", (PartnerScopedInline, inline), {}) for inline in inlines
    ]


REVIEW_BUTTONS = ("_submit_review", "_publish", "_send_back")


def with_review_comment(form_class):
    """The change form of a publisher gets a comment field for sending an object back."""

    class ReviewForm(form_class):
        review_comment = forms.CharField(
            label=_("Comment for the editor"),
            required=False,
            widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
            help_text=_("Required when you send the object back: say what should change."),
        )

        def clean(self):
            cleaned = super().clean()
            if "_send_back" in self.data and not (cleaned.get("review_comment") or "").strip():
                self.add_error("review_comment", _("Please say what the editor should change."))
            return cleaned

    ReviewForm.__name__ = form_class.__name__
    return ReviewForm


class ReviewAdminMixin:
    """Status only changes through the review steps, each logged in the object's history.

    Editors submit drafts for review; users with the model's `publish_…` permission
    publish, send back with a comment, or unpublish. The change form shows the status,
    the latest comment for the editor and the review trail.
    """

    change_form_template = "backoffice/admin/review_change_form.html"
    actions = ["submit_for_review", "publish", "unpublish"]
    # Fields only publishers may change (e.g. what the home page features).
    publisher_fields: tuple[str, ...] = ()

    def has_publish_permission(self, request, obj=None):
        if obj is not None:
            return can_publish(request.user, obj)
        return request.user.has_perm(publish_permission(self.model))

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        extra = ["status"]
        if not self.has_publish_permission(request, obj):
            extra += list(self.publisher_fields)
        return fields + [name for name in extra if name not in fields]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is not None and self.has_publish_permission(request, obj):
            form = with_review_comment(form)
        return form

    def log_change(self, request, obj, message):
        # A review button without other edits: the review step writes the history entry.
        if not message and any(name in request.POST for name in REVIEW_BUTTONS):
            return None
        return super().log_change(request, obj, message)

    def review_context(self, request, obj) -> dict:
        notes = list(review_notes(obj)[:10])
        latest = notes[0] if notes else None
        return {
            "review_status": obj.get_status_display(),
            "review_status_code": obj.status,
            "review_notes": notes,
            "review_comment_for_editor": (
                latest
                if latest and latest.action == latest.Action.SENT_BACK and latest.comment
                else None
            ),
            "can_submit_review": obj.status == ReviewStatus.DRAFT and can_submit(request.user, obj),
            "can_publish": obj.status != ReviewStatus.PUBLISHED
            and self.has_publish_permission(request, obj),
            "can_send_back": obj.status != ReviewStatus.DRAFT
            and self.has_publish_permission(request, obj),
        }

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is not None:
            wants_publish = {"_publish", "_send_back"} & set(request.POST)
            if request.method == "POST" and wants_publish:
                if not self.has_publish_permission(request, obj):
                    raise PermissionDenied
            extra_context = {**(extra_context or {}), **self.review_context(request, obj)}
        return super().change_view(request, object_id, form_url, extra_context)

    def response_change(self, request, obj):
        step = next((name for name in REVIEW_BUTTONS if name in request.POST), None)
        if step is None:
            return super().response_change(request, obj)
        name = {"name": self.opts.verbose_name, "obj": str(obj)}
        try:
            if step == "_submit_review":
                review_submit(obj=obj, user=request.user)
                text = gettext("The %(name)s “%(obj)s” was saved and submitted for review.")
            elif step == "_publish":
                review_publish(obj=obj, user=request.user)
                text = gettext("The %(name)s “%(obj)s” was saved and published.")
            else:
                review_send_back(
                    obj=obj, user=request.user, comment=request.POST.get("review_comment", "")
                )
                text = gettext("The %(name)s “%(obj)s” was saved and sent back to the editor.")
        except ReviewStepRefused:
            text = gettext("The %(name)s “%(obj)s” was saved; its status did not allow this step.")
            self.message_user(request, text % name, messages.WARNING)
        else:
            self.message_user(request, text % name, messages.SUCCESS)
        return HttpResponseRedirect(request.path)

    def _review_action(self, request, queryset, step, allowed) -> int:
        """Apply `step` to the selected objects whose status allows it; say what was left."""
        done = 0
        for obj in queryset:
            if obj.status in allowed:
                step(obj=obj, user=request.user)
                done += 1
        skipped = len(queryset) - done
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d entry was left as it was: its status does not allow this step.",
                    "%(count)d entries were left as they were: "
                    "their status does not allow this step.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )
        return done

    @admin.action(description=_("Submit the selected entries for review"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        done = self._review_action(request, queryset, review_submit, {ReviewStatus.DRAFT})
        message = ngettext(
            "%(count)d entry was submitted for review.",
            "%(count)d entries were submitted for review.",
            done,
        )
        self.message_user(request, message % {"count": done}, messages.SUCCESS)

    @admin.action(description=_("Publish the selected entries"), permissions=["publish"])
    def publish(self, request, queryset):
        allowed = {ReviewStatus.DRAFT, ReviewStatus.REVIEW}
        done = self._review_action(request, queryset, review_publish, allowed)
        message = ngettext(
            "%(count)d entry was published.", "%(count)d entries were published.", done
        )
        self.message_user(request, message % {"count": done}, messages.SUCCESS)

    @admin.action(
        description=_("Unpublish the selected entries (back to draft)"), permissions=["publish"]
    )
    def unpublish(self, request, queryset):
        allowed = {ReviewStatus.REVIEW, ReviewStatus.PUBLISHED}
        done = self._review_action(request, queryset, review_unpublish, allowed)
        message = ngettext(
            "%(count)d entry was set back to draft.",
            "%(count)d entries were set back to draft.",
            done,
        )
        self.message_user(request, message % {"count": done}, messages.SUCCESS)
