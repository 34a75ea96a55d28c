"""Posting on the exchange: the form, double opt-in, review by the partners, signed links."""

import re

import pytest
from django.core import signing

from cooperation.models import CooperationPost
from cooperation.tokens import CONFIRM_SALT, make_confirm_token, make_extend_token
from tests.cooperation.conftest import link_in
from tests.factories import CooperationPostFactory, days_from_today

pytestmark = pytest.mark.django_db

FORM_URLS = {"de": "/de/kooperationen/neu/", "hu": "/hu/egyuttmukodesek/uj/"}
LIST_URLS = {"de": "/de/kooperationen/", "hu": "/hu/egyuttmukodesek/"}


# The form -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "heading", "submit"),
    [
        ("de", "Angebot oder Gesuch eintragen", "Eintrag absenden"),
        ("hu", "Ajánlat vagy igény feladása", "Bejegyzés elküldése"),
    ],
)
def test_form_page_is_translated_and_preselects_the_page_language(
    client, language, heading, submit
):
    response = client.get(FORM_URLS[language])
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert submit in html
    assert f'value="{language}"' in html
    assert response.context["form"]["language"].value() == language
    assert 'type="date"' in html
    # The honeypot is there for bots, hidden from people and screen readers.
    assert 'name="homepage"' in html
    hidden = r'class="visually-hidden"\s+aria-hidden="true">\s*<div id="div_id_homepage"'
    assert re.search(hidden, html)
    assert 'tabindex="-1" autocomplete="off"' in html


@pytest.mark.parametrize("page_language", ["de", "hu"])
def test_submitting_stores_an_unconfirmed_post_and_mails_the_link_in_the_posts_language(
    client, post_form_data, mailoutbox, django_capture_on_commit_callbacks, page_language
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM_URLS[page_language], post_form_data(), follow=True)
    assert response.redirect_chain == [(LIST_URLS[page_language], 302)]
    post = CooperationPost.objects.get()
    assert post.contact_email == "peter.nagy@example.hu"
    assert post.confirmed_at is None
    assert post.status == CooperationPost.Status.PENDING
    assert post.languages == ["de", "hu"]
    assert post.consent_version == "2026-11"
    assert post.consent_at is not None
    assert post.ip_hash and "127.0.0.1" not in post.ip_hash
    assert "peter.nagy@example.hu" not in response.content.decode().lower()
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["peter.nagy@example.hu"]
    # The author chose Hungarian: the e-mail is Hungarian, whatever the page's language.
    assert message.subject == (
        "Kérjük, erősítse meg bejegyzését az együttműködési börzén: "
        "„Bérmunka: lézervágás rövid határidővel”"
    )
    assert "Kedves Nagy Péter!" in message.body
    assert link_in(message, "megerosites").startswith("/hu/egyuttmukodesek/megerosites/")
    html, mime = message.alternatives[0]
    assert mime == "text/html" and '<html lang="hu">' in html
    assert post not in CooperationPost.objects.public()


def test_german_post_gets_a_german_confirmation(
    client, post_form_data, mailoutbox, django_capture_on_commit_callbacks
):
    data = post_form_data(
        language="de",
        title="Lohnfertigung",
        text="Wir fertigen Drehteile in Kleinserien für Partner.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(FORM_URLS["hu"], data)
    message = mailoutbox[0]
    assert message.subject.startswith("Bitte bestätigen Sie Ihren Eintrag")
    assert link_in(message, "bestaetigen").startswith("/de/kooperationen/bestaetigen/")


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"expires_on": days_from_today(0).isoformat()}, "expires_on", "jövőbeli dátumot"),
        ({"expires_on": days_from_today(-3).isoformat()}, "expires_on", "jövőbeli dátumot"),
        ({"expires_on": days_from_today(366).isoformat()}, "expires_on", "legfeljebb 12 hónapig"),
        ({"expires_on": "morgen"}, "expires_on", "érvényes dátumot"),
        ({"consent": None}, "consent", "Hozzájárulása nélkül"),
        ({"kind": "both"}, "kind", "ajánlat vagy igény"),
        ({"sector": "999999"}, "sector", "Válasszon érvényes"),
        ({"languages": ["xx"]}, "languages", "Válasszon érvényes"),
        ({"languages": None}, "languages", "kötelező"),
        ({"title": "Zwei\nZeilen"}, "title", "egy sorba"),
        ({"text": "Null\x00Byte"}, "text", "Null karakterek"),
        ({"text": "x" * 4001}, "text", "4000"),
        ({"text": "   szia   "}, "text", "legalább 30 karakterben"),
        ({"contact_email": "kein-at-zeichen"}, "contact_email", "érvényes e-mail-címet"),
    ],
)
def test_invalid_posts_are_refused_with_a_translated_message_and_nothing_stored(
    client, post_form_data, mailoutbox, overrides, field, message
):
    response = client.post(FORM_URLS["hu"], post_form_data(**overrides))
    assert response.status_code == 400
    errors = " ".join(response.context["form"].errors[field])
    assert message.lower() in errors.lower()
    assert CooperationPost.objects.count() == 0
    assert mailoutbox == []


