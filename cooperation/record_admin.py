"""The admin of cooperations that came about: partners record them here and approve the ones
that participants reported. Registered by the back office with the rest of `MODEL_ADMINS`."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cooperation.models import Cooperation, CooperationPartner, CooperationPost, TripFollowUp
from cooperation.records import cooperation_review


class CooperationPartnerInline(admin.TabularInline):
    model = CooperationPartner
    extra = 2
    autocomplete_fields = ["company"]
    fields = ["company", "name", "country"]


class CooperationAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "origin", "started_on", "ended_on", "status", "countries"]
    list_filter = ["status", "kind", "origin", "trip"]
    search_fields = ["title", "description", "partners__name", "partners__company__name"]
    date_hierarchy = "started_on"
    actions = ["approve", "reject"]
    inlines = [CooperationPartnerInline]
    autocomplete_fields = ["trip", "network", "case"]
    raw_id_fields = ["post", "contact_request"]
    readonly_fields = [
        "status",
        "reviewed_at",
        "reported_by_name",
        "reported_by_email",
        "consent_at",
        "consent_version",
        "created",
    ]
    fieldsets = [
        (None, {"fields": ["status", "title", "kind", "description", "started_on", "ended_on"]}),
        (
            _("Where it came from"),
            {"fields": ["origin", "trip", "post", "network", "contact_request", "case"]},
        ),
        (
            _("Reported by"),
            {
                "fields": [
                    "reported_by_name",
                    "reported_by_email",
                    "consent_at",
                    "consent_version",
                    "created",
                    "reviewed_at",
                ]
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("partners")

    @admin.display(description=_("countries"))
    def countries(self, obj):
        return ", ".join(sorted(obj.partner_countries()))

    @admin.action(description=_("Approve the selected cooperations"), permissions=["change"])
    def approve(self, request, queryset):
        changed, refused = cooperation_review(
            cooperations=queryset.prefetch_related("partners"),
            status=CooperationPost.Status.APPROVED,
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d cooperation approved.", "%(count)d cooperations approved.", len(changed)
            )
            % {"count": len(changed)},
            messages.SUCCESS,
        )
        if refused:
            self.message_user(
                request,
                ngettext(
                    "%(count)d cooperation was not approved: it needs two organisations from "
                    "two countries at least.",
                    "%(count)d cooperations were not approved: each needs two organisations "
                    "from two countries at least.",
                    len(refused),
                )
                % {"count": len(refused)},
                messages.WARNING,
            )

    @admin.action(description=_("Reject the selected cooperations"), permissions=["change"])
    def reject(self, request, queryset):
        changed, _refused = cooperation_review(
            cooperations=queryset, status=CooperationPost.Status.REJECTED
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d cooperation rejected.", "%(count)d cooperations rejected.", len(changed)
            )
            % {"count": len(changed)},
            messages.SUCCESS,
        )


class TripFollowUpAdmin(admin.ModelAdmin):
    """What was asked after each trip, and when it was answered; read only."""

    list_display = ["registration", "trip", "round", "sent_at", "answered_at"]
    list_filter = ["round", "registration__trip"]
    list_select_related = ["registration__trip"]
    search_fields = ["registration__name", "registration__email"]
    fields = ["registration", "round", "sent_at", "answered_at"]
    readonly_fields = fields

    @admin.display(description=_("study trip"))
    def trip(self, obj):
        return obj.registration.trip

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


MODEL_ADMINS = {Cooperation: CooperationAdmin, TripFollowUp: TripFollowUpAdmin}
