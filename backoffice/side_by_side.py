"""The side-by-side translation view: German and Hungarian of every translated field.

Missing and out-of-date texts come first, each out-of-date one with the change of its
source shown as a word diff, and a form writes the missing side (or confirms that an
out-of-date translation is still right).
"""

import difflib
import re
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.db import models
from django.utils.html import escape, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from backoffice.translation_status import text_fields
from core.models import TranslationState
from core.translation_state import states_of

LANGUAGES = [code for code, _name in settings.LANGUAGES]
_WORDS = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> SafeString:
    """`old` → `new` word by word: removed words in <del>, added ones in <ins>; escaped."""
    before, after = _WORDS.findall(old or ""), _WORDS.findall(new or "")
    parts = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after).get_opcodes():
        if tag in ("replace", "delete"):
            parts.append(("del", "".join(before[i1:i2])))
        if tag in ("replace", "insert"):
            parts.append(("ins", "".join(after[j1:j2])))
        if tag == "equal":
            parts.append(("", "".join(before[i1:i2])))
    return mark_safe(
        "".join(f"<{tag}>{escape(text)}</{tag}>" if tag else escape(text) for tag, text in parts)
    )


@dataclass
class Side:
    language: str
    text: str
    missing: bool
    state: TranslationState | None
    diff: SafeString | None = None

    @property
    def needs_work(self) -> bool:
        return self.missing or self.state is not None


@dataclass
class Row:
    field: str
    label: str
    sides: list[Side] = field(default_factory=list)

    @property
    def needs_work(self) -> bool:
        return any(side.needs_work for side in self.sides)


def rows_for(obj: models.Model) -> list[Row]:
    """One row per translated field; those with a missing or out-of-date side first."""
    model = type(obj)
    states = states_of(obj)
    rows = []
    for name in text_fields(model):
        texts = {code: getattr(obj, f"{name}_{code}", "") or "" for code in LANGUAGES}
        row = Row(field=name, label=str(model._meta.get_field(name).verbose_name))
        for code in LANGUAGES:
            state = states.get((name, code))
            diff = None
            if state is not None:
                diff = word_diff(state.source_text, texts.get(state.source_language, ""))
            missing = not texts[code] and any(texts.values())
            row.sides.append(Side(code, texts[code], missing, state, diff))
        rows.append(row)
    return sorted(rows, key=lambda row: not row.needs_work)


def confirm_name(name: str, language: str) -> str:
    return f"still_valid_{name}_{language}"


def side_by_side_form(obj: models.Model, rows: list[Row]) -> type[forms.ModelForm]:
    """A form with a text box for each missing or out-of-date side (and a "still valid"
    box for each out-of-date one)."""
    columns = [
        f"{row.field}_{side.language}" for row in rows for side in row.sides if side.needs_work
    ]
    attrs = {}
    for row in rows:
        for side in row.sides:
            if side.state is not None:
                attrs[confirm_name(row.field, side.language)] = forms.BooleanField(
                    label=_("The translation is still right"), required=False
                )

    class Meta:
        model = type(obj)
        fields = columns
        widgets = dict.fromkeys(columns, forms.Textarea(attrs={"rows": 6, "cols": 60}))

    return type("SideBySideForm", (forms.ModelForm,), {"Meta": Meta, **attrs})


def confirmed_states(form: forms.ModelForm, rows: list[Row]) -> list[TranslationState]:
    return [
        side.state
        for row in rows
        for side in row.sides
        if side.state is not None and form.cleaned_data.get(confirm_name(row.field, side.language))
    ]


def field_labels(rows: list[Row], form: forms.ModelForm) -> SafeString:
    """The fields the form changed, for the success message."""
    changed = [row.label for row in rows if any(n.startswith(row.field) for n in form.changed_data)]
    return format_html_join(", ", "{}", ((label,) for label in changed))
