"""The permission matrix: editor A, editor B, publisher and administrator against
partner A's objects, by list, form, URL, delete, history, choices and autocomplete."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from network.models import Company, Membership
from studytrips.models import StudyTrip

pytestmark = pytest.mark.django_db

# attribute of the partner's content → admin URL name prefix
KINDS = {
    "member": "network_company",
    "network": "network_network",
    "membership": "network_membership",
    "trip": "studytrips_studytrip",
    "registration": "studytrips_registration",
    "case": "goodpractice_goodpractice",
}

# expected status of GET change / history / delete for partner A's objects
CHANGE = {
    "editor_a": dict.fromkeys(KINDS, 200),
    "editor_b": dict.fromkeys(KINDS, 404),
    "publisher": {**dict.fromkeys(KINDS, 200), "registration": 403},
    "admin": dict.fromkeys(KINDS, 200),
}
DELETE = {
    "editor_a": {**dict.fromkeys(KINDS, 200), "registration": 403},
    "editor_b": dict.fromkeys(KINDS, 404),
    "publisher": dict.fromkeys(KINDS, 403),
    "admin": dict.fromkeys(KINDS, 200),
}


def url(kind, view, obj=None):
    name = f"admin:{KINDS[kind]}_{view}"
    return reverse(name, args=[obj.pk] if obj is not None else [])


@pytest.mark.parametrize("who", CHANGE)
@pytest.mark.parametrize("kind", KINDS)
def test_object_pages_by_url(world, login, who, kind):
    client = login(getattr(world.users, who))
    obj = getattr(world.a, kind)
    assert client.get(url(kind, "change", obj)).status_code == CHANGE[who][kind]
    assert client.get(url(kind, "history", obj)).status_code == CHANGE[who][kind]
    assert client.get(url(kind, "delete", obj)).status_code == DELETE[who][kind]


@pytest.mark.parametrize("kind", KINDS)
def test_editor_b_cannot_change_or_delete_partner_a_objects_by_post(world, login, kind):
    client = login(world.users.editor_b)
    obj = getattr(world.a, kind)
    before = type(obj).objects.filter(pk=obj.pk).values().get()
    assert client.post(url(kind, "change", obj), {"name": "Gekapert"}).status_code == 404
    assert client.post(url(kind, "delete", obj), {"post": "yes"}).status_code == 404
    assert type(obj).objects.filter(pk=obj.pk).values().get() == before
    assert not LogEntry.objects.exists()


def listed(client, kind) -> set[str]:
    response = client.get(url(kind, "changelist"))
    assert response.status_code == 200
    return {str(obj) for obj in response.context["cl"].result_list}


def test_changelists_show_each_editor_only_their_partner_content(world, login):
    a, b = world.a, world.b
    for who, own, other in [("editor_a", a, b), ("editor_b", b, a)]:
        client = login(getattr(world.users, who))
        assert listed(client, "member") == {own.company.name, own.member.name}
        assert listed(client, "network") == {str(own.network)}
        assert listed(client, "membership") == {str(own.membership)}
        assert listed(client, "trip") == {str(own.trip)}
        assert listed(client, "registration") == {str(own.registration)}
        assert listed(client, "case") == {str(own.case)}
        html = client.get(url("registration", "changelist")).content.decode()
        assert str(other.trip.title_de) not in html  # not even in the trip filter


def test_publisher_and_administrator_see_every_partner(world, login):
    publisher = login(world.users.publisher)
    assert listed(publisher, "trip") == {str(world.a.trip), str(world.b.trip)}
    assert listed(publisher, "case") == {str(world.a.case), str(world.b.case)}
    assert publisher.get(url("registration", "changelist")).status_code == 403
    admin = login(world.users.admin)
    assert listed(admin, "member") == {company.name for company in Company.objects.all()}
    assert len(listed(admin, "registration")) == 2


def test_editor_adds_a_trip_that_belongs_to_their_organisation(world, login):
    client = login(world.users.editor_a)
    response = client.get(url("trip", "add"))
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "organiser" not in form.fields  # set by the back office, not chosen
    hosts = set(form.fields["hosts"].queryset)
    assert hosts == {world.a.company, world.a.member}
    data = {
        "title_de": "Neue Reise",
        "destination_de": "Graz",
        "country": "AT",
        "start_date": "2030-05-01",
        "end_date": "2030-05-02",
        "hosts": [world.b.member.pk],  # another partner's company: not a valid choice
        "programme_items-TOTAL_FORMS": "0",
        "programme_items-INITIAL_FORMS": "0",
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
    }
    response = client.post(url("trip", "add"), data)
    assert response.status_code == 200
    assert "hosts" in response.context["adminform"].form.errors
    data["hosts"] = [world.a.member.pk]
    response = client.post(url("trip", "add"), data)
    assert response.status_code == 302
    trip = StudyTrip.objects.get(title_de="Neue Reise")
    assert trip.organiser == world.a.company
    assert trip.status == StudyTrip.Status.DRAFT


def test_editor_cannot_hand_a_network_to_another_coordinator(world, login):
    client = login(world.users.editor_a)
    network = world.a.network
    response = client.get(url("network", "change", network))
    form = response.context["adminform"].form
    assert "coordinator" not in form.fields
    assert set(form.fields["parent"].queryset) == {network}
    response = client.post(
        url("network", "change", network),
        {
            "name_de": "Umbenannt",
            "kind": "regional",
            "coordinator": world.b.company.pk,
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    network.refresh_from_db()
    assert (network.name_de, network.coordinator) == ("Umbenannt", world.a.company)


def test_editor_adds_a_member_company_only_into_their_own_network(world, login):
    client = login(world.users.editor_a)
    data = {
        "name": "Neuer Betrieb",
        "kind": "enterprise",
        "country": "AT",
        "is_published": "on",
        "memberships-TOTAL_FORMS": "0",
        "memberships-INITIAL_FORMS": "0",
    }
    response = client.post(url("member", "add"), data)
    assert response.status_code == 200
    assert response.context["inline_admin_formsets"][0].formset.non_form_errors()
    data.update(
        {
            "memberships-TOTAL_FORMS": "1",
            "memberships-0-network": world.b.network.pk,
            "memberships-0-role": "member",
        }
    )
    response = client.post(url("member", "add"), data)
    assert response.status_code == 200
    assert not Company.objects.filter(name="Neuer Betrieb").exists()
    data["memberships-0-network"] = world.a.network.pk
    response = client.post(url("member", "add"), data)
    assert response.status_code == 302
    company = Company.objects.get(name="Neuer Betrieb")
    assert list(company.memberships.values_list("network", flat=True)) == [world.a.network.pk]
    assert client.get(url("member", "change", company)).status_code == 200


def test_company_form_shows_only_memberships_in_own_networks(world, login):
    shared = world.a.member
    Membership.objects.create(company=shared, network=world.b.network)
    client = login(world.users.editor_a)
    response = client.get(url("member", "change", shared))
    formset = response.context["inline_admin_formsets"][0].formset
    assert [form.instance.network for form in formset.initial_forms] == [world.a.network]


def test_editor_cannot_delete_their_own_organisation(world, login):
    client = login(world.users.editor_a)
    assert client.get(url("member", "delete", world.a.company)).status_code == 403
    assert client.get(url("member", "delete", world.a.member)).status_code == 200


def test_existing_link_to_another_partner_stays_choosable(world, login):
    case = world.a.case
    case.networks.set([world.b.network])
    client = login(world.users.editor_a)
    form = client.get(url("case", "change", case)).context["adminform"].form
    assert set(form.fields["networks"].queryset) == {world.a.network, world.b.network}
    assert set(form.fields["study_trip"].queryset) == {world.a.trip}


def autocomplete(client, app_label, model_name, field_name, term=""):
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": app_label, "model_name": model_name, "field_name": field_name, "term": term},
    )
    return response.status_code, {item["text"] for item in response.json().get("results", [])}


def test_autocomplete_offers_only_the_editor_scope(world, login):
    client = login(world.users.editor_a)
    status, names = autocomplete(client, "studytrips", "studytrip", "hosts")
    assert status == 200
    assert names == {world.a.company.name, world.a.member.name}
    status, names = autocomplete(client, "goodpractice", "goodpractice", "networks", "Netzwerk")
    assert names == {str(world.a.network)}
    status, names = autocomplete(client, "goodpractice", "goodpractice", "study_trip")
    assert names == {str(world.a.trip)}
    status, names = autocomplete(client, "network", "membership", "company", "Mitglied")
    assert names == {world.a.member.name}
    admin = login(world.users.admin)
    status, names = autocomplete(admin, "network", "membership", "company", "Mitglied")
    assert names == {world.a.member.name, world.b.member.name}


def test_actions_and_bulk_delete_touch_only_own_objects(world, login):
    client = login(world.users.editor_a)
    response = client.post(
        url("member", "changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [world.a.member.pk, world.b.member.pk],
            "post": "yes",
        },
    )
    assert response.status_code == 302
    assert not Company.objects.filter(pk=world.a.member.pk).exists()
    assert Company.objects.filter(pk=world.b.member.pk).exists()


def test_editor_without_partner_sees_nothing(world, login):
    from django.contrib.auth.models import Group

    from backoffice.models import EDITORS_GROUP
    from tests.factories import back_office_user

    lost = back_office_user("ohne-partner", group=EDITORS_GROUP)
    client = login(lost)
    assert listed(client, "trip") == set()
    assert listed(client, "member") == set()
    assert client.get(url("trip", "add")).status_code == 403
    assert Group.objects.get(name=EDITORS_GROUP).user_set.count() == 3


def test_staff_without_group_cannot_open_the_content(world, login):
    from tests.factories import back_office_user

    client = login(back_office_user("nur-staff"))
    assert client.get(url("trip", "change", world.a.trip)).status_code == 403
    assert client.get(url("case", "changelist")).status_code == 403


def test_groups_come_from_the_data_migration(db):
    from django.contrib.auth.models import Group

    editors = Group.objects.get(name="Editors")
    publishers = Group.objects.get(name="Publishers")
    editor_perms = set(editors.permissions.values_list("codename", flat=True))
    publisher_perms = set(publishers.permissions.values_list("codename", flat=True))
    assert {"change_company", "add_studytrip", "change_goodpractice", "view_registration"} <= (
        editor_perms
    )
    assert not {"publish_studytrip", "publish_goodpractice", "delete_registration"} & editor_perms
    assert {"publish_studytrip", "publish_goodpractice", "change_goodpractice"} <= publisher_perms
    assert "view_registration" not in publisher_perms


def test_administrator_manages_partners_and_editor_profiles(world, login):
    from django.core.exceptions import ValidationError

    from backoffice.models import Partner

    admin = login(world.users.admin)
    user_page = reverse("admin:auth_user_change", args=[world.users.editor_a.pk])
    html = admin.get(user_page).content.decode()
    assert 'name="editor_profile-0-partner"' in html
    assert admin.get(reverse("admin:auth_user_add")).status_code == 200
    partners = admin.get(reverse("admin:backoffice_partner_changelist"))
    assert {str(p) for p in partners.context["cl"].result_list} == {"Partner A", "Partner B"}
    status, names = autocomplete(admin, "backoffice", "partner", "company", "")
    assert status == 200
    assert world.outsider.name not in names  # an enterprise cannot be a partner
    assert world.a.company.name in names
    with pytest.raises(ValidationError):
        Partner(company=world.outsider).full_clean()
    editor = login(world.users.editor_a)
    assert editor.get(reverse("admin:backoffice_partner_changelist")).status_code == 403
    assert editor.get(user_page).status_code == 403
