"""The public forms: a post, an interest in a post, a message to a network or a company; and
extending a post."""

import re
from datetime import date, timedelta

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Layout, Submit
from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from cooperation.models import ContactRequest, CooperationPost, normalize_email
from core.spam import HONEYPOT_FIELD, honeypot_field
from network.models import Region, Sector

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def refuse_control_characters(value: str) -> str:
    if CONTROL_CHARACTERS.search(value or ""):
        raise forms.ValidationError(
            _("The text contains characters that are not allowed."), code="control"
        )
    return value


def one_line_text(value: str) -> str:
    """Refuse line breaks and control characters in single-line fields (names, titles)."""
    refuse_control_characters(value)
    if "\n" in value or "\r" in value:
        raise forms.ValidationError(_("Please write this on one line."), code="line_break")
    return value


# A post says what is offered or sought; "hi" is not enough for anyone to answer.
MIN_TEXT_LENGTH = 30


class PublicFormMixin:
    """Crispy layout with an invisible honeypot field last, and the consent text's version."""

    submit_label = _("Send")
    consent_version_setting = "COOPERATION_CONSENT_VERSION"

    def add_honeypot_and_layout(self, form_action: str | None = None) -> None:
        self.fields[HONEYPOT_FIELD] = honeypot_field()
        self.helper = FormHelper()
        self.helper.form_method = "post"
        if form_action:
            self.helper.form_action = form_action
        visible = [name for name in self.fields if name != HONEYPOT_FIELD]
        self.helper.layout = Layout(
            *visible,
            # Bots fill every field; people never see this one (nor do screen readers).
            Div(HONEYPOT_FIELD, css_class="visually-hidden", aria_hidden="true"),
        )
        self.helper.add_input(Submit("submit", self.submit_label, css_class="btn-lg"))


def expiry_limits(today: date | None = None) -> tuple[date, date]:
    today = today or timezone.localdate()
    return today + timedelta(days=1), today + timedelta(days=settings.COOPERATION_POST_MAX_DAYS)


def clean_expiry(value: date) -> date:
    earliest, latest = expiry_limits()
    if value < earliest:
        raise forms.ValidationError(_("Please choose a date in the future."), code="past")
    if value > latest:
        raise forms.ValidationError(
            _("A post can stay online for at most 12 months: choose %(date)s or earlier."),
            code="too_late",
            params={"date": date_format(latest, "DATE_FORMAT")},
        )
    return value


def date_widget() -> forms.DateInput:
    earliest, latest = expiry_limits()
    return forms.DateInput(
        format="%Y-%m-%d",
        attrs={"type": "date", "min": earliest.isoformat(), "max": latest.isoformat()},
    )