def test_a_body_over_the_upload_limit_is_refused_with_400_and_nothing_stored(
    client, post_form_data, settings
):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2000
    response = client.post(FORM_URLS["de"], post_form_data(text="x" * 5000))
    assert response.status_code == 400
    assert CooperationPost.objects.count() == 0


def test_the_form_keeps_what_was_typed(client, post_form_data):
    response = client.post(FORM_URLS["de"], post_form_data(consent=None))
    html = response.content.decode()
    assert "Bérmunka: lézervágás rövid határidővel" in html
    assert "Peter.Nagy@Example.hu" in html or "peter.nagy@example.hu" in html


# Double opt-in -------------------------------------------------------------------------------


@pytest.fixture
def submitted(client, post_form_data, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(FORM_URLS["de"], post_form_data())
    mailoutbox.clear()
    return CooperationPost.objects.get()


@pytest.mark.parametrize("language", ["de", "hu"])
def test_confirmation_link_asks_first_and_confirms_on_post(client, submitted, language):
    token = make_confirm_token(submitted)
    url = {
        "de": f"/de/kooperationen/bestaetigen/{token}/",
        "hu": f"/hu/egyuttmukodesek/megerosites/{token}/",
    }[language]
    response = client.get(url)
    assert response.status_code == 200
    assert 'name="robots" content="noindex, nofollow"' in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.confirmed_at is None  # a mail scanner following the link confirms nothing
    response = client.post(url)
    assert response.status_code == 200
    text = {"de": "Ihre E-Mail-Adresse ist bestätigt", "hu": "e-mail-címét megerősítette"}
    assert text[language] in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.confirmed_at is not None
    assert submitted not in CooperationPost.objects.public()  # still awaiting review
    again = client.get(url)
    assert again.status_code == 200
    assert {"de": "bereits bestätigt", "hu": "már megerősítette"}[language] in (
        again.content.decode()
    )


def test_confirming_tells_the_partners_once(
    client, submitted, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.MANAGERS = ["office@regionet.example.org"]
    url = f"/de/kooperationen/bestaetigen/{make_confirm_token(submitted)}/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)
        client.post(url)
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["office@regionet.example.org"]
    assert "Neuer Kooperationseintrag zur Prüfung" in message.subject
    assert f"/admin/cooperation/cooperationpost/{submitted.pk}/change/" in message.body


@pytest.mark.parametrize(
    "token",
    [
        "forged",
        "W1s1LCIyMDI2LTAxLTAxIl0:1abcde:signature",
        "%00",
        "a" * 400,
    ],
)
def test_forged_confirmation_links_are_refused_with_400(client, submitted, token):
    for url in (
        f"/de/kooperationen/bestaetigen/{token}/",
        f"/hu/egyuttmukodesek/megerosites/{token}/",
    ):
        get, post = client.get(url), client.post(url)
        assert get.status_code == 400 and post.status_code == 400
    submitted.refresh_from_db()
    assert submitted.confirmed_at is None


def test_a_link_signed_for_another_purpose_or_post_does_not_confirm(client, submitted):
    other = CooperationPostFactory(confirmed_at=None)
    for token in (
        make_extend_token(submitted),  # right post, wrong salt
        signing.dumps([submitted.pk, other.created.isoformat()], salt=CONFIRM_SALT),
        signing.dumps([submitted.pk + 999, submitted.created.isoformat()], salt=CONFIRM_SALT),
        signing.dumps({"pk": submitted.pk}, salt=CONFIRM_SALT),
    ):
        response = client.post(f"/de/kooperationen/bestaetigen/{token}/")
        assert response.status_code == 400
        assert "Dieser Bestätigungslink ist ungültig." in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.confirmed_at is None


def test_an_expired_confirmation_link_is_refused_and_says_so(client, submitted, settings):
    settings.COOPERATION_CONFIRM_LINK_MAX_AGE = -1
    url = f"/hu/egyuttmukodesek/megerosites/{make_confirm_token(submitted)}/"
    response = client.post(url)
    assert response.status_code == 400
    assert "Ez a megerősítő link lejárt." in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.confirmed_at is None


# Review by the partners ----------------------------------------------------------------------


def approve(admin_client, post, action="approve"):
    return admin_client.post(
        "/admin/cooperation/cooperationpost/",
        {"action": action, "_selected_action": [post.pk]},
        follow=True,
    )


@pytest.mark.parametrize("post_language", ["de", "hu"])
def test_post_is_public_only_once_confirmed_and_approved(
    client,
    admin_client,
    submitted,
    mailoutbox,
    django_capture_on_commit_callbacks,
    post_language,
):
    CooperationPost.objects.filter(pk=submitted.pk).update(language=post_language)
    submitted.refresh_from_db()
    assert client.get(submitted.get_absolute_url()).status_code == 404
    client.post(f"/de/kooperationen/bestaetigen/{make_confirm_token(submitted)}/")
    assert client.get(submitted.get_absolute_url()).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        response = approve(admin_client, submitted)
    assert response.status_code == 200
    submitted.refresh_from_db()
    assert submitted.status == CooperationPost.Status.APPROVED
    assert submitted.moderated_at is not None
    assert submitted in CooperationPost.objects.public()
    for language in ("de", "hu"):
        listing = client.get(LIST_URLS[language])
        assert submitted.title in listing.content.decode()
    assert client.get(submitted.get_absolute_url()).status_code == 200
    message = mailoutbox[-1]
    assert message.to == [submitted.contact_email]
    expected = {
        "de": "Ihr Eintrag „Bérmunka: lézervágás rövid határidővel“ ist jetzt auf der "
        "Kooperationsbörse",
        "hu": "„Bérmunka: lézervágás rövid határidővel” című bejegyzése megjelent az "
        "együttműködési börzén",
    }
    assert message.subject == expected[post_language]


def test_approving_an_unconfirmed_post_warns_that_it_is_not_online_yet(admin_client, submitted):
    response = approve(admin_client, submitted)
    assert "erst, wenn die E-Mail-Adresse bestätigt ist" in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.status == CooperationPost.Status.APPROVED
    assert submitted not in CooperationPost.objects.public()


def test_rejecting_keeps_the_post_offline_and_tells_the_author(
    client, admin_client, mailoutbox, django_capture_on_commit_callbacks
):
    post = CooperationPostFactory(status="pending", language="hu")
    with django_capture_on_commit_callbacks(execute=True):
        approve(admin_client, post, action="reject")
    post.refresh_from_db()
    assert post.status == CooperationPost.Status.REJECTED
    assert client.get(post.get_absolute_url()).status_code == 404
    assert mailoutbox[0].subject.endswith("című bejegyzését nem tudtuk közzétenni")
    # Rejecting again changes nothing and mails nobody.
    with django_capture_on_commit_callbacks(execute=True):
        approve(admin_client, post, action="reject")
    assert len(mailoutbox) == 1


def test_admin_lists_posts_by_state_and_cannot_add_them(admin_client):
    CooperationPostFactory(title="Schon online")
    CooperationPostFactory(title="Noch unbestätigt", confirmed_at=None, status="pending")
    response = admin_client.get("/admin/cooperation/cooperationpost/?state=unconfirmed")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Noch unbestätigt" in html and "Schon online" not in html
    public = admin_client.get("/admin/cooperation/cooperationpost/?state=public").content
    assert "Schon online" in public.decode()
    assert admin_client.get("/admin/cooperation/cooperationpost/add/").status_code == 403
    post = CooperationPost.objects.get(title="Schon online")
    change = admin_client.get(f"/admin/cooperation/cooperationpost/{post.pk}/change/")
    assert change.status_code == 200
    assert post.contact_email in change.content.decode()  # the partners see the address


def test_staff_preview_a_post_that_is_not_public(client, admin_client):
    post = CooperationPostFactory(status="pending")
    assert client.get(post.get_absolute_url()).status_code == 404
    response = admin_client.get(post.get_absolute_url())
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "Vorschau" in response.content.decode()
    assert admin_client.post(post.get_absolute_url(), {}).status_code == 404
