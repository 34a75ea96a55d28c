"""PDF uploads for cases: the extension, the declared content type and the file itself.

A PDF that can run something when opened (JavaScript, a launch action) is refused: names are
read after undoing `#xx` escapes, in the file and inside its compressed streams (where
object streams hide them). Documents are also served as attachments (regionet.views.media).
"""

import re
import zlib

from django.core.exceptions import ValidationError
from django.db.models.fields.files import FieldFile
from django.utils.translation import gettext_lazy as _

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
PDF_CONTENT_TYPES = {"application/pdf", "application/x-pdf"}
PDF_MAGIC = b"%PDF-"
# PDF names that make a reader run code or a program.
ACTIVE_NAMES = {b"javascript", b"js", b"launch"}
NAME = re.compile(rb"/((?:[^\s/<>\[\]()%{}#]|#[0-9A-Fa-f]{2})+)")
STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.DOTALL)
MAX_INFLATED_BYTES = 50 * 1024 * 1024


def _names(data: bytes) -> set[bytes]:
    return {
        re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw).lower()
        for raw in NAME.findall(data)
    }


def _inflated_streams(data: bytes):
    budget = MAX_INFLATED_BYTES
    for match in STREAM.finditer(data):
        if budget <= 0:
            return
        inflater = zlib.decompressobj()
        try:
            inflated = inflater.decompress(match.group(1), budget)
        except zlib.error:
            continue
        budget -= len(inflated)
        yield inflated


def runs_code(data: bytes) -> bool:
    """True when the PDF (or one of its compressed streams) names JavaScript or a launch."""
    if _names(data) & ACTIVE_NAMES:
        return True
    return any(_names(inflated) & ACTIVE_NAMES for inflated in _inflated_streams(data))


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
        data = file.read(MAX_DOCUMENT_BYTES + 1)
    except (OSError, ValueError):
        data = b""
    finally:
        try:
            file.seek(position)
        except (OSError, ValueError):
            pass
    if not data.startswith(PDF_MAGIC):
        raise ValidationError(_("The file is not a valid PDF document."), code="invalid")
    if runs_code(data):
        raise ValidationError(
            _(
                "The PDF contains JavaScript or an action that starts a program. Please save "
                "it without them (e.g. print it to a new PDF) and upload it again."
            ),
            code="active_content",
        )
