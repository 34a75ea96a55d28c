"""Texts for translators as XLIFF 2.0 or PO files, and the translated files back.

The export holds, for the chosen target language, every text of the selected objects that
is missing in that language or out of date there, with the other language's text as the
source. Each unit's id names the object and the field (`goodpractice.goodpractice:12:summary`).
XLIFF 2.0 (OASIS standard, read and written by translate-toolkit) is what current CAT tools
exchange; PO (polib) is for Poedit and gettext tools, with the old translation marked fuzzy
and the source it was written against as the previous msgid, so the tools show the change.

The import checks every unit before anything is saved (`check_import`): the file must be
one, in the chosen target language; each id must name an object of this list that the
editor may change; its source must still be the stored source text; the translation must
fit the field and, in rich-text fields, must not contain markup the cleaner would remove.
Only units whose translation differs from the stored text become changes.
"""

import html.parser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import polib
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from translate.storage.xliff2 import Xliff2File

from backoffice.translation_status import text_fields
from core.translation_state import out_of_date
from goodpractice import richtext
from goodpractice.models import GoodPractice

LANGUAGES = [code for code, _name in settings.LANGUAGES]
MAX_FILE_SIZE = 5 * 1024 * 1024
# The fields whose text is rich text, and what the cleaner keeps there.
RICH_TEXT_FIELDS = {GoodPractice: set(GoodPractice.RICH_TEXT_FIELDS)}


class NotATranslationFile(ValueError):
    """The upload is neither XLIFF 2.0 nor PO."""


def other_language(language: str) -> str:
    return next(code for code in LANGUAGES if code != language)


def unit_id(obj: models.Model, name: str) -> str:
    return f"{obj._meta.label_lower}:{obj.pk}:{name}"


@dataclass(frozen=True)
class Unit:
    id: str
    source: str
    target: str
    previous_source: str = ""  # what the old translation was written against (out of date)


def export_units(objects, target: str) -> list[Unit]:
    """The texts of `objects` that are missing or out of date in `target`."""
    source = other_language(target)
    units = []
    for obj in objects:
        for name in text_fields(type(obj)):
            text = getattr(obj, f"{name}_{source}", "") or ""
            current = getattr(obj, f"{name}_{target}", "") or ""
            state = out_of_date(obj, name, target)
            if text and (not current or state is not None):
                previous = state.source_text if state is not None else ""
                units.append(Unit(unit_id(obj, name), text, current, previous))
    return units


def write_xliff(units: list[Unit], target: str) -> bytes:
    store = Xliff2File(sourcelanguage=other_language(target), targetlanguage=target)
    store.setsourcelanguage(other_language(target))
    store.settargetlanguage(target)
    for unit in units:
        item = store.addsourceunit(unit.source)
        item.setid(unit.id)
        if unit.target:
            item.target = unit.target
    return bytes(store)


def write_po(units: list[Unit], target: str) -> bytes:
    catalog = polib.POFile(wrapwidth=0)
    catalog.metadata = {
        "Project-Id-Version": "REGIONET aktív",
        "Language": target,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Source-Language": other_language(target),
    }
    for unit in units:
        entry = polib.POEntry(msgctxt=unit.id, msgid=unit.source, msgstr=unit.target)
        if unit.previous_source:
            entry.flags.append("fuzzy")
            entry.previous_msgid = unit.previous_source
        catalog.append(entry)
    return str(catalog).encode("utf-8")


@dataclass(frozen=True)
class TranslationFile:
    language: str | None
    units: list[Unit]