class CooperationPostForm(PublicFormMixin, forms.ModelForm):
    """An entrepreneur's offer or request; stored unconfirmed until the e-mail link is used."""

    submit_label = _("Submit the post")

    consent = forms.BooleanField(
        label=_(
            "I agree that REGIONET aktív stores these details, publishes the post after a "
            "review and forwards messages from interested people to my e-mail address, which "
            "is never shown on the portal."
        ),
        error_messages={"required": _("Without your consent we cannot publish your post.")},
    )

    class Meta:
        model = CooperationPost
        fields = [
            "kind",
            "cooperation_type",
            "title",
            "text",
            "sector",
            "region",
            "languages",
            "company",
            "contact_name",
            "contact_email",
            "language",
            "expires_on",
        ]
        labels = {
            "kind": _("Do you offer something or are you looking for something?"),
            "cooperation_type": _("Type of cooperation"),
            "title": _("Title"),
            "text": _("Description"),
            "sector": _("Sector"),
            "region": _("Region"),
            "languages": _("Languages you speak"),
            "company": _("Company or organisation"),
            "contact_name": _("Your name"),
            "contact_email": _("Your e-mail address"),
            "language": _("Language of your post"),
            "expires_on": _("Show the post until"),
        }
        help_texts = {
            "title": _("One line that says what you offer or look for."),
            "text": _(
                "What you offer or look for, what kind of partner you want, and by when. "
                "Please do not put e-mail addresses or phone numbers here: interested "
                "people write to you through the portal."
            ),
            "contact_email": _(
                "We send a confirmation link to this address and forward messages of "
                "interested people to it. It is never shown on the portal."
            ),
            "language": _("We also write to you in this language."),
            "expires_on": _("At most 12 months from today. We remind you a week before."),
        }
        widgets = {
            "kind": forms.RadioSelect,
            "language": forms.RadioSelect,
            "text": forms.Textarea(attrs={"rows": 8}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "company": forms.TextInput(attrs={"autocomplete": "organization"}),
        }
        error_messages = {
            "kind": {"invalid_choice": _("Please choose offer or request.")},
            "language": {"invalid_choice": _("Please choose Deutsch or Magyar.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("sector", "region", "languages"):
            self.fields[name].required = True
        self.fields["sector"].queryset = Sector.objects.order_by("nace_code")
        self.fields["region"].queryset = Region.objects.alphabetical()
        self.fields["kind"].choices = CooperationPost.Kind.choices
        self.fields["expires_on"].widget = date_widget()
        self.add_honeypot_and_layout()

    def clean_title(self):
        return one_line_text(self.cleaned_data["title"])

    def clean_company(self):
        return one_line_text(self.cleaned_data["company"])

    def clean_contact_name(self):
        return one_line_text(self.cleaned_data["contact_name"])

    def clean_text(self):
        text = refuse_control_characters(self.cleaned_data["text"])
        if len(text.strip()) < MIN_TEXT_LENGTH:
            raise forms.ValidationError(
                _(
                    "Please describe what you offer or look for in at least %(min)d "
                    "characters, so that others can judge whether to write to you."
                ),
                code="too_short",
                params={"min": MIN_TEXT_LENGTH},
            )
        return text

    def clean_contact_email(self):
        return normalize_email(self.cleaned_data["contact_email"])

    def clean_expires_on(self):
        return clean_expiry(self.cleaned_data["expires_on"])


class ContactForm(PublicFormMixin, forms.ModelForm):
    """A message forwarded by e-mail: an interest in a post or a message to a network."""

    consent_label = ""
    message_help_text = ""

    consent = forms.BooleanField(
        error_messages={"required": _("Without your consent we cannot forward your message.")},
    )

    class Meta:
        model = ContactRequest
        fields = ["name", "email", "organisation", "message"]
        labels = {
            "name": _("Your name"),
            "email": _("Your e-mail address"),
            "organisation": _("Company or organisation"),
            "message": _("Your message"),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "message": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, form_action: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = self.consent_label
        self.fields["message"].help_text = self.message_help_text
        self.add_honeypot_and_layout(form_action)

    def clean_name(self):
        return one_line_text(self.cleaned_data["name"])

    def clean_organisation(self):
        return one_line_text(self.cleaned_data["organisation"])

    def clean_message(self):
        return refuse_control_characters(self.cleaned_data["message"])

    def clean_email(self):
        return normalize_email(self.cleaned_data["email"])


class InterestForm(ContactForm):
    submit_label = _("Send my interest")
    consent_label = _(
        "I agree that my message, my name and my e-mail address are forwarded to the author "
        "of this post and kept for the portal's administrators."
    )
    message_help_text = _("The author receives your message by e-mail and answers you directly.")


class NetworkContactForm(ContactForm):
    submit_label = _("Send the message")
    consent_label = _(
        "I agree that my message, my name and my e-mail address are forwarded to the "
        "network's coordinator and kept for the portal's administrators."
    )
    message_help_text = _(
        "The network's coordinator receives your message by e-mail and answers you directly."
    )


class CompanyContactForm(ContactForm):
    submit_label = _("Send the message")
    consent_label = _(
        "I agree that my message, my name and my e-mail address are forwarded to this "
        "company and kept for the portal's administrators."
    )
    message_help_text = _("The company receives your message by e-mail and answers you directly.")


class ExtendForm(forms.Form):
    expires_on = forms.DateField(label=_("Show the post until"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expires_on"].widget = date_widget()
        self.fields["expires_on"].help_text = _("At most 12 months from today.")
        self.helper = FormHelper()
        self.helper.form_method = "post"
        self.helper.add_input(Submit("submit", _("Extend the post"), css_class="btn-lg"))

    def clean_expires_on(self):
        return clean_expiry(self.cleaned_data["expires_on"])
