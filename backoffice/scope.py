"""What a back-office user may see and change: everything, or one partner's content.

A partner's content, precisely:

- companies: the partner organisation itself and the members of the networks it coordinates;
- networks: those whose coordinator is the partner organisation (and their memberships);
- study trips it organises, with their programme, photos and registrations;
- good-practice cases it leads, with their key figures, images and documents.

Superusers are never restricted. A user with an editor profile (or in the Editors group) is
restricted to the profile's partner; without a profile that means nothing at all. Other
staff, publishers for example, see what their model permissions allow.
"""

from collections.abc import Callable

from django.db import models
from django.db.models import Q

from backoffice.models import EDITORS_GROUP
from goodpractice.models import CaseDocument, CaseImage, GoodPractice, KeyFigure
from network.models import Company, Membership, Network
from studytrips.models import ProgrammeItem, Registration, StudyTrip, TripPhoto


def _member_companies(partner: Company) -> Q:
    members = Membership.objects.filter(network__coordinator=partner).values("company_id")
    return Q(pk=partner.pk) | Q(pk__in=members)


# For each model with an owner: the condition that makes a row the partner's.
RULES: dict[type[models.Model], Callable[[Company], Q]] = {
    Company: _member_companies,
    Network: lambda partner: Q(coordinator=partner),
    Membership: lambda partner: Q(network__coordinator=partner),
    StudyTrip: lambda partner: Q(organiser=partner),
    ProgrammeItem: lambda partner: Q(trip__organiser=partner),
    TripPhoto: lambda partner: Q(trip__organiser=partner),
    Registration: lambda partner: Q(trip__organiser=partner),
    GoodPractice: lambda partner: Q(lead_organisation=partner),
    KeyFigure: lambda partner: Q(case__lead_organisation=partner),
    CaseImage: lambda partner: Q(case__lead_organisation=partner),
    CaseDocument: lambda partner: Q(case__lead_organisation=partner),
}

# The field that makes an object the partner's; editors cannot change it.
OWNER_FIELDS: dict[type[models.Model], str] = {
    Network: "coordinator",
    StudyTrip: "organiser",
    GoodPractice: "lead_organisation",
}


class PartnerScope:
    """The back-office reach of one user, computed once per user object."""

    def __init__(self, user):
        self.user = user
        self.restricted = False
        self.partner: Company | None = None
        self._contains: dict[tuple[type, object], bool] = {}
        if not user.is_active or user.is_superuser:
            return
        profile = _editor_profile(user)
        if profile is not None:
            self.restricted = True
            self.partner = profile.partner.company
        elif user.groups.filter(name=EDITORS_GROUP).exists():
            self.restricted = True  # an editor without a partner sees nothing

    def applies_to(self, model: type[models.Model]) -> bool:
        return self.restricted and model in RULES

    def condition(self, model: type[models.Model]) -> Q | None:
        if not self.applies_to(model):
            return None
        if self.partner is None:
            return Q(pk__in=[])
        return RULES[model](self.partner)

    def filter(self, queryset: models.QuerySet) -> models.QuerySet:
        condition = self.condition(queryset.model)
        if condition is None:
            return queryset
        if self.partner is None:
            return queryset.none()
        return queryset.filter(condition)

    def contains(self, obj: models.Model) -> bool:
        model = type(obj)
        if not self.applies_to(model):
            return True
        key = (model, obj.pk)
        if key not in self._contains:
            self._contains[key] = (
                obj.pk is not None
                and self.filter(model._default_manager.filter(pk=obj.pk)).exists()
            )
        return self._contains[key]

    def owner_field(self, model: type[models.Model]) -> str | None:
        return OWNER_FIELDS.get(model) if self.restricted else None


def _editor_profile(user):
    from backoffice.models import EditorProfile

    try:
        return user.editor_profile
    except EditorProfile.DoesNotExist:
        return None


def scope_for(user) -> PartnerScope:
    """The user's scope, cached on the user object (one per request)."""
    scope = getattr(user, "_partner_scope", None)
    if scope is None:
        scope = PartnerScope(user)
        user._partner_scope = scope
    return scope
