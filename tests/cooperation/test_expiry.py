"""Expiry: posts disappear by themselves; a week before, their authors may extend them."""

from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from cooperation.models import CooperationPost
from cooperation.tokens import make_confirm_token, make_extend_token
from tests.cooperation.conftest import link_in
from tests.factories import CooperationPostFactory, days_from_today

pytestmark = pytest.mark.django_db


def remind(**options):
    out = StringIO()
    call_command("send_expiry_reminders", stdout=out, **options)
    return out.getvalue()


def test_expired_posts_disappear_from_lists_and_pages_by_themselves(client):
    today = CooperationPostFactory(title="Läuft heute ab", expires_on=days_from_today(0))
    gone = CooperationPostFactory(title="Gestern abgelaufen", expires_on=days_from_today(-1))
    assert set(CooperationPost.objects.public()) == {today}
    for url in ("/de/kooperationen/", "/hu/egyuttmukodesek/"):
        html = client.get(url).content.decode()
        assert "Läuft heute ab" in html and "Gestern abgelaufen" not in html
    assert client.get(today.get_absolute_url()).status_code == 200
    assert client.get(gone.get_absolute_url()).status_code == 404


def test_reminder_goes_to_authors_of_posts_expiring_within_a_week_once(mailoutbox):
    due = CooperationPostFactory(expires_on=days_from_today(7), language="hu", title="Bérmunka")
    due_today = CooperationPostFactory(expires_on=days_from_today(0))
    CooperationPostFactory(expires_on=days_from_today(8))  # not yet
    CooperationPostFactory(expires_on=days_from_today(-1))  # already gone
    CooperationPostFactory(expires_on=days_from_today(3), confirmed_at=None)  # never public
    CooperationPostFactory(expires_on=days_from_today(3), status="rejected")
    CooperationPostFactory(expires_on=days_from_today(3), reminder_sent_at=timezone.now())
    assert "Expiry reminders sent: 2." in remind(base_url="https://portal.example.org")
    assert sorted(message.to[0] for message in mailoutbox) == sorted(
        [due.contact_email, due_today.contact_email]
    )
    # Idempotent: a second run (or a second timer at the same time) sends nothing new.
    assert "Expiry reminders sent: 0." in remind(base_url="https://portal.example.org")
    assert len(mailoutbox) == 2
    due.refresh_from_db()
    assert due.reminder_sent_at is not None
    message = next(message for message in mailoutbox if message.to == [due.contact_email])
    date = (timezone.localdate() + timedelta(days=7)).strftime("%Y.")
    assert message.subject.startswith("„Bérmunka” című bejegyzése lejár: " + date)
    assert "https://portal.example.org/hu/egyuttmukodesek/meghosszabbitas/" in message.body
    html, _mime = message.alternatives[0]
    assert '<html lang="hu">' in html and "Bejegyzésem meghosszabbítása" in html


def test_german_reminder_links_to_the_german_extension_page(mailoutbox, settings):
    settings.SITE_URL = "https://regionet.example.org"
    CooperationPostFactory(expires_on=days_from_today(2), language="de", title="Drehteile")
    remind()
    message = mailoutbox[0]
    assert message.subject.startswith("Ihr Eintrag „Drehteile“ läuft am")
    assert "https://regionet.example.org/de/kooperationen/verlaengern/" in message.body


def test_a_failed_reminder_is_tried_again_on_the_next_run(mailoutbox):
    post = CooperationPostFactory(expires_on=days_from_today(5))
    with (
        mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("mail is down")),
        pytest.raises(CommandError, match="1 reminder"),
    ):
        remind()
    post.refresh_from_db()
    assert post.reminder_sent_at is None
    remind()
    assert len(mailoutbox) == 1


@pytest.fixture
def reminded(mailoutbox):
    post = CooperationPostFactory(expires_on=days_from_today(4), language="hu")
    remind(base_url="http://localhost")
    post.refresh_from_db()
    return post, link_in(mailoutbox[0], "meghosszabbitas")


def test_extension_link_shows_the_form_and_extends_the_post(client, reminded):
    post, url = reminded
    response = client.get(url)
    assert response.status_code == 200
    assert "Bejegyzés meghosszabbítása" in response.content.decode()
    new_date = days_from_today(120)
    response = client.post(url, {"expires_on": new_date.isoformat()}, follow=True)
    assert response.redirect_chain == [(post.get_absolute_url(), 302)]
    assert "napjáig marad fent." in response.content.decode()
    post.refresh_from_db()
    assert post.expires_on == new_date
    assert post.reminder_sent_at is None  # the next expiry gets its own reminder
    # The link has done its work.
    used = client.post(url, {"expires_on": days_from_today(200).isoformat()})
    assert used.status_code == 400
    assert "Ezt a linket már felhasználták" in used.content.decode()
    post.refresh_from_db()
    assert post.expires_on == new_date


def test_an_expired_post_can_still_be_extended_with_its_link(client):
    post = CooperationPostFactory(expires_on=days_from_today(-3))
    url = f"/de/kooperationen/verlaengern/{make_extend_token(post)}/"
    response = client.post(url, {"expires_on": days_from_today(30).isoformat()})
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.is_public()


@pytest.mark.parametrize(
    "value", [days_from_today(0).isoformat(), days_from_today(400).isoformat(), "", "2027-13-45"]
)
def test_extension_refuses_dates_outside_the_next_twelve_months(client, reminded, value):
    post, url = reminded
    before = post.expires_on
    response = client.post(url, {"expires_on": value})
    assert response.status_code == 400
    post.refresh_from_db()
    assert post.expires_on == before


def test_forged_expired_or_misused_extension_links_are_refused(client, settings):
    post = CooperationPostFactory(expires_on=days_from_today(4))
    rejected = CooperationPostFactory(expires_on=days_from_today(4), status="rejected")
    date = {"expires_on": days_from_today(60).isoformat()}
    for token in ("forged", make_confirm_token(post), make_extend_token(rejected)):
        response = client.post(f"/de/kooperationen/verlaengern/{token}/", date)
        assert response.status_code == 400
        assert "Dieser Link ist ungültig." in response.content.decode()
    settings.COOPERATION_EXTEND_LINK_MAX_AGE = -1
    response = client.get(f"/hu/egyuttmukodesek/meghosszabbitas/{make_extend_token(post)}/")
    assert response.status_code == 400
    assert "Ez a link lejárt." in response.content.decode()
    post.refresh_from_db()
    assert post.expires_on == days_from_today(4)
