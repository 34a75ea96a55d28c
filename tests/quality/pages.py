"""The public page types, each in both languages, from the demo content."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils import translation

from cooperation.models import CooperationPost
from core.models import Page
from goodpractice.models import GoodPractice, Instrument
from network.models import Company, Network
from studytrips.models import StudyTrip

SEARCH_WORDS = {"de": "Netzwerk", "hu": "halozat"}


def page_type_urls() -> dict[str, str]:
    """One URL per public page type and language, e.g. {"network-detail/hu": "/hu/…"}."""
    network = Network.objects.filter(member_networks__isnull=False).first()
    fallback_network = Network.objects.filter(description_hu="").first() or network
    company = Company.objects.public().exclude(logo="").first()
    page = Page.objects.public().first()
    past_trip = StudyTrip.objects.public().order_by("start_date").first()
    open_trip = StudyTrip.objects.public().order_by("-start_date").first()
    case = GoodPractice.objects.public().filter(images__isnull=False).first()
    instrument = Instrument.objects.filter(cases__isnull=False).first()
    post = CooperationPost.objects.public().first()
    contact_network = Network.objects.exclude(coordinator__email="").exclude(coordinator=None)
    contact_network = contact_network.first()
    contact_company = Company.objects.public().exclude(email="").first()
    urls = {}
    for language in ("de", "hu"):
        with translation.override(language):
            urls.update(
                {
                    f"home/{language}": reverse("home"),
                    f"network-list/{language}": reverse("network:network-list"),
                    f"network-detail/{language}": network.get_absolute_url(),
                    f"network-fallback/{language}": fallback_network.get_absolute_url(),
                    f"company-list/{language}": reverse("network:company-list")
                    + "?country=AT&sort=newest",
                    f"company-detail/{language}": company.get_absolute_url(),
                    f"trip-list/{language}": reverse("studytrips:trip-list"),
                    f"trip-detail/{language}": past_trip.get_absolute_url(),
                    f"trip-registration/{language}": reverse(
                        "studytrips:trip-register", kwargs={"slug": open_trip.slug}
                    ),
                    f"case-list/{language}": reverse("goodpractice:case-list")
                    + f"?instrument={case.instruments.first().code}",
                    f"case-detail/{language}": case.get_absolute_url(),
                    f"instrument-detail/{language}": instrument.get_absolute_url(),
                    f"instrument-list/{language}": reverse("goodpractice:instrument-list"),
                    f"page-detail/{language}": page.get_absolute_url(),
                    f"not-found/{language}": f"/{language}/gibt-es-nicht/",
                    f"cooperation-list/{language}": reverse("cooperation:post-list"),
                    f"cooperation-detail/{language}": post.get_absolute_url(),
                    f"cooperation-form/{language}": reverse("cooperation:post-create"),
                    f"network-contact/{language}": reverse(
                        "cooperation:network-contact", kwargs={"slug": contact_network.slug}
                    ),
                    f"company-contact/{language}": reverse(
                        "cooperation:company-contact", kwargs={"slug": contact_company.slug}
                    ),
                    f"cooperation-report/{language}": reverse("cooperation:cooperation-report"),
                    f"map/{language}": reverse("map") + "?country=AT",
                    f"statistics/{language}": reverse("statistics"),
                    # Results with highlights, type facets and pagination; then a typo.
                    f"search/{language}": reverse("search")
                    + "?"
                    + urlencode({"q": SEARCH_WORDS[language]}),
                    f"search-similar/{language}": reverse("search") + "?q=Studienriese",
                }
            )
    return urls
