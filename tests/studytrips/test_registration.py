import re

import pytest
from django.core import signing

from studytrips.models import Registration
from studytrips.services import registration_confirm_address, registration_create
from studytrips.tokens import CANCEL_SALT, make_cancel_token
from tests.factories import RegistrationFactory, StudyTripFactory, days_from_today

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.fixture
def trip():
    return StudyTripFactory(
        title_de="Studienreise nach Raab",
        title_hu="Tanulmányút Győrbe",
        destination_de="Raab",
        destination_hu="Győr",
        country="HU",
        capacity=2,
    )


def form_data(**overrides):
    data = {
        "name": "Kovács Éva",
        "email": "Eva.Kovacs@Example.hu",
        "organisation": "Soproni Gépgyár Kft.",
        "phone": "+36 99 123 456",
        "preferred_language": "hu",
        "needs_interpreting": "on",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def de_url(trip):
    return f"/de/studienreisen/{trip.slug_de}/anmeldung/"


def hu_url(trip):
    return f"/hu/tanulmanyutak/{trip.slug_hu}/jelentkezes/"


def cancel_link(message):
    match = re.search(r"http://localhost(/\S+/(?:abmeldung|lemondas)/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def confirm_link(message):
    match = re.search(r"http://localhost(/\S+/(?:bestaetigung|megerosites)/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def register_and_confirm(client, url, data, mailoutbox, on_commit):
    """The form, then the link in the first mail (double opt-in); the answer to the link."""
    with on_commit(execute=True):
        client.post(url, data)
    link = confirm_link(mailoutbox[-1])
    mailoutbox.clear()
    with on_commit(execute=True):
        return client.post(link, follow=True)


# The form ---------------------------------------------------------------------------------------


def test_registration_page_offers_the_form_with_the_page_language_preselected(client, trip):
    response = client.get(hu_url(trip))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="hu"  id="id_preferred_language_1" required checked' in html
    assert "Jelentkezés elküldése" in html
    assert "2 szabad hely" in html
    # The consent version is stored, not shown to visitors (jargon for them).
    assert "Jelentkezését bármikor lemondhatja a visszaigazoló e-mailben található linkkel." in html
    assert "2026-11" not in html and "verzió" not in html


def test_registering_confirms_the_place_and_says_so(
    client, trip, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(hu_url(trip), form_data(), follow=True)
    assert response.redirect_chain == [(f"/hu/tanulmanyutak/{trip.slug_hu}/", 302)]
    assert "Kérjük, 60 percen belül erősítse meg" in response.content.decode()
    assert "1 szabad hely" in response.content.decode()  # held while unconfirmed
    link = confirm_link(mailoutbox[0])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link, follow=True)
    html = response.content.decode()
    assert "Köszönjük, Kovács Éva! Helyét ezen a tanulmányúton visszaigazoltuk." in html
    assert "1 szabad hely" in html
    registration = Registration.objects.get()
    assert registration.status == Status.CONFIRMED
    assert registration.email == "eva.kovacs@example.hu"
    assert registration.preferred_language == "hu"
    assert registration.needs_interpreting
    assert registration.consent_version == "2026-11"
    assert registration.consent_at is not None
    assert len(mailoutbox) == 2  # the link, then the confirmation of the place


def test_full_trip_says_waiting_list_before_and_after_submitting(
    client, trip, mailoutbox, django_capture_on_commit_callbacks
):
    RegistrationFactory.create_batch(2, trip=trip)
    page = client.get(de_url(trip)).content.decode()
    assert "Diese Reise ist ausgebucht. Wenn Sie sich jetzt anmelden" in page
    assert 'value="Auf die Warteliste setzen lassen"' in page
    response = register_and_confirm(
        client,
        de_url(trip),
        form_data(preferred_language="de"),
        mailoutbox,
        django_capture_on_commit_callbacks,
    )
    html = response.content.decode()
    assert "Die Reise ist ausgebucht, daher stehen Sie auf der Warteliste (Platz 1)." in html
    assert Registration.objects.get(email="eva.kovacs@example.hu").status == Status.WAITING
    assert Registration.objects.filter(status=Status.CONFIRMED).count() == 2


@pytest.mark.parametrize(
    "trip_kwargs",
    [
        {"start_date": days_from_today(-10), "end_date": days_from_today(-8)},
        {"registration_deadline": days_from_today(-1)},
        {"capacity": None},
    ],
    ids=["past-trip", "after-deadline", "no-registration-on-the-portal"],
)
def test_closed_registration_is_said_on_the_page_and_a_post_is_refused(client, trip_kwargs):
    trip = StudyTripFactory(**{"registration_deadline": None, **trip_kwargs})
    page = client.get(de_url(trip))
    assert page.status_code == 200
    assert "Die Anmeldung für diese Reise ist geschlossen." in page.content.decode()
    assert 'name="email"' not in page.content.decode()
    response = client.post(hu_url(trip), form_data())
    assert response.status_code == 403
    assert "Erre az útra a jelentkezés lezárult." in response.content.decode()
    assert not Registration.objects.exists()


def test_second_registration_with_the_same_address_gets_a_clear_error(client, trip):
    existing = RegistrationFactory(trip=trip, email="eva.kovacs@example.hu", name="Eredeti")
    response = client.post(hu_url(trip), form_data(email="EVA.KOVACS@example.HU"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Ezzel az e-mail-címmel már jelentkeztek erre az útra." in html
    assert 'value="Kovács Éva"' in html  # what was typed is kept
    assert Registration.objects.get() == existing
    assert Registration.objects.get().name == "Eredeti"


def test_same_address_may_register_for_another_trip(client, trip):
    RegistrationFactory(trip=StudyTripFactory(), email="eva.kovacs@example.hu")
    assert client.post(hu_url(trip), form_data()).status_code == 302
    assert Registration.objects.count() == 2


def test_duplicate_found_only_by_the_service_is_a_form_error(client, trip, monkeypatch):
    """The race: the form saw no registration, but one was stored before ours."""
    from studytrips import forms

    monkeypatch.setattr(forms.RegistrationForm, "clean_email", lambda self: "late@example.org")
    RegistrationFactory(trip=trip, email="late@example.org")
    response = client.post(de_url(trip), form_data())
    assert response.status_code == 400
    assert "Mit dieser E-Mail-Adresse gibt es bereits eine Anmeldung" in response.content.decode()
    assert Registration.objects.count() == 1


# Bad input --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"name": None}, "name", "Ennek a mezőnek a megadása kötelező."),
        ({"name": "   "}, "name", "Ennek a mezőnek a megadása kötelező."),
        ({"name": "x" * 10_000}, "name", "legfeljebb 200 karakter"),
        ({"name": "Éva\x00Kovács"}, "name", "Null karakterek használata nem megengedett."),
        ({"email": "not-an-address"}, "email", "Adjon meg egy érvényes e-mail-címet."),
        ({"email": "eva@example.hu\x00"}, "email", "Null karakterek"),
        (
            {"preferred_language": "en"},
            "preferred_language",
            "Kérjük, válasszon: Deutsch vagy Magyar.",
        ),
        (
            {"preferred_language": "x" * 5000},
            "preferred_language",
            "Kérjük, válasszon: Deutsch vagy Magyar.",
        ),
        ({"phone": "=HYPERLINK(1)"}, "phone", "csak számjegyekkel"),
        ({"organisation": "o" * 201}, "organisation", "legfeljebb 200 karakter"),
        ({"consent": None}, "consent", "Hozzájárulása nélkül nem fogadhatjuk el"),
    ],
    ids=[
        "missing-name",
        "blank-name",
        "10000-char-name",
        "nul-byte",
        "invalid-email",
        "nul-in-email",
        "unknown-language",
        "huge-language",
        "formula-phone",
        "long-organisation",
        "no-consent",
    ],
)
def test_bad_input_gets_a_clear_message_in_the_visitors_language(
    client, trip, overrides, field, message
):
    kept = RegistrationFactory(trip=trip, email="kept@example.org")
    response = client.post(hu_url(trip), form_data(**overrides))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    html = response.content.decode()
    assert message in html
    assert "Kérjük, javítsa a megjelölt mezőket." in html
    assert list(Registration.objects.all()) == [kept]


def test_an_oversized_body_is_refused_without_storing(client, trip):
    response = client.post(
        hu_url(trip), form_data(organisation="x" * (11 * 1024 * 1024)), HTTP_ACCEPT_LANGUAGE="hu"
    )
    assert response.status_code == 413
    assert "Túl nagy kérés" in response.content.decode()
    assert not Registration.objects.exists()


def test_a_malformed_multipart_body_is_refused_without_storing(client, trip):
    response = client.generic(
        "POST",
        hu_url(trip),
        data=b"--broken\r\nnot a multipart body",
        content_type="multipart/form-data; boundary=broken",
    )
    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_unknown_trip_is_404_for_get_and_post(client):
    assert client.get("/de/studienreisen/gibt-es-nicht/anmeldung/").status_code == 404
    assert client.post("/de/studienreisen/gibt-es-nicht/anmeldung/", form_data()).status_code == 404


# E-mails ----------------------------------------------------------------------------------------


def test_confirmation_mail_is_in_the_registrants_language_with_a_cancel_link(
    client, trip, mailoutbox, django_capture_on_commit_callbacks
):
    register_and_confirm(
        client,
        de_url(trip),
        form_data(preferred_language="hu"),
        mailoutbox,
        django_capture_on_commit_callbacks,
    )
    (message,) = mailoutbox
    assert message.to == ["eva.kovacs@example.hu"]
    assert message.subject == "„Tanulmányút Győrbe”: visszaigazoltuk a helyét"
    assert message.body.startswith("Kedves Kovács Éva!")
    assert "Helyét visszaigazoltuk." in message.body
    assert f"/hu/tanulmanyutak/{trip.slug_hu}/naptar.ics" in message.body
    assert "Tolmácsolás: szükséges" in message.body
    assert cancel_link(message).startswith(f"/hu/tanulmanyutak/{trip.slug_hu}/lemondas/")
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="hu">' in html
    assert "Jelentkezésem lemondása" in html
    assert "Üdvözlettel" in html


def test_waiting_list_mail_in_german_tells_the_position(
    client, trip, mailoutbox, django_capture_on_commit_callbacks
):
    RegistrationFactory.create_batch(2, trip=trip)
    register_and_confirm(
        client,
        hu_url(trip),
        form_data(preferred_language="de"),
        mailoutbox,
        django_capture_on_commit_callbacks,
    )
    (message,) = mailoutbox
    assert message.subject == ("Sie stehen auf der Warteliste für „Studienreise nach Raab“")
    assert message.body.startswith("Guten Tag Kovács Éva,")
    assert "Warteliste (Platz 1)" in message.body
    # She has no place yet: the cancel sentence speaks of leaving the waiting list.
    assert "Sie verlassen damit die Warteliste" in message.body
    assert "nachrücken kann" not in message.body
    assert "/de/studienreisen/" in cancel_link(message)


# Cancelling -------------------------------------------------------------------------------------


def registered(trip, email, language="de"):
    """Registered and the address confirmed."""
    registration = registration_create(
        trip=trip,
        name=email.split("@")[0],
        email=email,
        preferred_language=language,
        consent_version="2026-11",
        base_url="http://localhost/",
    )
    return registration_confirm_address(registration=registration, base_url="http://localhost/")


def test_cancel_link_asks_first_then_cancels_and_moves_the_waiting_list_up(
    client, trip, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = registered(trip, "first@example.org")
        registered(trip, "second@example.org")
        waiting = registered(trip, "waiting@example.org", language="hu")
    link = cancel_link(mailoutbox[1])  # after the first mail, with the confirmation link
    mailoutbox.clear()

    page = client.get(link)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Möchten Sie die Anmeldung von first (first@example.org)" in html
    assert '<form method="post">' in html
    first.refresh_from_db()
    assert first.status == Status.CONFIRMED  # a GET changes nothing

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link, follow=True)
    assert response.redirect_chain == [(link, 302)]
    assert "Ihre Anmeldung wurde storniert." in response.content.decode()
    assert "Die Anmeldung von first ist storniert." in response.content.decode()
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert first.status == Status.CANCELLED
    assert waiting.status == Status.CONFIRMED

    by_recipient = {message.to[0]: message for message in mailoutbox}
    assert set(by_recipient) == {"first@example.org", "waiting@example.org"}
    assert "ist storniert" in by_recipient["first@example.org"].subject
    promoted = by_recipient["waiting@example.org"]
    assert promoted.subject == "„Tanulmányút Győrbe”: felszabadult egy hely, Ön is jöhet"
    assert "Jó hírünk van" in promoted.body
    assert "/hu/tanulmanyutak/" in cancel_link(promoted)


def test_cancelling_again_with_the_same_link_is_harmless(client, trip):
    registration = registered(trip, "first@example.org")
    link = f"/de/studienreisen/{trip.slug_de}/abmeldung/{make_cancel_token(registration)}/"
    client.post(link)
    response = client.post(link, follow=True)
    assert response.status_code == 200
    assert Registration.objects.get().status == Status.CANCELLED


def test_cancel_page_language_switcher_keeps_the_token(client, trip):
    registration = registered(trip, "first@example.org")
    token = make_cancel_token(registration)
    response = client.get(f"/de/studienreisen/{trip.slug_de}/abmeldung/{token}/")
    hungarian = next(a for a in response.context["alternate_links"] if a["code"] == "hu")
    assert hungarian["url"] == f"/hu/tanulmanyutak/{trip.slug_hu}/lemondas/{token}/"
    assert client.get(hungarian["url"]).status_code == 200


@pytest.mark.parametrize(
    "token",
    [
        "forged",
        "WzEsIjIwMjYtMDEtMDEiXQ:1vTe1t:abc",
        signing.dumps([1, "2026-01-01T00:00:00+00:00"], salt="another-salt"),
        signing.dumps("not-a-list", salt=CANCEL_SALT),
        signing.dumps([999999, "2026-01-01T00:00:00+00:00"], salt=CANCEL_SALT),
    ],
    ids=["garbage", "bad-signature", "wrong-salt", "wrong-payload", "unknown-registration"],
)
def test_forged_cancel_links_are_refused(client, trip, token):
    registration = registered(trip, "first@example.org")
    for method in (client.get, client.post):
        response = method(f"/hu/tanulmanyutak/{trip.slug_hu}/lemondas/{token}/")
        assert response.status_code == 400
        assert "Ez a lemondási link érvénytelen." in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_a_link_for_an_earlier_registration_does_not_cancel_the_new_one(client, trip):
    registration = registered(trip, "first@example.org")
    old_token = make_cancel_token(registration)
    client.post(f"/de/studienreisen/{trip.slug_de}/abmeldung/{old_token}/")
    registered(trip, "first@example.org")  # registers again
    response = client.post(f"/de/studienreisen/{trip.slug_de}/abmeldung/{old_token}/")
    assert response.status_code == 400
    assert Registration.objects.get().status == Status.CONFIRMED


def test_expired_cancel_links_are_refused(client, trip, settings, monkeypatch):
    import time

    registration = registered(trip, "first@example.org")
    settings.REGISTRATION_CANCEL_LINK_MAX_AGE = 3600
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() - 7200)
    token = make_cancel_token(registration)
    monkeypatch.undo()
    response = client.post(f"/de/studienreisen/{trip.slug_de}/abmeldung/{token}/")
    assert response.status_code == 400
    assert "Dieser Stornierungslink ist abgelaufen." in response.content.decode()
    assert Registration.objects.get().status == Status.CONFIRMED


def test_cancelling_once_the_trip_has_begun_is_refused(client, trip):
    registration = registered(trip, "first@example.org")
    token = make_cancel_token(registration)
    trip.start_date = days_from_today(0)
    trip.registration_deadline = None
    trip.save()
    page = client.get(f"/de/studienreisen/{trip.slug_de}/abmeldung/{token}/")
    assert "nicht mehr online storniert werden" in page.content.decode()
    assert '<form method="post">' not in page.content.decode()
    response = client.post(f"/de/studienreisen/{trip.slug_de}/abmeldung/{token}/")
    assert response.status_code == 400
    assert Registration.objects.get().status == Status.CONFIRMED


def test_cancel_link_with_an_old_slug_redirects_to_the_canonical_one(client, trip):
    registration = registered(trip, "first@example.org")
    token = make_cancel_token(registration)
    response = client.get(f"/hu/tanulmanyutak/{trip.slug_de}/lemondas/{token}/")
    assert response.status_code == 301
    assert response["Location"] == f"/hu/tanulmanyutak/{trip.slug_hu}/lemondas/{token}/"
