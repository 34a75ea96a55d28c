"""Messages through the portal: interest in a post, contacting a network, and the spam limits.

Addresses never leak: the author's address is in no page, and the interested person's
address reaches the author alone (and the partners in the admin).
"""

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.utils import timezone
from django.utils.translation import override

from cooperation.models import ContactRequest, CooperationPost
from core.spam import client_hash
from tests.factories import (
    CompanyFactory,
    ContactRequestFactory,
    CooperationPostFactory,
    NetworkFactory,
)

pytestmark = pytest.mark.django_db

AUTHOR = "geheim.autor@example.org"
INTERESTED = "interessent@example.hu"


@pytest.fixture
def post():
    return CooperationPostFactory(
        title="Lohnfertigung: CNC-Drehteile", language="de", contact_email=AUTHOR
    )


def interest(**overrides):
    data = {
        "name": "Kovács Éva",
        "email": INTERESTED,
        "organisation": "Soproni Gépgyár Kft.",
        "message": "Wir suchen genau solche Drehteile. Können wir telefonieren?",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def url_in(post, language):
    with override(language):
        return post.get_absolute_url()


# Express interest -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "heading"), [("de", "Interesse bekunden"), ("hu", "Érdeklődés jelzése")]
)
def test_post_page_offers_the_interest_form_and_never_shows_the_address(
    client, post, language, heading
):
    response = client.get(url_in(post, language))
    html = response.content.decode()
    assert response.status_code == 200
    assert heading in html
    assert 'name="email"' in html and 'name="homepage"' in html
    assert AUTHOR not in html
    assert "geheim.autor" not in html


@pytest.mark.parametrize("language", ["de", "hu"])
def test_interest_is_forwarded_to_the_author_with_reply_to_and_kept_for_the_admin(
    client,
    admin_client,
    post,
    mailoutbox,
    django_capture_on_commit_callbacks,
    language,
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url_in(post, language), interest(), follow=True)
    assert response.redirect_chain == [(url_in(post, language), 302)]
    html = response.content.decode()
    thanks = {
        "de": "Ihre Nachricht wurde an die Verfasserin oder den Verfasser dieses Eintrags",
        "hu": "Üzenetét továbbítottuk a bejegyzés szerzőjének",
    }
    assert thanks[language] in html
    assert AUTHOR not in html and INTERESTED not in html
    stored = ContactRequest.objects.get()
    assert stored.kind == ContactRequest.Kind.INTEREST
    assert stored.post == post and stored.email == INTERESTED
    assert stored.language == language
    assert stored.forwarded_at is not None
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [AUTHOR]
    assert message.reply_to == [INTERESTED]
    assert message.from_email == "portal@regionet-aktiv.eu"
    # In the author's language (the post is German), with the sender's details.
    assert message.subject == "Interesse an Ihrem Eintrag „Lohnfertigung: CNC-Drehteile“"
    assert INTERESTED in message.body and "Soproni Gépgyár Kft." in message.body
    assert "Können wir telefonieren?" in message.body
    # Other visitors see neither address; the partners see the message in the admin.
    page = client.get(url_in(post, language)).content.decode()
    assert INTERESTED not in page and AUTHOR not in page
    admin_page = admin_client.get(f"/admin/cooperation/contactrequest/{stored.pk}/change/")
    assert INTERESTED in admin_page.content.decode()


def test_interest_mail_follows_the_language_of_a_hungarian_post(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    post = CooperationPostFactory(title="Bérmunka", language="hu")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url_in(post, "de"), interest())
    message = mailoutbox[0]
    assert message.subject == "Érdeklődés „Bérmunka” című bejegyzése iránt"
    assert "Válaszához egyszerűen válaszoljon erre az e-mailre." in message.body


def test_html_in_a_message_is_escaped_in_the_html_mail(
    client, post, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url_in(post, "de"), interest(message='<script>alert("x")</script> Hallo'))
    html, _mime = mailoutbox[0].alternatives[0]
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize(
    "overrides",
    [
        {"consent": None},
        {"email": "keine-adresse"},
        {"message": ""},
        {"message": "x" * 3001},
        {"name": "Zeile\nZwei"},
        {"organisation": "Glocke\x07"},
    ],
)
def test_invalid_interest_is_refused_with_400_and_nothing_stored_or_sent(
    client, post, mailoutbox, overrides
):
    response = client.post(url_in(post, "hu"), interest(**overrides))
    assert response.status_code == 400
    assert "Kérjük, javítsa a megjelölt mezőket." in response.content.decode()
    assert ContactRequest.objects.count() == 0
    assert mailoutbox == []


