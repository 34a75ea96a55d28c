"""Finding 6: a wrong Host header gave 500 (the 400 page built absolute URLs and raised again)."""

import pytest
from django.template.loader import render_to_string
from django.test import Client, RequestFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/de/", "/hu/tanulmanyutak/", "/admin/", "/de/gibt-es-nicht/"])
def test_a_wrong_host_header_is_a_400_with_a_small_page(path):
    client = Client(headers={"host": "evil.example"}, raise_request_exception=False)
    response = client.get(path)
    assert response.status_code == 400
    html = response.content.decode()
    assert "evil.example" not in html
    assert len(html) < 4000


@pytest.mark.parametrize("template", ["400.html", "403.html", "404.html", "500.html"])
def test_error_pages_render_without_the_requests_host(template):
    request = RequestFactory(headers={"host": "evil.example"}).get("/de/")
    html = render_to_string(template, {"request_path": "/de/"}, request=request)
    assert "<html" in html
    assert "evil.example" not in html
