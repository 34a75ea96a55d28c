"""Contacting a member company through its page: forwarded, kept, never showing the address."""

import pytest
from django.core.cache import cache
from django.utils.translation import override

from cooperation.models import ContactRequest
from tests.factories import CompanyFactory, ContactRequestFactory

pytestmark = pytest.mark.django_db

COMPANY_MAIL = "office@metallbau-pinkatal.example.org"
SENDER = "kovacs.eva@example.hu"


@pytest.fixture
def company():
    return CompanyFactory(name="Metallbau Pinkatal GmbH", email=COMPANY_MAIL, country="AT")


def message(**overrides):
    data = {
        "name": "Kovács Éva",
        "email": SENDER,
        "organisation": "Soproni Gépgyár Kft.",
        "message": "Wir suchen einen Partner für Drehteile. Können wir telefonieren?",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def contact_url(company, language="de"):
    return {"de": "/de/unternehmen/", "hu": "/hu/vallalkozasok/"}[language] + (
        f"{company.slug}/" + {"de": "kontakt/", "hu": "kapcsolat/"}[language]
    )


@pytest.mark.parametrize(
    ("language", "heading"), [("de", "Anfrage senden"), ("hu", "Üzenet küldése")]
)
def test_company_page_has_the_form_and_hides_the_address_by_default(
    client, company, language, heading
):
    with override(language):
        html = client.get(company.get_absolute_url()).content.decode()
    assert heading in html and 'name="homepage"' in html
    assert COMPANY_MAIL not in html


def test_the_company_may_choose_to_print_its_address(client, company):
    company.show_email = True
    company.save()
    assert COMPANY_MAIL in client.get(company.get_absolute_url()).content.decode()


def test_message_is_forwarded_with_reply_to_and_kept_without_showing_the_address(
    client, admin_client, company, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_url(company), message(), follow=True)
    assert response.redirect_chain == [(company.get_absolute_url(), 302)]
    html = response.content.decode()
    assert "an das Unternehmen weitergeleitet" in html
    assert COMPANY_MAIL not in html
    stored = ContactRequest.objects.get()
    assert stored.kind == ContactRequest.Kind.COMPANY and stored.company == company
    assert stored.forwarded_at is not None
    [mail] = mailoutbox
    assert mail.to == [COMPANY_MAIL] and mail.reply_to == [SENDER]
    assert mail.subject == "Nachricht für Metallbau Pinkatal GmbH über REGIONET aktív"
    assert "Können wir telefonieren?" in mail.body
    admin_page = admin_client.get(f"/admin/cooperation/contactrequest/{stored.pk}/change/")
    assert SENDER in admin_page.content.decode()


def test_hungarian_companies_get_hungarian_mail(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    company = CompanyFactory(
        name="Rába Fémtechnika Kft.", email="iroda@raba.example.hu", country="HU"
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(contact_url(company, "de"), message())
    assert mailoutbox[0].subject.startswith("Üzenet a(z) Rába Fémtechnika Kft. részére")


def test_companies_without_address_or_unpublished_have_no_form(client):
    without = CompanyFactory(email="")
    hidden = CompanyFactory(email="x@example.org", is_published=False)
    assert "Anfrage senden" not in client.get(without.get_absolute_url()).content.decode()
    assert client.get(contact_url(without)).status_code == 404
    assert client.post(contact_url(hidden), message()).status_code == 404
    assert not ContactRequest.objects.exists()


def test_invalid_honeypot_and_over_the_limit_store_nothing(client, company, mailoutbox, settings):
    invalid = client.post(contact_url(company), message(consent=None))
    assert invalid.status_code == 400
    assert client.post(contact_url(company), message(homepage="http://spam")).status_code == 302
    assert not ContactRequest.objects.exists()
    settings.SPAM_LIMIT_PER_EMAIL_PER_HOUR = 1
    ContactRequestFactory(email=SENDER)
    cache.clear()
    limited = client.post(contact_url(company), message())
    assert limited.status_code == 429 and limited["Retry-After"] == "3600"
    assert ContactRequest.objects.count() == 1 and mailoutbox == []
