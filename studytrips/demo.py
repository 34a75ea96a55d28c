"""Demo content: the 2013 study trip to Saxony and an upcoming trip open for registration.

`load()` can run any number of times: trips and companies are keyed on their slugs,
programmes are replaced, and photos are drawn with Pillow only when their file is missing.
"""

import random
from datetime import date, time, timedelta
from io import BytesIO

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw

from network.models import Company
from studytrips.models import ProgrammeItem, StudyTrip, TripPhoto

Kind = ProgrammeItem.Kind

# Companies the network demo may create too; get-or-create on the slug merges with it.
COMPANIES = {
    "oberlausitz-regionalmarketing": {
        "name": "Marketing-Gesellschaft Oberlausitz-Niederschlesien mbH",
        "kind": Company.Kind.SUPPORT,
        "country": "DE",
        "city": "Bautzen",
        "description_de": (
            "Die regionale Marketinggesellschaft der Oberlausitz koordiniert die prägenden "
            "Branchen der Region und ihre branchenübergreifende Zusammenarbeit und ist für das "
            "Standort- und Tourismusmarketing zuständig. Gastgeber der Studienreise 2013."
        ),
        "description_hu": (
            "Felső-Lausitz térségi marketingszervezete koordinálja a térség meghatározó "
            "ágazatait és azok ágazatokon átívelő együttműködését, és felel a telephely- és "
            "turisztikai marketingért. A 2013-as tanulmányút házigazdája."
        ),
        "is_published": True,
    },
    "regionet-aktiv-projektbuero": {
        "name": "REGIONET aktív Projektbüro",
        "kind": Company.Kind.NETWORK,
        "country": "AT",
        "description_de": "Das Projektbüro organisiert die Studienreisen von REGIONET aktív.",
        "description_hu": "A projektiroda szervezi a REGIONET aktív tanulmányútjait.",
        "is_published": True,
    },
    # Hosts of company visits, not members of a network: shown by name, without a page.
    "volkswagen-glaeserne-manufaktur": {
        "name": "Volkswagen Sachsen GmbH – Gläserne Manufaktur",
        "kind": Company.Kind.ENTERPRISE,
        "country": "DE",
        "city": "Dresden",
        "size_band": Company.SizeBand.LARGE,
        "is_published": False,
    },
    "bombardier-transportation-bautzen": {
        "name": "Bombardier Transportation GmbH, Werk Bautzen",
        "kind": Company.Kind.ENTERPRISE,
        "country": "DE",
        "city": "Bautzen",
        "size_band": Company.SizeBand.LARGE,
        "is_published": False,
    },
}

SAXONY_REPORT_DE = """\
Im Rahmen des Projekts REGIONET aktív (Programm Europäische Territoriale Zusammenarbeit \
Österreich–Ungarn 2007–2013, Projektnummer L00031) reiste vom 24. bis 27. April 2013 eine \
Gruppe von rund 35 Teilnehmenden nach Sachsen: Unternehmerinnen und Unternehmer, Vertreter \
der Projektpartner und der regionalen Unternehmensnetzwerke sowie Delegierte von \
Organisationen der Wirtschaftsentwicklung.

Ziel war es, Good-Practice-Beispiele und Musterprojekte von Unternehmensnetzwerken \
kennenzulernen. In Fachvorträgen und Betriebsbesichtigungen erhielt die Gruppe ein \
umfassendes Bild der sächsischen Wirtschaft und ihrer führenden Branchen. Mehrere Projekte \
zeigten, wie Verwaltung, Politik und Wirtschaft im Dialog Aufgaben teilen und was dabei \
konkret herauskommt.

Gastgeber in der Oberlausitz war die regionale Marketinggesellschaft, rund zehn Jahre zuvor \
als gemeinnützige GmbH gegründet. Sie koordiniert die prägenden Branchen der Region – \
Lokomotiv- und Waggonbau, Zulieferer der Automobilindustrie, Maschinenbau, \
Kunststoffverarbeitung, Lebensmittelverarbeitung – und deren branchenübergreifende \
Zusammenarbeit; als Dachorganisation verantwortet sie zugleich das Regionsprofil sowie das \
Standort- und Tourismusmarketing. In der stark von Abwanderung betroffenen Region haben sich \
ihr rund 600 Unternehmen, Organisationen und Gemeinden angeschlossen. Mehrere deutsche und \
europäische Unternehmen haben sich angesiedelt, für die regionale KMU heute die wichtigsten \
Zulieferer sind.

Neben Branchen- und grenzüberschreitenden Netzwerken besuchte die Gruppe die Gläserne \
Manufaktur von Volkswagen in Dresden, in der damals der Phaeton gebaut wurde, und das Werk \
von Bombardier Transportation in Bautzen.

Die Reise hat die Kompetenz der Teilnehmenden in Methoden und Praxis der Vernetzung \
unmittelbar gestärkt: Sie lernten eine bewährte Praxis aus der Nähe kennen und diskutierten, \
was sich davon auf die eigenen Regionen übertragen lässt. Der nachhaltige Aufbau und Betrieb \
regionaler und grenzüberschreitender Netzwerke bleibt eine zentrale Aufgabe in den Regionen \
von REGIONET aktív; eine Fortsetzung des Projekts kann auf den entstandenen Strukturen \
aufbauen."""

