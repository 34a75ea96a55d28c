"""schema.org descriptions of company and network pages (core/structured_data.py)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from core.structured_data import CONTEXT, absolute, breadcrumb_list, home_crumb, text
from network.models import Company, Network


def organisation_reference(request, obj, name: str) -> dict:
    return {"@type": "Organization", "name": name, "url": absolute(request, obj.get_absolute_url())}


def company(obj: Company, request) -> list[dict]:
    organisation = {
        "@context": CONTEXT,
        "@type": "Organization",
        "name": obj.name,
        "url": absolute(request, obj.get_absolute_url()),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": obj.street,
            "postalCode": obj.postal_code,
            "addressLocality": obj.city,
            "addressCountry": obj.country,
        },
        "memberOf": [
            organisation_reference(request, membership.network, text(membership.network, "name"))
            for membership in obj.memberships.select_related("network")
        ],
    }
    if description := text(obj, "description"):
        organisation["description"] = description
    if obj.website:
        organisation["sameAs"] = obj.website
    # The company's public contact, exactly as its page shows it.
    if obj.email and obj.show_email:  # as on the page: only where the company chose so
        organisation["email"] = obj.email
    if obj.phone:
        organisation["telephone"] = obj.phone
    if obj.founded_year:
        organisation["foundingDate"] = str(obj.founded_year)
    crumbs = [
        home_crumb(),
        (_("Member companies"), reverse("network:company-list")),
        (obj.name, None),
    ]
    return [organisation, breadcrumb_list(request, crumbs)]


def network(obj: Network, request) -> list[dict]:
    members = Company.objects.public().filter(memberships__network=obj).order_by("name")
    organisation = {
        "@context": CONTEXT,
        "@type": "Organization",
        "name": text(obj, "name"),
        "url": absolute(request, obj.get_absolute_url()),
        "member": [organisation_reference(request, member, member.name) for member in members]
        + [
            organisation_reference(request, child, text(child, "name"))
            for child in obj.member_networks.all()
        ],
        "areaServed": [text(region, "name") for region in obj.regions.all()],
    }
    if description := text(obj, "description"):
        organisation["description"] = description
    if obj.parent:
        organisation["memberOf"] = organisation_reference(
            request, obj.parent, text(obj.parent, "name")
        )
    if obj.website:
        organisation["sameAs"] = obj.website
    crumbs = [home_crumb(), (_("Networks"), reverse("network:network-list"))]
    if obj.parent:
        crumbs.append((text(obj.parent, "name"), obj.parent.get_absolute_url()))
    crumbs.append((text(obj, "name"), None))
    return [organisation, breadcrumb_list(request, crumbs)]


BUILDERS = {Company: company, Network: network}
