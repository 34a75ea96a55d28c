from modeltranslation.translator import TranslationOptions, register

from network.models import Company, Network, Region, Sector


@register(Region)
class RegionTranslationOptions(TranslationOptions):
    fields = ("name", "slug", "description")
    required_languages = {"de": ("name",)}


@register(Sector)
class SectorTranslationOptions(TranslationOptions):
    fields = ("name", "slug")
    required_languages = {"de": ("name",)}


@register(Company)
class CompanyTranslationOptions(TranslationOptions):
    fields = ("description", "contact_role")


@register(Network)
class NetworkTranslationOptions(TranslationOptions):
    fields = ("name", "slug", "description")
    required_languages = {"de": ("name",)}
