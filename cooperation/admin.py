"""The admin of cooperation posts and messages; registered by the back office.

backoffice/admin.py registers every ModelAdmin of the project once (see `MODEL_ADMINS`).
"""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cooperation import record_admin
from cooperation.models import ContactRequest, CooperationPost
from cooperation.services import post_review
from core.signing import site_base_url


class StateFilter(admin.SimpleListFilter):
    """Where a post stands: waiting for its author, for the partners, online, or gone."""

    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("unconfirmed", _("E-mail address not confirmed")),
            ("to_review", _("Confirmed, awaiting review")),
            ("public", _("Online")),
            ("expired", _("Expired")),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "unconfirmed":
            return queryset.filter(confirmed_at__isnull=True)
        if self.value() == "to_review":
            return queryset.filter(
                confirmed_at__isnull=False, status=CooperationPost.Status.PENDING
            )
        if self.value() == "public":
            return queryset.public(today)
        if self.value() == "expired":
            return queryset.filter(expires_on__lt=today)
        return queryset


class ContactRequestInline(admin.TabularInline):
    model = ContactRequest
    fk_name = "post"
    extra = 0
    can_delete = False
    fields = ["created", "name", "email", "organisation", "message", "forwarded_at"]
    readonly_fields = fields
    verbose_name_plural = _("messages from interested people")

    def has_add_permission(self, request, obj=None):
        return False


class CooperationPostAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "kind",
        "cooperation_type",
        "company",
        "language",
        "confirmed",
        "status",
        "expires_on",
        "online",
        "created",
    ]
    list_filter = [StateFilter, "status", "kind", "cooperation_type", "language", "sector"]
    search_fields = ["title", "text", "company", "contact_name", "contact_email"]
    date_hierarchy = "created"
    actions = ["approve", "reject"]
    inlines = [ContactRequestInline]
    autocomplete_fields = ["sector", "region"]
    readonly_fields = [
        "created",
        "confirmed_at",
        "moderated_at",
        "reminder_sent_at",
        "consent_at",
        "consent_version",
        "status",
    ]
    fieldsets = [
        (None, {"fields": ["status", "kind", "cooperation_type", "title", "slug", "text"]}),
        (_("Classification"), {"fields": ["sector", "region", "languages", "language"]}),
        (_("Author"), {"fields": ["company", "contact_name", "contact_email", "match_alerts"]}),
        (
            _("Timeline"),
            {
                "fields": [
                    "expires_on",
                    "created",
                    "consent_at",
                    "consent_version",
                    "confirmed_at",
                    "moderated_at",
                    "reminder_sent_at",
                ]
            },
        ),
    ]

    def has_add_permission(self, request):
        # Posts come from the public form, with the author's consent and confirmed address.
        return False

    @admin.display(description=_("confirmed"), boolean=True, ordering="confirmed_at")
    def confirmed(self, obj):
        return obj.is_confirmed

    @admin.display(description=_("online"), boolean=True)
    def online(self, obj):
        return obj.is_public()

    def _review(self, request, queryset, status):
        changed = post_review(posts=queryset, status=status, base_url=site_base_url(request))
        unconfirmed = sum(1 for post in changed if not post.is_confirmed)
        return changed, unconfirmed

    @admin.action(description=_("Approve the selected posts"), permissions=["change"])
    def approve(self, request, queryset):
        changed, unconfirmed = self._review(request, queryset, CooperationPost.Status.APPROVED)
        self.message_user(
            request,
            ngettext(
                "%(count)d post approved; its author has been told.",
                "%(count)d posts approved; their authors have been told.",
                len(changed),
            )
            % {"count": len(changed)},
            messages.SUCCESS,
        )
        if unconfirmed:
            self.message_user(
                request,
                ngettext(
                    "%(count)d of them goes online only once its author confirms the e-mail "
                    "address.",
                    "%(count)d of them go online only once their authors confirm the e-mail "
                    "address.",
                    unconfirmed,
                )
                % {"count": unconfirmed},
                messages.WARNING,
            )

    @admin.action(description=_("Reject the selected posts"), permissions=["change"])
    def reject(self, request, queryset):
        changed, _unconfirmed = self._review(request, queryset, CooperationPost.Status.REJECTED)
        self.message_user(
            request,
            ngettext(
                "%(count)d post rejected; its author has been told.",
                "%(count)d posts rejected; their authors have been told.",
                len(changed),
            )
            % {"count": len(changed)},
            messages.SUCCESS,
        )


class ContactRequestAdmin(admin.ModelAdmin):
    """Messages kept for the partners; they are read here, never changed."""

    list_display = ["created", "kind", "name", "organisation", "target_display", "forwarded"]
    list_filter = ["kind", "language", "network"]
    search_fields = ["name", "email", "organisation", "message"]
    date_hierarchy = "created"
    list_select_related = ["post", "network", "company"]
    fields = [
        "kind",
        "network",
        "post",
        "company",
        "name",
        "email",
        "organisation",
        "message",
        "language",
        "created",
        "consent_at",
        "consent_version",
        "forwarded_at",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("to"))
    def target_display(self, obj):
        return obj.target or "–"

    @admin.display(description=_("forwarded"), boolean=True, ordering="forwarded_at")
    def forwarded(self, obj):
        return obj.forwarded_at is not None


MODEL_ADMINS = {
    CooperationPost: CooperationPostAdmin,
    ContactRequest: ContactRequestAdmin,
    **record_admin.MODEL_ADMINS,
}
