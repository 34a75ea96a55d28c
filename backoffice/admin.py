"""The back office: the content admins of every app, with partner scope, review,
translation status and import/export mixed in, plus partners and editor profiles.

The apps register their own ModelAdmins; this module (loaded after them, since
`backoffice` comes after the content apps in INSTALLED_APPS) replaces each registration
with a subclass. The apps stay unaware of partners, as the dependency direction requires.
"""

from django.contrib import admin
from django.contrib.admin import RelatedOnlyFieldListFilter
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from import_export.admin import ExportMixin, ImportExportMixin

from backoffice.admin_mixins import (
    PartnerScopedAdmin,
    ReviewAdminMixin,
    scoped_inlines,
)
from backoffice.forms import CompanyConfirmImportForm, CompanyImportForm, TranslatedExportForm
from backoffice.models import EditorProfile, Partner
from backoffice.resources import CompanyResource, NetworkResource, RegistrationResource
from backoffice.scope import scope_for
from backoffice.translation_status import TranslationStatusMixin
from core import admin as core_admin
from core.models import Page
from goodpractice import admin as goodpractice_admin
from goodpractice.models import GoodPractice, Instrument
from network import admin as network_admin
from network.models import Company, Membership, Network, Region, Sector
from studytrips import admin as studytrips_admin
from studytrips.models import Registration, StudyTrip

PUBLISHED = {"status__exact": "published"}


def replace(model, admin_class) -> None:
    admin.site.unregister(model)
    admin.site.register(model, admin_class)


# Taxonomies and project pages: translation status only (editors may look, not change).


class RegionAdmin(TranslationStatusMixin, network_admin.RegionAdmin):
    pass


class SectorAdmin(TranslationStatusMixin, network_admin.SectorAdmin):
    pass


class InstrumentAdmin(TranslationStatusMixin, goodpractice_admin.InstrumentAdmin):
    pass


class PageAdmin(TranslationStatusMixin, core_admin.PageAdmin):
    published_filter = {"is_published__exact": "1"}


# Member companies, networks and memberships -----------------------------------------------


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


class CompanyAdmin(
    PartnerScopedAdmin, TranslationStatusMixin, ImportExportMixin, network_admin.CompanyAdmin
):
    resource_classes = [CompanyResource]
    export_form_class = TranslatedExportForm
    import_form_class = CompanyImportForm
    confirm_form_class = CompanyConfirmImportForm
    published_filter = {"is_published__exact": "1"}
    inlines = scoped_inlines(network_admin.CompanyAdmin.inlines)

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

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            self.message_user(
                request,
                _("Nothing was imported: the file has errors. Please upload it again."),
                level="error",
            )
            return HttpResponseRedirect(reverse("admin:network_company_import"))
        return super().process_result(result, request)


class NetworkAdmin(
    PartnerScopedAdmin, TranslationStatusMixin, ExportMixin, network_admin.NetworkAdmin
):
    resource_classes = [NetworkResource]
    export_form_class = TranslatedExportForm
    inlines = scoped_inlines(network_admin.NetworkAdmin.inlines)


class MembershipAdmin(PartnerScopedAdmin, network_admin.MembershipAdmin):
    list_filter = ["role", ("network", RelatedOnlyFieldListFilter)]


# Study trips and registrations -------------------------------------------------------------


class StudyTripAdmin(
    PartnerScopedAdmin, ReviewAdminMixin, TranslationStatusMixin, studytrips_admin.StudyTripAdmin
):
    published_filter = PUBLISHED
    inlines = scoped_inlines(studytrips_admin.StudyTripAdmin.inlines)


class RegistrationAdmin(PartnerScopedAdmin, ExportMixin, studytrips_admin.RegistrationAdmin):
    resource_classes = [RegistrationResource]
    export_form_class = TranslatedExportForm
    list_filter = [
        "status",
        ("trip", RelatedOnlyFieldListFilter),
        "preferred_language",
        "needs_interpreting",
    ]


# Good practice -------------------------------------------------------------------------------


class GoodPracticeAdmin(
    PartnerScopedAdmin,
    ReviewAdminMixin,
    TranslationStatusMixin,
    goodpractice_admin.GoodPracticeAdmin,
):
    published_filter = PUBLISHED
    publisher_fields = ("featured", "published_at")
    inlines = scoped_inlines(goodpractice_admin.GoodPracticeAdmin.inlines)


for model, model_admin in [
    (Region, RegionAdmin),
    (Sector, SectorAdmin),
    (Instrument, InstrumentAdmin),
    (Page, PageAdmin),
    (Company, CompanyAdmin),
    (Network, NetworkAdmin),
    (Membership, MembershipAdmin),
    (StudyTrip, StudyTripAdmin),
    (Registration, RegistrationAdmin),
    (GoodPractice, GoodPracticeAdmin),
]:
    replace(model, model_admin)


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


replace(get_user_model(), UserAdmin)
