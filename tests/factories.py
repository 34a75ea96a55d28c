"""factory_boy factories for the portal's models, with text in both languages."""

import datetime
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


# Good practice -------------------------------------------------------------------------


def pdf_bytes() -> bytes:
    """A real one-page PDF (Pillow writes PDF), starting with the %PDF- magic bytes."""
    buffer = io.BytesIO()
    Image.new("RGB", (200, 100), "white").save(buffer, "PDF")
    return buffer.getvalue()


def pdf_file(name: str = "brief.pdf") -> ContentFile:
    return ContentFile(pdf_bytes(), name=name)


class InstrumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "goodpractice.Instrument"

    code = factory.Sequence(lambda n: f"test-instrument-{n}")
    name_de = factory.Sequence(lambda n: f"Instrument {n}")
    name_hu = factory.Sequence(lambda n: f"{n}. eszköz")
    description_de = "Ein Instrument der Zusammenarbeit."
    description_hu = "Az együttműködés egyik eszköze."
    position = factory.Sequence(lambda n: 100 + n)


class GoodPracticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "goodpractice.GoodPractice"
        skip_postgeneration_save = True

    title_de = factory.Sequence(lambda n: f"Beispiel {n}")
    title_hu = factory.Sequence(lambda n: f"{n}. jó gyakorlat")
    summary_de = "Ein Netzwerk hat etwas ausprobiert."
    summary_hu = "Egy hálózat kipróbált valamit."
    challenge_de = "Die Ausgangslage."
    challenge_hu = "A kiinduló helyzet."
    approach_de = "Das Vorgehen."
    approach_hu = "A megközelítés."
    results_de = "Die Ergebnisse."
    results_hu = "Az eredmények."
    transferability_de = "Die Übertragbarkeit."
    transferability_hu = "Az átvehetőség."
    resources_de = "Die Ressourcen."
    resources_hu = "Az erőforrások."
    start_year = 2012
    status = "published"
    published_at = factory.Sequence(
        lambda n: datetime.datetime(2014, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(days=n)
    )

    @factory.post_generation
    def instruments(self, create, extracted, **kwargs):
        if create and extracted:
            self.instruments.set(extracted)

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create and extracted:
            self.sectors.set(extracted)

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.regions.set(extracted)

    @factory.post_generation
    def networks(self, create, extracted, **kwargs):
        if create and extracted:
            self.networks.set(extracted)


class KeyFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "goodpractice.KeyFigure"

    case = factory.SubFactory(GoodPracticeFactory)
    value = "600"
    label_de = "Mitglieder"
    label_hu = "tag"
    position = factory.Sequence(int)


class CaseImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "goodpractice.CaseImage"

    case = factory.SubFactory(GoodPracticeFactory)
    image = factory.LazyFunction(lambda: image_file("case.png", width=1600, height=1200))
    alt_text_de = "Teilnehmende beim Workshop"
    alt_text_hu = "Résztvevők a műhelymunkán"
    caption_de = "Workshop in Bautzen"
    caption_hu = "Műhelymunka Bautzenben"


class CaseDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "goodpractice.CaseDocument"

    case = factory.SubFactory(GoodPracticeFactory)
    file = factory.LazyFunction(pdf_file)
    title_de = "Kurzbericht"
    title_hu = "Rövid beszámoló"
