"""The admin of regions, sectors, companies, networks and memberships.

Registered once, by the back office (backoffice/admin.py), which adds partner scope and
translation status where they apply.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from core.admin_utils import logo_thumbnail
from network.models import Company, Membership, Network, Region, Sector


class RegionAdmin(TabbedTranslationAdmin):
    list_display = ["name", "nuts3_code", "country"]
    list_filter = ["country"]
    search_fields = ["name_de", "name_hu", "nuts3_code"]
    prepopulated_fields = {"slug_de": ("name_de",), "slug_hu": ("name_hu",)}


class SectorAdmin(TabbedTranslationAdmin):
    list_display = ["nace_code", "name", "nace_rev2_code"]
    search_fields = ["name_de", "name_hu", "nace_code", "nace_rev2_code"]
    prepopulated_fields = {"slug_de": ("name_de",), "slug_hu": ("name_hu",)}


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["company", "network"]


class CompanyMembershipInline(MembershipInline):
    verbose_name = _("network membership")
    verbose_name_plural = _("network memberships")


class NetworkMembershipInline(MembershipInline):
    verbose_name = _("member")
    verbose_name_plural = _("members")


class CompanyAdmin(TabbedTranslationAdmin):
    list_display = ["name", "thumbnail", "kind", "region", "country", "size_band", "is_published"]
    list_filter = ["is_published", "kind", "country", "size_band", "region", "sectors"]
    list_editable = ["is_published"]
    search_fields = ["name", "city", "description_de", "description_hu", "email"]
    autocomplete_fields = ["region", "sectors"]
    prepopulated_fields = {"slug": ("name",)}
    inlines = [CompanyMembershipInline]
    date_hierarchy = "created"
    thumbnail = logo_thumbnail()
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "description", "logo", "is_published"]}),
        (_("Profile"), {"fields": ["region", "sectors", "size_band", "founded_year"]}),
        (
            _("Contact"),
            {
                "fields": [
                    "contact_name",
                    "contact_role",
                    "street",
                    "postal_code",
                    "city",
                    "country",
                    "website",
                    "email",
                    "show_email",
                    "phone",
                ]
            },
        ),
        (_("Location on the map"), {"fields": ["latitude", "longitude"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("region")


class NetworkAdmin(TabbedTranslationAdmin):
    list_display = ["name", "thumbnail", "kind", "coordinator", "parent", "founded_year"]
    list_filter = ["kind", "regions", "regions__country"]
    search_fields = ["name_de", "name_hu", "description_de", "description_hu"]
    autocomplete_fields = ["regions", "coordinator", "parent"]
    prepopulated_fields = {"slug_de": ("name_de",), "slug_hu": ("name_hu",)}
    inlines = [NetworkMembershipInline]
    thumbnail = logo_thumbnail()

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("coordinator", "parent")


class MembershipAdmin(admin.ModelAdmin):
    list_display = ["company", "network", "role", "since"]
    list_filter = ["role", ("network", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["company__name", "network__name_de", "network__name_hu"]
    autocomplete_fields = ["company", "network"]


MODEL_ADMINS = {
    Region: RegionAdmin,
    Sector: SectorAdmin,
    Company: CompanyAdmin,
    Network: NetworkAdmin,
    Membership: MembershipAdmin,
}
