"""The file formats of every back-office import and export: CSV and XLSX as Excel opens them.

CSV is UTF-8 with a byte order mark, semicolon-separated with CRLF line ends, so Excel (set
to German or Hungarian) shows ä, ő and ű and splits the columns. A text cell that would start
a formula (=, +, -, @, tab, carriage return) is prefixed with ' in CSV and stored as a plain
string in XLSX, so opening an export never runs a formula (CSV injection). An import reads
comma- or semicolon-separated files and drops that ' again, so an export imports as it was.
"""

import io
import re

import openpyxl
from import_export.formats import base_formats
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def spreadsheet_text(value) -> str:
    """A cell as text that Excel shows and never runs as a formula; numbers stay numbers."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS) and not NUMBER.fullmatch(text):
        return "'" + text
    return text


def _unescape(value):
    if isinstance(value, str) and value[:1] == "'" and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


class ExcelCSV(base_formats.CSV):
    def export_data(self, dataset, **kwargs):
        rows = [[spreadsheet_text(cell) for cell in row] for row in dataset]
        escaped = type(dataset)(*rows, headers=[spreadsheet_text(h) for h in dataset.headers])
        text = escaped.export("csv", delimiter=";", lineterminator="\r\n", **kwargs)
        return "\ufeff" + text

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes) and self.encoding:
            in_stream = in_stream.decode(self.encoding)
        header = in_stream.lstrip("\ufeff").split("\n", 1)[0]
        delimiter = ";" if header.count(";") > header.count(",") else ","
        dataset = super().create_dataset(in_stream, delimiter=delimiter, **kwargs)
        unescaped = type(dataset)(headers=dataset.headers)
        for row in dataset:
            unescaped.append([_unescape(cell) for cell in row])
        return unescaped


def _xlsx_value(value):
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("\N{REPLACEMENT CHARACTER}", value)
    return value


class ExcelXLSX(base_formats.XLSX):
    def export_data(self, dataset, **kwargs):
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.append(list(dataset.headers or []))
        for row in dataset:
            sheet.append([_xlsx_value(cell) for cell in row])
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"  # the text as it is, never a formula
        sheet.freeze_panes = "A2"
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()


FORMATS = [ExcelCSV, ExcelXLSX]
