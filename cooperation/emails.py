"""E-mails of the cooperation exchange, each in plain text and HTML, in its recipient's language.

Addresses typed into the public forms go only into To (the author's own confirmation) or
Reply-To (the interested person's, so the author can answer): the sender is always the portal.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, mail_managers
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cooperation.models import ContactRequest, CooperationPost
from cooperation.tokens import make_confirm_token, make_extend_token
from core.mail import absolute_url, build_email, one_line


def coordinator_language(contact_request: ContactRequest) -> str:
    """Coordinators in Hungary read Hungarian, everyone else German (the default)."""
    network = contact_request.network
    coordinator = network.coordinator if network else None
    return "hu" if coordinator is not None and coordinator.country == "HU" else "de"


def company_language(company) -> str:
    """Companies in Hungary read Hungarian, everyone else German (the default)."""
    return "hu" if company.country == "HU" else "de"


def _build(*, template: str, context: dict, language: str, **message) -> EmailMultiAlternatives:
    context = {**context, "language": language, "site_name": "REGIONET aktív"}
    return build_email(template=f"cooperation/email/{template}", context=context, **message)


def build_confirmation_email(*, post: CooperationPost, base_url: str) -> EmailMultiAlternatives:
    """Double opt-in: the link that confirms the author's address."""
    with translation.override(post.language):
        path = reverse("cooperation:post-confirm", kwargs={"token": make_confirm_token(post)})
        max_days = settings.COOPERATION_CONFIRM_LINK_MAX_AGE // (24 * 60 * 60)
        return _build(
            template="confirm",
            context={"post": post, "confirm_url": absolute_url(base_url, path), "days": max_days},
            language=post.language,
            subject=_("Please confirm your post on the cooperation exchange: “%(title)s”")
            % {"title": post.title},
            to=[post.contact_email],
        )


def build_review_email(*, post: CooperationPost, base_url: str) -> EmailMultiAlternatives:
    """The partners' decision: the post is online, or it could not be published."""
    approved = post.status == CooperationPost.Status.APPROVED
    with translation.override(post.language):
        if approved:
            subject = _("Your post “%(title)s” is now on the cooperation exchange")
        else:
            subject = _("Your post “%(title)s” could not be published")
        context = {
            "post": post,
            "approved": approved,
            "post_url": absolute_url(base_url, post.get_absolute_url()),
            "expires_on": date_format(post.expires_on, "DATE_FORMAT"),
        }
        return _build(
            template="review",
            context=context,
            language=post.language,
            subject=subject % {"title": post.title},
            to=[post.contact_email],
        )


def build_reminder_email(*, post: CooperationPost, base_url: str) -> EmailMultiAlternatives:
    """A week before the post expires: a link to keep it online longer."""
    with translation.override(post.language):
        path = reverse("cooperation:post-extend", kwargs={"token": make_extend_token(post)})
        expires_on = date_format(post.expires_on, "DATE_FORMAT")
        return _build(
            template="reminder",
            context={
                "post": post,
                "extend_url": absolute_url(base_url, path),
                "post_url": absolute_url(base_url, post.get_absolute_url()),
                "expires_on": expires_on,
            },
            language=post.language,
            subject=_("Your post “%(title)s” expires on %(date)s")
            % {"title": post.title, "date": expires_on},
            to=[post.contact_email],
        )


def build_interest_email(
    *, contact_request: ContactRequest, base_url: str
) -> EmailMultiAlternatives:
    """An interested person's message to the author; replying reaches that person directly."""
    post = contact_request.post
    with translation.override(post.language):
        return _build(
            template="interest",
            context={
                "post": post,
                "contact": contact_request,
                "post_url": absolute_url(base_url, post.get_absolute_url()),
            },
            language=post.language,
            subject=_("Interest in your post “%(title)s”") % {"title": post.title},
            to=[post.contact_email],
            reply_to=[contact_request.email],
        )


def build_network_contact_email(
    *, contact_request: ContactRequest, base_url: str
) -> EmailMultiAlternatives:
    """A message to a network's coordinator; replying reaches the sender directly."""
    network = contact_request.network
    language = coordinator_language(contact_request)
    with translation.override(language):
        name = network.name
        return _build(
            template="network_contact",
            context={
                "network": network,
                "network_name": name,
                "contact": contact_request,
                "network_url": absolute_url(base_url, network.get_absolute_url()),
            },
            language=language,
            subject=_("Message for %(network)s via REGIONET aktív") % {"network": name},
            to=[network.coordinator.email],
            reply_to=[contact_request.email],
        )


def build_company_contact_email(
    *, contact_request: ContactRequest, base_url: str
) -> EmailMultiAlternatives:
    """A message to a member company; replying reaches the sender directly."""
    company = contact_request.company
    language = company_language(company)
    with translation.override(language):
        return _build(
            template="company_contact",
            context={
                "company": company,
                "contact": contact_request,
                "company_url": absolute_url(base_url, company.get_absolute_url()),
            },
            language=language,
            subject=_("Message for %(company)s via REGIONET aktív") % {"company": company.name},
            to=[company.email],
            reply_to=[contact_request.email],
        )


def send_confirmation_email(*, post_id: int, base_url: str) -> None:
    post = CooperationPost.objects.filter(pk=post_id).first()
    if post is not None and not post.is_confirmed:
        build_confirmation_email(post=post, base_url=base_url).send()


def send_review_email(*, post_id: int, base_url: str) -> None:
    post = CooperationPost.objects.filter(pk=post_id).first()
    if post is not None and post.status != CooperationPost.Status.PENDING:
        build_review_email(post=post, base_url=base_url).send()


def send_contact_request(*, contact_request_id: int, base_url: str) -> None:
    """Forward a stored contact request to its recipient and note when it went out."""
    contact_request = (
        ContactRequest.objects.select_related("post", "network__coordinator", "company")
        .filter(pk=contact_request_id, forwarded_at__isnull=True)
        .first()
    )
    if contact_request is None:
        return
    if contact_request.kind == ContactRequest.Kind.INTEREST:
        if contact_request.post is None:
            return
        message = build_interest_email(contact_request=contact_request, base_url=base_url)
    elif contact_request.kind == ContactRequest.Kind.COMPANY:
        if contact_request.company is None or not contact_request.company.email:
            return
        message = build_company_contact_email(contact_request=contact_request, base_url=base_url)
    else:
        network = contact_request.network
        if network is None or network.coordinator is None or not network.coordinator.email:
            return
        message = build_network_contact_email(contact_request=contact_request, base_url=base_url)
    message.send()
    ContactRequest.objects.filter(pk=contact_request.pk).update(forwarded_at=timezone.now())


def notify_moderators(*, post_id: int, base_url: str) -> None:
    """Tell the partners (settings.MANAGERS) that a confirmed post waits for their review."""
    post = CooperationPost.objects.filter(pk=post_id).first()
    if post is None or not settings.MANAGERS:
        return
    with translation.override(settings.LANGUAGE_CODE):
        admin_url = absolute_url(
            base_url, reverse("admin:cooperation_cooperationpost_change", args=[post.pk])
        )
        subject = _("New cooperation post to review: “%(title)s”") % {"title": post.title}
        body = render_to_string(
            "cooperation/email/moderation.txt", {"post": post, "admin_url": admin_url}
        )
    mail_managers(one_line(subject), body)
