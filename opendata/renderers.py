"""CSV downloads of the lists: UTF-8, one row per object, a column per language."""

import csv
import io

from rest_framework.renderers import BaseRenderer

LIST_SEPARATOR = "; "


def flatten(value, prefix: str = "") -> dict:
    """Nested answers as flat columns: `name.de` → `name_de`, lists joined with "; "."""
    if isinstance(value, dict):
        columns = {}
        for key, item in value.items():
            columns.update(flatten(item, f"{prefix}_{key}" if prefix else key))
        return columns
    if isinstance(value, list):
        if all(isinstance(item, dict) for item in value) and value:
            rows = [flatten(item) for item in value]
            keys = list(dict.fromkeys(key for row in rows for key in row))
            return {
                f"{prefix}_{key}": LIST_SEPARATOR.join(str(row.get(key) or "") for row in rows)
                for key in keys
            }
        return {prefix: LIST_SEPARATOR.join(str(item) for item in value)}
    return {prefix: "" if value is None else value}


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if isinstance(data, dict) and "results" in data:
            data = data["results"]
        rows = [flatten(item) for item in data] if isinstance(data, list) else [flatten(data)]
        columns = list(dict.fromkeys(key for row in rows for key in row))
        # An empty list of objects gives one empty column; drop it where others have the parts.
        columns = [
            column
            for column in columns
            if not any(other.startswith(f"{column}_") for other in columns)
            or any(row.get(column) for row in rows)
        ]
        buffer = io.StringIO()
        writer = csv.DictWriter(
            buffer, fieldnames=columns, restval="", extrasaction="ignore", lineterminator="\r\n"
        )
        writer.writeheader()
        writer.writerows(rows)
        response = (renderer_context or {}).get("response")
        view = (renderer_context or {}).get("view")
        if response is not None and view is not None and response.status_code == 200:
            name = getattr(view, "basename", None) or "data"
            response["Content-Disposition"] = f'attachment; filename="regionet-{name}.csv"'
        return buffer.getvalue().encode("utf-8")
