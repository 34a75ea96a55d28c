from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from core.models import Page, SlugRedirect

admin.site.site_header = _("REGIONET aktív – back office")
admin.site.site_title = _("REGIONET aktív")
admin.site.index_title = _("Portal content")


@admin.register(Page)
class PageAdmin(TabbedTranslationAdmin):
    list_display = ["title", "position", "show_in_footer", "is_published", "updated"]
    list_editable = ["position", "show_in_footer", "is_published"]
    search_fields = ["title_de", "title_hu", "body_de", "body_hu"]
    prepopulated_fields = {"slug_de": ("title_de",), "slug_hu": ("title_hu",)}


@admin.register(SlugRedirect)
class SlugRedirectAdmin(admin.ModelAdmin):
    list_display = ["old_slug", "content_type", "object_id", "created"]
    list_filter = ["content_type"]
    search_fields = ["old_slug"]
