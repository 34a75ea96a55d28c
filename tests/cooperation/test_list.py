"""The public exchange: only public posts, filters with language-independent values."""

import re

import pytest
from django.utils.translation import override

from cooperation import demo
from cooperation.models import CooperationPost
from tests.factories import CooperationPostFactory, RegionFactory, SectorFactory, days_from_today

pytestmark = pytest.mark.django_db

LIST_URLS = {"de": "/de/kooperationen/", "hu": "/hu/egyuttmukodesek/"}


def post(title, kind, cooperation_type, region, sector, languages):
    """A public post, written in the first of the languages its author speaks."""
    return CooperationPostFactory(
        title=title,
        kind=kind,
        cooperation_type=cooperation_type,
        region=region,
        sector=sector,
        languages=languages,
        language=languages[0],
    )


@pytest.fixture
def posts():
    vas = RegionFactory(nuts3_code="HU222", country="HU", name_de="Vas", name_hu="Vas")
    burgenland = RegionFactory(country="AT")
    wood = SectorFactory(nace_code="C16.1")
    machines = SectorFactory(nace_code="C28.1")
    return {
        "offer_hu": post("Faipari bérmunka", "offer", "supplier", vas, wood, ["hu"]),
        "request_at": post(
            "Suchen Innovationspartner",
            "request",
            "joint_project",
            burgenland,
            machines,
            ["de", "en"],
        ),
        "visit_at": post(
            "Betriebsbesichtigung Holz", "offer", "study_visit", burgenland, wood, ["de", "hu"]
        ),
        "pending": CooperationPostFactory(title="Noch in Prüfung", status="pending"),
    }


def titles(response) -> set[str]:
    return {post.title for post in response.context["posts"]}


@pytest.mark.parametrize("language", ["de", "hu"])
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"Faipari bérmunka", "Suchen Innovationspartner", "Betriebsbesichtigung Holz"}),
        ("kind=request", {"Suchen Innovationspartner"}),
        ("type=study_visit", {"Betriebsbesichtigung Holz"}),
        ("sector=C16.1", {"Faipari bérmunka", "Betriebsbesichtigung Holz"}),
        ("region=HU222", {"Faipari bérmunka"}),
        ("country=AT", {"Suchen Innovationspartner", "Betriebsbesichtigung Holz"}),
        ("language=hu", {"Faipari bérmunka", "Betriebsbesichtigung Holz"}),
        ("language=en", {"Suchen Innovationspartner"}),
        ("language=hu&country=AT&kind=offer", {"Betriebsbesichtigung Holz"}),
        ("language=sk", set()),
    ],
)
def test_the_list_filters_public_posts_the_same_way_in_both_languages(
    client, posts, language, query, expected
):
    response = client.get(f"{LIST_URLS[language]}?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


@pytest.mark.parametrize(
    "query",
    [
        "kind=both",
        "type=anything",
        "sector=XX99",
        "region=HU999",
        "country=FR",
        "language=klingon",
        "region=%00",
        "sector=" + "C" * 3000,
    ],
)
def test_invalid_filter_values_answer_400_with_a_message(client, posts, query):
    response = client.get(f"{LIST_URLS['hu']}?{query}")
    assert response.status_code == 400
    assert "Néhány szűrőérték érvénytelen" in response.content.decode()


def test_post_cards_show_the_language_of_each_post(client, posts):
    html = client.get(LIST_URLS["de"]).content.decode()
    assert f'lang="hu"><a class="stretched-link" href="{posts["offer_hu"].get_absolute_url()}"' in (
        html
    )


def test_post_page_marks_the_posts_language_and_links_to_the_other_language(client, posts):
    post = posts["offer_hu"]
    response = client.get(post.get_absolute_url())
    html = response.content.decode()
    assert '<h1 lang="hu">Faipari bérmunka</h1>' in html
    assert "Von der Verfasserin oder dem Verfasser auf Ungarisch geschrieben." in html
    with override("hu"):
        hu_url = post.get_absolute_url()
    assert hu_url == f"/hu/egyuttmukodesek/{post.pk}-faipari-bermunka/"
    assert f'hreflang="hu" href="http://localhost{hu_url}"' in html
    hu_html = client.get(hu_url).content.decode()
    assert "A szerző magyarul írta." not in hu_html  # the page is already Hungarian


def test_sitemap_lists_only_public_posts(client, posts):
    body = client.get("/sitemap.xml").content.decode()
    assert posts["offer_hu"].get_absolute_url() in body
    assert "/hu/egyuttmukodesek/" in body
    assert str(posts["pending"].get_absolute_url()) not in body
    assert "/de/karte/" in body and "/hu/statisztika/" in body


def test_demo_loads_twice_without_duplicates_with_posts_of_each_kind_in_both_languages(client):
    demo.load()
    first = CooperationPost.objects.count()
    demo.load()
    assert CooperationPost.objects.count() == first == len(demo.POSTS)
    public = CooperationPost.objects.public()
    for kind in ("offer", "request"):
        for language in ("de", "hu"):
            assert public.filter(kind=kind, language=language).count() >= 2, (kind, language)
    assert CooperationPost.objects.exclude(pk__in=public).count() == 2
    assert public.due_for_reminder().exists()
    for post in public:
        assert client.get(post.get_absolute_url()).status_code == 200


def test_home_page_shows_the_three_newest_public_posts(client):
    for n in range(4):
        CooperationPostFactory(title=f"Öffentlicher Eintrag {n}")
    CooperationPostFactory(title="Noch nicht freigegeben", status="pending")
    CooperationPostFactory(title="Nicht bestätigt", confirmed_at=None)
    CooperationPostFactory(title="Abgelaufen", expires_on=days_from_today(-1))

    page = client.get("/hu/").content.decode().replace("\u00ad", "")  # soft hyphens

    assert "Újdonságok az együttműködési börzén" in page
    assert re.findall(r"Öffentlicher Eintrag \d", page) == [
        "Öffentlicher Eintrag 3",
        "Öffentlicher Eintrag 2",
        "Öffentlicher Eintrag 1",
    ]
    for hidden in ("Noch nicht freigegeben", "Nicht bestätigt", "Abgelaufen"):
        assert hidden not in page
    assert 'href="/hu/egyuttmukodesek/uj/"' in page