SAXONY_REPORT_HU = """\
A REGIONET aktív projekt (Ausztria–Magyarország Határon Átnyúló Együttműködési Program \
2007–2013, projektszám: L00031) keretében 2013. április 24. és 27. között mintegy 35 fős \
csoport utazott Szászországba: vállalkozók, a projektpartnerek és a regionális vállalkozói \
hálózatok képviselői, valamint gazdaságfejlesztési szervezetek delegáltjai.

A cél a vállalkozói hálózatok jó gyakorlatainak és mintaprojektjeinek megismerése volt. \
Szakmai előadásokon és üzemlátogatásokon a csoport átfogó képet kapott Szászország \
gazdaságáról és vezető ágazatairól. Több projekt mutatta be, hogyan osztják meg a feladatokat \
párbeszédben a közigazgatás, a politika és a gazdaság szereplői, és milyen konkrét eredmények \
születnek ebből.

Felső-Lausitzban a térség marketingszervezete, egy mintegy tíz évvel korábban alapított \
nonprofit kft. volt a házigazda. A szervezet koordinálja a térség meghatározó ágazatait – \
mozdony- és vagongyártás, autóipari beszállítók, gépgyártás, műanyagipar, \
élelmiszer-feldolgozás – és azok ágazatokon átívelő együttműködését; ernyőszervezetként a \
térségi arculatért, valamint a telephely- és turisztikai marketingért is felel. Az elvándorlás \
által erősen sújtott térségben mintegy 600 vállalkozás, szervezet és önkormányzat \
csatlakozott hozzá. Több német és európai vállalat is letelepedett, amelyeknek ma a térség \
kkv-i a legfontosabb beszállítói.

Az ágazati és határon átnyúló hálózatok mellett a csoport meglátogatta a Volkswagen drezdai \
Üvegmanufaktúráját, ahol akkoriban a Phaeton készült, valamint a Bombardier Transportation \
bautzeni üzemét.

A tanulmányút közvetlenül erősítette a résztvevők hálózatépítési módszereit és gyakorlatát: \
közelről ismerhettek meg egy bevált gyakorlatot, és megvitatták, mi vehető át belőle a saját \
térségükben. A regionális és határon átnyúló hálózatok tartós kiépítése és működtetése \
továbbra is kulcskérdés a REGIONET aktív térségeiben; a projekt folytatása a létrejött \
struktúrákra építhet."""


def _company(slug: str) -> Company:
    data = COMPANIES[slug]
    company, _created = Company.objects.update_or_create(
        slug=slug, defaults={}, create_defaults={"slug": slug, **data}
    )
    return company


