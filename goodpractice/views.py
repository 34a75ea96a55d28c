from django.conf import settings
from django.db.models import Count, Prefetch
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.generic import DetailView, ListView

from core.i18n import CanonicalSlugMixin, source_language
from core.listing import FilteredListView, paginate
from core.printing import PrintSheetMixin, plain_line, side_by_side
from core.publishing import PreviewMixin
from goodpractice.filters import CaseFilter
from goodpractice.models import CaseDocument, CaseImage, GoodPractice, Instrument, KeyFigure
from goodpractice.richtext import render_html

# The sections of a case page, in reading order (headings as in the glossary).
CASE_SECTIONS = [
    ("challenge", pgettext_lazy("case section", "Challenge")),
    ("approach", pgettext_lazy("case section", "Approach")),
    ("results", pgettext_lazy("case section", "Results")),
    ("transferability", pgettext_lazy("case section", "Transferability")),
    ("resources", pgettext_lazy("case section", "Resources needed")),
]


class CaseListView(FilteredListView):
    """The library: facets with counts, sorting and pagination over published cases."""

    model = GoodPractice
    filterset_class = CaseFilter
    template_name = "goodpractice/case_list.html"
    context_object_name = "cases"

    def get_base_queryset(self):
        return GoodPractice.objects.public().for_listing().order_by("-published_at", "-pk")


class CaseDetailView(PreviewMixin, CanonicalSlugMixin, DetailView):
    """A case; staff may preview a draft on its public address, everyone else gets 404."""

    model = GoodPractice
    template_name = "goodpractice/case_detail.html"
    context_object_name = "case"

    def get_queryset(self):
        return GoodPractice.objects.select_related(
            "lead_organisation", "study_trip"
        ).prefetch_related(
            "instruments",
            "sectors",
            "regions",
            "networks",
            Prefetch("key_figures", queryset=KeyFigure.objects.order_by("position", "pk")),
            Prefetch("images", queryset=CaseImage.objects.order_by("position", "pk")),
            Prefetch("documents", queryset=CaseDocument.objects.order_by("position", "pk")),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sections"] = [
            {"field": name, "heading": heading}
            for name, heading in CASE_SECTIONS
            if source_language(self.object, name) is not None
        ]
        context["related_cases"] = self.object.related_cases()
        return context


class CasePrintView(PrintSheetMixin, CaseDetailView):
    """A case on one A4 sheet, German and Hungarian side by side, for both sides of a table."""

    template_name = "goodpractice/case_print.html"
    print_url_name = "goodpractice:case-print"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.object
        fields = [("summary", pgettext_lazy("case section", "Summary")), *CASE_SECTIONS]
        context["rows"] = side_by_side(case, fields, render=render_html)
        context["titles"] = side_by_side(
            case, [("title", gettext_lazy("Title"))], render=plain_line
        )
        context["key_figures"] = side_by_side_figures(case.key_figures.all())
        context["instruments"] = side_by_side_names(case.instruments.all())
        return context


def side_by_side_names(objects) -> list[dict]:
    """Each object's name in German and in Hungarian (German where Hungarian is missing)."""
    return [{"de": obj.name_de, "hu": obj.name_hu or obj.name_de} for obj in objects]


def side_by_side_figures(figures) -> list[dict]:
    return [
        {"value": figure.value, "de": figure.label_de, "hu": figure.label_hu or figure.label_de}
        for figure in figures
    ]


class InstrumentListView(ListView):
    """The nine cross-border instruments, each with how many published cases use it."""

    template_name = "goodpractice/instrument_list.html"
    context_object_name = "instruments"

    def get_queryset(self):
        return Instrument.objects.annotate(
            case_count=Count("cases", filter=GoodPractice.objects.public_through("cases"))
        ).order_by("position", "pk")


class InstrumentDetailView(CanonicalSlugMixin, DetailView):
    """An instrument with the published cases that use it."""

    model = Instrument
    template_name = "goodpractice/instrument_detail.html"
    context_object_name = "instrument"
    paginate_by = settings.PAGINATE_BY

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cases = self.object.cases.public().for_listing().order_by("-published_at", "-pk")
        paged = paginate(self.request, cases, self.paginate_by)
        context.update(paged, cases=paged["object_list"], instruments=Instrument.objects.all())
        return context
