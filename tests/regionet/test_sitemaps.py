"""The site's sitemap composes the apps' own sitemaps, each listing what `public()` holds."""

import pytest

from cooperation.sitemaps import sitemaps as cooperation_sitemaps
from core.sitemaps import PublicSitemap
from core.sitemaps import sitemaps as page_sitemaps
from goodpractice.sitemaps import sitemaps as goodpractice_sitemaps
from network.sitemaps import sitemaps as network_sitemaps
from regionet.sitemaps import sitemaps
from studytrips.sitemaps import sitemaps as studytrips_sitemaps
from tests.factories import (
    CompanyFactory,
    CooperationPostFactory,
    GoodPracticeFactory,
    InstrumentFactory,
    NetworkFactory,
    PageFactory,
    StudyTripFactory,
)

pytestmark = pytest.mark.django_db


def test_the_site_only_composes_the_apps_sitemaps():
    composed = {
        **network_sitemaps,
        **page_sitemaps,
        **studytrips_sitemaps,
        **goodpractice_sitemaps,
        **cooperation_sitemaps,
    }
    assert list(sitemaps) == ["static", *composed]
    assert {key: sitemaps[key] for key in composed} == composed
    assert all(issubclass(sitemap, PublicSitemap) for sitemap in composed.values())


def test_each_sitemap_lists_exactly_the_public_objects():
    # Not only the migration's instruments: a live-server test before this one may have
    # flushed them.
    InstrumentFactory()
    NetworkFactory()
    CompanyFactory(is_published=False)
    CompanyFactory()
    PageFactory(is_published=False)
    PageFactory()
    StudyTripFactory(is_published=False)
    StudyTripFactory()
    GoodPracticeFactory(status="review")
    GoodPracticeFactory()
    CooperationPostFactory(status="pending")
    CooperationPostFactory()
    for key, sitemap in sitemaps.items():
        if key == "static":
            continue
        model = sitemap.model
        listed = {obj.pk for obj in sitemap().items()}
        assert listed == set(model.objects.public().values_list("pk", flat=True)), key
        assert listed, key
