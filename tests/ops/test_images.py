import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from network.models import Company

pytestmark = pytest.mark.django_db

GPS_TAG = 0x8825


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), "#c8102e")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[GPS_TAG] = {1: "N", 2: (47.0, 41.0, 0.0), 3: "E", 4: (16.0, 35.0, 0.0)}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def post_logo(admin_client, upload):
    return admin_client.post(
        reverse("admin:network_company_add"),
        {
            "name": "Bildtest GmbH",
            "kind": "enterprise",
            "country": "AT",
            "logo": upload,
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
        },
        HTTP_ACCEPT_LANGUAGE="de",
    )


def test_uploaded_jpeg_is_stored_without_exif_and_gps(admin_client):
    original = jpeg_with_gps()
    assert GPS_TAG in Image.open(io.BytesIO(original)).getexif()
    response = post_logo(admin_client, SimpleUploadedFile("photo.jpg", original, "image/jpeg"))
    assert response.status_code == 302
    stored = Company.objects.get(name="Bildtest GmbH").logo
    with Image.open(stored.path) as image:
        assert image.format == "JPEG"
        assert image.size == (64, 48)
        assert len(image.getexif()) == 0


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("logo.png", b"GIF89a not really anything"),
        ("logo.jpg", b"\xff\xd8\xff\xe0 truncated jpeg"),
        ("logo.png", b""),
    ],
)
def test_files_that_are_not_images_are_refused_with_a_form_error(admin_client, name, content):
    response = post_logo(admin_client, SimpleUploadedFile(name, content))
    assert response.status_code == 200
    assert "logo" in response.context["adminform"].form.errors
    assert not Company.objects.filter(name="Bildtest GmbH").exists()


def test_gif_is_refused_even_though_pillow_could_open_it(admin_client):
    buffer = io.BytesIO()
    Image.new("P", (10, 10)).save(buffer, "GIF")
    response = post_logo(admin_client, SimpleUploadedFile("logo.gif", buffer.getvalue()))
    errors = response.context["adminform"].form.errors["logo"]
    assert "Nur JPEG-, PNG- und WebP-Bilder sind erlaubt." in errors


def test_decompression_bomb_is_refused(admin_client):
    buffer = io.BytesIO()
    # 1-bit pixels compress to almost nothing but would need gigabytes once decoded in RGB.
    Image.new("1", (9000, 9000)).save(buffer, "PNG")
    assert len(buffer.getvalue()) < 100_000
    response = post_logo(admin_client, SimpleUploadedFile("bomb.png", buffer.getvalue()))
    assert response.status_code == 200
    assert "Das Bild hat zu viele Pixel." in response.context["adminform"].form.errors["logo"]


def test_oversized_upload_is_refused(admin_client):
    noise = Image.frombytes("RGB", (1500, 1300), os.urandom(1500 * 1300 * 3))
    buffer = io.BytesIO()
    noise.save(buffer, "PNG")
    assert len(buffer.getvalue()) > 5 * 1024 * 1024
    response = post_logo(admin_client, SimpleUploadedFile("big.png", buffer.getvalue()))
    assert response.status_code == 200
    assert "zu groß" in response.context["adminform"].form.errors["logo"][0]
