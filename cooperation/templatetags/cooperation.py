"""What other apps' pages show of this app, without importing it: the contact forms of a
network and a member company, and the approved cooperations of a company, a study trip or
a good-practice case.

`network`, `studytrips` and `goodpractice` do not import this app: their pages include
templates of `cooperation/includes/` that call these tags.
"""

from django import template
from django.urls import reverse

from cooperation.forms import CompanyContactForm, NetworkContactForm
from cooperation.models import Cooperation

register = template.Library()


@register.inclusion_tag("cooperation/includes/network_contact_form.html", takes_context=True)
def network_contact_form(context, network):
    coordinator = network.coordinator
    form = None
    if coordinator is not None and coordinator.email:
        action = reverse("cooperation:network-contact", kwargs={"slug": network.slug})
        form = NetworkContactForm(form_action=action)
    return {"network": network, "form": form, "csrf_token": context.get("csrf_token")}


@register.inclusion_tag("cooperation/includes/company_contact_form.html", takes_context=True)
def company_contact_form(context, company):
    form = None
    if company.email and company.is_published:
        action = reverse("cooperation:company-contact", kwargs={"slug": company.slug})
        form = CompanyContactForm(form_action=action)
    return {"company": company, "form": form, "csrf_token": context.get("csrf_token")}


def _listing(**condition):
    """Approved cooperations of two countries at least, newest first."""
    cooperations = Cooperation.objects.cross_border().filter(**condition).for_listing()
    return list(cooperations.distinct().order_by("-started_on", "-pk"))


@register.inclusion_tag("cooperation/includes/cooperation_list.html")
def company_cooperations(company):
    """The approved cross-border cooperations the company takes part in."""
    return {"cooperations": _listing(partners__company=company), "context": "company"}


@register.inclusion_tag("cooperation/includes/cooperation_list.html")
def trip_cooperations(trip):
    """ "What came of it": the approved cooperations that grew out of the trip."""
    return {"cooperations": _listing(trip=trip), "context": "trip"}


@register.inclusion_tag("cooperation/includes/cooperation_list.html")
def case_cooperations(case):
    """The approved cooperations that adopted the good-practice case."""
    return {"cooperations": _listing(case=case), "context": "case"}
