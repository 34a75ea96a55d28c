"""The translation workflow on every translated model's admin.

On top of the status column and the filters (`TranslationStatusMixin`):

- the change form's "minor change" box, and who changed a text (for the out-of-date marks
  of `core.translation_state`);
- the side-by-side view (`<object>/translations/`), linked from the change form and from
  the translation column;
- the export of selected objects' missing and out-of-date texts as XLIFF 2.0 or PO (an
  action) and the import of the translated file with a preview (`translations/import/`).
"""

import uuid

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import quote, unquote
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext, override
from django.utils.translation import gettext_lazy as _

from backoffice import side_by_side, translation_exchange
from backoffice.forms import TranslationExportForm, TranslationImportForm
from backoffice.translation_status import TranslationStatusMixin
from core.translation_state import translation_change

MINOR_CHANGE = "minor_change"
IMPORT_CACHE_SECONDS = 60 * 60


def with_minor_change(form_class):
    """The change form gets the box "minor change – translations stay valid"."""

    class MinorChangeForm(form_class):
        minor_change = forms.BooleanField(
            label=_("Minor change (typo, formatting) – translations stay valid"),
            required=False,
            help_text=_(
                "Tick this when the change does not alter the meaning: the other language's "
                "texts are then not marked as out of date."
            ),
        )

        @property
        def changed_data(self):
            return [name for name in super().changed_data if name != MINOR_CHANGE]

    MinorChangeForm.__name__ = form_class.__name__
    return MinorChangeForm


def _without_minor_change(fields):
    return [
        _without_minor_change(name) if isinstance(name, (list, tuple)) else name
        for name in fields
        if name != MINOR_CHANGE
    ]


