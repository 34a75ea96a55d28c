"""Two partners with their own content, and the four kinds of back-office user."""

from types import SimpleNamespace

import pytest
from django.test import Client

from backoffice.models import EDITORS_GROUP, PUBLISHERS_GROUP
from network.models import Company
from tests.factories import (
    CompanyFactory,
    GoodPracticeFactory,
    MembershipFactory,
    NetworkFactory,
    PartnerFactory,
    RegistrationFactory,
    StudyTripFactory,
    back_office_user,
)


def partner_content(label: str, kind: str) -> SimpleNamespace:
    partner = PartnerFactory(company__name=f"Partner {label}", company__kind=kind)
    company = partner.company
    network = NetworkFactory(name_de=f"Netzwerk {label}", coordinator=company)
    member = CompanyFactory(name=f"Mitglied {label}")
    membership = MembershipFactory(company=member, network=network)
    trip = StudyTripFactory(title_de=f"Reise {label}", organiser=company, is_published=False)
    registration = RegistrationFactory(trip=trip, name=f"Teilnehmerin {label}")
    case = GoodPracticeFactory(
        title_de=f"Beispiel {label}", lead_organisation=company, status="draft", published_at=None
    )
    return SimpleNamespace(
        partner=partner,
        company=company,
        network=network,
        member=member,
        membership=membership,
        trip=trip,
        registration=registration,
        case=case,
    )


@pytest.fixture
def world(db):
    a = partner_content("A", Company.Kind.SUPPORT)
    b = partner_content("B", Company.Kind.NETWORK)
    outsider = CompanyFactory(name="Fremdfirma")
    users = SimpleNamespace(
        editor_a=back_office_user("editor-a", group=EDITORS_GROUP, partner=a.partner),
        editor_b=back_office_user("editor-b", group=EDITORS_GROUP, partner=b.partner),
        publisher=back_office_user("publisher", group=PUBLISHERS_GROUP),
        admin=back_office_user("chef", is_superuser=True),
    )
    return SimpleNamespace(a=a, b=b, outsider=outsider, users=users)


@pytest.fixture
def login():
    def client_for(user, **headers) -> Client:
        client = Client(HTTP_HOST="localhost", **headers)
        client.force_login(user)
        return client

    return client_for
