from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Case, Count, ExpressionWrapper, F, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.i18n import TranslatedSlugMixin
from core.images import Picture, SanitizedImageField
from core.publishing import PublicQuerySet, ReviewStatus
from core.search import SearchableModel
from core.spam import SpamCounted
from network.models import Company, Country


class RegistrationState(models.TextChoices):
    """What the trip page offers a visitor who wants to come along."""

    OPEN = "open", _("Registration open")
    WAITING_LIST = "waiting_list", _("Fully booked – waiting list")
    CLOSED = "closed", _("Registration closed")


class StudyTripQuerySet(PublicQuerySet):
    def public_condition(self) -> Q:
        return Q(status=ReviewStatus.PUBLISHED)

    def upcoming(self, today: date | None = None):
        """Trips that have not ended yet (including one under way)."""
        return self.filter(end_date__gte=today or timezone.localdate())

    def past(self, today: date | None = None):
        return self.filter(end_date__lt=today or timezone.localdate())

    def with_registration_counts(self):
        """Places taken (confirmed or held) and people waiting; lapsed holds count nowhere."""
        now = timezone.now()
        return self.annotate(
            confirmed_count=Count(
                "registrations",
                filter=active_registration(Registration.Status.CONFIRMED, now, "registrations__"),
            ),
            waiting_count=Count(
                "registrations",
                filter=active_registration(Registration.Status.WAITING, now, "registrations__"),
            ),
        )

    def upcoming_first(self, today: date | None = None):
        """Upcoming trips soonest first, then past trips latest first."""
        today = today or timezone.localdate()
        is_past = Q(end_date__lt=today)
        return self.annotate(
            is_past=ExpressionWrapper(is_past, output_field=models.BooleanField())
        ).order_by(
            Case(When(is_past, then=Value(1)), default=Value(0)),
            Case(When(is_past, then=Value(None)), default=F("start_date")).asc(nulls_last=True),
            F("start_date").desc(),
            "pk",
        )

    def for_listing(self):
        return self.select_related("organiser").with_registration_counts()


