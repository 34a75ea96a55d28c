"""`public()` and `visible_to(user)` say what the pages show: drafts are 404 for the public,
a preview for staff allowed to view that very object, 404 for another partner's editor."""

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.urls import reverse

from cooperation.models import CooperationPost
from core.models import Page
from goodpractice.models import GoodPractice, Instrument
from network.models import Company, Network, Region, Sector
from studytrips.models import StudyTrip
from tests.factories import CooperationPostFactory, PageFactory, back_office_user

pytestmark = pytest.mark.django_db

BANNER = "Vorschau – "


def hidden_of_partner_a(world, model):
    """A's object of `model` that the public may not see."""
    if model is Company:
        world.a.member.is_published = False
        world.a.member.save()
        return world.a.member
    return {StudyTrip: world.a.trip, GoodPractice: world.a.case}[model]


def shows(client, obj) -> bool:
    response = client.get(obj.get_absolute_url())
    assert response.status_code in (200, 404), response.status_code
    if response.status_code == 200:
        html = response.content.decode()
        assert BANNER in html
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert "no-store" in response["Cache-Control"]
    return response.status_code == 200


@pytest.mark.parametrize("model", [Company, StudyTrip, GoodPractice])
def test_a_partners_draft_is_visible_to_its_editor_only(world, login, client, model):
    hidden = hidden_of_partner_a(world, model)
    objects = model.objects
    assert hidden not in objects.public()
    assert set(objects.visible_to(AnonymousUser())) == set(objects.public())
    assert not shows(client, hidden)

    editor_a, editor_b = world.users.editor_a, world.users.editor_b
    assert hidden in objects.visible_to(editor_a)
    assert shows(login(editor_a), hidden)
    assert hidden not in objects.visible_to(editor_b)
    assert not shows(login(editor_b), hidden)
    for user in (world.users.publisher, world.users.admin):
        assert hidden in objects.visible_to(user)
        assert shows(login(user), hidden)


@pytest.mark.parametrize("model", [Company, StudyTrip, GoodPractice])
def test_visible_to_adds_nothing_but_the_users_own_drafts(world, model):
    hidden = hidden_of_partner_a(world, model)
    visible = set(model.objects.visible_to(world.users.editor_a))
    assert visible == set(model.objects.public()) | {hidden}


def test_staff_without_the_view_permission_see_what_the_public_sees(world, login):
    draft = world.a.case
    user = back_office_user("ohne-rechte")
    assert set(GoodPractice.objects.visible_to(user)) == set(GoodPractice.objects.public())
    assert not shows(login(user), draft)


def viewer_of(model, name: str):
    """Staff holding only the model's view permission (pages and posts have no owner)."""
    user = back_office_user(name)
    codename = f"view_{model._meta.model_name}"
    user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


def test_hidden_page_is_previewed_by_staff_who_may_view_pages(world, login, client):
    hidden = PageFactory(is_published=False)
    assert hidden not in Page.objects.public()
    assert not shows(client, hidden)
    assert hidden not in Page.objects.visible_to(world.users.editor_a)
    assert not shows(login(world.users.editor_a), hidden)
    viewer = viewer_of(Page, "seitenleser")
    assert hidden in Page.objects.visible_to(viewer)
    assert shows(login(viewer), hidden)


def test_pending_post_is_previewed_by_staff_who_may_view_posts(world, login, client):
    pending = CooperationPostFactory(status="pending")
    assert pending not in CooperationPost.objects.public()
    assert client.get(pending.get_absolute_url()).status_code == 404
    assert pending not in CooperationPost.objects.visible_to(world.users.editor_a)
    assert login(world.users.editor_a).get(pending.get_absolute_url()).status_code == 404
    viewer = viewer_of(CooperationPost, "postleser")
    assert pending in CooperationPost.objects.visible_to(viewer)
    response = login(viewer).get(pending.get_absolute_url())
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.parametrize("model", [Region, Sector, Network, Instrument])
def test_taxonomies_networks_and_instruments_are_all_public(world, model):
    everything = set(model.objects.all())
    assert set(model.objects.public()) == everything
    assert set(model.objects.visible_to(AnonymousUser())) == everything
    assert set(model.objects.visible_to(world.users.editor_b)) == everything


def test_network_page_lists_only_public_members(world, client):
    world.a.member.is_published = False
    world.a.member.save()
    html = client.get(world.a.network.get_absolute_url()).content.decode()
    assert world.a.member.name not in html


def test_every_public_list_leaves_out_what_public_leaves_out(world, login):
    """Lists show `public()` to everyone, staff included: previews are for detail pages."""
    hidden_of_partner_a(world, Company)
    editor = login(world.users.editor_a)
    lists = {
        "network:company-list": ("companies", Company),
        "studytrips:trip-list": ("trips", StudyTrip),
        "goodpractice:case-list": ("cases", GoodPractice),
        "network:network-list": ("networks", Network),
    }
    for name, (key, model) in lists.items():
        shown = editor.get(reverse(name)).context[key]
        assert {obj.pk for obj in shown} == set(model.objects.public().values_list("pk", flat=True))
