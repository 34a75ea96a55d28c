"""The form that reaches a network's coordinator, for the network's page.

The network app does not import this app: its page includes
`cooperation/includes/network_contact.html`, which calls this tag.
"""

from django import template
from django.urls import reverse

from cooperation.forms import NetworkContactForm

register = template.Library()


@register.inclusion_tag("cooperation/includes/network_contact_form.html", takes_context=True)
def network_contact_form(context, network):
    coordinator = network.coordinator
    form = None
    if coordinator is not None and coordinator.email:
        action = reverse("cooperation:network-contact", kwargs={"slug": network.slug})
        form = NetworkContactForm(form_action=action)
    return {"network": network, "form": form, "csrf_token": context.get("csrf_token")}