def _illustration(motif: str, seed: int, size=(1600, 1067)) -> bytes:
    """A simple drawing (sky, ground and a motif) as a JPEG, so the demo needs no photo files."""
    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    top, bottom = (rng.randint(90, 140), rng.randint(150, 190), 230), (235, 240, 245)
    for y in range(height):
        share = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * share) for a, b in zip(top, bottom, strict=True)),
        )
    horizon = int(height * 0.68)
    draw.rectangle([0, horizon, width, height], fill=(92, 120, 88))
    if motif == "city":
        for x in range(0, width, 110):
            roof = horizon - rng.randint(120, 320)
            draw.rectangle([x, roof, x + 95, horizon], fill=(120, 104, 96))
        draw.ellipse([width * 0.42, horizon - 520, width * 0.58, horizon - 300], fill=(96, 84, 78))
        draw.rectangle([0, horizon, width, horizon + 90], fill=(70, 110, 150))  # the river
    elif motif == "glass":
        left, right = int(width * 0.2), int(width * 0.8)
        draw.rectangle([left, horizon - 420, right, horizon], fill=(180, 210, 225))
        for x in range(left, right, 60):
            draw.line([(x, horizon - 420), (x, horizon)], fill=(120, 140, 150), width=4)
        for y in range(horizon - 420, horizon, 70):
            draw.line([(left, y), (right, y)], fill=(120, 140, 150), width=4)
    elif motif == "talk":
        draw.rectangle([0, 0, width, height], fill=(224, 218, 206))
        draw.rectangle([width * 0.3, 120, width * 0.7, 480], fill=(250, 250, 250))
        for row in range(3):
            for seat in range(9):
                x, y = 140 + seat * 160 + row * 30, 640 + row * 130
                draw.ellipse([x, y, x + 70, y + 70], fill=(60 + row * 30, 70, 90))
    elif motif == "plant":
        draw.polygon(
            [
                (100, horizon),
                (100, horizon - 300),
                (width - 100, horizon - 380),
                (width - 100, horizon),
            ],
            fill=(150, 150, 160),
        )
        draw.rectangle([300, horizon - 150, width - 300, horizon - 20], fill=(200, 40, 40))
        for x in range(340, width - 340, 140):
            draw.ellipse([x, horizon - 50, x + 60, horizon + 10], fill=(30, 30, 30))
    else:  # workshop: a table with people around it
        draw.rectangle([0, 0, width, height], fill=(236, 230, 214))
        draw.ellipse([width * 0.25, 380, width * 0.75, 760], fill=(150, 110, 70))
        for angle in range(8):
            x = width * 0.5 + 520 * [1, 0.7, 0, -0.7, -1, -0.7, 0, 0.7][angle] - 45
            y = 570 + 260 * [0, 0.7, 1, 0.7, 0, -0.7, -1, -0.7][angle] - 45
            draw.ellipse([x, y, x + 90, y + 90], fill=(rng.randint(40, 200), 90, 120))
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _needs_file(field) -> bool:
    return not field or not field.storage.exists(field.name)


def _trip(slug_de: str, data: dict, hosts: list[Company], cover: tuple[str, int]) -> StudyTrip:
    trip, _created = StudyTrip.objects.update_or_create(slug_de=slug_de, defaults=data)
    trip.hosts.set(hosts)
    if _needs_file(trip.cover_image):
        trip.cover_image.save(f"{slug_de}.jpg", ContentFile(_illustration(*cover)), save=True)
    return trip


def _programme(trip: StudyTrip, items: list[dict]) -> None:
    trip.programme_items.all().delete()
    for item in items:
        ProgrammeItem.objects.create(trip=trip, **item)


def _photos(trip: StudyTrip, photos: list[dict]) -> None:
    for position, photo in enumerate(photos, start=1):
        motif = photo.pop("motif")
        item, _created = TripPhoto.objects.update_or_create(
            trip=trip, position=position, defaults=photo
        )
        if _needs_file(item.image):
            item.image.save(
                f"{trip.slug_de}-{position}.jpg",
                ContentFile(_illustration(motif, seed=trip.pk * 100 + position)),
                save=True,
            )


