"""Finding 9: /admin/r/<ct>/<id>/ told any staff user where another partner's draft lives."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import Client

from backoffice.models import EDITORS_GROUP
from network.models import Company
from tests.backoffice.conftest import partner_content
from tests.factories import CooperationPostFactory, back_office_user

pytestmark = pytest.mark.django_db


def view_on_site(user, obj):
    client = Client(headers={"host": "localhost"})
    client.force_login(user)
    content_type = ContentType.objects.get_for_model(obj)
    return client.get(f"/admin/r/{content_type.pk}/{obj.pk}/")


def test_view_on_site_of_another_partners_draft_is_404():
    a = partner_content("A", Company.Kind.SUPPORT)
    b = partner_content("B", Company.Kind.NETWORK)
    editor_a = back_office_user("editor-a", group=EDITORS_GROUP, partner=a.partner)
    for foreign in (b.trip, b.case):
        response = view_on_site(editor_a, foreign)
        assert response.status_code == 404
        assert foreign.slug not in response.content.decode()
        assert "Location" not in response
    # Their own draft still leads to its preview.
    response = view_on_site(editor_a, a.trip)
    assert response.status_code == 302
    assert response["Location"].endswith(a.trip.get_absolute_url())


def test_view_on_site_of_an_unconfirmed_post_needs_the_permission_to_see_it():
    a = partner_content("A", Company.Kind.SUPPORT)
    editor_a = back_office_user("editor-a", group=EDITORS_GROUP, partner=a.partner)
    post = CooperationPostFactory(confirmed_at=None)
    assert view_on_site(editor_a, post).status_code == 404
