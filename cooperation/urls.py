from django.urls import path
from django.utils.translation import pgettext_lazy

from cooperation import record_views, views

app_name = "cooperation"

urlpatterns = [
    path(pgettext_lazy("url", "cooperation/"), views.PostListView.as_view(), name="post-list"),
    path(
        pgettext_lazy("url", "cooperation/new/"), views.PostCreateView.as_view(), name="post-create"
    ),
    path(
        pgettext_lazy("url", "cooperation/confirm/<str:token>/"),
        views.PostConfirmView.as_view(),
        name="post-confirm",
    ),
    path(
        pgettext_lazy("url", "cooperation/extend/<str:token>/"),
        views.PostExtendView.as_view(),
        name="post-extend",
    ),
    path(
        pgettext_lazy("url", "cooperation/alerts-off/<str:token>/"),
        views.AlertsOffView.as_view(),
        name="alerts-off",
    ),
    path(
        pgettext_lazy("url", "cooperation/report/"),
        record_views.CooperationReportView.as_view(),
        name="cooperation-report",
    ),
    path(
        pgettext_lazy("url", "cooperation/follow-up/<str:token>/"),
        record_views.FollowUpView.as_view(),
        name="trip-follow-up",
    ),
    path(
        pgettext_lazy("url", "cooperation/<int:pk>-<slug:slug>/"),
        views.PostDetailView.as_view(),
        name="post-detail",
    ),
    path(
        pgettext_lazy("url", "cooperation/<int:pk>/"),
        views.PostShortLinkView.as_view(),
        name="post-short",
    ),
    path(
        pgettext_lazy("url", "networks/<slug:slug>/contact/"),
        views.NetworkContactView.as_view(),
        name="network-contact",
    ),
    path(
        pgettext_lazy("url", "companies/<slug:slug>/contact/"),
        views.CompanyContactView.as_view(),
        name="company-contact",
    ),
]
