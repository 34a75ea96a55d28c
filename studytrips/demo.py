"""Demo content: the 2013 study trip to Saxony and an upcoming trip open for registration.

The texts and dates are in `studytrips/demo.toml`; this module loads them and draws the
pictures. `load()` can run any number of times: trips are keyed on their German slugs,
programmes are replaced, and photos are drawn with Pillow only when their file is missing.
Organisers and hosts are companies of the network demo, created there when missing.
"""

import random
from datetime import date, timedelta
from io import BytesIO

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw

from core.demo import read, resolve, save
from network import demo as network_demo
from studytrips.models import ProgrammeItem, StudyTrip, TripPhoto

DATA = read(__file__)
NATURAL_KEYS = network_demo.NATURAL_KEYS
# Written when the data leaves them out, so a second run resets what an edit changed.
TRIP_DEFAULTS = {"capacity": None, "registration_deadline": None, "participant_count": None}
NOT_FIELDS = ("cover", "programme", "photos")


def _illustration(motif: str, seed: int, size=(1600, 1067)) -> bytes:
    """A simple drawing (sky, ground and a motif) as a JPEG, so the demo needs no photo files."""
    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    top, bottom = (rng.randint(90, 140), rng.randint(150, 190), 230), (235, 240, 245)
    for y in range(height):
        share = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * share) for a, b in zip(top, bottom, strict=True)),
        )
    horizon = int(height * 0.68)
    draw.rectangle([0, horizon, width, height], fill=(92, 120, 88))
    if motif == "city":
        for x in range(0, width, 110):
            roof = horizon - rng.randint(120, 320)
            draw.rectangle([x, roof, x + 95, horizon], fill=(120, 104, 96))
        draw.ellipse([width * 0.42, horizon - 520, width * 0.58, horizon - 300], fill=(96, 84, 78))
        draw.rectangle([0, horizon, width, horizon + 90], fill=(70, 110, 150))  # the river
    elif motif == "glass":
        left, right = int(width * 0.2), int(width * 0.8)
        draw.rectangle([left, horizon - 420, right, horizon], fill=(180, 210, 225))
        for x in range(left, right, 60):
            draw.line([(x, horizon - 420), (x, horizon)], fill=(120, 140, 150), width=4)
        for y in range(horizon - 420, horizon, 70):
            draw.line([(left, y), (right, y)], fill=(120, 140, 150), width=4)
    elif motif == "talk":
        draw.rectangle([0, 0, width, height], fill=(224, 218, 206))
        draw.rectangle([width * 0.3, 120, width * 0.7, 480], fill=(250, 250, 250))
        for row in range(3):
            for seat in range(9):
                x, y = 140 + seat * 160 + row * 30, 640 + row * 130
                draw.ellipse([x, y, x + 70, y + 70], fill=(60 + row * 30, 70, 90))
    elif motif == "plant":
        draw.polygon(
            [
                (100, horizon),
                (100, horizon - 300),
                (width - 100, horizon - 380),
                (width - 100, horizon),
            ],
            fill=(150, 150, 160),
        )
        draw.rectangle([300, horizon - 150, width - 300, horizon - 20], fill=(200, 40, 40))
        for x in range(340, width - 340, 140):
            draw.ellipse([x, horizon - 50, x + 60, horizon + 10], fill=(30, 30, 30))
    else:  # workshop: a table with people around it
        draw.rectangle([0, 0, width, height], fill=(236, 230, 214))
        draw.ellipse([width * 0.25, 380, width * 0.75, 760], fill=(150, 110, 70))
        for angle in range(8):
            x = width * 0.5 + 520 * [1, 0.7, 0, -0.7, -1, -0.7, 0, 0.7][angle] - 45
            y = 570 + 260 * [0, 0.7, 1, 0.7, 0, -0.7, -1, -0.7][angle] - 45
            draw.ellipse([x, y, x + 90, y + 90], fill=(rng.randint(40, 200), 90, 120))
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _needs_file(field) -> bool:
    return not field or not field.storage.exists(field.name)


def _trip(row: dict, today: date) -> StudyTrip:
    hosts = [item["host"] for item in row["programme"] if "host" in item]
    network_demo.companies(row["organiser"], *row["hosts"], *hosts)
    values = {**TRIP_DEFAULTS, **{k: v for k, v in row.items() if k not in NOT_FIELDS}}
    trip, _created = save(StudyTrip, values, key="slug_de", natural_keys=NATURAL_KEYS, today=today)
    if _needs_file(trip.cover_image):
        picture = _illustration(row["cover"]["motif"], row["cover"]["seed"])
        trip.cover_image.save(f"{trip.slug_de}.jpg", ContentFile(picture), save=True)
    trip.programme_items.all().delete()
    for item in row["programme"]:
        day = trip.start_date + timedelta(days=item["day"])
        values, _many = resolve(ProgrammeItem, {**item, "day": day}, NATURAL_KEYS)
        ProgrammeItem.objects.create(trip=trip, **values)
    for position, photo in enumerate(row["photos"], start=1):
        values = {name: value for name, value in photo.items() if name != "motif"}
        item, _created = save(
            TripPhoto, {**values, "trip": trip, "position": position}, key=("trip", "position")
        )
        if _needs_file(item.image):
            picture = _illustration(photo["motif"], seed=trip.pk * 100 + position)
            item.image.save(f"{trip.slug_de}-{position}.jpg", ContentFile(picture), save=True)
    return trip


def load(today: date | None = None) -> None:
    """Load (or refresh) the demo study trips; dates "in days" count from `today`."""
    for row in DATA["trips"]:
        _trip(row, today or timezone.localdate())