@pytest.mark.parametrize(
    "state",
    [
        {"status": "pending"},
        {"status": "rejected"},
        {"confirmed_at": None},
        {"expires_on": timezone.localdate() - timedelta(days=1)},
    ],
)
def test_posts_that_are_not_public_take_no_messages(client, mailoutbox, state):
    post = CooperationPostFactory(**state)
    response = client.post(url_in(post, "de"), interest())
    assert response.status_code == 404
    assert ContactRequest.objects.count() == 0
    assert mailoutbox == []


def test_wrong_or_missing_slug_redirects_to_the_canonical_post_address(client, post):
    canonical = url_in(post, "de")
    response = client.get(f"/de/kooperationen/{post.pk}-falscher-name/?x=1")
    assert response.status_code == 301
    assert response["Location"] == canonical
    response = client.get(f"/hu/egyuttmukodesek/{post.pk}/")
    assert response.status_code == 301
    assert response["Location"] == url_in(post, "hu")
    assert client.get("/de/kooperationen/999999-nichts/").status_code == 404
    assert client.get("/de/kooperationen/999999/").status_code == 404


# Spam protection --------------------------------------------------------------------------


def test_a_filled_honeypot_looks_like_success_but_stores_and_sends_nothing(
    client, post, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url_in(post, "de"), interest(homepage="https://spam.example"))
    assert response.status_code == 302
    assert response["Location"] == url_in(post, "de")
    assert ContactRequest.objects.count() == 0
    assert mailoutbox == []


def test_the_post_form_has_a_honeypot_too(client, post_form_data, mailoutbox):
    response = client.post("/de/kooperationen/neu/", post_form_data(homepage="http://x.example"))
    assert response.status_code == 302
    assert CooperationPost.objects.count() == 0
    assert mailoutbox == []


def old(hours: float):
    return timezone.now() - timedelta(hours=hours)


@pytest.mark.parametrize(
    ("language", "reason"),
    [
        ("de", "Von dieser Eingabe wurde nichts gespeichert oder gesendet."),
        ("hu", "Ebből a beküldésből semmit sem tároltunk és semmit sem küldtünk el."),
    ],
)
def test_over_the_hourly_limit_per_address_the_answer_is_429_and_nothing_is_stored(
    client, post, mailoutbox, settings, language, reason
):
    settings.SPAM_LIMIT_PER_EMAIL_PER_HOUR = 3
    ContactRequestFactory.create_batch(2, email=INTERESTED)
    CooperationPostFactory(contact_email=INTERESTED)  # posts count as well
    ContactRequestFactory(email=INTERESTED, created=old(1.5))  # older than an hour
    before = ContactRequest.objects.count()
    response = client.post(url_in(post, language), interest(email=INTERESTED.upper()))
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    html = response.content.decode()
    assert reason in html
    # The form is shown again with everything typed, so nothing has to be written twice.
    assert "Wir suchen genau solche Drehteile. Können wir telefonieren?</textarea>" in html
    assert 'value="Soproni Gépgyár Kft."' in html
    assert ContactRequest.objects.count() == before
    assert mailoutbox == []


def test_one_submission_below_the_limit_still_goes_through(client, post, settings):
    settings.SPAM_LIMIT_PER_EMAIL_PER_HOUR = 3
    ContactRequestFactory.create_batch(2, email=INTERESTED)
    ContactRequestFactory.create_batch(5, email=INTERESTED, created=old(2))
    assert client.post(url_in(post, "de"), interest()).status_code == 302


def request_from(address: str, **meta):
    return RequestFactory().get("/", REMOTE_ADDR=address, **meta)


def test_over_the_hourly_limit_per_client_the_answer_is_429(client, post, post_form_data, settings):
    settings.SPAM_LIMIT_PER_IP_PER_HOUR = 2
    here = client_hash(request_from("127.0.0.1"))
    ContactRequestFactory(ip_hash=here)
    CooperationPostFactory(ip_hash=here)
    ContactRequestFactory.create_batch(3, ip_hash=client_hash(request_from("10.0.0.9")))
    before = (ContactRequest.objects.count(), CooperationPost.objects.count())
    # Different addresses, same client: every public form refuses.
    assert client.post(url_in(post, "de"), interest(email="neu@example.org")).status_code == 429
    assert client.post("/hu/egyuttmukodesek/uj/", post_form_data()).status_code == 429
    assert (ContactRequest.objects.count(), CooperationPost.objects.count()) == before