def read_file(data: bytes) -> TranslationFile:
    """Parse an XLIFF 2.0 or PO file; `NotATranslationFile` for anything else."""
    head = data.lstrip()[:200]
    if head.startswith(b"<"):
        try:
            store = Xliff2File.parsestring(data)
        except Exception as error:  # lxml and translate-toolkit raise many kinds
            raise NotATranslationFile(str(error)) from error
        units = [
            Unit(unit.getid() or "", str(unit.source or ""), str(unit.target or ""))
            for unit in store.units
        ]
        return TranslationFile(store.gettargetlanguage(), units)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise NotATranslationFile(str(error)) from error
    try:
        catalog = polib.pofile(text)
    except (OSError, ValueError) as error:
        raise NotATranslationFile(str(error)) from error
    if not catalog.metadata and not len(catalog):
        raise NotATranslationFile("empty")
    units = [
        Unit(entry.msgctxt or "", entry.msgid, entry.msgstr)
        for entry in catalog
        if not entry.obsolete
    ]
    return TranslationFile(catalog.metadata.get("Language"), units)


class _MarkupCheck(html.parser.HTMLParser):
    """Collects the tags, attributes and link schemes the rich-text cleaner would remove."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.removed: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in richtext.ALLOWED_TAGS:
            self.removed.append(f"<{tag}>")
            return
        allowed = richtext.ALLOWED_ATTRIBUTES.get(tag, set())
        for name, value in attrs:
            if name not in allowed:
                self.removed.append(f'{name}="…"')
            elif name == "href" and urlsplit(value or "").scheme not in {
                "",
                *richtext.URL_SCHEMES,
            }:
                self.removed.append(value or "")


def stripped_markup(text: str) -> list[str]:
    checker = _MarkupCheck()
    checker.feed(text)
    checker.close()
    return checker.removed


@dataclass
class Change:
    obj: models.Model
    field: str
    label: str
    current: str
    new: str


@dataclass
class ImportCheck:
    changes: list[Change] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (unit id, message)
    unchanged: int = 0


def check_import(
    units: list[Unit], *, model: type[models.Model], target: str, may_change
) -> ImportCheck:
    """What the units would change in `target`, and every reason not to save them.

    `may_change(obj)` says whether the editor may change that object.
    """
    result = ImportCheck()
    source = other_language(target)
    fields = set(text_fields(model))
    ids = {}
    for unit in units:
        parts = unit.id.split(":")
        if (
            len(parts) == 3
            and parts[0] == model._meta.label_lower
            and parts[1].isdigit()
            and parts[2] in fields
        ):
            ids[unit.id] = (int(parts[1]), parts[2])
    objects = model._default_manager.in_bulk({pk for pk, _name in ids.values()})
    for unit in units:
        if unit.id not in ids or ids[unit.id][0] not in objects:
            result.errors.append((unit.id, gettext("Unknown id: no such text in this list.")))
            continue
        pk, name = ids[unit.id]
        obj = objects[pk]
        if not may_change(obj):
            result.errors.append((unit.id, gettext("You may not edit this object.")))
            continue
        stored_source = (getattr(obj, f"{name}_{source}", "") or "").replace("\r\n", "\n")
        if unit.source.replace("\r\n", "\n") != stored_source:
            result.errors.append(
                (unit.id, gettext("The source text has changed since the export."))
            )
            continue
        current = getattr(obj, f"{name}_{target}", "") or ""
        new = unit.target
        if not new.strip() or new == current:
            result.unchanged += 1
            continue
        error = _field_error(obj, name, target, new)
        if error:
            result.errors.append((unit.id, error))
            continue
        label = str(model._meta.get_field(name).verbose_name)
        result.changes.append(Change(obj, name, label, current, new))
    return result


def _field_error(obj: models.Model, name: str, target: str, value: str) -> str | None:
    column = obj._meta.get_field(f"{name}_{target}")
    try:
        column.clean(value, obj)
    except ValidationError as error:
        return " ".join(error.messages)
    if name in RICH_TEXT_FIELDS.get(type(obj), ()):
        removed = stripped_markup(value)
        if removed:
            return gettext("This markup would be removed when saving: %(markup)s") % {
                "markup": ", ".join(dict.fromkeys(removed))
            }
    return None
