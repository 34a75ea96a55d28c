"""Public pages that report a cooperation: the report form and a trip's follow-up answer."""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import FormView

from cooperation.record_forms import CooperationReportForm, FollowUpForm
from cooperation.records import cooperation_report_create, follow_up_answer
from cooperation.tokens import read_follow_up_token
from cooperation.views import SignedLinkView, SpamProtectedFormMixin
from core.signing import UsedLink


class CooperationReportView(SpamProtectedFormMixin, FormView):
    """Anyone can report a cross-border cooperation; a partner approves it before it shows."""

    template_name = "cooperation/cooperation_report.html"
    form_class = CooperationReportForm

    def post(self, request, *args, **kwargs):
        return self.handle_submission(
            self.get_form(),
            success_url=reverse("cooperation:cooperation-report"),
            success_message=_(
                "Thank you! The project partners check your report; the cooperation appears "
                "on the portal once they have approved it."
            ),
        )

    def render_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def save_submission(self, form):
        data = form.cleaned_data
        cooperation_report_create(
            name=data["name"],
            email=data["email"],
            organisation=data["organisation"],
            own_country=data["own_country"],
            partner_name=data["partner_name"],
            partner_country=data["partner_country"],
            kind=data["kind"],
            started_on=data["started_on"],
            ended_on=data["ended_on"],
            origin=data["origin"],
            trip=data["trip"],
            description=data["description"],
            consent_version=settings.COOPERATION_CONSENT_VERSION,
            ip_hash=self.ip_hash,
        )


class FollowUpView(SignedLinkView):
    """From the follow-up mail after a study trip: one answer per link."""

    template_name = "cooperation/trip_follow_up.html"
    link_object_name = "follow_up"

    @property
    def link_problem_messages(self):
        return {
            "expired": _("This link has expired. Nothing has been changed."),
            "used": _("This question has been answered already. Thank you!"),
            "invalid": _("This link is not valid. Nothing has been changed."),
        }

    def read_token(self, token):
        return read_follow_up_token(token)

    def get(self, request, *args, **kwargs):
        return self.render_page(form=FollowUpForm())

    def post(self, request, *args, **kwargs):
        form = FollowUpForm(data=request.POST)
        if not form.is_valid():
            return self.render_page(form=form, status=400)
        try:
            cooperation = follow_up_answer(follow_up=self.follow_up, data=form.cleaned_data)
        except UsedLink:
            return self.render_page(problem=self.link_problem_messages["used"], status=400)
        return render(
            request,
            self.template_name,
            {
                "view": self,
                "follow_up": self.follow_up,
                "answered": True,
                "cooperation": cooperation,
            },
        )
