from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Layout, Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from core.spam import HONEYPOT_FIELD, honeypot_field
from studytrips.models import Registration, StudyTrip, normalize_email

# What a participant tells about themselves: the public form, the admin form, the export.
PARTICIPANT_FIELDS = [
    "name",
    "email",
    "organisation",
    "phone",
    "preferred_language",
    "needs_interpreting",
]


class RegistrationForm(forms.ModelForm):
    """The public registration form; the service decides confirmed or waiting list."""

    consent = forms.BooleanField(
        label=_(
            "I agree that REGIONET aktív stores and uses my details to organise this study trip "
            "and to contact me about it."
        ),
        error_messages={"required": _("Without your consent we cannot register you.")},
    )

    class Meta:
        model = Registration
        fields = PARTICIPANT_FIELDS
        labels = {
            "name": _("Your name"),
            "email": _("E-mail"),
            "organisation": _("Company or organisation"),
            "phone": _("Phone"),
            "preferred_language": _("Language for e-mails and on the trip"),
            "needs_interpreting": _("I need interpreting (German ⇄ Hungarian)"),
        }
        error_messages = {
            "preferred_language": {"invalid_choice": _("Please choose Deutsch or Magyar.")},
        }
        widgets = {
            "preferred_language": forms.RadioSelect,
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        }

    def __init__(self, *args, trip: StudyTrip, waiting_list: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.trip = trip
        # The consent version is stored with the registration and shown in the admin only.
        self.fields["consent"].help_text = _(
            "You can cancel at any time with the link in the confirmation e-mail."
        )
        self.fields[HONEYPOT_FIELD] = honeypot_field()
        self.helper = FormHelper()
        self.helper.form_method = "post"
        visible = [name for name in self.fields if name != HONEYPOT_FIELD]
        self.helper.layout = Layout(
            *visible, Div(HONEYPOT_FIELD, css_class="visually-hidden", aria_hidden="true")
        )
        label = _("Join the waiting list") if waiting_list else _("Register")
        self.helper.add_input(Submit("submit", label, css_class="btn-lg"))

    def clean_email(self):
        email = normalize_email(self.cleaned_data["email"])
        # A registration still waiting for its address to be confirmed is not "already
        # registered": registering again sends its link again.
        already = (
            Registration.objects.filter(trip=self.trip, email=email, hold_expires_at__isnull=True)
            .exclude(status=Registration.Status.CANCELLED)
            .exists()
        )
        if already:
            raise forms.ValidationError(already_registered_message(), code="duplicate")
        return email


def already_registered_message() -> str:
    return _(
        "This e-mail address is already registered for this trip. "
        "The confirmation e-mail contains a link to cancel."
    )
