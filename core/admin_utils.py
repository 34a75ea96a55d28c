"""Small admin helpers shared by the apps' admin modules."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.images import rendition


def logo_thumbnail(field_name: str = "logo"):
    """A list_display column showing a small rendition of an image field."""

    @admin.display(description=_("logo"))
    def thumbnail(self, obj):
        image = rendition(getattr(obj, field_name), "logo-sm")
        if image is None:
            return "–"
        return format_html(
            '<img src="{}" width="{}" height="{}" alt="" style="max-height:40px;width:auto">',
            image.url,
            image.width,
            image.height,
        )

    return thumbnail
