from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import override
from django.views import View
from django.views.generic import DetailView, FormView

from cooperation.alerts import alerts_switch_off
from cooperation.filters import CooperationPostFilter
from cooperation.forms import (
    CompanyContactForm,
    CooperationPostForm,
    ExtendForm,
    InterestForm,
    NetworkContactForm,
)
from cooperation.matching import matches_for
from cooperation.models import CooperationPost
from cooperation.services import (
    contact_request_create,
    post_confirm,
    post_create,
    post_extend,
)
from cooperation.tokens import read_alerts_off_token, read_confirm_token, read_extend_token
from core.i18n import CanonicalSlugMixin, active_language
from core.listing import FilteredListView
from core.signing import ExpiredLink, InvalidLink, UsedLink, site_base_url
from core.spam import SpamProtectedFormMixin
from network.models import Company, Network


class MessageFormMixin(SpamProtectedFormMixin):
    """A public form whose submission is a message forwarded by the portal."""

    def forward_message(self, form, *, to) -> None:
        """A message form's submission, kept and forwarded to a post's author or a network."""
        data = form.cleaned_data
        contact_request_create(
            to=to,
            name=data["name"],
            email=data["email"],
            organisation=data["organisation"],
            message=data["message"],
            language=active_language(),
            consent_version=settings.COOPERATION_CONSENT_VERSION,
            ip_hash=self.ip_hash,
            base_url=site_base_url(self.request),
        )


class PostListView(FilteredListView):
    model = CooperationPost
    filterset_class = CooperationPostFilter
    template_name = "cooperation/post_list.html"
    context_object_name = "posts"

    def get_base_queryset(self):
        return CooperationPost.objects.public().for_listing().order_by("-created", "-pk")


class PostCreateView(SpamProtectedFormMixin, FormView):
    """The public form for an offer or a request."""

    template_name = "cooperation/post_form.html"
    form_class = CooperationPostForm

    def get_initial(self):
        return {
            "language": active_language(),
            "expires_on": timezone.localdate() + timedelta(days=90),
        }

    def post(self, request, *args, **kwargs):
        return self.handle_submission(
            self.get_form(),
            success_url=reverse("cooperation:post-list"),
            success_message=_(
                "Thank you! Please confirm your post with the link in the e-mail we have just "
                "sent you. The project partners then review it before it appears here."
            ),
        )

    def render_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def save_submission(self, form):
        data = form.cleaned_data
        post_create(
            kind=data["kind"],
            cooperation_type=data["cooperation_type"],
            title=data["title"],
            text=data["text"],
            sector=data["sector"],
            region=data["region"],
            languages=data["languages"],
            company=data["company"],
            contact_name=data["contact_name"],
            contact_email=data["contact_email"],
            language=data["language"],
            expires_on=data["expires_on"],
            consent_version=settings.COOPERATION_CONSENT_VERSION,
            ip_hash=self.ip_hash,
            base_url=site_base_url(self.request),
        )


class PostDetailView(MessageFormMixin, DetailView):
    """A post on its canonical address (id and slug), with the "express interest" form."""

    model = CooperationPost
    template_name = "cooperation/post_detail.html"
    context_object_name = "cooperation_post"

    def get_queryset(self):
        posts = CooperationPost.objects.for_listing().filter(pk=self.kwargs["pk"])
        return posts.visible_to(self.request.user)

    def get_object(self, queryset=None):
        return get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])

    def redirect_if_not_canonical(self):
        canonical = self.object.get_absolute_url()
        if self.request.path != canonical:
            return HttpResponsePermanentRedirect(canonical)
        return None

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        return self.redirect_if_not_canonical() or self.render_page(self.interest_form())

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        if not self.object.is_public():
            raise Http404("Only public posts take messages.")
        return self.handle_submission(
            self.interest_form(data=request.POST),
            success_url=self.object.get_absolute_url(),
            success_message=_(
                "Thank you! Your message has been forwarded to the author of this post, who "
                "will answer you directly."
            ),
        )

    def interest_form(self, data=None):
        return InterestForm(data=data, form_action=self.object.get_absolute_url() + "#interest")

    def render_page(self, form, status=200):
        context = self.get_context_data(object=self.object, interest_form=form)
        context["is_preview"] = not self.object.is_public()
        if not context["is_preview"]:
            context["matches"] = matches_for(self.object)
        response = self.render_to_response(context, status=status)
        if context["is_preview"]:
            response["X-Robots-Tag"] = "noindex, nofollow"
            patch_cache_control(response, private=True, no_store=True)
        return response

    def render_invalid(self, form):
        return self.render_page(form, status=400)

    def save_submission(self, form):
        self.forward_message(form, to=self.object)


class PostShortLinkView(View):
    """/…/<id>/ without a slug: 301 to the post's canonical address."""

    def get(self, request, pk):
        post = get_object_or_404(CooperationPost.objects.public(), pk=pk)
        return HttpResponsePermanentRedirect(post.get_absolute_url())


class SignedLinkView(View):
    """A page reached from a signed link in an e-mail: GET asks, POST acts."""

    template_name = ""
    link_problem_messages = {}
    # The name of the link's object on the view and in the template.
    link_object_name = "cooperation_post"

    def read_token(self, token):
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        try:
            setattr(self, self.link_object_name, self.read_token(kwargs["token"]))
        except ExpiredLink:
            return self.render_page(problem=self.link_problem_messages["expired"], status=400)
        except UsedLink:
            return self.render_page(problem=self.link_problem_messages["used"], status=400)
        except InvalidLink:
            return self.render_page(problem=self.link_problem_messages["invalid"], status=400)
        return super().dispatch(request, *args, **kwargs)

    def render_page(self, status=200, **context):
        name = self.link_object_name
        context.setdefault(name, getattr(self, name, None))
        return render(self.request, self.template_name, {"view": self, **context}, status=status)


