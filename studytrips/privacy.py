"""Personal data of study trips: the registrations (see core.privacy)."""

from datetime import date

from django.db import transaction

from core.signing import site_base_url
from studytrips.models import Registration
from studytrips.services import registration_cancel


def export(email: str) -> dict:
    registrations = Registration.objects.filter(email=email).select_related("trip")
    return {
        "study_trip_registrations": [
            {
                "trip": registration.trip.title_de,
                "trip_dates": [
                    registration.trip.start_date.isoformat(),
                    registration.trip.end_date.isoformat(),
                ],
                "name": registration.name,
                "email": registration.email,
                "organisation": registration.organisation,
                "phone": registration.phone,
                "preferred_language": registration.preferred_language,
                "needs_interpreting": registration.needs_interpreting,
                "status": registration.status,
                "consent_at": registration.consent_at.isoformat(),
                "consent_version": registration.consent_version,
                "created": registration.created.isoformat(),
            }
            for registration in registrations
        ]
    }


def erase(email: str) -> int:
    """Delete every registration of this address; a freed place moves the waiting list up."""
    count = 0
    for registration in Registration.objects.filter(email=email):
        if registration.status != Registration.Status.CANCELLED:
            registration_cancel(registration=registration, base_url=site_base_url())
        with transaction.atomic():
            count += Registration.objects.filter(pk=registration.pk).delete()[0]
    return count


def purge(cutoff: date) -> int:
    """Delete the registrations of trips that ended before `cutoff`."""
    return Registration.objects.filter(trip__end_date__lt=cutoff).delete()[0]
