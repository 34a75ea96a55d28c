"""The object history in the reader's language.

Django stores a change message as JSON with the English labels of the changed fields
("Places", "Transferability and lessons [hu]") and translates them on display only when a
label happens to be a msgid of its own. Here the stored labels are matched back to the
model's fields (and those of its inlines' models), so every entry, old ones too, names the
fields with their verbose names in the admin's language.
"""

import json

from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.db import models
from django.utils.text import capfirst, get_text_list
from django.utils.translation import gettext, override


def _labels(model: type[models.Model]) -> dict[str, object]:
    """English label (as Django stored it) → the field's lazy verbose name."""
    found = {}
    with override(None):
        for field in model._meta.get_fields():
            verbose = getattr(field, "verbose_name", None)
            if verbose is None:
                continue
            found[capfirst(str(verbose))] = verbose
            found[str(verbose)] = verbose
            found[field.name] = verbose
    return found


def _model_names() -> dict[str, object]:
    """English verbose name of a model → its lazy verbose name (for inline rows)."""
    with override(None):
        return {
            str(model._meta.verbose_name): model._meta.verbose_name for model in apps.get_models()
        }


def _related_models(model: type[models.Model]) -> list[type[models.Model]]:
    return [
        field.related_model
        for field in model._meta.get_fields()
        if field.one_to_many and field.related_model is not None
    ]


def translated_change_message(entry: LogEntry, model: type[models.Model]) -> str:
    """`entry.get_change_message()` with field and model names in the active language."""
    try:
        message = json.loads(entry.change_message)
    except ValueError:
        return entry.get_change_message()
    if not isinstance(message, list):
        return entry.get_change_message()
    labels = _labels(model)
    for related in _related_models(model):
        for label, verbose in _labels(related).items():
            labels.setdefault(label, verbose)
    names = _model_names()

    def field_name(label: str) -> str:
        verbose = labels.get(label)
        return capfirst(str(verbose)) if verbose is not None else gettext(label)

    def model_name(name: str) -> str:
        verbose = names.get(name)
        return str(verbose) if verbose is not None else gettext(name)

    parts = []
    for sub in message:
        if "added" in sub:
            if sub["added"]:
                parts.append(
                    gettext("Added {name} “{object}”.").format(
                        name=model_name(sub["added"]["name"]), object=sub["added"]["object"]
                    )
                )
            else:
                parts.append(gettext("Added."))
        elif "changed" in sub:
            fields = get_text_list(
                [field_name(label) for label in sub["changed"]["fields"]], gettext("and")
            )
            if "name" in sub["changed"]:
                parts.append(
                    gettext("Changed {fields} for {name} “{object}”.").format(
                        fields=fields,
                        name=model_name(sub["changed"]["name"]),
                        object=sub["changed"]["object"],
                    )
                )
            else:
                parts.append(gettext("Changed {fields}.").format(fields=fields))
        elif "deleted" in sub:
            parts.append(
                gettext("Deleted {name} “{object}”.").format(
                    name=model_name(sub["deleted"]["name"]), object=sub["deleted"]["object"]
                )
            )
    return " ".join(part[0].upper() + part[1:] for part in parts) or gettext("No fields changed.")


class HistoryInReaderLanguageMixin:
    """ModelAdmin mixin: the history page names fields in the admin's language."""

    def history_view(self, request, object_id, extra_context=None):
        response = super().history_view(request, object_id, extra_context)
        context = getattr(response, "context_data", None) or {}
        page = context.get("action_list")
        if page is not None:
            page.object_list = list(page.object_list)
            for entry in page.object_list:
                text = translated_change_message(entry, self.model)
                entry.get_change_message = lambda text=text: text
        return response
