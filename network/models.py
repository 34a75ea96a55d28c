from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.collation import alphabetical
from core.i18n import TranslatedSlugMixin
from core.images import SanitizedImageField
from core.publishing import PublicQuerySet
from core.search import SearchableModel


class Country(models.TextChoices):
    AUSTRIA = "AT", _("Austria")
    HUNGARY = "HU", _("Hungary")
    GERMANY = "DE", _("Germany")
    SLOVAKIA = "SK", _("Slovakia")
    SLOVENIA = "SI", _("Slovenia")


year_validators = [MinValueValidator(1800), MaxValueValidator(2100)]


class RegionQuerySet(PublicQuerySet):
    def alphabetical(self):
        """By country, then by name in the page language's alphabet (for lists of choices)."""
        return self.order_by("country", alphabetical("name", translated=True), "pk")


class Region(TranslatedSlugMixin, models.Model):
    """A small region (Kleinregion / kistérség) with its NUTS-3 code."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=160, unique=True, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=Country)
    nuts3_code = models.CharField(
        _("NUTS-3 code"),
        max_length=5,
        unique=True,
        help_text=_("The region's code in the 2021 NUTS classification, e.g. AT112."),
    )
    description = models.TextField(_("description"), blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("The centre of the region, for the map."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    objects = RegionQuerySet.as_manager()

    class Meta:
        ordering = ["country", "name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return f"{self.name} ({self.nuts3_code})"


class RegionNeighbourQuerySet(models.QuerySet):
    def codes_next_to(self, nuts3_code: str):
        return self.filter(nuts3_code=nuts3_code).values("neighbour_code")


class RegionNeighbour(models.Model):
    """Two NUTS-3 regions that share a land border, by code (stored in both directions).

    Loaded from `network/data/nuts3_neighbours.csv` (the project area and Saxony; the file
    names its source), so it holds for regions not yet entered as `Region`.
    """

    nuts3_code = models.CharField(_("NUTS-3 code"), max_length=5)
    neighbour_code = models.CharField(_("NUTS-3 code of the neighbour"), max_length=5)

    objects = RegionNeighbourQuerySet.as_manager()

    class Meta:
        ordering = ["nuts3_code", "neighbour_code"]
        verbose_name = _("neighbouring region")
        verbose_name_plural = _("neighbouring regions")
        constraints = [
            models.UniqueConstraint(
                fields=["nuts3_code", "neighbour_code"], name="one_row_per_neighbour_pair"
            )
        ]

    def __str__(self):
        return f"{self.nuts3_code} – {self.neighbour_code}"


class Sector(TranslatedSlugMixin, models.Model):
    """A sector (Branche / ágazat) of NACE Rev. 2.1 (ÖNACE 2025 and TEÁOR'25 share its codes)."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=160, unique=True, blank=True)
    nace_code = models.CharField(
        _("NACE code"),
        max_length=8,
        unique=True,
        help_text=_("NACE Rev. 2.1 (ÖNACE 2025, TEÁOR'25), e.g. C29."),
    )
    nace_rev2_code = models.CharField(
        _("former NACE Rev. 2 code"),
        max_length=8,
        blank=True,
        db_index=True,
        help_text=_("Addresses that still use it lead to the sector's current code."),
    )

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["nace_code"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self):
        return f"{self.nace_code} {self.name}"


class CompanyQuerySet(PublicQuerySet):
    def alphabetical(self, descending: bool = False):
        """By name in the page language's alphabet (Z–A when `descending`)."""
        name = alphabetical("name")
        return self.order_by(name.desc() if descending else name.asc(), "pk")

    def public_condition(self) -> Q:
        return Q(is_published=True)

    def for_listing(self):
        return self.select_related("region").prefetch_related("sectors")


class Company(TranslatedSlugMixin, SearchableModel):
    """A member of a network: an enterprise, a support organisation, a municipality…"""

    search_fields = {"A": ("name",), "B": ("description",), "C": ("city",)}

    class Kind(models.TextChoices):
        ENTERPRISE = "enterprise", _("Enterprise")
        SUPPORT = "support", _("Business support organisation")
        PUBLIC = "public", _("Public body or municipality")
        NETWORK = "network", _("Network organisation")

    class SizeBand(models.TextChoices):
        MICRO = "micro", _("Micro (fewer than 10 employees)")
        SMALL = "small", _("Small (10–49 employees)")
        MEDIUM = "medium", _("Medium-sized (50–249 employees)")
        LARGE = "large", _("Large (250 employees or more)")

    name = models.CharField(_("legal name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        blank=True,
        help_text=_("Part of the address; the same in both languages."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.ENTERPRISE)
    description = models.TextField(_("description"), blank=True)
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="companies",
        null=True,
        blank=True,
    )
    sectors = models.ManyToManyField(
        Sector, verbose_name=_("sectors"), related_name="companies", blank=True
    )
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=12, blank=True)
    city = models.CharField(_("town"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=Country)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    # The contact form reaches the address without showing it; printing it is a choice.
    show_email = models.BooleanField(
        _("show the e-mail address on the page"),
        default=False,
        help_text=_(
            "Visitors can always write through the contact form, which never shows the address."
        ),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    contact_name = models.CharField(
        _("contact person"), max_length=200, blank=True, help_text=_("Shown on the public page.")
    )
    contact_role = models.CharField(
        _("role of the contact person"),
        max_length=200,
        blank=True,
        help_text=_("e.g. managing director, head of sales"),
    )
    logo = SanitizedImageField(_("logo"), upload_to="logos/companies/", blank=True)
    size_band = models.CharField(_("size"), max_length=10, choices=SizeBand.choices, blank=True)
    founded_year = models.PositiveSmallIntegerField(
        _("founded"), null=True, blank=True, validators=year_validators
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    is_published = models.BooleanField(_("published"), default=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = CompanyQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("member company")
        verbose_name_plural = _("member companies")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:company-detail", kwargs={"slug": self.slug})


class NetworkQuerySet(PublicQuerySet):
    def alphabetical(self):
        """By name in the page language's alphabet."""
        return self.order_by(alphabetical("name", translated=True), "pk")

    def for_listing(self):
        return (
            self.select_related("coordinator", "parent")
            .prefetch_related("regions")
            .annotate(member_count=self.member_count())
        )

    @staticmethod
    def member_count():
        """Published members per network, counted in a subquery on the membership index:
        grouping the joined wide rows of every network cost hundreds of milliseconds."""
        members = (
            Membership.objects.filter(network=OuterRef("pk"))
            .filter(Company.objects.public_through("company"))
            .order_by()
            .values("network")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return Coalesce(Subquery(members), 0)


class Network(TranslatedSlugMixin, SearchableModel):
    """A business network; an umbrella network has other networks as members."""

    search_fields = {"A": ("name",), "B": ("description",)}

    class Kind(models.TextChoices):
        REGIONAL = "regional", _("Regional network")
        CROSS_REGIONAL = "cross_regional", _("Cross-regional network")
        CROSS_BORDER = "cross_border", _("Cross-border network")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.REGIONAL)
    description = models.TextField(_("description"), blank=True)
    regions = models.ManyToManyField(
        Region, verbose_name=_("regions"), related_name="networks", blank=True
    )
    coordinator = models.ForeignKey(
        Company,
        verbose_name=_("coordinator"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="coordinated_networks",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("umbrella network"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="member_networks",
        help_text=_("The network of networks this network belongs to."),
    )
    logo = SanitizedImageField(_("logo"), upload_to="logos/networks/", blank=True)
    website = models.URLField(_("website"), blank=True)
    founded_year = models.PositiveSmallIntegerField(
        _("founded"), null=True, blank=True, validators=year_validators
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = NetworkQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("network")
        verbose_name_plural = _("networks")
        constraints = [
            models.CheckConstraint(
                condition=~Q(parent=models.F("id")), name="network_not_its_own_umbrella"
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:network-detail", kwargs={"slug": self.slug})

    def clean(self):
        from django.core.exceptions import ValidationError

        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk:
                raise ValidationError(
                    {"parent": _("A network cannot belong to itself or to one of its members.")}
                )
            ancestor = ancestor.parent


class Membership(models.Model):
    """A company's membership in a network, with its role."""

    class Role(models.TextChoices):
        MEMBER = "member", pgettext_lazy("network role", "Member")
        COORDINATOR = "coordinator", pgettext_lazy("network role", "Coordinator")
        BOARD = "board", pgettext_lazy("network role", "Board")

    company = models.ForeignKey(
        Company, verbose_name=_("company"), on_delete=models.CASCADE, related_name="memberships"
    )
    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    since = models.DateField(_("member since"), null=True, blank=True)

    class Meta:
        ordering = ["network", "company"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["company", "network"], name="one_membership_per_company_and_network"
            )
        ]

    def __str__(self):
        return f"{self.company} – {self.network} ({self.get_role_display()})"