def load_saxony_2013() -> StudyTrip:
    marketing = _company("oberlausitz-regionalmarketing")
    office = _company("regionet-aktiv-projektbuero")
    volkswagen = _company("volkswagen-glaeserne-manufaktur")
    bombardier = _company("bombardier-transportation-bautzen")
    trip = _trip(
        "studienreise-sachsen-2013",
        {
            "slug_hu": "tanulmanyut-szaszorszag-2013",
            "title_de": "Studienreise nach Sachsen 2013",
            "title_hu": "Tanulmányút Szászországba 2013",
            "theme_de": "Good-Practice-Beispiele und Musterprojekte von Unternehmenskooperationen",
            "theme_hu": "Vállalkozások együttműködésének jó gyakorlatai és mintaprojektjei",
            "destination_de": "Dresden und Oberlausitz, Sachsen",
            "destination_hu": "Drezda és Felső-Lausitz, Szászország",
            "summary_de": (
                "Vier Tage in Dresden und der Oberlausitz: Rund 35 Unternehmerinnen, Unternehmer "
                "und Fachleute der Wirtschaftsentwicklung aus der österreichisch-ungarischen "
                "Grenzregion lernten in Fachvorträgen und Betriebsbesichtigungen, wie "
                "Unternehmensnetzwerke in Sachsen zusammenarbeiten."
            ),
            "summary_hu": (
                "Négy nap Drezdában és Felső-Lausitzban: az osztrák–magyar határtérség mintegy "
                "35 vállalkozója és gazdaságfejlesztési szakembere szakmai előadásokon és "
                "üzemlátogatásokon ismerte meg, hogyan működnek együtt a szászországi vállalkozói "
                "hálózatok."
            ),
            "report_de": SAXONY_REPORT_DE,
            "report_hu": SAXONY_REPORT_HU,
            "country": "DE",
            "start_date": date(2013, 4, 24),
            "end_date": date(2013, 4, 27),
            "organiser": office,
            "funding_programme": "AT-HU ETZ 2007–2013",
            "project_number": "L00031",
            "participant_count": 35,
            "capacity": None,
            "registration_deadline": None,
            "is_published": True,
        },
        hosts=[marketing, volkswagen, bombardier],
        cover=("city", 2013),
    )
    day = [date(2013, 4, 24) + timedelta(days=offset) for offset in range(4)]
    _programme(
        trip,
        [
            {
                "day": day[0],
                "start_time": time(7, 0),
                "end_time": time(16, 30),
                "kind": Kind.TRAVEL,
                "title_de": "Anreise mit dem Bus aus der Projektregion nach Dresden",
                "title_hu": "Utazás busszal a projekttérségből Drezdába",
                "location": "Dresden",
            },
            {
                "day": day[0],
                "start_time": time(18, 30),
                "end_time": time(21, 0),
                "kind": Kind.NETWORKING,
                "title_de": "Kennenlernabend der Teilnehmenden",
                "title_hu": "Ismerkedő est a résztvevőkkel",
                "description_de": (
                    "Unternehmerinnen und Unternehmer aus Österreich und Ungarn stellen sich "
                    "und ihre Netzwerke vor."
                ),
                "description_hu": (
                    "Az osztrák és magyar vállalkozók bemutatkoznak, és bemutatják hálózataikat."
                ),
                "location": "Dresden",
            },
            {
                "day": day[1],
                "start_time": time(9, 0),
                "end_time": time(11, 0),
                "kind": Kind.EXPERT_TALK,
                "title_de": "Wirtschaftsstandort Sachsen: führende Branchen und ihre Netzwerke",
                "title_hu": "Szászország mint gazdasági helyszín: vezető ágazatok és hálózataik",
                "location": "Dresden",
            },
            {
                "day": day[1],
                "start_time": time(13, 0),
                "end_time": time(15, 30),
                "kind": Kind.COMPANY_VISIT,
                "title_de": "Betriebsbesichtigung in der Gläsernen Manufaktur von Volkswagen",
                "title_hu": "Üzemlátogatás a Volkswagen drezdai Üvegmanufaktúrájában",
                "description_de": "Führung durch die Fertigung des Phaeton.",
                "description_hu": "Vezetett séta a Phaeton gyártósorán.",
                "host": volkswagen,
                "location": "Dresden",
            },
            {
                "day": day[2],
                "start_time": time(9, 0),
                "end_time": time(12, 0),
                "kind": Kind.EXPERT_TALK,
                "title_de": "Wie Unternehmensnetzwerke in der Oberlausitz zusammenarbeiten",
                "title_hu": "Hogyan működnek együtt a vállalkozói hálózatok Felső-Lausitzban",
                "description_de": (
                    "Die Marketinggesellschaft zeigt, wie sie die Branchen der Region "
                    "koordiniert und rund 600 Mitglieder zusammenbringt."
                ),
                "description_hu": (
                    "A marketingszervezet bemutatja, hogyan koordinálja a térség ágazatait, és "
                    "hogyan fog össze mintegy 600 tagot."
                ),
                "host": marketing,
                "location": "Bautzen",
            },
            {
                "day": day[2],
                "start_time": time(13, 30),
                "end_time": time(16, 0),
                "kind": Kind.COMPANY_VISIT,
                "title_de": "Betriebsbesichtigung bei Bombardier Transportation",
                "title_hu": "Üzemlátogatás a Bombardier Transportationnél",
                "description_de": "Schienenfahrzeugbau und die Rolle regionaler Zulieferer.",
                "description_hu": "Vasúti járműgyártás és a térségi beszállítók szerepe.",
                "host": bombardier,
                "location": "Bautzen",
            },
            {
                "day": day[2],
                "start_time": time(19, 0),
                "kind": Kind.NETWORKING,
                "title_de": "Abendessen mit Vertretern sächsischer Netzwerke",
                "title_hu": "Vacsora a szászországi hálózatok képviselőivel",
                "location": "Bautzen",
            },
            {
                "day": day[3],
                "start_time": time(9, 0),
                "end_time": time(11, 30),
                "kind": Kind.WORKSHOP,
                "title_de": "Workshop: Was übernehmen wir für unsere Netzwerke?",
                "title_hu": "Műhelymunka: mit veszünk át a saját hálózatainkba?",
                "description_de": (
                    "Die Teilnehmenden sammeln, was sich auf die Kleinregionen an der "
                    "österreichisch-ungarischen Grenze übertragen lässt."
                ),
                "description_hu": (
                    "A résztvevők összegyűjtik, mi vehető át az osztrák–magyar határ menti "
                    "kistérségekben."
                ),
                "host": marketing,
                "location": "Bautzen",
            },
            {
                "day": day[3],
                "start_time": time(12, 0),
                "end_time": time(20, 0),
                "kind": Kind.TRAVEL,
                "title_de": "Rückreise in die Projektregion",
                "title_hu": "Hazautazás a projekttérségbe",
            },
        ],
    )
    _photos(
        trip,
        [
            {
                "motif": "city",
                "caption_de": "Ankunft in Dresden",
                "caption_hu": "Megérkezés Drezdába",
                "alt_text_de": "Zeichnung: Türme und Kuppel einer Altstadt an einem Fluss",
                "alt_text_hu": "Rajz: egy folyóparti óváros tornyai és kupolája",
            },
            {
                "motif": "glass",
                "caption_de": "In der Gläsernen Manufaktur von Volkswagen",
                "caption_hu": "A Volkswagen drezdai Üvegmanufaktúrájában",
                "alt_text_de": "Zeichnung: ein großes Gebäude mit Glasfassade",
                "alt_text_hu": "Rajz: nagy, üveghomlokzatú épület",
            },
            {
                "motif": "talk",
                "caption_de": "Fachvortrag in Bautzen",
                "caption_hu": "Szakmai előadás Bautzenben",
                "alt_text_de": "Zeichnung: Publikum in Sitzreihen vor einer Leinwand",
                "alt_text_hu": "Rajz: közönség a vetítővászon előtti széksorokban",
            },
            {
                "motif": "plant",
                "caption_de": "Betriebsbesichtigung bei Bombardier Transportation",
                "caption_hu": "Üzemlátogatás a Bombardier Transportationnél",
                "alt_text_de": "Zeichnung: ein roter Eisenbahnwagen vor einer Werkshalle",
                "alt_text_hu": "Rajz: piros vasúti kocsi egy gyárcsarnok előtt",
            },
            {
                "motif": "workshop",
                "caption_de": "Workshop zum Abschluss",
                "caption_hu": "Záró műhelymunka",
                "alt_text_de": "Zeichnung: Menschen um einen runden Tisch",
                "alt_text_hu": "Rajz: emberek egy kerek asztal körül",
            },
        ],
    )
    return trip


