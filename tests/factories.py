"""factory_boy factories for the portal's models, with text in both languages."""

import io

import factory
from django.core.files.base import ContentFile
from PIL import Image

from network.models import Company, Membership, Network, Region, Sector
from regionet.models import Page


def png_bytes(width: int = 300, height: int = 200, color: str = "#0b5d7a") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


def image_file(name: str = "logo.png", **kwargs) -> ContentFile:
    return ContentFile(png_bytes(**kwargs), name=name)


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region

    name_de = factory.Sequence(lambda n: f"Kleinregion {n}")
    name_hu = factory.Sequence(lambda n: f"{n}. kistérség")
    country = "AT"
    nuts3_code = factory.Sequence(lambda n: f"AT{n:03d}"[-5:])
    description_de = "Eine Kleinregion an der Grenze."
    description_hu = "Egy határ menti kistérség."


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector

    name_de = factory.Sequence(lambda n: f"Branche {n}")
    name_hu = factory.Sequence(lambda n: f"{n}. ágazat")
    nace_code = factory.Sequence(lambda n: f"C{n:02d}")


class CompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Company

    name = factory.Sequence(lambda n: f"Musterbetrieb {n} GmbH")
    kind = Company.Kind.ENTERPRISE
    description_de = "Ein Familienbetrieb im Burgenland."
    description_hu = "Családi vállalkozás Burgenlandban."
    region = factory.SubFactory(RegionFactory)
    country = "AT"
    city = "Eisenstadt"
    size_band = Company.SizeBand.SMALL
    is_published = True


class NetworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Network

    name_de = factory.Sequence(lambda n: f"Unternehmensnetzwerk {n}")
    name_hu = factory.Sequence(lambda n: f"{n}. vállalkozói hálózat")
    kind = Network.Kind.REGIONAL
    description_de = "Ein regionales Unternehmensnetzwerk."
    description_hu = "Egy regionális vállalkozói hálózat."


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    company = factory.SubFactory(CompanyFactory)
    network = factory.SubFactory(NetworkFactory)
    role = Membership.Role.MEMBER


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page

    title_de = factory.Sequence(lambda n: f"Projektseite {n}")
    title_hu = factory.Sequence(lambda n: f"{n}. projektoldal")
    body_de = "Erster Absatz.\n\nZweiter Absatz."
    body_hu = "Első bekezdés.\n\nMásodik bekezdés."
