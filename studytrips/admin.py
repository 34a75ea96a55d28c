"""The admin of study trips and registrations.

Registered once, by the back office (backoffice/admin.py), which adds partner scope, review,
translation status and the export of registrations.
"""

from django import forms
from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from core.admin_utils import image_preview
from core.signing import site_base_url
from studytrips.forms import PARTICIPANT_FIELDS, already_registered_message
from studytrips.models import ProgrammeItem, Registration, StudyTrip, TripPhoto, normalize_email
from studytrips.services import (
    registration_cancel_many,
    registration_confirm,
    registration_fill_free_places,
    registration_move_to_waiting_list,
)


def report_moved_up(model_admin, request, promoted) -> None:
    """Tell the user how many people the waiting list moved up, if any."""
    if promoted:
        model_admin.message_user(
            request,
            ngettext(
                "%(count)d person moved up from the waiting list.",
                "%(count)d people moved up from the waiting list.",
                len(promoted),
            )
            % {"count": len(promoted)},
            messages.SUCCESS,
        )


class ProgrammeItemInline(TranslationStackedInline):
    model = ProgrammeItem
    extra = 0
    autocomplete_fields = ["host"]
    fields = ["day", "start_time", "end_time", "kind", "title", "description", "host", "location"]


class TripPhotoInline(TranslationTabularInline):
    model = TripPhoto
    extra = 0
    fields = ["image", "preview", "caption", "alt_text", "position"]
    readonly_fields = ["preview"]
    preview = image_preview()


class StudyTripAdmin(TabbedTranslationAdmin):
    list_display = [
        "title",
        "start_date",
        "destination",
        "country",
        "confirmed",
        "waiting",
        "capacity",
        "registration_deadline",
        "status",
    ]
    list_filter = ["status", "country"]
    date_hierarchy = "start_date"
    search_fields = [
        "title_de",
        "title_hu",
        "theme_de",
        "theme_hu",
        "summary_de",
        "summary_hu",
        "destination_de",
        "destination_hu",
    ]
    prepopulated_fields = {"slug_de": ("title_de",), "slug_hu": ("title_hu",)}
    autocomplete_fields = ["organiser", "hosts"]
    inlines = [ProgrammeItemInline, TripPhotoInline]
    fieldsets = [
        (
            None,
            {"fields": ["title", "slug", "theme", "destination", "country", "status"]},
        ),
        (_("Dates and places"), {"fields": ["start_date", "end_date", "capacity"]}),
        (_("Registration"), {"fields": ["registration_deadline"]}),
        (_("Text"), {"fields": ["summary", "report", "cover_image", "participant_count"]}),
        (
            _("Organisation and funding"),
            {"fields": ["organiser", "hosts", "funding_programme", "project_number"]},
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_registration_counts().select_related("organiser")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "capacity" in form.changed_data:
            # More places: the waiting list moves up at once, as it does after a cancellation.
            promoted = registration_fill_free_places(trip=obj, base_url=site_base_url(request))
            report_moved_up(self, request, promoted)

    def _registrations_link(self, obj, status, count):
        url = reverse("admin:studytrips_registration_changelist")
        return format_html(
            '<a href="{}?trip__id__exact={}&amp;status__exact={}">{}</a>',
            url,
            obj.pk,
            status,
            count,
        )

    @admin.display(description=_("confirmed"), ordering="confirmed_count")
    def confirmed(self, obj):
        return self._registrations_link(obj, Registration.Status.CONFIRMED, obj.confirmed_count)

    @admin.display(description=_("waiting list"), ordering="waiting_count")
    def waiting(self, obj):
        return self._registrations_link(obj, Registration.Status.WAITING, obj.waiting_count)


class RegistrationAdminForm(forms.ModelForm):
    class Meta:
        model = Registration
        fields = PARTICIPANT_FIELDS

    def clean_email(self):
        email = normalize_email(self.cleaned_data["email"])
        taken = (
            Registration.objects.filter(trip_id=self.instance.trip_id, email=email)
            .exclude(pk=self.instance.pk)
            .exists()
        )
        if taken:
            raise forms.ValidationError(already_registered_message(), code="duplicate")
        return email


class RegistrationAdmin(admin.ModelAdmin):
    """Registrations arrive through the public form; status changes go through the actions."""

    form = RegistrationAdminForm
    list_display = [
        "name",
        "email",
        "organisation",
        "trip",
        "status",
        "hold_expires_at",
        "preferred_language",
        "needs_interpreting",
        "created",
    ]
    list_filter = [
        "status",
        ("trip", admin.RelatedOnlyFieldListFilter),
        "preferred_language",
        "needs_interpreting",
    ]
    list_select_related = ["trip"]
    search_fields = ["name", "email", "organisation", "phone"]
    date_hierarchy = "created"
    readonly_fields = [
        "trip",
        "status",
        "consent_at",
        "consent_version",
        "created",
        "updated",
        "cancelled_at",
        "address_confirmed_at",
        "hold_expires_at",
    ]
    fields = [
        "trip",
        "status",
        *PARTICIPANT_FIELDS,
        "consent_at",
        "consent_version",
        "created",
        "updated",
        "cancelled_at",
        "address_confirmed_at",
        "hold_expires_at",
    ]
    actions = ["confirm", "move_to_waiting_list", "cancel"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Confirm selected registrations (while places are free)"))
    def confirm(self, request, queryset):
        confirmed, refused = registration_confirm(
            registrations=queryset, base_url=site_base_url(request)
        )
        if confirmed:
            self.message_user(
                request,
                ngettext(
                    "%(count)d registration confirmed.",
                    "%(count)d registrations confirmed.",
                    len(confirmed),
                )
                % {"count": len(confirmed)},
                messages.SUCCESS,
            )
        if refused:
            self.message_user(
                request,
                ngettext(
                    "%(count)d registration not confirmed: the trip has no free place.",
                    "%(count)d registrations not confirmed: the trip has no free places.",
                    len(refused),
                )
                % {"count": len(refused)},
                messages.WARNING,
            )

    @admin.action(description=_("Move selected registrations to the waiting list"))
    def move_to_waiting_list(self, request, queryset):
        moved = registration_move_to_waiting_list(
            registrations=queryset, base_url=site_base_url(request)
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d registration moved to the waiting list.",
                "%(count)d registrations moved to the waiting list.",
                len(moved),
            )
            % {"count": len(moved)},
            messages.SUCCESS,
        )

    @admin.action(description=_("Cancel selected registrations (the waiting list moves up)"))
    def cancel(self, request, queryset):
        cancelled, promoted = registration_cancel_many(
            registrations=queryset, base_url=site_base_url(request)
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d registration cancelled.",
                "%(count)d registrations cancelled.",
                cancelled,
            )
            % {"count": cancelled},
            messages.SUCCESS,
        )
        report_moved_up(self, request, promoted)


MODEL_ADMINS = {StudyTrip: StudyTripAdmin, Registration: RegistrationAdmin}