def test_the_client_address_comes_from_the_proxy_header_when_configured(settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    behind_proxy = request_from("10.0.0.1", HTTP_X_REAL_IP="203.0.113.7")
    same_client = request_from("10.0.0.2", HTTP_X_REAL_IP="203.0.113.7")
    other_client = request_from("10.0.0.1", HTTP_X_REAL_IP="198.51.100.4")
    assert client_hash(behind_proxy) == client_hash(same_client)
    assert client_hash(behind_proxy) != client_hash(other_client)
    assert "203.0.113.7" not in client_hash(behind_proxy)


# Contacting a network ---------------------------------------------------------------------


@pytest.fixture
def network():
    coordinator = CompanyFactory(email="koordination@netzwerk.example.org", country="HU")
    return NetworkFactory(name_de="Netzwerk Raab", name_hu="Győri hálózat", coordinator=coordinator)


@pytest.mark.parametrize(
    ("language", "heading"),
    [("de", "Diesem Netzwerk schreiben"), ("hu", "Írjon a hálózatnak")],
)
def test_network_page_carries_the_contact_form_without_the_coordinators_address(
    client, network, language, heading
):
    page = url_in(network, language)
    html = client.get(page).content.decode()
    assert heading in html
    with override(language):
        action = f'action="{page}{"kontakt" if language == "de" else "kapcsolat"}/"'
    assert action in html
    assert "koordination@netzwerk.example.org" not in html


@pytest.mark.parametrize("language", ["de", "hu"])
def test_message_to_a_network_reaches_its_coordinator_and_is_kept(
    client, network, mailoutbox, django_capture_on_commit_callbacks, language
):
    contact = url_in(network, language) + {"de": "kontakt/", "hu": "kapcsolat/"}[language]
    assert client.get(contact).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact, interest(), follow=True)
    assert response.redirect_chain == [(url_in(network, language), 302)]
    html = response.content.decode()
    assert "koordination@netzwerk.example.org" not in html and INTERESTED not in html
    stored = ContactRequest.objects.get()
    assert stored.kind == ContactRequest.Kind.NETWORK and stored.network == network
    assert stored.forwarded_at is not None
    message = mailoutbox[0]
    assert message.to == ["koordination@netzwerk.example.org"]
    assert message.reply_to == [INTERESTED]
    # The coordinator is in Hungary: the mail is Hungarian.
    assert message.subject == "Üzenet a REGIONET aktív portálról: Győri hálózat"
    assert "Wir suchen genau solche Drehteile." in message.body


def test_austrian_coordinators_get_german_mail(
    client, network, mailoutbox, django_capture_on_commit_callbacks
):
    network.coordinator.country = "AT"
    network.coordinator.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url_in(network, "hu") + "kapcsolat/", interest())
    assert mailoutbox[0].subject == "Nachricht für Netzwerk Raab über REGIONET aktív"


def test_contact_page_has_its_own_address_in_each_language(client, network):
    html = client.get(url_in(network, "de") + "kontakt/").content.decode()
    hu_contact = url_in(network, "hu") + "kapcsolat/"
    assert f'hreflang="hu" href="http://localhost{hu_contact}"' in html
    assert client.get(f"/de/netzwerke/{network.slug_hu}/kontakt/")["Location"] == (
        url_in(network, "de") + "kontakt/"
    )


def test_networks_without_a_coordinators_address_have_no_contact_form(client, network):
    network.coordinator.email = ""
    network.coordinator.save()
    page = client.get(url_in(network, "de")).content.decode()
    assert 'name="message"' not in page
    assert client.get(url_in(network, "de") + "kontakt/").status_code == 404
    no_coordinator = NetworkFactory(coordinator=None)
    assert client.post(url_in(no_coordinator, "de") + "kontakt/", interest()).status_code == 404
    assert ContactRequest.objects.count() == 0


def test_network_contact_has_honeypot_validation_and_limits(client, network, mailoutbox, settings):
    contact = url_in(network, "de") + "kontakt/"
    assert client.post(contact, interest(homepage="x")).status_code == 302
    assert client.post(contact, interest(consent=None)).status_code == 400
    settings.SPAM_LIMIT_PER_EMAIL_PER_HOUR = 1
    ContactRequestFactory(email=INTERESTED, post=None, kind="network", network=network)
    assert client.post(contact, interest()).status_code == 429
    assert ContactRequest.objects.count() == 1
    assert mailoutbox == []
