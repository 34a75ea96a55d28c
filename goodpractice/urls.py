from django.urls import path
from django.utils.translation import pgettext_lazy

from goodpractice import views
from goodpractice.feeds import LatestCasesFeed

app_name = "goodpractice"

urlpatterns = [
    path(
        pgettext_lazy("url", "good-practice/"),
        views.CaseListView.as_view(),
        name="case-list",
    ),
    # Before the case pattern: "feed" is a reserved slug.
    path(pgettext_lazy("url", "good-practice/feed/"), LatestCasesFeed(), name="case-feed"),
    path(
        pgettext_lazy("url", "good-practice/<slug:slug>/"),
        views.CaseDetailView.as_view(),
        name="case-detail",
    ),
    path(
        pgettext_lazy("url", "good-practice/<slug:slug>/print/"),
        views.CasePrintView.as_view(),
        name="case-print",
    ),
    path(
        pgettext_lazy("url", "instruments/"),
        views.InstrumentListView.as_view(),
        name="instrument-list",
    ),
    path(
        pgettext_lazy("url", "instruments/<slug:slug>/"),
        views.InstrumentDetailView.as_view(),
        name="instrument-detail",
    ),
]
