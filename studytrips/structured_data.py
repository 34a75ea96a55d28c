"""schema.org description of a study trip page: an EducationEvent with its programme."""

from datetime import datetime

from django.urls import reverse
from django.utils.translation import gettext as _

from core.structured_data import CONTEXT, absolute, breadcrumb_list, home_crumb, text
from studytrips.models import StudyTrip


def moment(day, time) -> str:
    return datetime.combine(day, time).isoformat() if time else day.isoformat()


def trip(obj: StudyTrip, request) -> list[dict]:
    place = {
        "@type": "Place",
        "name": text(obj, "destination"),
        "address": {"@type": "PostalAddress", "addressCountry": obj.country},
    }
    event = {
        "@context": CONTEXT,
        "@type": "EducationEvent",
        "name": text(obj, "title"),
        "url": absolute(request, obj.get_absolute_url()),
        "startDate": obj.start_date.isoformat(),
        "endDate": obj.end_date.isoformat(),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": place,
        "subEvent": [
            {
                "@type": "Event",
                "name": text(item, "title"),
                "startDate": moment(item.day, item.start_time),
                **({"endDate": moment(item.day, item.end_time)} if item.end_time else {}),
                "location": {"@type": "Place", "name": item.location or text(obj, "destination")},
            }
            for item in obj.programme_items.all()
        ],
    }
    if summary := text(obj, "summary"):
        event["description"] = summary
    if obj.organiser and obj.organiser.is_published:
        event["organizer"] = {
            "@type": "Organization",
            "name": obj.organiser.name,
            "url": absolute(request, obj.organiser.get_absolute_url()),
        }
    crumbs = [
        home_crumb(),
        (_("Study trips"), reverse("studytrips:trip-list")),
        (text(obj, "title"), None),
    ]
    return [event, breadcrumb_list(request, crumbs)]


def registration_form(context, request) -> list[dict]:
    obj = context.get("trip")
    if obj is None:
        return []
    crumbs = [
        home_crumb(),
        (_("Study trips"), reverse("studytrips:trip-list")),
        (text(obj, "title"), obj.get_absolute_url()),
        (_("Registration"), None),
    ]
    return [breadcrumb_list(request, crumbs)]


BUILDERS = {StudyTrip: trip}
PAGE_BUILDERS = {"studytrips:trip-register": registration_form}
