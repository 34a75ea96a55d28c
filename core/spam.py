"""Spam protection for every public form: a honeypot field and hourly limits per address and client.

The limits count the rows stored in the last hour by every model that inherits
`SpamCounted` (cooperation posts, contact requests, trip registrations together), so they
hold across every app server without a shared cache. The client is kept only as a keyed
hash of its IP address (`core.client.client_ip`, which knows the trusted proxies).
"""

from datetime import timedelta

from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.db import models
from django.http import HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.client import client_ip

HONEYPOT_FIELD = "homepage"


class SpamCounted(models.Model):
    """A row made by a public form; counted for the hourly limits by address and by client."""

    # A keyed hash of the client's IP address, only for the hourly spam limit.
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)

    # The field holding the submitter's (normalised) e-mail address, and the time of the row.
    spam_email_field = "email"
    spam_time_field = "created"

    class Meta:
        abstract = True


def client_hash(request) -> str:
    ip = client_ip(request)
    if not ip:
        return ""
    return salted_hmac("cooperation.spam.client", ip, algorithm="sha256").hexdigest()[:40]


def honeypot_field() -> forms.CharField:
    """Bots fill every field; people never see this one (the layout hides it)."""
    return forms.CharField(
        label=gettext_lazy("Please leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )


def honeypot_filled(request) -> bool:
    return bool(request.POST.get(HONEYPOT_FIELD, "").strip())


def _counted_models() -> list[type[SpamCounted]]:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, SpamCounted) and not model._meta.abstract
    ]


def over_hourly_limit(*, email: str, ip_hash: str) -> bool:
    """True when this address or client has sent as many submissions as allowed this hour."""
    since = timezone.now() - timedelta(hours=1)
    email = (email or "").strip().lower()
    counted = _counted_models()

    def count(**lookup) -> int:
        total = 0
        for model in counted:
            recent = {f"{model.spam_time_field}__gte": since}
            lookup_here = {
                (model.spam_email_field if key == "email" else key): value
                for key, value in lookup.items()
            }
            total += model._default_manager.filter(**lookup_here, **recent).count()
        return total

    if count(email=email) >= settings.SPAM_LIMIT_PER_EMAIL_PER_HOUR:
        return True
    if not ip_hash:
        return False
    return count(ip_hash=ip_hash) >= settings.SPAM_LIMIT_PER_IP_PER_HOUR


class SpamProtectedFormMixin:
    """POST handling shared by the public forms: honeypot, validation, hourly limits.

    A filled honeypot gets the same answer as a real submission, so a bot learns nothing,
    but nothing is stored or sent. Over the hourly limit: the form again with what was
    typed and the reason, status 429; nothing stored or sent.
    """

    def handle_submission(self, form, *, success_url: str, success_message: str):
        if honeypot_filled(self.request):
            messages.success(self.request, success_message)
            return HttpResponseRedirect(success_url)
        if not form.is_valid():
            return self.render_invalid(form)
        email_field = "contact_email" if "contact_email" in form.cleaned_data else "email"
        self.ip_hash = client_hash(self.request)
        if over_hourly_limit(email=form.cleaned_data[email_field], ip_hash=self.ip_hash):
            return self.render_over_limit(form)
        answer = self.save_submission(form)
        if isinstance(answer, HttpResponse):
            return answer
        messages.success(self.request, success_message)
        return HttpResponseRedirect(success_url)

    def render_invalid(self, form):
        """The page again with the form's messages, status 400."""
        raise NotImplementedError

    def render_over_limit(self, form):
        """The page again with the text as typed and why it was not sent, status 429."""
        form.add_error(
            None,
            " ".join(
                [
                    _(
                        "Several messages have been sent with this e-mail address or from "
                        "this connection within the last hour. To protect the people on this "
                        "portal from spam, please wait an hour before you send another one."
                    ),
                    _("Nothing of this submission has been stored or sent."),
                ]
            ),
        )
        response = self.render_invalid(form)
        response.status_code = 429
        response["Retry-After"] = "3600"
        return response

    def save_submission(self, form) -> HttpResponse | None:
        """Store the cleaned submission (through a service, which also mails).

        May answer itself (e.g. a form error found while saving); None gives the success
        message and the redirect.
        """
        raise NotImplementedError
