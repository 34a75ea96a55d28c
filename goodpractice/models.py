from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.i18n import LANGUAGE_CODES, TranslatedSlugMixin, unique_slug
from core.images import Picture, SanitizedImageField
from core.publishing import PublicQuerySet, ReviewStatus
from core.search import SearchableModel
from goodpractice.documents import validate_pdf_upload
from goodpractice.fields import CountryListField
from goodpractice.richtext import clean_html
from network.models import Company, Network, Region, Sector, year_validators

# Path words that follow the library's address and therefore cannot be a case's slug.
RESERVED_SLUGS = {"feed"}


class Instrument(TranslatedSlugMixin, SearchableModel):
    """One of the nine cross-border instruments of cooperation (Instrument / eszköz)."""

    search_fields = {"A": ("name",), "B": ("description",)}

    code = models.SlugField(
        _("code"),
        max_length=50,
        unique=True,
        help_text=_(
            "Stable and language-independent; used in filtered addresses of the library, "
            "so changing it breaks links that were shared."
        ),
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("instrument")
        verbose_name_plural = _("instruments")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("goodpractice:instrument-detail", kwargs={"slug": self.slug})


class CaseQuerySet(PublicQuerySet):
    def public_condition(self) -> Q:
        return Q(status=ReviewStatus.PUBLISHED)

    def featured(self):
        return self.filter(featured=True)

    def for_listing(self):
        """Cards: the lead organisation, instruments and the first image's file in one go."""
        first_image = CaseImage.objects.filter(case=OuterRef("pk")).order_by("position", "pk")
        return (
            self.select_related("lead_organisation")
            .prefetch_related("instruments")
            .annotate(card_image_name=Subquery(first_image.values("image")[:1]))
        )


class GoodPractice(TranslatedSlugMixin, SearchableModel):
    """A good-practice case: what was done where, what came of it and how to adapt it."""

    Status = ReviewStatus

    RICH_TEXT_FIELDS = (
        "summary",
        "challenge",
        "approach",
        "results",
        "transferability",
        "resources",
    )
    search_fields = {
        "A": ("title",),
        "B": ("summary",),
        "C": ("challenge", "approach", "results", "transferability", "resources"),
    }
    search_markup_fields = frozenset(RICH_TEXT_FIELDS)

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True)
    summary = models.TextField(
        _("summary"), help_text=_("A few sentences: what was done and what came of it.")
    )
    challenge = models.TextField(
        _("challenge"), blank=True, help_text=_("The situation and the problem at the start.")
    )
    approach = models.TextField(_("approach"), blank=True, help_text=_("What was done, by whom."))
    results = models.TextField(
        _("results and evidence of success"),
        blank=True,
        help_text=_("What changed, with evidence wherever possible."),
    )
    transferability = models.TextField(
        _("transferability and lessons"),
        blank=True,
        help_text=_("What entrepreneurs elsewhere can adapt, and what to watch out for."),
    )
    resources = models.TextField(
        _("resources needed"), blank=True, help_text=_("People, money, time and partners.")
    )
    start_year = models.PositiveSmallIntegerField(
        _("start year"), null=True, blank=True, validators=year_validators
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"),
        null=True,
        blank=True,
        validators=year_validators,
        help_text=_("Leave empty while the practice continues."),
    )
    regions = models.ManyToManyField(
        Region, verbose_name=_("regions"), related_name="cases", blank=True
    )
    countries = CountryListField(
        _("countries"),
        help_text=_("The countries of the selected regions are added when the case is saved."),
    )
    sectors = models.ManyToManyField(
        Sector, verbose_name=_("sectors"), related_name="cases", blank=True
    )
    instruments = models.ManyToManyField(
        Instrument, verbose_name=_("instruments"), related_name="cases", blank=True
    )
    networks = models.ManyToManyField(
        Network, verbose_name=_("networks"), related_name="cases", blank=True
    )
    lead_organisation = models.ForeignKey(
        Company,
        verbose_name=_("lead organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="led_cases",
    )
    study_trip = models.ForeignKey(
        "studytrips.StudyTrip",
        verbose_name=_("presented on the study trip"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cases",
    )
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(
        _("published"),
        null=True,
        blank=True,
        help_text=_("Set automatically when the case is published for the first time."),
    )
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown on the home page.")
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = CaseQuerySet.as_manager()

    slug_source = "title"

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("good-practice case")
        verbose_name_plural = _("good-practice cases")
        permissions = [
            ("publish_goodpractice", _("Can publish good-practice cases and send them back"))
        ]
        indexes = [models.Index(fields=["status", "-published_at"], name="case_status_published")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_year__isnull=True)
                | models.Q(start_year__isnull=True)
                | models.Q(end_year__gte=models.F("start_year")),
                name="case_ends_after_it_starts",
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.sanitize()
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("goodpractice:case-detail", kwargs={"slug": self.slug})

    @property
    def card_image(self):
        """The first image's file, for cards (annotated by `for_listing`, else one query)."""
        if hasattr(self, "card_image_name"):
            name = self.card_image_name
        else:
            first = self.images.order_by("position", "pk").first()
            name = first.image.name if first else None
        if not name:
            return None
        field = CaseImage._meta.get_field("image")
        return field.attr_class(None, field, name)

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def clean(self):
        errors = {}
        if self.start_year and self.end_year and self.end_year < self.start_year:
            errors["end_year"] = _("The end year cannot be before the start year.")
        for field in self.slug_fields():
            if getattr(self, field, None) in RESERVED_SLUGS:
                errors[field] = _("This slug is reserved for the portal; please choose another.")
        if errors:
            raise ValidationError(errors)

    def fill_slugs(self) -> None:
        super().fill_slugs()
        for field in self.slug_fields():
            value = getattr(self, field)
            if value in RESERVED_SLUGS:
                setattr(self, field, unique_slug(type(self), field, f"{value}-2", self.pk))

    def sanitize(self) -> None:
        """Clean every language's rich-text sections (scripts, handlers, unsafe links)."""
        for field in self.RICH_TEXT_FIELDS:
            for code in LANGUAGE_CODES:
                name = f"{field}_{code}"
                setattr(self, name, clean_html(getattr(self, name, None)))

    def add_region_countries(self) -> None:
        """Add the countries of the case's regions to its countries (after the M2M is saved)."""
        region_countries = set(self.regions.values_list("country", flat=True))
        if not region_countries <= set(self.countries):
            self.countries = sorted(set(self.countries) | region_countries)
            type(self).objects.filter(pk=self.pk).update(
                countries=type(self)._meta.get_field("countries").get_prep_value(self.countries)
            )

    def get_countries_display(self) -> list[str]:
        return self._meta.get_field("countries").labels(self.countries)

    @property
    def timescale(self) -> str:
        if self.start_year and self.end_year:
            if self.start_year == self.end_year:
                return str(self.start_year)
            return f"{self.start_year}–{self.end_year}"
        if self.start_year:
            return _("since %(year)s") % {"year": self.start_year}
        if self.end_year:
            return _("until %(year)s") % {"year": self.end_year}
        return ""

    def related_cases(self, limit: int = 4):
        """Published cases sharing instruments or sectors, the biggest overlap first."""
        instrument_ids = [instrument.pk for instrument in self.instruments.all()]
        sector_ids = [sector.pk for sector in self.sectors.all()]
        if not instrument_ids and not sector_ids:
            return GoodPractice.objects.none()
        shared_instruments = (
            GoodPractice.instruments.through.objects.filter(
                goodpractice_id=models.OuterRef("pk"), instrument_id__in=instrument_ids
            )
            .values("goodpractice_id")
            .annotate(count=models.Count("pk"))
            .values("count")
        )
        shared_sectors = (
            GoodPractice.sectors.through.objects.filter(
                goodpractice_id=models.OuterRef("pk"), sector_id__in=sector_ids
            )
            .values("goodpractice_id")
            .annotate(count=models.Count("pk"))
            .values("count")
        )
        zero = models.Value(0)
        return (
            GoodPractice.objects.public()
            .exclude(pk=self.pk)
            .annotate(
                overlap=models.functions.Coalesce(models.Subquery(shared_instruments), zero)
                + models.functions.Coalesce(models.Subquery(shared_sectors), zero)
            )
            .filter(overlap__gt=0)
            .for_listing()
            .order_by("-overlap", "-published_at", "-pk")[:limit]
        )


class KeyFigure(models.Model):
    """A figure shown prominently on the case page (Kennzahl / kulcsadat)."""

    case = models.ForeignKey(
        GoodPractice, verbose_name=_("case"), on_delete=models.CASCADE, related_name="key_figures"
    )
    value = models.CharField(_("value"), max_length=40, help_text=_("For example 600 or 35 %."))
    label = models.CharField(_("label"), max_length=150)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    def __str__(self):
        return f"{self.value} {self.label}"


class CaseImage(Picture):
    case = models.ForeignKey(
        GoodPractice, verbose_name=_("case"), on_delete=models.CASCADE, related_name="images"
    )
    image = SanitizedImageField(_("image"), upload_to="goodpractice/images/")

    class Meta(Picture.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CaseDocument(models.Model):
    case = models.ForeignKey(
        GoodPractice, verbose_name=_("case"), on_delete=models.CASCADE, related_name="documents"
    )
    file = models.FileField(
        _("PDF document"),
        upload_to="goodpractice/documents/",
        validators=[validate_pdf_upload],
        help_text=_("PDF only, at most 10 MB."),
    )
    title = models.CharField(_("title"), max_length=200)
    size = models.PositiveIntegerField(_("size in bytes"), default=0, editable=False)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file and not getattr(self.file, "_committed", True):
            self.size = self.file.size or 0
        super().save(*args, **kwargs)