def load_upcoming_trip(today: date | None = None) -> StudyTrip:
    """A trip about two months ahead, open for registration with a few places."""
    today = today or timezone.localdate()
    start = today + timedelta(days=60)
    office = _company("regionet-aktiv-projektbuero")
    trip = _trip(
        "studienreise-raab-zulieferernetzwerke",
        {
            "slug_hu": "tanulmanyut-gyor-beszallitoi-halozatok",
            "title_de": "Studienreise nach Győr (Raab): Zulieferernetzwerke",
            "title_hu": "Tanulmányút Győrbe: beszállítói hálózatok",
            "theme_de": "Wie kleine Zulieferer gemeinsam für große Abnehmer arbeiten",
            "theme_hu": "Hogyan dolgoznak együtt a kis beszállítók a nagy megrendelőkért",
            "destination_de": "Győr (Raab), Komitat Győr-Moson-Sopron",
            "destination_hu": "Győr, Győr-Moson-Sopron vármegye",
            "summary_de": (
                "Drei Tage in Győr: Fachvorträge über Zulieferernetzwerke, eine "
                "Betriebsbesichtigung und eine gemeinsame Innovationswerkstatt. Die Plätze sind "
                "begrenzt; Dolmetschung Deutsch–Ungarisch ist vorgesehen."
            ),
            "summary_hu": (
                "Három nap Győrben: szakmai előadások a beszállítói hálózatokról, üzemlátogatás "
                "és közös innovációs műhely. A helyek száma korlátozott; német–magyar "
                "tolmácsolást biztosítunk."
            ),
            "report_de": "",
            "report_hu": "",
            "country": "HU",
            "start_date": start,
            "end_date": start + timedelta(days=2),
            "organiser": office,
            "funding_programme": "",
            "project_number": "",
            "participant_count": None,
            "capacity": 12,
            "registration_deadline": start - timedelta(days=14),
            "is_published": True,
        },
        hosts=[],
        cover=("workshop", 2027),
    )
    _programme(
        trip,
        [
            {
                "day": start,
                "start_time": time(8, 0),
                "end_time": time(11, 0),
                "kind": Kind.TRAVEL,
                "title_de": "Anreise nach Győr",
                "title_hu": "Utazás Győrbe",
                "location": "Győr",
            },
            {
                "day": start,
                "start_time": time(13, 0),
                "end_time": time(15, 0),
                "kind": Kind.EXPERT_TALK,
                "title_de": "Zulieferernetzwerke in der Region Győr",
                "title_hu": "Beszállítói hálózatok a győri térségben",
                "location": "Győr",
            },
            {
                "day": start,
                "start_time": time(18, 30),
                "kind": Kind.NETWORKING,
                "title_de": "Abend der Begegnung mit Unternehmen aus der Region",
                "title_hu": "Kapcsolatépítő est a térség vállalkozásaival",
                "location": "Győr",
            },
            {
                "day": start + timedelta(days=1),
                "start_time": time(9, 0),
                "end_time": time(12, 0),
                "kind": Kind.COMPANY_VISIT,
                "title_de": "Betriebsbesichtigung bei einem Zulieferbetrieb im Industriepark",
                "title_hu": "Üzemlátogatás egy ipari parki beszállítónál",
                "location": "Győr",
            },
            {
                "day": start + timedelta(days=1),
                "start_time": time(14, 0),
                "end_time": time(17, 0),
                "kind": Kind.WORKSHOP,
                "title_de": "Innovationswerkstatt: gemeinsame Projekte über die Grenze",
                "title_hu": "Innovációs műhely: közös projektek a határon át",
                "location": "Győr",
            },
            {
                "day": start + timedelta(days=2),
                "start_time": time(10, 0),
                "end_time": time(13, 0),
                "kind": Kind.TRAVEL,
                "title_de": "Rückreise",
                "title_hu": "Hazautazás",
            },
        ],
    )
    return trip


def load() -> None:
    """Load (or refresh) the demo study trips."""
    load_saxony_2013()
    load_upcoming_trip()
