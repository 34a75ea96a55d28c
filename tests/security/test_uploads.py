"""Uploads: the JPEG comment segment survived stripping; PDFs with JavaScript were accepted."""

import io
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from goodpractice.documents import validate_pdf_upload
from tests.factories import CaseDocumentFactory, TripPhotoFactory, pdf_bytes

pytestmark = pytest.mark.django_db

COMMENT = b"<script>alert(document.cookie)</script> Kamera: Muster"


def test_the_jpeg_comment_is_gone_from_a_stored_photo():
    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), "#0b5d7a").save(buffer, "JPEG", comment=COMMENT)
    assert COMMENT in buffer.getvalue()
    photo = TripPhotoFactory(image=SimpleUploadedFile("foto.jpg", buffer.getvalue()))
    with photo.image.open("rb") as stored:
        data = stored.read()
    assert data.startswith(b"\xff\xd8")
    assert COMMENT not in data
    assert b"\xff\xfe" not in data  # no COM segment at all


def pdf_with(script_object: bytes) -> bytes:
    document = pdf_bytes()
    return document.replace(b"%%EOF", script_object + b"\n%%EOF")


@pytest.mark.parametrize(
    "active_part",
    [
        b"9 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj",
        b"9 0 obj << /S /J#61vaScript /J#53 (app.alert(1)) >> endobj",
        b"9 0 obj << /Type /ObjStm /Filter /FlateDecode >> stream\n"
        + zlib.compress(b"<< /S /JavaScript /JS (app.alert(1)) >>")
        + b"\nendstream endobj",
        b"9 0 obj << /S /Launch /F (cmd.exe) >> endobj",
    ],
    ids=["plain", "hex-escaped-name", "in-a-compressed-stream", "launch"],
)
def test_a_pdf_with_javascript_is_refused(active_part):
    upload = SimpleUploadedFile("bericht.pdf", pdf_with(active_part), "application/pdf")
    with pytest.raises(ValidationError) as refused:
        validate_pdf_upload(upload)
    assert refused.value.code == "active_content"


def test_an_ordinary_pdf_is_accepted_and_served_as_a_download(client, settings):
    settings.SERVE_MEDIA = True
    validate_pdf_upload(SimpleUploadedFile("bericht.pdf", pdf_bytes(), "application/pdf"))
    document = CaseDocumentFactory()
    response = client.get(document.file.url)
    response.close()  # a FileResponse holds the file open
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
