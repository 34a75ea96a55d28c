"""`load_demo` creates accounts only with --with-users, and never with fixed passwords."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from backoffice import demo
from backoffice.models import EditorProfile, Partner

pytestmark = pytest.mark.django_db

ACCOUNT_LINE = re.compile(r"^\s+(\S+)\s+(\S+)\s+\((.+)\)$", re.MULTILINE)


def load(*args) -> dict[str, str]:
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return {user: password for user, password, _role in ACCOUNT_LINE.findall(out.getvalue())}


def test_without_the_flag_no_account_is_created():
    assert load() == {}
    assert not get_user_model().objects.exists()
    assert Partner.objects.count() == 2  # partner organisations are content, not accounts


def test_with_users_two_partner_editors_and_an_administrator_get_generated_passwords():
    first = load("--with-users")
    assert set(first) == {"redaktion-projektbuero", "redaktion-oberlausitz", "administrator"}
    users = get_user_model().objects.in_bulk(field_name="username")
    for username, password in first.items():
        assert users[username].check_password(password)
        assert len(password) >= 16
    assert users["administrator"].is_superuser
    profiles = EditorProfile.objects.select_related("partner__company")
    assert {p.user.username: p.partner.company.slug for p in profiles} == {
        "redaktion-projektbuero": "regionet-aktiv-projektbuero",
        "redaktion-oberlausitz": "oberlausitz-regionalmarketing",
    }
    for username in ("redaktion-projektbuero", "redaktion-oberlausitz"):
        assert not users[username].is_superuser
        assert users[username].groups.filter(name="Editors").exists()

    # A second run makes new passwords; the printed ones are the only ones that work.
    second = load("--with-users")
    assert get_user_model().objects.count() == 3
    for username in first:
        assert first[username] != second[username]
        user = get_user_model().objects.get(username=username)
        assert user.check_password(second[username]) and not user.check_password(first[username])


def test_passwords_come_from_secrets(monkeypatch):
    issued = iter(["erstes-geheimnis-1", "zweites-geheimnis", "drittes-geheimnis"])
    monkeypatch.setattr(demo.secrets, "token_urlsafe", lambda size: next(issued))
    accounts = load("--with-users")
    assert sorted(accounts.values()) == [
        "drittes-geheimnis",
        "erstes-geheimnis-1",
        "zweites-geheimnis",
    ]


def test_demo_editor_sees_their_partners_trips_and_cases():
    accounts = load("--with-users")
    client = Client(headers={"host": "localhost"})
    response = client.post(
        reverse("admin:login"),
        {"username": "redaktion-oberlausitz", "password": accounts["redaktion-oberlausitz"]},
    )
    assert response.status_code == 302
    cases = client.get(reverse("admin:goodpractice_goodpractice_changelist")).context["cl"]
    leads = {case.lead_organisation.slug for case in cases.result_list}
    assert leads == {"oberlausitz-regionalmarketing"}
    trips = client.get(reverse("admin:studytrips_studytrip_changelist")).context["cl"]
    assert trips.result_count == 0  # the project office organises the trips
    html = client.get(reverse("admin:index")).content.decode()
    assert '<html lang="hu"' in html  # the profile's language


def test_the_demo_shows_out_of_date_translations_and_stays_as_it_is_when_loaded_again():
    from core.models import TranslationState

    load()
    first = sorted(TranslationState.objects.values_list("field", "language", "source_text"))
    assert sorted(language for _field, language, _text in first) == ["de", "hu", "hu"]
    load()
    again = sorted(TranslationState.objects.values_list("field", "language", "source_text"))
    assert again == first
    network = TranslationState.objects.get(language="de")
    assert "Mosonmagyaróváron." in network.source_text  # the earlier Hungarian text
    assert "Kapuváron" in network.content_object.description_hu
