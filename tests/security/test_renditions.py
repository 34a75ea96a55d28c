"""Finding 5: parallel first views of an image rendition gave 500s (a half-written size file)."""

import threading

import pytest

from core.images import RENDITION_SIZES, rendition
from tests.factories import TripPhotoFactory

pytestmark = pytest.mark.django_db


def test_24_parallel_first_views_of_one_rendition_all_get_it():
    photo = TripPhotoFactory()
    for size in RENDITION_SIZES:
        start = threading.Barrier(24)
        results, errors = [], []

        def view(size=size, start=start, results=results, errors=errors):
            # Each request has its own model instance and so its own file handle.
            image = type(photo.image)(photo, photo.image.field, photo.image.name)
            start.wait()
            try:
                results.append(rendition(image, size))
            except Exception as error:  # a 500 in a real request; collected below
                errors.append(error)

        threads = [threading.Thread(target=view) for _ in range(24)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert errors == []
        assert None not in results
        assert len({(result.url, result.width, result.height) for result in results}) == 1


def test_a_view_that_meets_a_size_file_still_being_written_gets_the_rendition():
    """What the parallel views ran into: the other request had created the size file only."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    photo = TripPhotoFactory()
    made = rendition(photo.image, "card")
    size_file = made.url.removeprefix(default_storage.base_url) + ".txt"
    default_storage.delete(size_file)
    default_storage.save(size_file, ContentFile(b""))
    again = rendition(photo.image, "card")
    assert (again.url, again.width, again.height) == (made.url, made.width, made.height)
