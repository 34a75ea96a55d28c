from django.urls import path
from django.utils.translation import pgettext_lazy

from network import views

app_name = "network"

urlpatterns = [
    path(pgettext_lazy("url", "networks/"), views.NetworkListView.as_view(), name="network-list"),
    path(
        pgettext_lazy("url", "networks/<slug:slug>/"),
        views.NetworkDetailView.as_view(),
        name="network-detail",
    ),
    path(pgettext_lazy("url", "companies/"), views.CompanyListView.as_view(), name="company-list"),
    path(
        pgettext_lazy("url", "companies/<slug:slug>/"),
        views.CompanyDetailView.as_view(),
        name="company-detail",
    ),
]
