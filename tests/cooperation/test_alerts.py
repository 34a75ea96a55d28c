"""New-match alerts: authors hear once of new posts that fit theirs, and can stop it."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils.translation import override

from cooperation.models import CooperationPost, MatchAlert
from cooperation.services import post_confirm, post_review
from cooperation.tokens import make_alerts_off_token
from network.models import RegionNeighbour
from network.neighbours import load_neighbours
from tests.cooperation.conftest import link_in
from tests.factories import CooperationPostFactory, RegionFactory, SectorFactory

pytestmark = pytest.mark.django_db

BASE = "https://portal.example.org/"


@pytest.fixture(autouse=True)
def neighbour_table():
    load_neighbours(RegionNeighbour)


@pytest.fixture
def sector():
    return SectorFactory(name_de="Maschinenbau", name_hu="Gépgyártás", nace_code="C28")


@pytest.fixture
def vas():
    return RegionFactory(
        name_de="Komitat Vas", name_hu="Vas vármegye", country="HU", nuts3_code="HU222"
    )


@pytest.fixture
def south_burgenland():
    return RegionFactory(name_de="Südburgenland", country="AT", nuts3_code="AT113")


@pytest.fixture
def waiting_request(sector, vas):
    """A Hungarian author's public request, waiting for offers."""
    return CooperationPostFactory(
        kind="request",
        title="Beszállítót keresünk",
        language="hu",
        sector=sector,
        region=vas,
        contact_email="kereso@example.hu",
        contact_name="Kiss Anna",
    )


def new_offer(sector, region, **extra):
    """An offer the author has confirmed and that now awaits review."""
    values = {
        "kind": "offer",
        "title": "Drehteile in Kleinserien",
        "sector": sector,
        "region": region,
        "status": "pending",
        "contact_email": "anbieter@example.at",
        **extra,
    }
    return CooperationPostFactory(**values)


def send_alerts() -> str:
    out = StringIO()
    call_command("send_match_alerts", base_url=BASE, stdout=out)
    return out.getvalue()


def approve(*posts):
    post_review(posts=posts, status=CooperationPost.Status.APPROVED, base_url=BASE)


def test_a_new_public_post_alerts_the_author_of_a_fitting_post_once_in_their_language(
    waiting_request, sector, south_burgenland, mailoutbox, django_capture_on_commit_callbacks
):
    offer = new_offer(sector, south_burgenland)
    with django_capture_on_commit_callbacks(execute=True):
        approve(offer)
    mailoutbox.clear()  # the review mail to the offer's author
    assert "Match alerts sent: 1." in send_alerts()
    [message] = mailoutbox
    assert message.to == ["kereso@example.hu"]
    assert message.subject == "Új illő bejegyzés „Beszállítót keresünk” című bejegyzéséhez"
    with override("hu"):
        interest_url = BASE.rstrip("/") + offer.get_absolute_url() + "#interest"
    assert interest_url in message.body
    assert "Drehteile in Kleinserien" in message.body
    assert "határon átnyúló (Magyarország–Ausztria)" in message.body
    # Nobody's address travels to the other side.
    assert "anbieter@example.at" not in message.body and not message.reply_to
    html, _mime = message.alternatives[0]
    assert '<html lang="hu">' in html and "anbieter@example.at" not in html
    # Idempotent: the next run sends nothing.
    assert "Match alerts sent: 0." in send_alerts()
    assert len(mailoutbox) == 1


def test_several_new_matches_come_in_one_digest(
    waiting_request, sector, south_burgenland, mailoutbox
):
    first = new_offer(sector, south_burgenland, title="Erstes Angebot")
    second = new_offer(sector, south_burgenland, title="Zweites Angebot", contact_email="b@ex.at")
    approve(first, second)
    mailoutbox.clear()
    send_alerts()
    [message] = mailoutbox
    assert message.subject == "2 új illő bejegyzés „Beszállítót keresünk” című bejegyzéséhez"
    assert "Erstes Angebot" in message.body and "Zweites Angebot" in message.body


def test_confirming_an_already_approved_post_alerts_too_but_unpublic_posts_do_not(
    waiting_request, sector, south_burgenland, mailoutbox
):
    pending = new_offer(sector, south_burgenland, title="Noch nicht geprüft")
    post_confirm(post=pending, base_url=BASE)  # confirmed before: nothing new, still pending
    assert not MatchAlert.objects.exists()
    approved_unconfirmed = new_offer(
        sector, south_burgenland, status="approved", confirmed_at=None, contact_email="c@ex.at"
    )
    post_confirm(post=approved_unconfirmed, base_url=BASE)
    assert list(MatchAlert.objects.values_list("post", "match")) == [
        (waiting_request.pk, approved_unconfirmed.pk)
    ]


def test_an_author_who_switched_alerts_off_gets_none(
    waiting_request, sector, south_burgenland, mailoutbox
):
    waiting_request.match_alerts = False
    waiting_request.save()
    approve(new_offer(sector, south_burgenland))
    mailoutbox.clear()
    assert "Match alerts sent: 0." in send_alerts()
    assert mailoutbox == []


def test_the_link_in_the_alert_switches_alerts_off_once(
    client, waiting_request, sector, south_burgenland, mailoutbox
):
    approve(new_offer(sector, south_burgenland))
    mailoutbox.clear()
    send_alerts()
    path = link_in_base(mailoutbox[0], "ertesitesek-ki")
    page = client.get(path)
    assert page.status_code == 200
    assert "Beszállítót keresünk" in page.content.decode()
    waiting_request.refresh_from_db()
    assert waiting_request.match_alerts  # GET only asks
    done = client.post(path)
    assert done.status_code == 200 and "Kész" in done.content.decode()
    waiting_request.refresh_from_db()
    assert not waiting_request.match_alerts
    again = client.post(path)
    assert again.status_code == 400
    assert "már ki vannak kapcsolva" in again.content.decode()


def link_in_base(message, word):
    """The path of the link containing `word` in a mail whose links start with BASE."""
    message.body = message.body.replace(BASE.rstrip("/"), "http://localhost")
    return link_in(message, word)


def test_forged_and_expired_alert_links_change_nothing(client, waiting_request, settings):
    token = make_alerts_off_token(waiting_request)
    forged = client.post(f"/de/kooperationen/benachrichtigungen-aus/{token}x/")
    assert forged.status_code == 400
    assert "Dieser Link ist ungültig. Es wurde nichts geändert." in forged.content.decode()
    settings.COOPERATION_ALERTS_LINK_MAX_AGE = -1
    expired = client.post(f"/de/kooperationen/benachrichtigungen-aus/{token}/")
    assert expired.status_code == 400
    assert "Dieser Link ist abgelaufen." in expired.content.decode()
    waiting_request.refresh_from_db()
    assert waiting_request.match_alerts
