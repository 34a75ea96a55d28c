"""Who records and approves cooperations in the back office: publishers, not editors."""

import pytest
from django.test import Client

from backoffice.models import EDITORS_GROUP, PUBLISHERS_GROUP
from cooperation.models import CooperationPost
from network.models import Company
from tests.backoffice.conftest import partner_content
from tests.factories import CooperationFactory, CooperationPartnerFactory, back_office_user

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/cooperation/cooperation/"


def client_for(user) -> Client:
    client = Client(headers={"host": "localhost"})
    client.force_login(user)
    return client


def test_a_publisher_approves_a_reported_cooperation():
    publisher = client_for(back_office_user("publisher", group=PUBLISHERS_GROUP))
    reported = CooperationFactory(
        status=CooperationPost.Status.PENDING, reported_by_email="anna@example.org"
    )
    CooperationPartnerFactory(cooperation=reported, country="AT")
    CooperationPartnerFactory(cooperation=reported, country="HU")
    assert publisher.get(CHANGELIST).status_code == 200
    assert publisher.get(f"{CHANGELIST}add/").status_code == 200
    response = publisher.post(
        CHANGELIST, {"action": "approve", "_selected_action": [reported.pk]}, follow=True
    )
    assert response.status_code == 200
    reported.refresh_from_db()
    assert reported.status == CooperationPost.Status.APPROVED


def test_an_editor_cannot_open_the_reports_and_their_addresses():
    a = partner_content("A", Company.Kind.SUPPORT)
    editor = client_for(back_office_user("editor-a", group=EDITORS_GROUP, partner=a.partner))
    CooperationFactory(status="pending", reported_by_email="anna@example.org")
    assert editor.get(CHANGELIST).status_code == 403
