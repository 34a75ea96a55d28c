from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch
from django.http import HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import override
from django.views import View
from django.views.generic import DetailView, FormView
from icalendar import Calendar, Event

from core.i18n import CanonicalSlugMixin, active_language
from core.listing import FilteredListView
from core.printing import PrintSheetMixin, plain_line, side_by_side
from core.publishing import PreviewMixin, without_unshown_fields_of
from core.signing import ExpiredLink, InvalidLink, site_base_url
from core.spam import SpamProtectedFormMixin
from studytrips.filters import StudyTripFilter
from studytrips.forms import RegistrationForm, already_registered_message
from studytrips.models import ProgrammeItem, Registration, RegistrationState, StudyTrip
from studytrips.services import (
    AlreadyRegistered,
    HoldLapsed,
    RegistrationClosed,
    registration_cancel,
    registration_confirm_address,
    registration_create,
)
from studytrips.tokens import read_cancel_token, read_confirm_token


class TripListView(FilteredListView):
    model = StudyTrip
    filterset_class = StudyTripFilter
    template_name = "studytrips/trip_list.html"
    context_object_name = "trips"

    def get_base_queryset(self):
        return StudyTrip.objects.public().for_listing().upcoming_first()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["today"] = timezone.localdate()
        return context


class TripDetailView(PreviewMixin, CanonicalSlugMixin, DetailView):
    """A trip; staff allowed to view it may preview an unpublished trip, others get 404."""

    model = StudyTrip
    template_name = "studytrips/trip_detail.html"
    context_object_name = "trip"

    def get_queryset(self):
        return (
            StudyTrip.objects.with_registration_counts()
            .select_related("organiser")
            .prefetch_related(
                "hosts",
                "photos",
                Prefetch(
                    "programme_items",
                    queryset=without_unshown_fields_of(
                        ProgrammeItem.objects.select_related("host"), "host"
                    ),
                ),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["registration_state"] = self.object.registration_state()
        context["free_places"] = self.object.free_places()
        return context


class TripPrintView(PrintSheetMixin, TripDetailView):
    """A trip's programme on one A4 sheet, German and Hungarian side by side."""

    template_name = "studytrips/trip_print.html"
    print_url_name = "studytrips:trip-print"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        trip = self.object
        context["titles"] = side_by_side(trip, [("title", _lazy("Title"))], render=plain_line)
        context["rows"] = side_by_side(
            trip, [("theme", _lazy("Theme")), ("destination", _lazy("Destination"))], plain_line
        ) + side_by_side(trip, [("summary", _lazy("Summary"))])
        context["programme"] = [
            {
                "item": item,
                "kind": {code: kind_label(item, code) for code in ("de", "hu")},
                "cells": side_by_side(item, [("title", _lazy("Title"))], plain_line)
                + side_by_side(item, [("description", _lazy("Description"))]),
            }
            for item in trip.programme_items.all()
        ]
        return context


def kind_label(item, language: str) -> str:
    with override(language):
        return str(item.get_kind_display())


class TripSubpageMixin:
    """A page below a trip: found by any of the trip's slugs, 301 to its canonical address."""

    url_name = ""
    get_object = CanonicalSlugMixin.get_object

    def get_queryset(self):
        return StudyTrip.objects.public()

    def url_kwargs(self) -> dict:
        return {"slug": self.object.slug}

    def alternate_url(self, language: str) -> str | None:
        if getattr(self, "object", None) is None:
            return None
        with override(language):
            return reverse(self.url_name, kwargs=self.url_kwargs())

    def redirect_to_canonical(self, request) -> HttpResponse | None:
        canonical = self.alternate_url(active_language())
        if canonical is not None and request.path != canonical:
            return HttpResponsePermanentRedirect(canonical)
        return None


class TripRegistrationView(SpamProtectedFormMixin, TripSubpageMixin, FormView):
    """Registration: open, full (→ waiting list) or closed, said before anyone submits."""

    template_name = "studytrips/registration_form.html"
    form_class = RegistrationForm
    url_name = "studytrips:trip-register"

    def dispatch(self, request, *args, **kwargs):
        self.object = self.trip = self.get_object()
        self.state = self.trip.registration_state()
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.redirect_to_canonical(request) or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if self.state == RegistrationState.CLOSED:
            return self.render_closed()
        return self.handle_submission(
            self.get_form(),
            success_url=self.trip.get_absolute_url(),
            success_message=self.success_message(),
        )

    def render_closed(self):
        self.state = RegistrationState.CLOSED
        context = self.get_context_data(form=None)
        return self.render_to_response(context, status=403)

    def get_initial(self):
        return {"preferred_language": active_language()}

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.update(trip=self.trip, waiting_list=self.state == RegistrationState.WAITING_LIST)
        return kwargs

    def get_context_data(self, **kwargs):
        if self.state == RegistrationState.CLOSED:
            kwargs.setdefault("form", None)
        context = super().get_context_data(**kwargs)
        context.update(
            trip=self.trip,
            registration_state=self.state,
            free_places=self.trip.free_places(),
        )
        return context

    def form_valid(self, form):
        # Not reached: post() goes through the spam checks in handle_submission.
        raise NotImplementedError

    def form_invalid(self, form):
        return self.render_invalid(form)

    def render_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def success_message(self) -> str:
        # The same answer for a new hold, a repeated one and a filled honeypot.
        return _(
            "Thank you, %(name)s! We have sent an e-mail to %(email)s. Please confirm your "
            "registration with the link in it within %(minutes)s minutes; until then we hold "
            "it for you. No e-mail? Check your spam folder, or register again to get a new link."
        ) % {
            "name": self.request.POST.get("name", "")[:200],
            "email": self.request.POST.get("email", "")[:254],
            "minutes": settings.REGISTRATION_HOLD_MINUTES,
        }

    def save_submission(self, form):
        data = form.cleaned_data
        try:
            registration_create(
                trip=self.trip,
                name=data["name"],
                email=data["email"],
                organisation=data["organisation"],
                phone=data["phone"],
                preferred_language=data["preferred_language"],
                needs_interpreting=data["needs_interpreting"],
                consent_version=settings.REGISTRATION_CONSENT_VERSION,
                ip_hash=self.ip_hash,
                base_url=site_base_url(self.request),
            )
        except AlreadyRegistered:
            form.add_error("email", already_registered_message())
            return self.render_invalid(form)
        except RegistrationClosed:
            return self.render_closed()
        return None


class TripCalendarView(TripSubpageMixin, View):
    """The trip as an all-day event for calendar programs, titled in the page's language."""

    url_name = "studytrips:trip-calendar"

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        redirect = self.redirect_to_canonical(request)
        if redirect is not None:
            return redirect
        response = HttpResponse(
            trip_calendar(self.object, request), content_type="text/calendar; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.object.slug}.ics"'
        return response


def trip_calendar(trip: StudyTrip, request) -> bytes:
    language = active_language()
    calendar = Calendar()
    calendar.add("prodid", "-//REGIONET aktiv//Study trips//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"studytrip-{trip.pk}@{request.get_host().split(':')[0]}")
    event.add("dtstamp", trip.updated)
    event.add("summary", trip.title, parameters={"LANGUAGE": language})
    event.add("dtstart", trip.start_date)
    # DTEND of an all-day event is the day after the last one (RFC 5545).
    event.add("dtend", trip.end_date + timedelta(days=1))
    event.add("location", f"{trip.destination}, {trip.get_country_display()}")
    url = request.build_absolute_uri(trip.get_absolute_url())
    event.add("url", url)
    description = "\n\n".join(text for text in [trip.theme, trip.summary, url] if text)
    event.add("description", description, parameters={"LANGUAGE": language})
    calendar.add_component(event)
    return calendar.to_ical()


class RegistrationCancelView(TripSubpageMixin, View):
    """A signed link from the e-mail: GET asks for confirmation, POST cancels."""

    url_name = "studytrips:registration-cancel"
    template_name = "studytrips/registration_cancel.html"

    def dispatch(self, request, *args, **kwargs):
        try:
            self.registration = read_cancel_token(kwargs["token"])
        except ExpiredLink:
            return self.render_problem(_("This cancellation link has expired."))
        except InvalidLink:
            return self.render_problem(_("This cancellation link is not valid."))
        # The token decides; a wrong or old slug in the path only leads to a redirect.
        self.object = self.registration.trip
        return super().dispatch(request, *args, **kwargs)

    def url_kwargs(self) -> dict:
        return {"slug": self.object.slug, "token": self.kwargs["token"]}

    def render_problem(self, problem: str, status: int = 400):
        context = {"problem": problem, "view": self}
        return render(self.request, self.template_name, context, status=status)

    def too_late(self) -> bool:
        return self.object.start_date <= timezone.localdate()

    def get(self, request, *args, **kwargs):
        redirect = self.redirect_to_canonical(request)
        if redirect is not None:
            return redirect
        context = {
            "view": self,
            "trip": self.object,
            "registration": self.registration,
            "too_late": self.too_late(),
        }
        return render(request, self.template_name, context)

    def post(self, request, *args, **kwargs):
        if self.registration.status != Registration.Status.CANCELLED:
            if self.too_late():
                return self.render_problem(
                    _(
                        "The trip has already begun, so the registration can no longer be "
                        "cancelled online. Please contact the organiser."
                    )
                )
            registration_cancel(registration=self.registration, base_url=site_base_url(request))
            messages.success(request, _("Your registration has been cancelled."))
        return HttpResponseRedirect(self.alternate_url(active_language()))


class RegistrationConfirmView(TripSubpageMixin, View):
    """The link in the first e-mail: GET asks (mail scanners confirm nothing), POST confirms."""

    url_name = "studytrips:registration-confirm"
    template_name = "studytrips/registration_confirm.html"

    def dispatch(self, request, *args, **kwargs):
        try:
            self.registration = read_confirm_token(kwargs["token"])
        except ExpiredLink:
            return self.render_problem(self.lapsed_message())
        except InvalidLink:
            return self.render_problem(_("This confirmation link is not valid."))
        self.object = self.registration.trip
        return super().dispatch(request, *args, **kwargs)

    def url_kwargs(self) -> dict:
        return {"slug": self.object.slug, "token": self.kwargs["token"]}

    def lapsed_message(self) -> str:
        return _(
            "This registration was not confirmed in time, so its place has been released. "
            "If you still want to come along, please register again."
        )

    def render_problem(self, problem: str, status: int = 400):
        context = {"problem": problem, "view": self}
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, *args, **kwargs):
        redirect = self.redirect_to_canonical(request)
        if redirect is not None:
            return redirect
        if self.registration.status == Registration.Status.CANCELLED:
            return self.render_problem(self.lapsed_message())
        context = {"view": self, "trip": self.object, "registration": self.registration}
        return render(request, self.template_name, context)

    def post(self, request, *args, **kwargs):
        try:
            registration = registration_confirm_address(
                registration=self.registration, base_url=site_base_url(request)
            )
        except HoldLapsed:
            return self.render_problem(self.lapsed_message())
        if registration.status == Registration.Status.CONFIRMED:
            message = _(
                "Thank you, %(name)s: your place on this study trip is confirmed. "
                "We have sent a confirmation to %(email)s."
            )
            messages.success(
                request, message % {"name": registration.name, "email": registration.email}
            )
        else:
            message = _(
                "Thank you, %(name)s: the trip is fully booked, so you are on the waiting list "
                "(position %(position)s). We will write to %(email)s as soon as a place "
                "becomes free."
            )
            position = registration.waiting_list_position()
            messages.info(
                request,
                message
                % {"name": registration.name, "email": registration.email, "position": position},
            )
        return HttpResponseRedirect(self.object.get_absolute_url())
