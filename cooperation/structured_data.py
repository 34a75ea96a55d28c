"""schema.org description of a cooperation post: an Offer or a Demand, never its contact."""

from django.urls import reverse
from django.utils.translation import gettext as _

from cooperation.models import CooperationPost
from core.structured_data import CONTEXT, absolute, breadcrumb_list, home_crumb, text


def post(obj: CooperationPost, request) -> list[dict]:
    offer = {
        "@context": CONTEXT,
        "@type": "Offer" if obj.kind == CooperationPost.Kind.OFFER else "Demand",
        "name": obj.title,
        "description": obj.text,
        "url": absolute(request, obj.get_absolute_url()),
        "inLanguage": obj.language,
        "validThrough": obj.expires_on.isoformat(),
        "itemOffered": {"@type": "Service", "name": obj.get_cooperation_type_display()},
    }
    if obj.sector:
        offer["itemOffered"]["category"] = text(obj.sector, "name")
    if obj.region:
        offer["areaServed"] = {"@type": "Place", "name": text(obj.region, "name")}
    if obj.kind == CooperationPost.Kind.OFFER:
        # The company as the post names it; the author's name and address stay private.
        offer["offeredBy"] = {"@type": "Organization", "name": obj.company}
    crumbs = [
        home_crumb(),
        (_("Cooperation exchange"), reverse("cooperation:post-list")),
        (obj.title, None),
    ]
    return [offer, breadcrumb_list(request, crumbs)]


def post_form(context, request) -> list[dict]:
    crumbs = [
        home_crumb(),
        (_("Cooperation exchange"), reverse("cooperation:post-list")),
        (_("New post"), None),
    ]
    return [breadcrumb_list(request, crumbs)]


def network_contact(context, request) -> list[dict]:
    network = context.get("network")
    if network is None:
        return []
    crumbs = [
        home_crumb(),
        (_("Networks"), reverse("network:network-list")),
        (text(network, "name"), network.get_absolute_url()),
        (_("Write to this network"), None),
    ]
    return [breadcrumb_list(request, crumbs)]


BUILDERS = {CooperationPost: post}
PAGE_BUILDERS = {
    "cooperation:post-create": post_form,
    "cooperation:network-contact": network_contact,
}
