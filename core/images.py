"""Image uploads checked with Pillow, and renditions in named sizes made once and stored."""

import hashlib
import os
import tempfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000

# name: (width, height) bounding box; the image keeps its proportions inside it.
RENDITION_SIZES = {
    "logo-sm": (96, 96),
    "logo": (240, 240),
    "card": (480, 320),
    "gallery-sm": (400, 300),
    "gallery": (800, 600),
    "large": (1200, 900),
}


def validate_image_upload(file) -> None:
    """Refuse what is too big, not a real JPEG/PNG/WebP image, or a decompression bomb."""
    if getattr(file, "_committed", False):
        return  # an image stored earlier was checked when it was uploaded
    if file.size is not None and file.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The image is too large (at most %(limit)s MB)."),
            code="too_large",
            params={"limit": MAX_UPLOAD_BYTES // (1024 * 1024)},
        )
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        with Image.open(file) as image:
            if image.format not in ALLOWED_FORMATS:
                raise ValidationError(
                    _("Only JPEG, PNG and WebP images are accepted."), code="format"
                )
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ValidationError(_("The image has too many pixels."), code="pixels")
            image.verify()
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            _("The file is not a valid JPEG, PNG or WebP image."), code="invalid"
        ) from None
    finally:
        file.seek(position)


def strip_metadata(file) -> ContentFile:
    """The image re-encoded without EXIF (GPS), comments or XMP; ICC kept, orientation applied."""
    file.seek(0)
    with Image.open(file) as original:
        image_format = original.format
        icc_profile = original.info.get("icc_profile")
        image = ImageOps.exif_transpose(original)
        # Pillow writes what `info` holds back into the file (a JPEG's COM segment, XMP):
        # nothing of it stays but the colour profile, passed on explicitly.
        image.info = {}
        buffer = BytesIO()
        options = {"icc_profile": icc_profile} if icc_profile else {}
        if image_format == "JPEG":
            if image.mode not in ("RGB", "L", "CMYK"):
                image = image.convert("RGB")
            image.save(buffer, "JPEG", quality=90, optimize=True, **options)
        elif image_format == "WEBP":
            image.save(buffer, "WEBP", quality=90, **options)
        else:
            image.save(buffer, "PNG", optimize=True, **options)
    return ContentFile(buffer.getvalue())


class SanitizedImageField(models.ImageField):
    """An ImageField that checks uploads with Pillow and stores them without metadata."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [validate_image_upload])
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            file.file = strip_metadata(file)
        return super().pre_save(model_instance, add)


@dataclass(frozen=True)
class Rendition:
    url: str
    width: int
    height: int


def rendition(image_field, size: str) -> Rendition | None:
    """The stored rendition of `image_field` in the named size, made on first use."""
    if not image_field or not getattr(image_field, "name", None):
        return None
    box = RENDITION_SIZES[size]
    digest = hashlib.sha1(f"{image_field.name}:{size}".encode()).hexdigest()[:16]
    path = f"renditions/{size}/{digest}.webp"
    dimensions_path = f"{path}.txt"
    storage = default_storage
    stored = _read_dimensions(storage, dimensions_path) if storage.exists(path) else None
    if stored is not None:
        return Rendition(storage.url(path), *stored)
    try:
        image_field.open("rb")
        with Image.open(image_field) as original:
            image = ImageOps.exif_transpose(original)
            image.thumbnail(box, Image.Resampling.LANCZOS)
            if image.mode not in ("RGB", "RGBA"):
                image = image.convert("RGBA")
            buffer = BytesIO()
            image.save(buffer, "WEBP", quality=82)
            width, height = image.size
    except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        return None
    finally:
        image_field.close()
    # The picture first, its size last: a size file that exists always has its picture.
    _write_atomically(storage, path, buffer.getvalue())
    _write_atomically(storage, dimensions_path, f"{width}x{height}".encode())
    return Rendition(storage.url(path), width, height)


def _read_dimensions(storage, dimensions_path: str) -> tuple[int, int] | None:
    """The stored "WIDTHxHEIGHT", or None when missing or unreadable (then it is made again)."""
    try:
        with storage.open(dimensions_path) as handle:
            width, height = (int(value) for value in handle.read().decode().split("x"))
    except (OSError, ValueError):
        return None
    return width, height


def _write_atomically(storage, name: str, content: bytes) -> None:
    """Replace `name` so that a reader sees the old file or the new one, never half of one.

    On local disk: write a temporary file beside it and rename it over the name (atomic on
    POSIX; parallel first views each rename a complete file). Object stores (S3) replace
    an object in one PUT, which is atomic already.
    """
    try:
        target = Path(storage.path(name))
    except NotImplementedError:
        storage.delete(name)
        storage.save(name, ContentFile(content))
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".tmp-", delete=False) as handle:
        handle.write(content)
        temporary = Path(handle.name)
    temporary.chmod(0o644)
    os.replace(temporary, target)


class Picture(models.Model):
    """An image on a page, in order, with a caption and a text for those who cannot see it.

    Concrete models add the object it belongs to and the `image` field with their own
    folder; their translation options translate `caption` and `alt_text`.
    """

    caption = models.CharField(_("caption"), max_length=300, blank=True)
    alt_text = models.CharField(
        _("alternative text"),
        max_length=300,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "pk"]

    def __str__(self):
        return self.caption or self.alt_text or self.image.name
