"""Project partners, their editors and the review trail of cases and trips."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from network.models import Company

PARTNER_KINDS = (Company.Kind.SUPPORT, Company.Kind.NETWORK)

# The groups created by the data migration 0002_groups.
EDITORS_GROUP = "Editors"
PUBLISHERS_GROUP = "Publishers"


class Partner(models.Model):
    """A project partner: a support or network organisation whose staff edit its content."""

    company = models.OneToOneField(
        Company,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="partner",
        limit_choices_to={"kind__in": PARTNER_KINDS},
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["company__name"]
        verbose_name = _("project partner")
        verbose_name_plural = _("project partners")

    def __str__(self):
        return self.company.name

    def clean(self):
        company = getattr(self, "company", None)
        if company is not None and company.kind not in PARTNER_KINDS:
            raise ValidationError(
                {
                    "company": _(
                        "Only a business support organisation or a network organisation "
                        "can be a project partner."
                    )
                }
            )


class EditorProfile(models.Model):
    """Links an account to the one partner organisation whose content it edits."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="editor_profile",
    )
    partner = models.ForeignKey(
        Partner, verbose_name=_("project partner"), on_delete=models.PROTECT, related_name="editors"
    )
    language = models.CharField(
        _("language of the back office"),
        max_length=2,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("Used when the browser has not chosen a language yet."),
    )

    class Meta:
        verbose_name = _("editor profile")
        verbose_name_plural = _("editor profiles")

    def __str__(self):
        return f"{self.user} – {self.partner}"


class ReviewNote(models.Model):
    """One step of a case's or trip's review, with the publisher's comment for the editor."""

    class Action(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted for review")
        PUBLISHED = "published", _("Published")
        SENT_BACK = "sent_back", _("Sent back to the editor")
        UNPUBLISHED = "unpublished", _("Set back to draft")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    action = models.CharField(_("action"), max_length=12, choices=Action.choices)
    comment = models.TextField(_("comment"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("review note")
        verbose_name_plural = _("review notes")
        indexes = [models.Index(fields=["content_type", "object_id", "-created"])]

    def __str__(self):
        return f"{self.get_action_display()} ({self.created:%Y-%m-%d})"


class TranslationDigestEntry(models.Model):
    """A missing or out-of-date text already reported to a partner's editors.

    The key names the object, the field, the language and, for an out-of-date text, the
    time its source changed, so the daily digest mails only what is new.
    """

    partner = models.ForeignKey(
        Partner, verbose_name=_("project partner"), on_delete=models.CASCADE, related_name="+"
    )
    key = models.CharField(_("reported text"), max_length=255)
    reported_at = models.DateTimeField(_("reported at"), auto_now_add=True)

    class Meta:
        verbose_name = _("reported translation gap")
        verbose_name_plural = _("reported translation gaps")
        constraints = [
            models.UniqueConstraint(fields=["partner", "key"], name="unique_digest_entry")
        ]

    def __str__(self):
        return self.key


class ImportUpload(models.Model):
    """A member import's file between its preview and its confirmation.

    In the database, so the confirmation may reach another process or app server than the
    preview (backoffice/import_storage.py). Deleted when confirmed; left-over previews are
    deleted a day later.
    """

    name = models.CharField(max_length=64, unique=True)
    data = models.BinaryField()
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("import upload")
        verbose_name_plural = _("import uploads")

    def __str__(self):
        return self.name
