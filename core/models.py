from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.i18n import TranslatedSlugMixin
from core.publishing import PublicQuerySet
from core.search import SearchableModel


class SlugRedirect(models.Model):
    """A slug an object had before; its old URLs answer 301 to the current one."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    old_slug = models.SlugField(_("old slug"), max_length=200)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "regionet_slugredirect"
        verbose_name = _("old slug")
        verbose_name_plural = _("old slugs")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "old_slug"], name="unique_old_slug_per_type"
            )
        ]

    def __str__(self):
        return self.old_slug


class PageQuerySet(PublicQuerySet):
    def public_condition(self) -> Q:
        return Q(is_published=True)


class Page(TranslatedSlugMixin, SearchableModel):
    """A project page (about, funding, imprint, privacy) that partners edit in the admin."""

    search_fields = {"A": ("title",), "B": ("summary",), "C": ("body",)}

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True)
    summary = models.CharField(
        _("summary"), max_length=300, blank=True, help_text=_("Shown in search engines.")
    )
    body = models.TextField(
        _("text"), blank=True, help_text=_("Plain text; an empty line starts a new paragraph.")
    )
    show_in_footer = models.BooleanField(_("link in the footer"), default=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_published = models.BooleanField(_("published"), default=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = PageQuerySet.as_manager()

    slug_source = "title"

    class Meta:
        db_table = "regionet_page"
        ordering = ["position", "title"]
        verbose_name = _("project page")
        verbose_name_plural = _("project pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("page-detail", kwargs={"slug": self.slug})


class CacheGeneration(models.Model):
    """Per app (`scope`), a number that changes whenever the app's public content changes.

    Cached pages and fragments are keyed by the numbers of the apps they show, so every
    app server, whatever its own cache, stops serving them as soon as such content is saved.
    """

    scope = models.CharField(max_length=50, unique=True)
    value = models.PositiveBigIntegerField(default=0)

    class Meta:
        db_table = "regionet_cachegeneration"
        verbose_name = _("cache generation")
        verbose_name_plural = _("cache generation")

    def __str__(self):
        return f"{self.scope} {self.value}"


class TranslationState(models.Model):
    """One language's text of a translated field that is older than its source text.

    A row exists only while the text is out of date: written when the other language's text
    changes (`core.translation_state`), deleted when this language's text is written. Up to
    date and missing need no row (missing is an empty field).
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    field = models.CharField(_("field"), max_length=100)
    language = models.CharField(_("out-of-date language"), max_length=8)
    source_language = models.CharField(_("source language"), max_length=8)
    source_text = models.TextField(_("source text the translation was written against"), blank=True)
    since = models.DateTimeField(_("out of date since"))
    source_changed = models.DateTimeField(_("source last changed"))
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("source changed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("out-of-date translation")
        verbose_name_plural = _("out-of-date translations")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="unique_translation_state",
            )
        ]
        indexes = [models.Index(fields=["content_type", "language", "object_id"])]

    def __str__(self):
        return f"{self.field} [{self.language}]"

    def page_cache_scope(self) -> str:
        """A mark shows on its object's pages, so a change is new content of that app."""
        return self.content_type.app_label