class StudyTrip(TranslatedSlugMixin, SearchableModel):
    """A study trip to model networks elsewhere, with its programme, report and registrations."""

    search_fields = {
        "A": ("title",),
        "B": ("theme", "summary", "destination"),
        "C": ("report",),
    }

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True)
    theme = models.CharField(_("theme"), max_length=300, blank=True)
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("Two or three sentences for lists and search engines."),
    )
    report = models.TextField(
        _("report"),
        blank=True,
        help_text=_("What the participants saw and learned; an empty line starts a new paragraph."),
    )
    destination = models.CharField(_("destination"), max_length=200)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    organiser = models.ForeignKey(
        Company,
        verbose_name=_("organiser"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="organised_trips",
    )
    hosts = models.ManyToManyField(
        Company, verbose_name=_("hosts"), related_name="hosted_trips", blank=True
    )
    funding_programme = models.CharField(
        _("funding programme"), max_length=200, blank=True, help_text=_("e.g. AT-HU ETZ 2007–2013")
    )
    project_number = models.CharField(
        _("project number"), max_length=40, blank=True, help_text=_("e.g. L00031")
    )
    participant_count = models.PositiveIntegerField(
        _("participants (reported)"),
        null=True,
        blank=True,
        help_text=_("How many took part, as reported after the trip."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Places for registrations on the portal; empty when the portal takes none."),
    )
    registration_deadline = models.DateField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("Last day of registration; empty means until the day before the trip."),
    )
    cover_image = SanitizedImageField(_("cover image"), upload_to="trips/covers/", blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.DRAFT
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = StudyTripQuerySet.as_manager()

    Status = ReviewStatus
    slug_source = "title"

    class Meta:
        ordering = ["-start_date", "pk"]
        verbose_name = _("study trip")
        verbose_name_plural = _("study trips")
        permissions = [("publish_studytrip", _("Can publish study trips and send them back"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")), name="trip_ends_after_it_starts"
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.start_date:%Y})" if self.start_date else self.title

    def get_absolute_url(self):
        return reverse("studytrips:trip-detail", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == ReviewStatus.PUBLISHED

    @is_published.setter
    def is_published(self, value: bool) -> None:
        # Kept for code and fixtures written before the review status existed.
        self.status = ReviewStatus.PUBLISHED if value else ReviewStatus.DRAFT

    def get_registration_url(self):
        return reverse("studytrips:trip-register", kwargs={"slug": self.slug})

    def get_calendar_url(self):
        return reverse("studytrips:trip-calendar", kwargs={"slug": self.slug})

    def clean(self):
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day cannot be before the first day.")
        if (
            self.registration_deadline
            and self.start_date
            and self.registration_deadline >= self.start_date
        ):
            errors["registration_deadline"] = _(
                "The registration deadline must be before the first day of the trip."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def duration_days(self) -> int:
        return (self.end_date - self.start_date).days + 1

    def is_upcoming(self, today: date | None = None) -> bool:
        return self.end_date >= (today or timezone.localdate())

    def registration_is_open(self, today: date | None = None) -> bool:
        """Registration runs for published trips with places, before the deadline and the start."""
        today = today or timezone.localdate()
        if not self.is_published or not self.capacity:
            return False
        if self.start_date <= today:
            return False
        return self.registration_deadline is None or today <= self.registration_deadline

    def count_confirmed(self) -> int:
        """Confirmed registrations; uses the listing annotation when the query has one."""
        if hasattr(self, "confirmed_count"):
            return self.confirmed_count
        return self.registrations.filter(
            active_registration(Registration.Status.CONFIRMED, timezone.now())
        ).count()

    def free_places(self) -> int:
        if not self.capacity:
            return 0
        return max(self.capacity - self.count_confirmed(), 0)

    def registration_state(self, today: date | None = None) -> str:
        if not self.registration_is_open(today):
            return RegistrationState.CLOSED
        if self.free_places() == 0:
            return RegistrationState.WAITING_LIST
        return RegistrationState.OPEN


class ProgrammeItem(models.Model):
    """One point of a trip's programme: a talk, a company visit, a workshop…"""

    class Kind(models.TextChoices):
        EXPERT_TALK = "expert_talk", _("Expert talk")
        COMPANY_VISIT = "company_visit", _("Company visit")
        WORKSHOP = "workshop", _("Workshop")
        NETWORKING = "networking", _("Networking")
        TRAVEL = "travel", _("Travel")

    trip = models.ForeignKey(
        StudyTrip,
        verbose_name=_("study trip"),
        on_delete=models.CASCADE,
        related_name="programme_items",
    )
    day = models.DateField(_("day"))
    start_time = models.TimeField(_("from"), null=True, blank=True)
    end_time = models.TimeField(_("until"), null=True, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    host = models.ForeignKey(
        Company,
        verbose_name=_("host"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hosted_programme_items",
    )
    location = models.CharField(_("location"), max_length=200, blank=True)

    class Meta:
        ordering = ["day", F("start_time").asc(nulls_last=True), "pk"]
        verbose_name = _("programme item")
        verbose_name_plural = _("programme")

    def __str__(self):
        return f"{self.day:%Y-%m-%d} {self.title}"

    def clean(self):
        errors = {}
        try:
            trip = self.trip
        except StudyTrip.DoesNotExist:
            trip = None
        if (
            trip is not None
            and self.day
            and trip.start_date
            and trip.end_date
            and not trip.start_date <= self.day <= trip.end_date
        ):
            errors["day"] = _("The day must lie within the dates of the trip.")
        if self.start_time and self.end_time and self.end_time < self.start_time:
            errors["end_time"] = _("The end cannot be before the start.")
        if errors:
            raise ValidationError(errors)


class TripPhoto(Picture):
    """A photo of the trip; pages show renditions of it, never the upload itself."""

    trip = models.ForeignKey(
        StudyTrip, verbose_name=_("study trip"), on_delete=models.CASCADE, related_name="photos"
    )
    image = SanitizedImageField(_("image"), upload_to="trips/photos/")

    class Meta(Picture.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")


phone_validator = RegexValidator(
    r"^\+?[0-9 ()/.\-]{4,40}$",
    _("Enter a phone number with digits, spaces and + / - ( ) only."),
)


def active_registration(status: str, now, prefix: str = "") -> Q:
    """Registrations in `status` that are not an unconfirmed hold past its time.

    A registration made on the public form holds its place (or its turn on the waiting
    list) until `hold_expires_at`; confirming the address empties that field. A lapsed hold
    counts nowhere, even before `expire_registration_holds` (or the next registration for
    the trip) cancels it.
    """
    return Q(**{f"{prefix}status": status}) & (
        Q(**{f"{prefix}hold_expires_at__isnull": True}) | Q(**{f"{prefix}hold_expires_at__gt": now})
    )


class RegistrationQuerySet(models.QuerySet):
    def lapsed_holds(self, now=None):
        """Unconfirmed registrations whose hold has run out and that are not cancelled yet."""
        return self.filter(hold_expires_at__lte=now or timezone.now()).exclude(
            status=Registration.Status.CANCELLED
        )


class Registration(SpamCounted):
    """A person's registration for a trip: confirmed, on the waiting list or cancelled.

    Made on the public form it holds its place for `REGISTRATION_HOLD_MINUTES` until the
    address is confirmed with the link in the first e-mail (double opt-in).
    """

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("Waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    class Language(models.TextChoices):
        # Each language by its own name, as a registrant looks for it.
        DE = "de", "Deutsch"
        HU = "hu", "Magyar"

    trip = models.ForeignKey(
        StudyTrip,
        verbose_name=_("study trip"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True, validators=[phone_validator])
    preferred_language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices, default=Language.DE
    )
    needs_interpreting = models.BooleanField(_("needs interpreting"), default=False)
    consent_at = models.DateTimeField(_("consent given at"))
    consent_version = models.CharField(_("version of the consent text"), max_length=40)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED
    )
    # The time of the current registration; a cancelled registration made again starts anew,
    # so the waiting list (ordered by it) stays fair.
    created = models.DateTimeField(_("registered at"), default=timezone.now, editable=False)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True, editable=False)
    address_confirmed_at = models.DateTimeField(
        _("e-mail address confirmed at"), null=True, blank=True, editable=False
    )
    # Until then an unconfirmed registration holds its place; empty once confirmed (and for
    # registrations made before the double opt-in or by the organiser).
    hold_expires_at = models.DateTimeField(_("held until"), null=True, blank=True, editable=False)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["trip", "created", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["trip", "email"], name="one_registration_per_trip_and_email"
            )
        ]
        indexes = [
            models.Index(fields=["trip", "status", "created"]),
            # The hourly spam limits count by address and by client.
            models.Index(fields=["email", "created"], name="registration_email_created"),
            models.Index(fields=["ip_hash", "created"], name="registration_ip_created"),
            models.Index(
                fields=["hold_expires_at"],
                condition=Q(hold_expires_at__isnull=False),
                name="registration_holds",
            ),
        ]

    def __str__(self):
        return f"{self.name} <{self.email}> – {self.trip}"

    def save(self, *args, **kwargs):
        self.email = normalize_email(self.email)
        super().save(*args, **kwargs)

    @property
    def awaits_address_confirmation(self) -> bool:
        return self.hold_expires_at is not None and self.status != self.Status.CANCELLED

    def waiting_list_position(self) -> int | None:
        """1 for the first person on the waiting list; None for everyone not on it."""
        if self.status != self.Status.WAITING:
            return None
        ahead = Registration.objects.filter(
            Q(created__lt=self.created) | Q(created=self.created, pk__lt=self.pk),
            active_registration(self.Status.WAITING, timezone.now()),
            trip_id=self.trip_id,
        )
        return ahead.count() + 1


def normalize_email(email: str) -> str:
    """One spelling per address, so the same person cannot register twice by case."""
    return (email or "").strip().lower()
