"""factory_boy factories for the portal's models, with text in both languages."""

import datetime
import io

import factory
from django.core.files.base import ContentFile
from PIL import Image

from core.models import Page
from network.models import Company, Membership, Network, Region, Sector


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


# Study trips ----------------------------------------------------------------------------------
# (imports kept local so this block can be appended to the file as it is)


def days_from_today(days: int):
    import datetime

    from django.utils import timezone

    return timezone.localdate() + datetime.timedelta(days=days)


def _days_after(start, days: int):
    import datetime

    return start + datetime.timedelta(days=days)


def _now():
    from django.utils import timezone

    return timezone.now()


class ConsentedFactory(factory.django.DjangoModelFactory):
    """Sent through a public form whose consent text (version 2026-11) was accepted just now."""

    class Meta:
        abstract = True

    consent_at = factory.LazyFunction(_now)
    consent_version = "2026-11"


class StudyTripFactory(factory.django.DjangoModelFactory):
    """An upcoming trip, open for registration, with 5 places."""

    class Meta:
        model = "studytrips.StudyTrip"

    title_de = factory.Sequence(lambda n: f"Studienreise {n}")
    title_hu = factory.Sequence(lambda n: f"{n}. tanulmányút")
    theme_de = "Unternehmensnetzwerke als Vorbild"
    theme_hu = "Vállalkozói hálózatok mintaként"
    summary_de = "Vier Tage mit Fachvorträgen und Betriebsbesichtigungen."
    summary_hu = "Négy nap szakmai előadásokkal és üzemlátogatásokkal."
    destination_de = "Dresden"
    destination_hu = "Drezda"
    country = "DE"
    start_date = factory.LazyFunction(lambda: days_from_today(60))
    end_date = factory.LazyAttribute(lambda trip: _days_after(trip.start_date, 3))
    registration_deadline = factory.LazyAttribute(lambda trip: _days_after(trip.start_date, -14))
    capacity = 5
    is_published = True


class ProgrammeItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "studytrips.ProgrammeItem"

    trip = factory.SubFactory(StudyTripFactory)
    day = factory.LazyAttribute(lambda item: item.trip.start_date)
    kind = "expert_talk"
    title_de = factory.Sequence(lambda n: f"Fachvortrag {n}")
    title_hu = factory.Sequence(lambda n: f"{n}. szakmai előadás")


class PictureFactory(factory.django.DjangoModelFactory):
    """A picture on a page (core.images.Picture): 1600 × 1200, texts in both languages."""

    class Meta:
        abstract = True

    class Params:
        file_name = "photo.png"

    image = factory.LazyAttribute(lambda obj: image_file(obj.file_name, width=1600, height=1200))
    caption_de = "Bei der Betriebsbesichtigung"
    caption_hu = "Az üzemlátogatáson"
    alt_text_de = "Eine Gruppe in einer Werkshalle"
    alt_text_hu = "Egy csoport egy gyárcsarnokban"


class TripPhotoFactory(PictureFactory):
    class Meta:
        model = "studytrips.TripPhoto"

    trip = factory.SubFactory(StudyTripFactory)


class RegistrationFactory(ConsentedFactory):
    class Meta:
        model = "studytrips.Registration"

    trip = factory.SubFactory(StudyTripFactory)
    name = factory.Sequence(lambda n: f"Teilnehmerin {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    organisation = "Musterbetrieb GmbH"
    preferred_language = "de"
    status = "confirmed"


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


class CaseImageFactory(PictureFactory):
    class Meta:
        model = "goodpractice.CaseImage"

    class Params:
        file_name = "case.png"

    case = factory.SubFactory(GoodPracticeFactory)
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


# Back office -----------------------------------------------------------------------------


class PartnerFactory(factory.django.DjangoModelFactory):
    """A project partner: a business support organisation with an editor account or two."""

    class Meta:
        model = "backoffice.Partner"

    company = factory.SubFactory(CompanyFactory, kind=Company.Kind.SUPPORT)


def back_office_user(username: str, *, group: str | None = None, partner=None, **fields):
    """A staff account in a back-office group, linked to a partner when one is given."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from backoffice.models import EditorProfile

    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "x", is_staff=True, **fields
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    if partner is not None:
        EditorProfile.objects.create(user=user, partner=partner)
    return user


# Cooperation exchange ------------------------------------------------------------------


class CooperationPostFactory(ConsentedFactory):
    """A public post: confirmed by its author, approved, online for another 60 days."""

    class Meta:
        model = "cooperation.CooperationPost"

    kind = "offer"
    cooperation_type = "supplier"
    title = factory.Sequence(lambda n: f"Lohnfertigung von Drehteilen {n}")
    text = "Wir fertigen Drehteile in Kleinserien für Partner beiderseits der Grenze."
    sector = factory.SubFactory(SectorFactory)
    region = factory.SubFactory(RegionFactory)
    languages = factory.LazyFunction(lambda: ["de", "hu"])
    company = factory.Sequence(lambda n: f"Drehteile {n} GmbH")
    contact_name = "Anna Berger"
    contact_email = factory.Sequence(lambda n: f"author{n}@example.org")
    language = "de"
    expires_on = factory.LazyFunction(lambda: days_from_today(60))
    confirmed_at = factory.LazyFunction(_now)
    status = "approved"


class ContactRequestFactory(ConsentedFactory):
    """An interest in a post, sent just now."""

    class Meta:
        model = "cooperation.ContactRequest"

    kind = "interest"
    post = factory.SubFactory(CooperationPostFactory)
    name = factory.Sequence(lambda n: f"Interessentin {n}")
    email = factory.Sequence(lambda n: f"interested{n}@example.org")
    organisation = "Partner Kft."
    message = "Wir hätten Interesse an einer Zusammenarbeit."


class CooperationFactory(factory.django.DjangoModelFactory):
    """An approved cooperation (add its partners with CooperationPartnerFactory)."""

    class Meta:
        model = "cooperation.Cooperation"

    title = factory.Sequence(lambda n: f"Gemeinsame Fertigung {n}")
    kind = "supplier"
    started_on = datetime.date(2024, 3, 1)
    origin = "other"
    status = "approved"


class CooperationPartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "cooperation.CooperationPartner"

    cooperation = factory.SubFactory(CooperationFactory)
    name = factory.Sequence(lambda n: f"Partnerorganisation {n}")
    country = "AT"
