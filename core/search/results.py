"""What a search lists: the kinds of result and one hit with its highlighted texts."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import models
from django.utils.safestring import SafeString
from django.utils.text import capfirst

from core.i18n import FALLBACK_NOTICES, LANGUAGE_CODES
from core.search.expressions import is_translated, text_fields, title_field
from core.search.models import SearchableModel

# Between the fields of a result's passage (a subtitle and the summary that follows).
PASSAGE_SEPARATOR = " · "


@dataclass(frozen=True)
class SearchType:
    """One kind of result: a language-independent key (used in ?type=) and its model."""

    key: str
    model: type[SearchableModel]

    @property
    def label(self) -> str:
        return capfirst(self.model._meta.verbose_name)

    @property
    def plural_label(self) -> str:
        return capfirst(self.model._meta.verbose_name_plural)


@dataclass
class SearchHit:
    type: SearchType
    object: models.Model
    rank: float
    title: SafeString
    title_lang: str
    snippet: SafeString
    snippet_lang: str
    similar: bool = False
    fallback_notice: str = ""

    @property
    def url(self) -> str:
        return self.object.get_absolute_url()

    @property
    def label(self) -> str:
        return self.type.label


def has_markup(model) -> bool:
    """The passage under a hit is read from HTML fields (their tags are dropped)."""
    return bool(model.search_markup_fields & set(text_fields(model)))


def make_hit(
    search_type: SearchType,
    obj,
    rank: float,
    title: SafeString,
    snippet: SafeString,
    language: str,
    similar: bool = False,
) -> SearchHit:
    """A hit, with the languages its title and passage are in and, when one is not the
    page's language, the notice saying so."""
    if obj.search_language():
        title_lang = snippet_lang = obj.search_language()
    else:
        title_lang = _shown_language(obj, [title_field(type(obj))], language)
        snippet_lang = _shown_language(obj, text_fields(type(obj)), language)
    shown_in = {title_lang, snippet_lang} - {language}
    return SearchHit(
        type=search_type,
        object=obj,
        rank=rank,
        title=title,
        title_lang=title_lang,
        snippet=snippet,
        snippet_lang=snippet_lang,
        similar=similar,
        fallback_notice=str(FALLBACK_NOTICES[shown_in.pop()]) if shown_in else "",
    )


def _shown_language(obj, names: Iterable[str], language: str) -> str:
    """`language` unless every translated field is empty there and filled in another."""
    translated = [name for name in names if is_translated(type(obj), name)]
    if not translated or any(getattr(obj, f"{name}_{language}", "") for name in translated):
        return language
    for code in LANGUAGE_CODES:
        if any(getattr(obj, f"{name}_{code}", "") for name in translated):
            return code
    return language
