"""The admin of instruments and cases.

Registered once, by the back office (backoffice/admin.py), with partner scope, review and
translation status mixed in.
"""

from django import forms
from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from core.admin_utils import image_preview
from goodpractice.models import CaseDocument, CaseImage, GoodPractice, Instrument, KeyFigure
from network.models import Country


class InstrumentAdmin(TabbedTranslationAdmin):
    list_display = ["name", "code", "position", "case_count"]
    list_editable = ["position"]
    search_fields = ["name_de", "name_hu", "description_de", "description_hu", "code"]
    prepopulated_fields = {"slug_de": ("name_de",), "slug_hu": ("name_hu",)}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(case_total=Count("cases"))

    def get_readonly_fields(self, request, obj=None):
        # The code is part of shared library addresses (?instrument=…), so it stays.
        return ["code"] if obj is not None else []

    @admin.display(description=_("cases"), ordering="case_total")
    def case_count(self, obj):
        return obj.case_total


class KeyFigureInline(TranslationTabularInline):
    model = KeyFigure
    extra = 0
    fields = ["value", "label", "position"]


class CaseImageInline(TranslationStackedInline):
    model = CaseImage
    extra = 0
    fields = ["thumbnail", "image", "alt_text", "caption", "position"]
    readonly_fields = ["thumbnail"]
    thumbnail = image_preview()


class CaseDocumentInline(TranslationTabularInline):
    model = CaseDocument
    extra = 0
    fields = ["title", "file", "position"]


class CountryListFilter(admin.SimpleListFilter):
    title = _("country")
    parameter_name = "country"

    def lookups(self, request, model_admin):
        return Country.choices

    def queryset(self, request, queryset):
        if self.value() in Country.values:
            return queryset.filter(countries__contains=self.value())
        return queryset


class GoodPracticeAdmin(TabbedTranslationAdmin):
    list_display = [
        "title",
        "status",
        "featured",
        "published_at",
        "timescale",
        "preview_link",
    ]
    list_filter = [
        "status",
        "featured",
        "instruments",
        CountryListFilter,
        "sectors",
    ]
    search_fields = [
        "title_de",
        "title_hu",
        "summary_de",
        "summary_hu",
        "approach_de",
        "approach_hu",
        "lead_organisation__name",
    ]
    autocomplete_fields = ["regions", "sectors", "networks", "lead_organisation", "study_trip"]
    prepopulated_fields = {"slug_de": ("title_de",), "slug_hu": ("title_hu",)}
    inlines = [KeyFigureInline, CaseImageInline, CaseDocumentInline]
    date_hierarchy = "published_at"
    fieldsets = [
        (None, {"fields": ["title", "slug", "status", "published_at", "featured"]}),
        (
            _("Case"),
            {
                "fields": list(GoodPractice.RICH_TEXT_FIELDS),
                "description": _(
                    "Paragraphs, lists, links and bold or italic text are kept; "
                    "scripts, styles and anything else are removed when saving."
                ),
            },
        ),
        (
            _("Classification"),
            {
                "fields": [
                    "instruments",
                    "sectors",
                    "regions",
                    "countries",
                    "networks",
                    ("start_year", "end_year"),
                ]
            },
        ),
        (
            _("Lead organisation and contact"),
            {"fields": ["lead_organisation", "contact_name", "contact_email"]},
        ),
        (_("Study trip"), {"fields": ["study_trip"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("lead_organisation", "study_trip")

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "instruments":
            kwargs["widget"] = forms.CheckboxSelectMultiple  # nine, all visible at once
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        form.instance.add_region_countries()

    @admin.display(description=_("timescale"))
    def timescale(self, obj):
        return obj.timescale or "–"

    @admin.display(description=_("public page"))
    def preview_link(self, obj):
        label = _("view") if obj.is_published else _("preview")
        return format_html('<a href="{}" target="_blank">{}</a>', obj.get_absolute_url(), label)


MODEL_ADMINS = {Instrument: InstrumentAdmin, GoodPractice: GoodPracticeAdmin}
