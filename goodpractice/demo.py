"""Demo content: good-practice cases in German and Hungarian, loaded idempotently.

The texts are in `goodpractice/demo.toml`; facts come from the source document (the 2013
study trip to Saxony and the list of cross-border instruments), the sentences are our
own. Regions, sectors, companies and networks are the network demo's, created there when
missing, so this works with or without the network app's demo content. This module adds
what data cannot say: the drawn illustration and the PDF of each case.
"""

import random
from io import BytesIO

from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image, ImageDraw, ImageFont

from core.demo import read, save
from goodpractice.models import CaseDocument, CaseImage, GoodPractice, Instrument, KeyFigure
from network import demo as network_demo
from studytrips.models import StudyTrip

DATA = read(__file__)
NATURAL_KEYS = {**network_demo.NATURAL_KEYS, Instrument: "code"}
# Written when the data leaves them out, so a second run resets what an edit changed.
CASE_DEFAULTS = {"start_year": None, "end_year": None, "published_at": None, "contact_name": ""}
NOT_FIELDS = ("study_trip", "key_figures", "colors", "document")


@transaction.atomic
def load() -> None:
    """Create or update the demo cases and whatever they refer to; safe to run again."""
    network_demo.taxonomies()
    if not Instrument.objects.exists():  # e.g. after a test flushed the data migration's rows
        _recreate_instruments()
    for row in DATA["cases"]:
        network_demo.companies(row["lead_organisation"])
        network_demo.networks(*row["networks"])
        values = {**CASE_DEFAULTS, **{k: v for k, v in row.items() if k not in NOT_FIELDS}}
        case, _created = save(GoodPractice, values, key="slug_de", natural_keys=NATURAL_KEYS)
        trip_slug = row.get("study_trip")
        trip = StudyTrip.objects.filter(slug_de=trip_slug).first() if trip_slug else None
        if case.study_trip != trip:
            case.study_trip = trip
            case.save(update_fields=["study_trip"])
        _key_figures(case, row["key_figures"])
        _image(case, row)
        _document(case, row.get("document"))


def _recreate_instruments() -> None:
    from importlib import import_module

    from django.apps import apps

    import_module("goodpractice.migrations.0002_instruments").create_instruments(apps, None)


def _key_figures(case: GoodPractice, figures: list[dict]) -> None:
    for position, figure in enumerate(figures):
        save(KeyFigure, {**figure, "case": case, "position": position}, key=("case", "position"))
    case.key_figures.filter(position__gte=len(figures)).delete()


def _image(case: GoodPractice, data) -> None:
    texts = {
        name: text.format(title=data[f"title_{name[-2:]}"])
        for name, text in DATA["illustration"].items()
    }
    image, _created = save(
        CaseImage, {**texts, "case": case, "position": 0}, key=("case", "position")
    )
    if image.image and image.image.storage.exists(image.image.name):
        return
    image.image.save(
        f"{data['slug_de']}.jpg", ContentFile(_network_picture(data["slug_de"], data["colors"]))
    )


def _network_picture(seed: str, colors: tuple[str, str]) -> bytes:
    """A 1200×800 picture of connected nodes on a gradient, the same for the same seed."""
    width, height = 1200, 800
    mask = Image.linear_gradient("L").resize((width, height))
    picture = Image.composite(
        Image.new("RGB", (width, height), colors[1]),
        Image.new("RGB", (width, height), colors[0]),
        mask,
    )
    draw = ImageDraw.Draw(picture)
    chance = random.Random(seed)
    nodes = [(chance.randint(80, width - 80), chance.randint(80, height - 80)) for _ in range(14)]
    for node in nodes:
        # Each node linked to its three nearest neighbours: a network, not a tangle.
        nearest = sorted(nodes, key=lambda o: (o[0] - node[0]) ** 2 + (o[1] - node[1]) ** 2)
        for other in nearest[1:4]:
            draw.line([node, other], fill=(255, 255, 255), width=4)
    for x, y in nodes:
        radius = chance.randint(14, 30)
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=(255, 255, 255))
    buffer = BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _document(case: GoodPractice, titles: dict | None) -> None:
    if titles is None:
        return
    title_de, title_hu = titles["title_de"], titles["title_hu"]
    document = case.documents.filter(position=0).first()
    if document is not None and document.file and document.file.storage.exists(document.file.name):
        document.title_de, document.title_hu = title_de, title_hu
        document.save(update_fields=["title", "title_de", "title_hu"])
        return
    document = document or CaseDocument(case=case, position=0)
    document.title_de, document.title_hu = title_de, title_hu
    document.file = ContentFile(_pdf(title_de, title_hu), name=f"{case.slug_de}.pdf")
    document.save()


def _pdf(*lines: str) -> bytes:
    """A one-page PDF (made with Pillow) carrying the given lines."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=40)
    for number, line in enumerate(lines):
        draw.text((120, 160 + number * 80), line, fill="black", font=font)
    buffer = BytesIO()
    page.save(buffer, "PDF", resolution=150)
    return buffer.getvalue()
