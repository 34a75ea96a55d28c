"""Finding 10: a 200 MB anonymous POST was read (170 MiB spooled to disk) before it was refused."""

import pytest

from tests.factories import StudyTripFactory

pytestmark = pytest.mark.django_db


class CountingInput:
    """The request body as the server hands it over; counts what the portal reads of it."""

    def __init__(self, size: int):
        self.size = size
        self.read_bytes = 0

    def read(self, size=-1):
        size = self.size - self.read_bytes if size is None or size < 0 else size
        size = min(size, self.size - self.read_bytes)
        self.read_bytes += size
        return b"a" * size

    def readline(self, size=-1):
        return self.read(min(size, 1024) if size and size > 0 else 1024)


@pytest.mark.parametrize(
    "content_type", ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]
)
def test_an_oversized_anonymous_body_is_refused_before_it_is_read(client, content_type):
    trip = StudyTripFactory()
    body = CountingInput(200 * 1024 * 1024)
    response = client.generic(
        "POST",
        f"/de/studienreisen/{trip.slug_de}/anmeldung/",
        CONTENT_TYPE=content_type,
        CONTENT_LENGTH=str(body.size),
        **{"wsgi.input": body},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert response.status_code == 413
    assert body.read_bytes == 0
    assert "zu groß" in response.content.decode()


def test_a_normal_form_still_gets_through(client):
    trip = StudyTripFactory()
    response = client.post(
        f"/de/studienreisen/{trip.slug_de}/anmeldung/",
        {"name": "Anna", "email": "anna@example.org", "consent": "on", "preferred_language": "de"},
    )
    assert response.status_code == 302
