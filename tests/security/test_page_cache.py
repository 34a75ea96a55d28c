"""Anonymous visitors cannot empty the page cache: only changes of content invalidate it."""

import pytest
from django.test import Client

from cooperation.models import ContactRequest, CooperationPost
from tests.cooperation.conftest import (  # noqa: F401 (fixtures)
    post_form_data,
    region,
    sector,
)
from tests.factories import CompanyFactory, GoodPracticeFactory, NetworkFactory

pytestmark = pytest.mark.django_db


def visitor() -> Client:
    return Client(headers={"host": "localhost"})


def warm(pages):
    for page in pages:
        visitor().get(page)
    return {page: visitor().get(page)["X-Page-Cache"] for page in pages}


def test_switching_the_language_leaves_cached_pages_cached():
    pages = ["/de/", "/de/unternehmen/", "/de/good-practice/"]
    assert set(warm(pages).values()) == {"hit"}
    answer = visitor().post("/i18n/setlang/", {"language": "hu", "next": "/hu/"})
    assert answer.status_code == 302
    assert {page: visitor().get(page)["X-Page-Cache"] for page in pages} == dict.fromkeys(
        pages, "hit"
    )


def test_posting_an_offer_leaves_cached_pages_cached(post_form_data):  # noqa: F811
    pages = ["/de/", "/de/kooperationen/", "/de/good-practice/"]
    assert set(warm(pages).values()) == {"hit"}
    answer = visitor().post("/de/kooperationen/neu/", post_form_data())
    assert answer.status_code == 302
    assert CooperationPost.objects.count() == 1  # stored, but nobody sees it before review
    assert {page: visitor().get(page)["X-Page-Cache"] for page in pages} == dict.fromkeys(
        pages, "hit"
    )


def test_writing_to_a_network_leaves_cached_pages_cached():
    coordinator = CompanyFactory(email="koordination@example.at")
    network = NetworkFactory(name_de="Holzcluster", coordinator=coordinator)
    pages = ["/de/", "/de/netzwerke/"]
    assert set(warm(pages).values()) == {"hit"}
    answer = visitor().post(
        f"{network.get_absolute_url()}kontakt/",
        {
            "name": "Anna Berger",
            "email": "anna@example.at",
            "message": "Wir suchen Partner für ein Holzbauprojekt.",
            "consent": "on",
        },
    )
    assert answer.status_code == 302
    assert ContactRequest.objects.count() == 1
    assert {page: visitor().get(page)["X-Page-Cache"] for page in pages} == dict.fromkeys(
        pages, "hit"
    )


def test_anonymous_posts_to_the_admin_leave_cached_pages_cached():
    GoodPracticeFactory()
    pages = ["/de/good-practice/"]
    assert set(warm(pages).values()) == {"hit"}
    visitor().post("/admin/goodpractice/goodpractice/", {"action": "publish"})
    visitor().post("/admin/login/", {"username": "x", "password": "y"})
    assert visitor().get("/de/good-practice/")["X-Page-Cache"] == "hit"