class TranslationAdminMixin(TranslationStatusMixin):
    change_form_template = "backoffice/admin/translation_change_form.html"
    actions = ["export_translations"]

    # URLs ------------------------------------------------------------------------------

    def _url_name(self, view: str) -> str:
        return f"{self.opts.app_label}_{self.opts.model_name}_{view}"

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "translations/import/",
                wrap(self.translation_import_view),
                name=self._url_name("translation_import"),
            ),
            path(
                "<path:object_id>/translations/",
                wrap(self.side_by_side_view),
                name=self._url_name("translations"),
            ),
            *super().get_urls(),
        ]

    def translation_url(self, obj) -> str:
        return reverse(f"admin:{self._url_name('translations')}", args=[quote(obj.pk)])

    # The change form ---------------------------------------------------------------------

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is not None and obj.pk is not None:
            form = with_minor_change(form)
        return form

    def get_fieldsets(self, request, obj=None):
        # The box is rendered by the template, below the fieldsets, not as a model field.
        return [
            (name, {**options, "fields": _without_minor_change(options["fields"])})
            for name, options in super().get_fieldsets(request, obj)
        ]

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if object_id is not None:
            url = reverse(f"admin:{self._url_name('translations')}", args=[object_id])
            extra_context = {**(extra_context or {}), "translation_view_url": url}
        minor = request.method == "POST" and bool(request.POST.get(MINOR_CHANGE))
        with translation_change(user=request.user, minor=minor):
            return super().changeform_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        if self.has_change_permission(request):
            url = reverse(f"admin:{self._url_name('translation_import')}")
            extra_context = {**(extra_context or {}), "translation_import_url": url}
        return super().changelist_view(request, extra_context)

    # Side by side ------------------------------------------------------------------------

    def side_by_side_view(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404(_("No such object."))
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        can_change = self.has_change_permission(request, obj)
        rows = side_by_side.rows_for(obj)
        form_class = side_by_side.side_by_side_form(obj, rows)
        form = None
        if can_change:
            form = form_class(request.POST or None, instance=obj)
            if request.method == "POST" and form.is_valid():
                confirmed = side_by_side.confirmed_states(form, rows)
                with transaction.atomic(), translation_change(user=request.user):
                    form.save()
                    for state in confirmed:
                        state.delete()
                if form.changed_data:
                    self.log_change(request, obj, self.construct_change_message(request, form, []))
                self.message_user(request, gettext("The translation was saved."), messages.SUCCESS)
                return HttpResponseRedirect(request.path)
        elif request.method == "POST":
            raise PermissionDenied
        bound = {}
        if form is not None:
            bound = {name: form[name] for name in form.fields}
        for row in rows:
            for part in row.sides:
                part.input = bound.get(f"{row.field}_{part.language}")
                part.confirm = bound.get(side_by_side.confirm_name(row.field, part.language))
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Translation side by side"),
            "subtitle": str(obj),
            "opts": self.opts,
            "original": obj,
            "rows": rows,
            "form": form,
            "change_url": reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[quote(obj.pk)]
            ),
        }
        status = 400 if form is not None and form.is_bound else 200
        return TemplateResponse(
            request, "backoffice/admin/translation_side_by_side.html", context, status=status
        )

    # Exchange with translators -------------------------------------------------------------

    @admin.action(description=_("Export texts for translators (XLIFF or PO)"), permissions=["view"])
    def export_translations(self, request, queryset):
        form = TranslationExportForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            target = form.cleaned_data["language"]
            kind = form.cleaned_data["format"]
            units = translation_exchange.export_units(queryset, target)
            if kind == "po":
                content = translation_exchange.write_po(units, target)
                content_type, extension = "text/x-gettext-translation", "po"
            else:
                content = translation_exchange.write_xliff(units, target)
                content_type, extension = "application/xliff+xml", "xlf"
            response = HttpResponse(content, content_type=f"{content_type}; charset=utf-8")
            name = f"{self.opts.model_name}-{target}.{extension}"
            response["Content-Disposition"] = f'attachment; filename="{name}"'
            return response
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Export texts for translators"),
            "opts": self.opts,
            "form": form,
            "queryset": queryset,
            "selected": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
            "action": "export_translations",
        }
        return TemplateResponse(request, "backoffice/admin/translation_export.html", context)

    def _may_change(self, request):
        return lambda obj: self.has_change_permission(request, obj)

    def translation_import_view(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        changelist = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist")
        key_prefix = f"translation-import:{request.user.pk}:"
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Import translations"),
            "opts": self.opts,
            "changelist_url": changelist,
        }
        status = 200
        if request.method == "POST" and "confirm" in request.POST:
            token = request.POST.get("token", "")
            stored = cache.get(key_prefix + token) if token else None
            if stored is None:
                self.message_user(
                    request,
                    gettext("The uploaded file has expired. Please upload it again."),
                    messages.ERROR,
                )
                return HttpResponseRedirect(request.path)
            target, units = stored
            check = translation_exchange.check_import(
                units, model=self.model, target=target, may_change=self._may_change(request)
            )
            if not check.errors:
                self._apply_import(request, check, target)
                cache.delete(key_prefix + token)
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d translation was saved.",
                        "%(count)d translations were saved.",
                        len(check.changes),
                    )
                    % {"count": len(check.changes)},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(changelist)
            form = TranslationImportForm()
            context.update(check=check, target=target)
            status = 400
        else:
            form = TranslationImportForm(request.POST or None, request.FILES or None)
            if form.is_bound:
                if form.is_valid():
                    target = form.cleaned_data["language"]
                    units = form.cleaned_data["file"].units
                    check = translation_exchange.check_import(
                        units,
                        model=self.model,
                        target=target,
                        may_change=self._may_change(request),
                    )
                    context.update(check=check, target=target)
                    if check.errors:
                        status = 400
                    elif check.changes:
                        token = uuid.uuid4().hex
                        cache.set(key_prefix + token, (target, units), IMPORT_CACHE_SECONDS)
                        context["token"] = token
                else:
                    status = 400
        context["form"] = form
        return TemplateResponse(
            request, "backoffice/admin/translation_import.html", context, status=status
        )

    def _apply_import(self, request, check, target: str) -> None:
        by_object = {}
        for change in check.changes:
            by_object.setdefault(change.obj.pk, (change.obj, []))[1].append(change)
        with transaction.atomic(), translation_change(user=request.user):
            for obj, changes in by_object.values():
                columns = []
                for change in changes:
                    setattr(obj, f"{change.field}_{target}", change.new)
                    columns.append(f"{change.field}_{target}")
                obj.save()
                with override(None):  # stored in English, as Django stores change messages
                    labels = [str(capfirst(obj._meta.get_field(c).verbose_name)) for c in columns]
                self.log_change(request, obj, [{"changed": {"fields": labels}}])
