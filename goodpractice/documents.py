"""PDF uploads for cases: the extension, the declared content type and the file itself."""

from django.core.exceptions import ValidationError
from django.db.models.fields.files import FieldFile
from django.utils.translation import gettext_lazy as _

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
PDF_CONTENT_TYPES = {"application/pdf", "application/x-pdf"}
PDF_MAGIC = b"%PDF-"


def validate_pdf_upload(file) -> None:
    """Refuse anything that is not a PDF of at most 10 MB, whatever its name claims."""
    if isinstance(file, FieldFile) and getattr(file, "_committed", False):
        return  # Already stored and checked when it was uploaded.
    name = (getattr(file, "name", "") or "").lower()
    if not name.endswith(".pdf"):
        raise ValidationError(_("Only PDF documents are accepted."), code="extension")
    size = getattr(file, "size", None)
    if size is not None and size > MAX_DOCUMENT_BYTES:
        raise ValidationError(
            _("The document is too large (at most %(limit)s MB)."),
            code="too_large",
            params={"limit": MAX_DOCUMENT_BYTES // (1024 * 1024)},
        )
    upload = getattr(file, "file", file)
    content_type = getattr(upload, "content_type", None)
    if content_type is not None and content_type.split(";")[0].strip() not in PDF_CONTENT_TYPES:
        raise ValidationError(_("Only PDF documents are accepted."), code="content_type")
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        head = file.read(len(PDF_MAGIC))
    except (OSError, ValueError):
        head = b""
    finally:
        try:
            file.seek(position)
        except (OSError, ValueError):
            pass
    if head != PDF_MAGIC:
        raise ValidationError(_("The file is not a valid PDF document."), code="invalid")
