"""Demo content as data: each app keeps its texts in `demo.toml` beside its `demo.py`.

`read()` gives the tables of that file (TOML, read with the standard library) with every
text tidied: inside a text a line break is a space and a blank line starts a paragraph, so
translators can wrap lines as they like. `save()` writes one row of it by natural key, so
loading twice creates no duplicates. The app's `demo.py` keeps what data cannot say: the
order of loading, values made by code (pictures, files, dates of posts) and defaults.
"""

import re
import tomllib
from datetime import date, datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone, translation

# Per related model, the field its objects are named by in the data (e.g. Region: "nuts3_code").
NaturalKeys = dict[type[models.Model], str]


def prose(text: str) -> str:
    """Text wrapped in the source → paragraphs separated by one blank line, one line each."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs)


def read(module_file: str | Path) -> dict:
    """The data file beside a demo module (`network/demo.py` → `network/demo.toml`)."""
    with Path(module_file).with_suffix(".toml").open("rb") as file:
        return _tidy(tomllib.load(file))


def _tidy(value):
    if isinstance(value, str):
        return prose(value)
    if isinstance(value, list):
        return [_tidy(item) for item in value]
    if isinstance(value, dict):
        return {name: _tidy(item) for name, item in value.items()}
    return value


def resolve(
    model: type[models.Model],
    row: dict,
    natural_keys: NaturalKeys | None = None,
    today: date | None = None,
) -> tuple[dict, dict]:
    """A row of data as field values of `model`: (values, many-to-many values).

    Values are taken as they are (also for a property that is no field), except that a
    foreign key or many-to-many field given by text names objects by the related model's
    field in `natural_keys`; `<field>_in_days = N` is the date N days after `today` (by
    default today); and a date and time without time zone is in the site's time zone.
    """
    values, many = {}, {}
    for name, value in row.items():
        if name.endswith("_in_days"):
            name = name.removesuffix("_in_days")
            value = (today or timezone.localdate()) + timedelta(days=value)
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:  # a property with a setter, such as `is_published`
            values[name] = value
            continue
        if field.many_to_many:
            many[name] = [_related(field, item, natural_keys or {}) for item in value]
        elif field.is_relation:
            values[name] = _related(field, value, natural_keys or {})
        elif isinstance(value, datetime) and timezone.is_naive(value):
            values[name] = timezone.make_aware(value, timezone.get_default_timezone())
        else:
            values[name] = value
    return values, many


def _related(field, value, natural_keys: NaturalKeys):
    if value is None or isinstance(value, models.Model):
        return value
    model = field.related_model
    try:
        return model._default_manager.get(**{natural_keys[model]: value})
    except model.DoesNotExist:
        owner = field.model.__name__
        raise ValueError(f"{owner}.{field.name}: there is no {model.__name__} {value!r}") from None


def save(
    model: type[models.Model],
    row: dict,
    *,
    key: str | tuple[str, ...],
    natural_keys: NaturalKeys | None = None,
    create_only: bool = False,
    today: date | None = None,
) -> tuple[models.Model, bool]:
    """Create or update the object of `model` that `row` describes: (object, created).

    `key` is the field, or fields, the object is found by; the other values (see `resolve`)
    are written, many-to-many fields after saving. With `create_only` an object that exists
    is returned as it is. Translated fields are written as given (`name_de`, `name_hu`).
    """
    values, many = resolve(model, row, natural_keys, today)
    lookup = {name: values.pop(name) for name in ((key,) if isinstance(key, str) else key)}
    manager = model._default_manager
    with translation.override(settings.LANGUAGE_CODE):
        if create_only:
            obj, created = manager.get_or_create(**lookup, defaults=values)
        else:
            obj, created = manager.update_or_create(**lookup, defaults=values)
        if created or not create_only:
            for name, objects in many.items():
                getattr(obj, name).set(objects)
    return obj, created
