"""The README says partners moderate the exchange; only superusers could. Publishers do now."""

import pytest
from django.test import Client

from backoffice.models import EDITORS_GROUP, PUBLISHERS_GROUP
from cooperation.models import CooperationPost
from network.models import Company
from tests.backoffice.conftest import partner_content
from tests.factories import CooperationPostFactory, back_office_user

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/cooperation/cooperationpost/"


def client_for(user) -> Client:
    client = Client(headers={"host": "localhost"})
    client.force_login(user)
    return client


def test_a_publisher_approves_a_confirmed_post():
    publisher = client_for(back_office_user("publisher", group=PUBLISHERS_GROUP))
    post = CooperationPostFactory(status=CooperationPost.Status.PENDING)
    assert publisher.get(CHANGELIST).status_code == 200
    response = publisher.post(
        CHANGELIST, {"action": "approve", "_selected_action": [post.pk]}, follow=True
    )
    assert response.status_code == 200
    post.refresh_from_db()
    assert post.status == CooperationPost.Status.APPROVED


def test_an_editor_sees_no_posts_and_no_contact_addresses():
    a = partner_content("A", Company.Kind.SUPPORT)
    editor = client_for(back_office_user("editor-a", group=EDITORS_GROUP, partner=a.partner))
    CooperationPostFactory()
    assert editor.get(CHANGELIST).status_code == 403
