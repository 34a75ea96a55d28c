"""The public page types, each in both languages, from the demo content."""

from django.urls import reverse
from django.utils import translation

from cooperation.models import CooperationPost
from network.models import Company, Network
from regionet.models import Page


def page_type_urls() -> dict[str, str]:
    """One URL per public page type and language, e.g. {"network-detail/hu": "/hu/…"}."""
    network = Network.objects.filter(member_networks__isnull=False).first()
    fallback_network = Network.objects.filter(description_hu="").first() or network
    company = Company.objects.published().exclude(logo="").first()
    page = Page.objects.published().first()
    post = CooperationPost.objects.public().first()
    contact_network = Network.objects.exclude(coordinator__email="").exclude(coordinator=None)
    contact_network = contact_network.first()
    urls = {}
    for language in ("de", "hu"):
        with translation.override(language):
            urls.update(
                {
                    f"home/{language}": f"/{language}/",
                    f"network-list/{language}": network.get_absolute_url().rsplit("/", 2)[0] + "/",
                    f"network-detail/{language}": network.get_absolute_url(),
                    f"network-fallback/{language}": fallback_network.get_absolute_url(),
                    f"company-detail/{language}": company.get_absolute_url(),
                    f"company-list/{language}": company.get_absolute_url().rsplit("/", 2)[0]
                    + "/?country=AT&sort=newest",
                    f"page-detail/{language}": page.get_absolute_url(),
                    f"not-found/{language}": f"/{language}/gibt-es-nicht/",
                    f"cooperation-list/{language}": reverse("cooperation:post-list"),
                    f"cooperation-detail/{language}": post.get_absolute_url(),
                    f"cooperation-form/{language}": reverse("cooperation:post-create"),
                    f"network-contact/{language}": reverse(
                        "cooperation:network-contact", kwargs={"slug": contact_network.slug}
                    ),
                    f"map/{language}": reverse("map") + "?country=AT",
                    f"statistics/{language}": reverse("statistics"),
                }
            )
    return urls
