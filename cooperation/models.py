"""The cooperation exchange: entrepreneurs' offers and requests, and the messages that reach
their authors or a network's coordinator by e-mail (kept as ContactRequest for the admin).

E-mail fields are named `email` / `contact_email` and indexed: the privacy commands find a
person's data by address.
"""

from datetime import date, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cooperation.fields import LanguageListField
from core.publishing import PublicQuerySet
from core.search import SearchableModel
from core.spam import SpamCounted
from network.models import Network, Region, Sector


def normalize_email(email: str) -> str:
    """One spelling per address, so the spam limits count a person once whatever the case."""
    return (email or "").strip().lower()


class PostLanguage(models.TextChoices):
    """The language a post is written in, and of the e-mails to its author."""

    # Each language by its own name, as an author looks for it.
    DE = "de", "Deutsch"
    HU = "hu", "Magyar"


def optional_link(to, verbose_name, related_name: str) -> models.ForeignKey:
    """A link that may stay empty and is emptied when what it points to is deleted."""
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name=related_name,
    )


class PublicSubmission(SpamCounted):
    """What is kept of everything sent through a public form: the consent and the spam key."""

    # Nobody sees a submission before it is confirmed and reviewed: creating one leaves the
    # cached pages cached (core.cache), so posting a form cannot empty the page cache.
    public_when_created = False

    consent_at = models.DateTimeField(_("consent given at"))
    consent_version = models.CharField(_("version of the consent text"), max_length=40)

    class Meta:
        abstract = True


class CooperationPostQuerySet(PublicQuerySet):
    def public_condition(self, today: date | None = None) -> Q:
        """Confirmed by the author, approved by a partner and not expired."""
        return Q(
            confirmed_at__isnull=False,
            status=CooperationPost.Status.APPROVED,
            expires_on__gte=today or timezone.localdate(),
        )

    def public(self, today: date | None = None):
        return self.filter(self.public_condition(today))

    def due_for_reminder(self, today: date | None = None):
        """Public posts that expire within the reminder period and have had no reminder."""
        today = today or timezone.localdate()
        return self.public(today).filter(
            expires_on__lte=today + timedelta(days=settings.COOPERATION_REMINDER_DAYS),
            reminder_sent_at__isnull=True,
        )

    def for_listing(self):
        return self.select_related("sector", "region")


class CooperationPost(PublicSubmission, SearchableModel):
    """An offer or a request on the cooperation exchange; its author's address is never shown."""

    # Written in one language (`language`) and indexed in both: the site search finds it
    # from either language's pages, marked with the language it is written in.
    search_fields = {"A": ("title",), "B": ("text",), "C": ("company",)}

    class Kind(models.TextChoices):
        OFFER = "offer", pgettext_lazy("cooperation post", "Offer")
        REQUEST = "request", pgettext_lazy("cooperation post", "Request")

    class Type(models.TextChoices):
        SUPPLIER = "supplier", _("Supplier or subcontracting")
        JOINT_VENTURE = "joint_venture", _("Joint venture")
        JOINT_PROJECT = "joint_project", _("Joint project or innovation")
        KNOWLEDGE = "knowledge", _("Knowledge exchange")
        STUDY_VISIT = "study_visit", _("Hosting a study visit")

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    kind = models.CharField(_("offer or request"), max_length=10, choices=Kind.choices)
    cooperation_type = models.CharField(_("type"), max_length=20, choices=Type.choices)
    title = models.CharField(_("title"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=80, blank=True)
    text = models.TextField(_("text"), max_length=4000)
    sector = optional_link(Sector, _("sector"), "cooperation_posts")
    region = optional_link(Region, _("region"), "cooperation_posts")
    languages = LanguageListField(_("languages spoken"))
    company = models.CharField(_("company"), max_length=200)
    contact_name = models.CharField(_("contact person"), max_length=150)
    contact_email = models.EmailField(_("contact e-mail"), db_index=True)
    spam_email_field = "contact_email"
    language = models.CharField(
        _("language of the post"),
        max_length=2,
        choices=PostLanguage.choices,
        default=PostLanguage.DE,
        help_text=_("The language the post is written in; e-mails to the author use it too."),
    )
    expires_on = models.DateField(
        _("visible until"), help_text=_("The last day the post is shown.")
    )
    confirmed_at = models.DateTimeField(
        _("e-mail address confirmed at"), null=True, blank=True, editable=False
    )
    status = models.CharField(
        _("review"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    moderated_at = models.DateTimeField(_("reviewed at"), null=True, blank=True, editable=False)
    reminder_sent_at = models.DateTimeField(
        _("expiry reminder sent at"), null=True, blank=True, editable=False
    )
    created = models.DateTimeField(_("submitted at"), default=timezone.now, editable=False)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = CooperationPostQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("cooperation post")
        verbose_name_plural = _("cooperation posts")
        indexes = [
            models.Index(fields=["status", "expires_on"], name="post_status_expiry"),
            models.Index(fields=["ip_hash", "created"], name="post_ip_created"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.contact_email = normalize_email(self.contact_email)
        if not self.slug:
            self.slug = slugify(self.title)[:80].strip("-") or "post"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("cooperation:post-detail", kwargs={"pk": self.pk, "slug": self.slug})

    def search_language(self) -> str:
        """The language the title and text are in, whatever the page's language."""
        return self.language

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    def is_public(self, today: date | None = None) -> bool:
        return (
            self.is_confirmed
            and self.status == self.Status.APPROVED
            and self.expires_on >= (today or timezone.localdate())
        )

    def get_languages_display(self) -> list[str]:
        return self._meta.get_field("languages").labels(self.languages)


class ContactRequest(PublicSubmission):
    """A message to a network's coordinator or an interest in a post, forwarded by e-mail."""

    class Kind(models.TextChoices):
        NETWORK = "network", _("Message to a network")
        INTEREST = "interest", _("Interest in a cooperation post")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    network = optional_link(Network, _("network"), "contact_requests")
    post = optional_link(CooperationPost, _("cooperation post"), "contact_requests")
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"), db_index=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    message = models.TextField(_("message"), max_length=3000)
    language = models.CharField(
        _("language"), max_length=2, choices=PostLanguage.choices, default=PostLanguage.DE
    )
    created = models.DateTimeField(_("sent at"), default=timezone.now, editable=False)
    forwarded_at = models.DateTimeField(_("forwarded at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("contact request")
        verbose_name_plural = _("contact requests")
        indexes = [models.Index(fields=["ip_hash", "created"], name="contact_ip_created")]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="network", post__isnull=True)
                | Q(kind="interest", network__isnull=True),
                name="contact_request_has_one_target",
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.target}"

    def save(self, *args, **kwargs):
        self.email = normalize_email(self.email)
        super().save(*args, **kwargs)

    @property
    def target(self):
        return self.network if self.kind == self.Kind.NETWORK else self.post
