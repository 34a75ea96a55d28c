"""Serializer fields of the API: language maps and the canonical page addresses."""

from django.utils import translation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.facets import YearFacet
from opendata.api import LANGUAGE_CODES

# A year facet filters on a transform (`start_date__year`) that drf-spectacular cannot resolve
# to a model field; in the OpenAPI document it is what it is: a year, as an integer.
extend_schema_field(OpenApiTypes.INT)(YearFacet)

LANGUAGE_MAP = {
    "type": "object",
    "description": "The text in each requested language (null where it is not translated).",
    "properties": {code: {"type": "string", "nullable": True} for code in LANGUAGE_CODES},
}
URL_MAP = {
    "type": "object",
    "description": "The canonical page of the object in each language.",
    "properties": {code: {"type": "string", "format": "uri"} for code in LANGUAGE_CODES},
}


def requested(context) -> list[str]:
    request = context.get("request")
    return getattr(request, "api_languages", None) or list(LANGUAGE_CODES)


@extend_schema_field(LANGUAGE_MAP)
class TranslatedField(serializers.Field):
    """`name` → {"de": name_de, "hu": name_hu}, only the languages the client asked for."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, obj):
        return {
            code: getattr(obj, f"{self.field_name}_{code}", None) or None
            for code in requested(self.context)
        }


@extend_schema_field(URL_MAP)
class PageUrlsField(serializers.Field):
    """The object's public address in every language (always both), absolute."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, obj):
        request = self.context.get("request")
        urls = {}
        for code in LANGUAGE_CODES:
            with translation.override(code):
                path = obj.get_absolute_url()
            urls[code] = request.build_absolute_uri(path) if request else path
        return urls


@extend_schema_field(OpenApiTypes.STR)
class CodeField(serializers.CharField):
    pass
