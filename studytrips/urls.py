from django.urls import path
from django.utils.translation import pgettext_lazy

from studytrips import views

app_name = "studytrips"

urlpatterns = [
    path(pgettext_lazy("url", "study-trips/"), views.TripListView.as_view(), name="trip-list"),
    path(
        pgettext_lazy("url", "study-trips/<slug:slug>/"),
        views.TripDetailView.as_view(),
        name="trip-detail",
    ),
    path(
        pgettext_lazy("url", "study-trips/<slug:slug>/print/"),
        views.TripPrintView.as_view(),
        name="trip-print",
    ),
    path(
        pgettext_lazy("url", "study-trips/<slug:slug>/registration/"),
        views.TripRegistrationView.as_view(),
        name="trip-register",
    ),
    path(
        pgettext_lazy("url", "study-trips/<slug:slug>/calendar.ics"),
        views.TripCalendarView.as_view(),
        name="trip-calendar",
    ),
    path(
        pgettext_lazy("url", "study-trips/<slug:slug>/confirm/<str:token>/"),
        views.RegistrationConfirmView.as_view(),
        name="registration-confirm",
    ),
    path(
        pgettext_lazy("url", "study-trips/<slug:slug>/cancel/<str:token>/"),
        views.RegistrationCancelView.as_view(),
        name="registration-cancel",
    ),
]
