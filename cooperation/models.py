"""The cooperation exchange: entrepreneurs' offers and requests, and the messages that reach
their authors or a network's coordinator by e-mail (kept as ContactRequest for the admin).

E-mail fields are named `email` / `contact_email` and indexed: the privacy commands find a
person's data by address.
"""

from datetime import date, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Case, CharField, Count, F, Q, Value, When
from django.db.models.functions import Cast, Concat, Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cooperation.fields import LanguageListField
from core.publishing import PublicQuerySet
from core.search import SearchableModel
from core.spam import SpamCounted
from network.models import Company, Country, Network, Region, Sector
from studytrips.models import Registration, StudyTrip


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
        choices=PostLanguage,
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
    match_alerts = models.BooleanField(
        _("e-mail the author new matches"),
        default=True,
        help_text=_("The author can switch this off with the link in every alert."),
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
    """A message to a network's coordinator, a member company or a post's author, forwarded by
    e-mail."""

    class Kind(models.TextChoices):
        NETWORK = "network", _("Message to a network")
        INTEREST = "interest", _("Interest in a cooperation post")
        COMPANY = "company", _("Message to a member company")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    network = optional_link(Network, _("network"), "contact_requests")
    post = optional_link(CooperationPost, _("cooperation post"), "contact_requests")
    company = optional_link(Company, _("member company"), "contact_requests")
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"), db_index=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    message = models.TextField(_("message"), max_length=3000)
    language = models.CharField(
        _("language"), max_length=2, choices=PostLanguage, default=PostLanguage.DE
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
                condition=Q(kind="network", post__isnull=True, company__isnull=True)
                | Q(kind="interest", network__isnull=True, company__isnull=True)
                | Q(kind="company", network__isnull=True, post__isnull=True),
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
        return {
            self.Kind.NETWORK: self.network,
            self.Kind.COMPANY: self.company,
        }.get(self.kind, self.post)


class MatchAlert(models.Model):
    """A new public post (`match`) that fits `post`, waiting for or sent in its author's alert."""

    post = models.ForeignKey(
        CooperationPost,
        verbose_name=_("cooperation post"),
        on_delete=models.CASCADE,
        related_name="match_alerts_received",
    )
    match = models.ForeignKey(
        CooperationPost,
        verbose_name=_("matching post"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    created = models.DateTimeField(_("found at"), default=timezone.now, editable=False)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["post", "created", "pk"]
        verbose_name = _("match alert")
        verbose_name_plural = _("match alerts")
        constraints = [
            models.UniqueConstraint(fields=["post", "match"], name="one_alert_per_match")
        ]

    def __str__(self):
        return f"{self.post} ← {self.match}"


# RCR 84 counts cooperations that last at least this long.
DURABLE_DAYS = 365


class CooperationQuerySet(PublicQuerySet):
    def public_condition(self) -> Q:
        """Approved by a partner (an approved cooperation has two countries at least)."""
        return Q(status=CooperationPost.Status.APPROVED)

    def cross_border(self):
        """Approved cooperations whose organisations come from two countries at least."""
        return (
            self.public()
            .annotate(country_count=Count("partners__country", distinct=True))
            .filter(country_count__gte=2)
        )

    def durable(self, today: date | None = None):
        """Cross-border cooperations that started a year ago or more and still ran a year
        after they started (RCR 84-style)."""
        today = today or timezone.localdate()
        year_after_start = F("started_on") + timedelta(days=DURABLE_DAYS)
        return self.cross_border().filter(
            Q(ended_on__isnull=True) | Q(ended_on__gte=year_after_start),
            started_on__lte=today - timedelta(days=DURABLE_DAYS),
        )

    def for_listing(self):
        return self.prefetch_related(
            models.Prefetch(
                "partners", queryset=CooperationPartner.objects.select_related("company")
            )
        ).select_related("trip")


class Cooperation(SpamCounted):
    """A cooperation that came about between organisations of two countries or more.

    Partners record it in the admin; participants report it through the public form or
    their trip follow-up, and a partner approves it. Only approved ones are shown and
    counted (RCO 87, RCR 84).
    """

    class Origin(models.TextChoices):
        TRIP = "trip", _("A study trip")
        POST = "post", _("A post on the cooperation exchange")
        NETWORK = "network", _("A network")
        CONTACT = "contact", _("A contact request through the portal")
        CASE = "case", _("A good-practice case")
        OTHER = "other", _("Something else")

    title = models.CharField(
        _("title"), max_length=200, help_text=_("What the partners do together, in a line.")
    )
    description = models.TextField(_("description"), blank=True, max_length=3000)
    kind = models.CharField(_("kind"), max_length=20, choices=CooperationPost.Type.choices)
    started_on = models.DateField(_("started on"))
    ended_on = models.DateField(
        _("ended on"), null=True, blank=True, help_text=_("Empty while the cooperation lasts.")
    )
    origin = models.CharField(
        _("came about through"), max_length=10, choices=Origin.choices, default=Origin.OTHER
    )
    trip = optional_link(StudyTrip, _("study trip"), "cooperations")
    post = optional_link(CooperationPost, _("cooperation post"), "cooperations")
    network = optional_link(Network, _("network"), "cooperations")
    contact_request = optional_link(ContactRequest, _("contact request"), "cooperations")
    # A lazy reference: goodpractice is a sibling layer that this app must not import.
    case = optional_link(
        "goodpractice.GoodPractice", _("good-practice case adopted"), "adopting_cooperations"
    )
    status = models.CharField(
        _("review"),
        max_length=10,
        choices=CooperationPost.Status.choices,
        default=CooperationPost.Status.PENDING,
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True, editable=False)
    # Who reported it (public form or trip follow-up); empty for records made by partners.
    reported_by_name = models.CharField(_("reported by"), max_length=150, blank=True)
    reported_by_email = models.EmailField(
        _("e-mail of the person who reported it"), blank=True, db_index=True
    )
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    consent_version = models.CharField(_("version of the consent text"), max_length=40, blank=True)
    created = models.DateTimeField(_("recorded at"), default=timezone.now, editable=False)

    objects = CooperationQuerySet.as_manager()

    spam_email_field = "reported_by_email"

    class Meta:
        ordering = ["-started_on", "-pk"]
        verbose_name = _("cooperation")
        verbose_name_plural = _("cooperations")
        indexes = [models.Index(fields=["ip_hash", "created"], name="cooperation_ip_created")]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("started_on")),
                name="cooperation_ends_after_start",
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.reported_by_email = normalize_email(self.reported_by_email)
        super().save(*args, **kwargs)

    @property
    def is_active(self) -> bool:
        return self.ended_on is None or self.ended_on >= timezone.localdate()

    def partner_countries(self) -> set[str]:
        return {partner.country for partner in self.partners.all()}

    def can_be_approved(self) -> bool:
        """Two organisations of two countries at least: what makes it a cross-border one."""
        partners = list(self.partners.all())
        return len(partners) >= 2 and len({partner.country for partner in partners}) >= 2


class CooperationPartnerQuerySet(models.QuerySet):
    def organisation_count(self) -> int:
        """Distinct organisations: a member company once, others by name and country."""
        organisation = Case(
            When(company__isnull=False, then=Concat(Value("c:"), Cast("company_id", CharField()))),
            default=Concat(Value("n:"), Lower("name"), Value("|"), "country"),
            output_field=CharField(),
        )
        counted = self.annotate(organisation=organisation).aggregate(
            count=Count("organisation", distinct=True)
        )
        return counted["count"]


class CooperationPartner(models.Model):
    """An organisation in a cooperation: a member company, or one known only by its name."""

    cooperation = models.ForeignKey(
        Cooperation,
        verbose_name=_("cooperation"),
        on_delete=models.CASCADE,
        related_name="partners",
    )
    company = optional_link(Company, _("member company"), "cooperation_partners")
    name = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("For an organisation that is not a member company."),
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)

    objects = CooperationPartnerQuerySet.as_manager()

    class Meta:
        ordering = ["cooperation", "pk"]
        verbose_name = _("organisation in the cooperation")
        verbose_name_plural = _("organisations in the cooperation")
        constraints = [
            models.CheckConstraint(
                condition=Q(company__isnull=False) | ~Q(name=""), name="partner_has_a_name"
            )
        ]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.company.name if self.company_id else self.name


class TripFollowUp(models.Model):
    """The follow-up question mailed to a trip's participant 3 or 12 months after the trip."""

    class Round(models.IntegerChoices):
        THREE_MONTHS = 3, _("3 months after the trip")
        TWELVE_MONTHS = 12, _("12 months after the trip")

    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="follow_ups",
    )
    round = models.PositiveSmallIntegerField(_("round"), choices=Round.choices)
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now, editable=False)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-sent_at", "pk"]
        verbose_name = _("trip follow-up")
        verbose_name_plural = _("trip follow-ups")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "round"], name="one_follow_up_per_round"
            )
        ]

    def __str__(self):
        return f"{self.registration} – {self.get_round_display()}"
