"""The public forms that report a cooperation: anyone's report, and a trip's follow-up answer.

Both end in a `Cooperation` waiting for a partner's approval: nothing of it is shown before.
"""

from datetime import date

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cooperation.forms import PublicFormMixin, one_line_text, refuse_control_characters
from cooperation.models import Cooperation, CooperationPost, normalize_email
from network.models import Country
from studytrips.models import StudyTrip

EARLIEST_START = date(1990, 1, 1)


def date_input() -> forms.DateInput:
    return forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})


class CooperationFieldsMixin:
    """The checks shared by both forms: two countries, dates in order and not in the future."""

    def clean_partner_name(self):
        return one_line_text(self.cleaned_data.get("partner_name", ""))

    def clean_description(self):
        return refuse_control_characters(self.cleaned_data.get("description", ""))

    def check_cooperation(self, data: dict) -> dict:
        today = timezone.localdate()
        started_on, ended_on = data.get("started_on"), data.get("ended_on")
        if started_on and not EARLIEST_START <= started_on <= today:
            self.add_error("started_on", _("Please give a date between 1990 and today."))
        if ended_on and ended_on > today:
            self.add_error("ended_on", _("Please give a date that is not in the future."))
        if started_on and ended_on and ended_on < started_on:
            self.add_error("ended_on", _("A cooperation cannot end before it started."))
        if data.get("own_country") and data.get("own_country") == data.get("partner_country"):
            self.add_error(
                "partner_country",
                _(
                    "The portal records cooperations across a border: the partner's country "
                    "must differ from yours."
                ),
            )
        return data


def cooperation_fields() -> dict:
    return {
        "own_country": forms.ChoiceField(
            label=_("Country of your organisation"), choices=Country.choices
        ),
        "partner_name": forms.CharField(label=_("Partner organisation"), max_length=200),
        "partner_country": forms.ChoiceField(
            label=_("Country of the partner organisation"), choices=Country.choices
        ),
        "kind": forms.ChoiceField(
            label=_("Type of cooperation"), choices=CooperationPost.Type.choices
        ),
        "started_on": forms.DateField(label=_("Started on"), widget=date_input()),
        "ended_on": forms.DateField(
            label=_("Ended on"),
            required=False,
            widget=date_input(),
            help_text=_("Leave empty while the cooperation lasts."),
        ),
        "description": forms.CharField(
            label=_("What do you do together?"),
            required=False,
            max_length=3000,
            widget=forms.Textarea(attrs={"rows": 4}),
        ),
    }


class CooperationReportForm(CooperationFieldsMixin, PublicFormMixin, forms.Form):
    """Anyone's report of a cooperation across the border; a partner approves it first."""

    submit_label = _("Report the cooperation")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(
            {
                "name": forms.CharField(label=_("Your name"), max_length=150),
                "email": forms.EmailField(
                    label=_("Your e-mail address"),
                    help_text=_("Only for questions about your report; never shown."),
                ),
                "organisation": forms.CharField(
                    label=_("Your company or organisation"), max_length=200
                ),
                **cooperation_fields(),
                "origin": forms.ChoiceField(
                    label=_("How did it come about?"), choices=Cooperation.Origin.choices
                ),
                "trip": forms.ModelChoiceField(
                    label=_("Study trip"),
                    required=False,
                    queryset=StudyTrip.objects.public().order_by("-start_date"),
                    help_text=_("If it came about through a study trip: which one."),
                ),
                "consent": forms.BooleanField(
                    label=_(
                        "I agree that REGIONET aktív stores these details, and that the "
                        "project partners check and publish the cooperation (the names of the "
                        "organisations, never mine or my address)."
                    ),
                    error_messages={
                        "required": _("Without your consent we cannot record the cooperation.")
                    },
                ),
            }
        )
        self.add_honeypot_and_layout()

    def clean_name(self):
        return one_line_text(self.cleaned_data["name"])

    def clean_organisation(self):
        return one_line_text(self.cleaned_data["organisation"])

    def clean_email(self):
        return normalize_email(self.cleaned_data["email"])

    def clean(self):
        data = self.check_cooperation(super().clean())
        if data.get("origin") == Cooperation.Origin.TRIP and not data.get("trip"):
            self.add_error("trip", _("Please choose the study trip."))
        return data


class FollowUpForm(CooperationFieldsMixin, forms.Form):
    """The question of a trip's follow-up; the cooperation's fields only matter after a yes."""

    started = forms.TypedChoiceField(
        label=_("Did you start a cooperation with someone you met on the trip?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        widget=forms.RadioSelect,
        coerce=lambda value: value == "yes",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(cooperation_fields())
        for name in ("own_country", "partner_name", "partner_country", "kind", "started_on"):
            self.fields[name].required = False
        self.helper = FormHelper()
        self.helper.form_method = "post"
        self.helper.add_input(Submit("submit", _("Send the answer"), css_class="btn-lg"))

    def clean(self):
        data = super().clean()
        if data.get("started"):
            for name in ("own_country", "partner_name", "partner_country", "kind", "started_on"):
                if not data.get(name) and name not in self.errors:
                    self.add_error(name, _("Please fill this in too."))
            self.check_cooperation(data)
        return data
