"""Small admin helpers shared by the apps' admin modules."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.images import rendition


def image_preview(field_name: str = "image", *, description=None, style: str = ""):
    """A list_display column or read-only field: a small rendition of an image field.

    Assign it in a ModelAdmin or an inline (`thumbnail = image_preview("logo", …)`) and
    name the attribute in `list_display` or `readonly_fields`. An object not saved yet, or
    without an image, shows "–".
    """

    @admin.display(description=description or _("preview"))
    def preview(self, obj):
        image = rendition(getattr(obj, field_name), "logo-sm") if obj and obj.pk else None
        if image is None:
            return "–"
        return format_html(
            '<img src="{}" width="{}" height="{}" alt=""{}>',
            image.url,
            image.width,
            image.height,
            format_html(' style="{}"', style) if style else "",
        )

    return preview


def logo_thumbnail(field_name: str = "logo"):
    """The list column of a logo, kept small in the row."""
    return image_preview(field_name, description=_("logo"), style="max-height:40px;width:auto")
