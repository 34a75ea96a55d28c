"""The one place that registers the admin: every app's ModelAdmin, composed with the back
office's partner scope, review, translation status and import/export, plus partners and
editor profiles.

The apps define their ModelAdmin classes and list them in `MODEL_ADMINS` without
registering them; they know nothing of partners, as the layers require. Here each one is
registered once, as a subclass with the mixins its model needs, chosen by rule:

- partner scope (with scoped inlines) for the models `backoffice.scope.RULES` covers;
- review for the models with a `publish_<model>` permission;
- translation status and workflow (side-by-side view, exchange with translators) for the
  models modeltranslation translates;
- the history in the reader's language for every model;

and, in front of those, what the back office adds to single models (`EXTENSIONS`).
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from import_export.admin import ExportActionMixin, ExportMixin, ImportExportMixin

from backoffice.admin_mixins import PartnerScopedAdmin, ReviewAdminMixin, scoped_inlines
from backoffice.formats import FORMATS
from backoffice.forms import (
    CompanyConfirmImportForm,
    CompanyImportForm,
    LoginForm,
    TranslatedExportForm,
)
from backoffice.history import HistoryInReaderLanguageMixin
from backoffice.models import EditorProfile, ImportUpload, Partner
from backoffice.resources import CompanyResource, NetworkResource, RegistrationResource
from backoffice.review import publish_permission
from backoffice.scope import RULES, scope_for
from backoffice.translation_admin import TranslationAdminMixin
from backoffice.translation_status import text_fields
from cooperation import admin as cooperation_admin
from core import admin as core_admin
from goodpractice import admin as goodpractice_admin
from goodpractice.models import GoodPractice
from network import admin as network_admin
from network.models import Company, Network
from studytrips import admin as studytrips_admin
from studytrips.models import Registration

admin.site.site_header = _("REGIONET aktív – back office")
admin.site.login_form = LoginForm
admin.site.site_title = _("REGIONET aktív")
admin.site.index_title = _("Portal content")

APP_ADMINS = [core_admin, network_admin, studytrips_admin, goodpractice_admin, cooperation_admin]


# What the back office adds to single models ------------------------------------------------


class Spreadsheets:
    """Imports and exports as CSV or XLSX that Excel opens (see backoffice/formats.py)."""

    formats = import_formats = export_formats = FORMATS
    export_form_class = TranslatedExportForm


class NewCompanyJoinsOwnNetworkFormSet(BaseInlineFormSet):
    """An editor's new company must join one of the editor's networks, or it would vanish."""

    def clean(self):
        super().clean()
        kept = [
            form
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE", False)
        ]
        if not kept:
            raise ValidationError(
                _("Add the new company as a member of one of your networks."),
                code="no_network",
            )


class CompanyExtension(Spreadsheets, ImportExportMixin):
    """Import and export; an editor's new company joins one of the editor's networks."""

    resource_classes = [CompanyResource]
    import_form_class = CompanyImportForm
    confirm_form_class = CompanyConfirmImportForm

    def get_formsets_with_inlines(self, request, obj=None):
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            if obj is None and scope_for(request.user).restricted:
                formset = type(formset.__name__, (NewCompanyJoinsOwnNetworkFormSet, formset), {})
            yield formset, inline

    def has_delete_permission(self, request, obj=None):
        scope = scope_for(request.user)
        if obj is not None and scope.restricted and obj == scope.partner:
            return False  # an editor cannot delete their own organisation
        return super().has_delete_permission(request, obj)

    # Import: which network the companies join (an editor must choose one of theirs).

    def _network_choices(self, request) -> dict:
        scope = scope_for(request.user)
        return {
            "networks": scope.filter(Network.objects.order_by("name")),
            "network_required": scope.restricted,
        }

    def get_import_form_kwargs(self, request):
        return {**super().get_import_form_kwargs(request), **self._network_choices(request)}

    def get_confirm_form_kwargs(self, request, import_form=None):
        return {
            **super().get_confirm_form_kwargs(request, import_form),
            **self._network_choices(request),
        }

    def get_confirm_form_initial(self, request, import_form):
        initial = super().get_confirm_form_initial(request, import_form)
        if import_form is not None and import_form.cleaned_data.get("network"):
            initial["network"] = import_form.cleaned_data["network"].pk
        return initial

    def get_import_resource_kwargs(self, request, **kwargs):
        form = kwargs.get("form")
        network = None
        if form is not None and form.is_bound and form.is_valid():
            network = form.cleaned_data.get("network")
        return {"network": network, "user": request.user}

    def get_import_data_kwargs(self, **kwargs):
        # Nothing is saved when any row is invalid, also when confirming.
        return {**super().get_import_data_kwargs(**kwargs), "rollback_on_validation_errors": True}

    def process_import(self, request, **kwargs):
        # The preview's file waits in the database (backoffice/import_storage.py) for a day.
        name = request.POST.get("import_file_name", "")
        if (
            request.method == "POST"
            and self.has_import_permission(request)
            and not ImportUpload.objects.filter(name=name).exists()
        ):
            self.message_user(
                request,
                _("The uploaded file is no longer there. Please upload it again."),
                level="error",
            )
            return HttpResponseRedirect(reverse("admin:network_company_import"))
        return super().process_import(request, **kwargs)

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            self.message_user(
                request,
                _("Nothing was imported: the file has errors. Please upload it again."),
                level="error",
            )
            return HttpResponseRedirect(reverse("admin:network_company_import"))
        return super().process_result(result, request)


class NetworkExtension(Spreadsheets, ExportMixin):
    resource_classes = [NetworkResource]


class RegistrationExtension(Spreadsheets, ExportMixin):
    """The export of registrations: of the changelist, or of the selected ones (an action)."""

    resource_classes = [RegistrationResource]
    actions = ["export_selected"]

    @admin.action(
        description=_("Export selected registrations (CSV or Excel)"), permissions=["export"]
    )
    def export_selected(self, request, queryset):
        # The library's action, without its get_actions() of the old signature.
        return ExportActionMixin.export_admin_action(self, request, queryset)

    def get_valid_export_item_pks(self, request):
        return self.get_export_queryset(request).values_list("pk", flat=True)


class GoodPracticeExtension:
    publisher_fields = ("featured", "published_at")  # what the home page features


EXTENSIONS = {
    Company: CompanyExtension,
    Network: NetworkExtension,
    Registration: RegistrationExtension,
    GoodPractice: GoodPracticeExtension,
}


# The mixins by rule, and the registration --------------------------------------------------


def has_review(model: type[models.Model]) -> bool:
    codename = publish_permission(model).split(".", 1)[1]
    return any(name == codename for name, _label in model._meta.permissions)


def published_filter(model: type[models.Model]) -> dict[str, str]:
    """The changelist parameters that show only the published objects of `model`."""
    if has_review(model):
        return {"status__exact": "published"}
    try:
        model._meta.get_field("is_published")
    except FieldDoesNotExist:
        return {}
    return {"is_published__exact": "1"}


def mixins_for(model: type[models.Model]) -> list[type]:
    rules = [
        (PartnerScopedAdmin, model in RULES),
        (ReviewAdminMixin, has_review(model)),
        (TranslationAdminMixin, bool(text_fields(model))),
        (HistoryInReaderLanguageMixin, True),
    ]
    return [mixin for mixin, applies in rules if applies]


def compose(model: type[models.Model], app_admin: type[admin.ModelAdmin]) -> type:
    """The ModelAdmin registered for `model`: the app's class with the back office in front."""
    mixins = mixins_for(model)
    attrs = {"__module__": __name__, "__doc__": app_admin.__doc__}
    if PartnerScopedAdmin in mixins:
        attrs["inlines"] = scoped_inlines(app_admin.inlines)
    if TranslationAdminMixin in mixins:
        attrs["published_filter"] = published_filter(model)
    front = [EXTENSIONS[model]] if model in EXTENSIONS else []
    front += mixins
    added = [name for mixin in front for name in vars(mixin).get("actions", ())]
    if added:  # the app's actions first, then the back office's
        attrs["actions"] = [*(app_admin.actions or ()), *added]
    return type(app_admin.__name__, (*front, app_admin), attrs)


for module in APP_ADMINS:
    for model, app_admin in module.MODEL_ADMINS.items():
        admin.site.register(model, compose(model, app_admin))


# Partners and their editors (administrators only) -------------------------------------------


class EditorProfileInline(admin.TabularInline):
    model = EditorProfile
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Partner)
class PartnerAdmin(admin.ModelAdmin):
    list_display = ["company", "kind", "editor_count", "created"]
    search_fields = ["company__name"]
    autocomplete_fields = ["company"]
    inlines = [EditorProfileInline]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("company")

    @admin.display(description=_("kind"), ordering="company__kind")
    def kind(self, obj):
        return obj.company.get_kind_display()

    @admin.display(description=_("editors"))
    def editor_count(self, obj):
        return obj.editors.count()


class UserEditorProfileInline(admin.StackedInline):
    model = EditorProfile
    can_delete = True
    extra = 0
    max_num = 1
    autocomplete_fields = ["partner"]


class UserAdmin(DjangoUserAdmin):
    inlines = [*DjangoUserAdmin.inlines, UserEditorProfileInline]


# Django registers its own User admin; the documented way to extend it is to replace it.
admin.site.unregister(get_user_model())
admin.site.register(get_user_model(), UserAdmin)