class PostConfirmView(SignedLinkView):
    """Double opt-in: the author confirms the address the post was submitted with."""

    template_name = "cooperation/post_confirm.html"

    @property
    def link_problem_messages(self):
        return {
            "expired": _(
                "This confirmation link has expired. Please submit your post again; "
                "the new e-mail contains a new link."
            ),
            "used": _("This confirmation link is not valid."),
            "invalid": _("This confirmation link is not valid."),
        }

    def read_token(self, token):
        return read_confirm_token(token)

    def get(self, request, *args, **kwargs):
        return self.render_page()

    def post(self, request, *args, **kwargs):
        post_confirm(post=self.cooperation_post, base_url=site_base_url(request))
        return self.render_page(just_confirmed=True)


class PostExtendView(SignedLinkView):
    """From the reminder e-mail: keep a post online longer (at most 12 months from today)."""

    template_name = "cooperation/post_extend.html"

    @property
    def link_problem_messages(self):
        return {
            "expired": _("This link has expired. You are welcome to submit your post again."),
            "used": _("This link has been used already: the post was extended."),
            "invalid": _("This link is not valid."),
        }

    def read_token(self, token):
        post = read_extend_token(token)
        if post.status == CooperationPost.Status.REJECTED or not post.is_confirmed:
            raise InvalidLink
        return post

    def get(self, request, *args, **kwargs):
        return self.render_page(form=ExtendForm())

    def post(self, request, *args, **kwargs):
        form = ExtendForm(data=request.POST)
        if not form.is_valid():
            return self.render_page(form=form, status=400)
        post_extend(post=self.cooperation_post, expires_on=form.cleaned_data["expires_on"])
        messages.success(
            request,
            _("Thank you! Your post stays online until %(date)s.")
            % {"date": date_format(self.cooperation_post.expires_on, "DATE_FORMAT")},
        )
        if self.cooperation_post.is_public():
            return HttpResponseRedirect(self.cooperation_post.get_absolute_url())
        return HttpResponseRedirect(reverse("cooperation:post-list"))


class NetworkContactView(MessageFormMixin, View):
    """The form that reaches a network's coordinator (also shown on the network's page)."""

    template_name = "cooperation/network_contact.html"
    get_object = CanonicalSlugMixin.get_object

    def get_queryset(self):
        return (
            Network.objects.select_related("coordinator")
            .filter(coordinator__isnull=False)
            .exclude(coordinator__email="")
        )

    def dispatch(self, request, *args, **kwargs):
        self.network = self.get_object()
        return super().dispatch(request, *args, **kwargs)

    def alternate_url(self, language: str) -> str | None:
        with override(language):
            return reverse("cooperation:network-contact", kwargs={"slug": self.network.slug})

    def form(self, data=None):
        return NetworkContactForm(data=data, form_action=self.alternate_url(active_language()))

    def render_page(self, form, status=200):
        context = {"view": self, "network": self.network, "form": form}
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, *args, **kwargs):
        canonical = self.alternate_url(active_language())
        if request.path != canonical:
            return HttpResponsePermanentRedirect(canonical)
        return self.render_page(self.form())

    def post(self, request, *args, **kwargs):
        return self.handle_submission(
            self.form(data=request.POST),
            success_url=self.network.get_absolute_url(),
            success_message=_(
                "Thank you! Your message has been forwarded to the network's coordinator, who "
                "will answer you directly."
            ),
        )

    def render_invalid(self, form):
        return self.render_page(form, status=400)

    def save_submission(self, form):
        self.forward_message(form, to=self.network)


class AlertsOffView(SignedLinkView):
    """From a match alert: no more alerts for this post (GET asks, POST switches them off)."""

    template_name = "cooperation/alerts_off.html"

    @property
    def link_problem_messages(self):
        return {
            "expired": _("This link has expired. Nothing has been changed."),
            "used": _("The e-mails about new matches for this post are already switched off."),
            "invalid": _("This link is not valid. Nothing has been changed."),
        }

    def read_token(self, token):
        return read_alerts_off_token(token)

    def get(self, request, *args, **kwargs):
        return self.render_page()

    def post(self, request, *args, **kwargs):
        alerts_switch_off(post=self.cooperation_post)
        return self.render_page(switched_off=True)


class CompanyContactView(MessageFormMixin, View):
    """The form that reaches a member company (also shown on its page); the address is never
    shown or passed on."""

    template_name = "cooperation/company_contact.html"

    def dispatch(self, request, *args, **kwargs):
        self.company = get_object_or_404(
            Company.objects.public().exclude(email=""), slug=kwargs["slug"]
        )
        return super().dispatch(request, *args, **kwargs)

    def form(self, data=None):
        action = reverse("cooperation:company-contact", kwargs={"slug": self.company.slug})
        return CompanyContactForm(data=data, form_action=action)

    def render_page(self, form, status=200):
        context = {"view": self, "company": self.company, "form": form}
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, *args, **kwargs):
        return self.render_page(self.form())

    def post(self, request, *args, **kwargs):
        return self.handle_submission(
            self.form(data=request.POST),
            success_url=self.company.get_absolute_url(),
            success_message=_(
                "Thank you! Your message has been forwarded to the company, which will answer "
                "you directly."
            ),
        )

    def render_invalid(self, form):
        return self.render_page(form, status=400)

    def save_submission(self, form):
        self.forward_message(form, to=self.company)
