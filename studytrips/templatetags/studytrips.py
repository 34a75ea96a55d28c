"""Template helpers of the study trip pages."""

from django import template
from django.utils.html import format_html

from core.images import rendition

register = template.Library()


@register.simple_tag
def responsive_img(image_field, size_names, alt, sizes="100vw", css_class=""):
    """An <img> with a `srcset` of several stored renditions; never the original file.

    `size_names` is a comma-separated list of RENDITION_SIZES names, smallest first; the
    first one is the `src` and gives `width` and `height`.
    """
    images = [rendition(image_field, name.strip()) for name in size_names.split(",")]
    images = [image for image in images if image is not None]
    if not images:
        return ""
    # Two sizes of a small original can come out equally wide; list each width once.
    by_width = {image.width: image for image in images}
    srcset = ", ".join(f"{image.url} {width}w" for width, image in sorted(by_width.items()))
    first = images[0]
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" class="{}" '
        'loading="lazy" decoding="async">',
        first.url,
        srcset,
        sizes,
        first.width,
        first.height,
        alt,
        css_class,
    )


@register.simple_tag
def rendition_url(image_field, size_name):
    image = rendition(image_field, size_name)
    return image.url if image else ""
