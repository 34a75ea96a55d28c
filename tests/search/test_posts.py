"""Public cooperation offers and requests are found by the site search, in their own language."""

import pytest

from cooperation.models import CooperationPost
from tests.factories import CooperationPostFactory, days_from_today
from tests.search.conftest import exact

pytestmark = pytest.mark.django_db


def test_public_posts_are_found_from_both_languages_and_marked_with_their_own(search):
    german = CooperationPostFactory(
        title="Lohnfertigung von Drehteilen", text="Wir fertigen Drehteile in Kleinserien."
    )
    hungarian = CooperationPostFactory(
        title="Bérmunka: lézervágás rövid határidővel",
        text="Szabad kapacitásunk van lézervágásra és élhajlításra.",
        language="hu",
        company="Kovács Lemezmegmunkáló Kft.",
    )
    assert exact(search("de", "Drehteile")) == [german]
    assert exact(search("de", "Lohnfertigung", type="post")) == [german]
    response = search("hu", "lézervágás")
    assert exact(response) == [hungarian]
    assert exact(search("hu", "lezervagas")) == [hungarian]
    html = search("hu", "Drehteile").content.decode()
    assert f'<a href="{german.get_absolute_url()}" lang="de">' in html
    assert "<mark>Drehteile</mark>" in html


def test_posts_that_are_not_public_are_never_found(search):
    CooperationPostFactory(title="Wartet auf Freigabe Zerspanung", status="pending")
    CooperationPostFactory(title="Unbestätigte Zerspanung", confirmed_at=None)
    CooperationPostFactory(title="Abgelaufene Zerspanung", expires_on=days_from_today(-1))
    CooperationPostFactory(title="Abgelehnte Zerspanung", status="rejected")
    assert exact(search("de", "Zerspanung")) == []
    assert CooperationPost.objects.count() == 4


def test_a_post_edited_in_the_back_office_is_found_by_its_new_words(search):
    post = CooperationPostFactory(title="Lohnfertigung", text="Drehteile in Kleinserien.")
    post.text = "Wir suchen einen Partner für Pulverbeschichtung."
    post.save()
    assert exact(search("de", "Pulverbeschichtung")) == [post]
    assert exact(search("de", "Kleinserien")) == []
