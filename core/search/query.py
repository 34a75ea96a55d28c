"""What the visitor typed: cleaned, cut to size, split into word tokens, and as a tsquery."""

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import connections

from core.search.expressions import SEARCH_CONFIGS

MAX_QUERY_LENGTH = 200
MAX_TOKENS = 10
MAX_TOKEN_LENGTH = 60

_TOKEN = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")


@dataclass
class CleanQuery:
    text: str
    tokens: list[str]
    truncated: bool = False


def clean_query(raw: str) -> CleanQuery:
    """The query as shown back (cut to MAX_QUERY_LENGTH) and its word tokens.

    Only letters and digits make tokens, so operators, quotes, backslashes, `%` and `_`
    never reach SQL or tsquery syntax. Raises ValueError for NUL bytes.
    """
    if "\x00" in raw:
        raise ValueError("NUL byte in query")
    text = unicodedata.normalize("NFC", raw)
    text = "".join(" " if unicodedata.category(char)[0] == "C" else char for char in text)
    text = _SPACE.sub(" ", text).strip()
    truncated = len(text) > MAX_QUERY_LENGTH
    if truncated:
        text = text[:MAX_QUERY_LENGTH].rstrip()
    tokens = []
    for token in _TOKEN.findall(text.lower()):
        token = token[:MAX_TOKEN_LENGTH]
        if token not in tokens:
            tokens.append(token)
    return CleanQuery(text=text, tokens=tokens[:MAX_TOKENS], truncated=truncated)


def normalize_tsquery(tokens: Sequence[str], language: str, operator: str, using: str) -> str:
    """The tsquery text for `tokens` (each a prefix), stemmed twice by the language's config.

    Stemming the stem again lets "hálózatok" (stem "halozat") find "hálózat" (stem
    "haloz"); with the prefix match that only widens, never narrows, what is found.
    An empty string means the query held only stop words.
    """
    config = SEARCH_CONFIGS[language]
    raw = f" {operator} ".join(f"{token}:*" for token in tokens)
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT to_tsquery(%s::regconfig, to_tsquery(%s::regconfig, %s)::text)::text",
            [config, config, raw],
        )
        return cursor.fetchone()[0] or ""
