"""The admin of project pages and old slugs; registered once, by backoffice/admin.py."""

from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from core.models import Page, SlugRedirect


class PageAdmin(TabbedTranslationAdmin):
    list_display = ["title", "position", "show_in_footer", "is_published", "updated"]
    list_editable = ["position", "show_in_footer", "is_published"]
    search_fields = ["title_de", "title_hu", "body_de", "body_hu"]
    prepopulated_fields = {"slug_de": ("title_de",), "slug_hu": ("title_hu",)}


class SlugRedirectAdmin(admin.ModelAdmin):
    list_display = ["old_slug", "content_type", "object_id", "created"]
    list_filter = ["content_type"]
    search_fields = ["old_slug"]


MODEL_ADMINS = {Page: PageAdmin, SlugRedirect: SlugRedirectAdmin}
