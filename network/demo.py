"""Demo content of the network app: small regions, sectors, member companies, networks.

Everything is written in German and Hungarian and keyed on natural keys, so `load()`
can run any number of times: it updates what is there and creates what is missing.
Facts come from the 2013 study trip to Saxony and the glossary in `shared/`.
"""

import colorsys
import hashlib
import re
import unicodedata
from datetime import date
from decimal import Decimal
from io import BytesIO

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import translation
from PIL import Image, ImageDraw, ImageFont

from core.i18n import language_slug
from network.models import Company, Membership, Network, Region, Sector

LOGO_SIZE = 256


def prose(text: str) -> str:
    """Text wrapped in the source → paragraphs separated by one blank line, one line each."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs)


# (NUTS-3 code, country, German name, Hungarian name, German text, Hungarian text)
REGIONS = [
    (
        "AT111",
        "AT",
        "Mittelburgenland",
        "Közép-Burgenland",
        """Der Bezirk Oberpullendorf im mittleren Burgenland grenzt an das Komitat Vas und ist
        von Weinbau, kleinen Gewerbebetrieben und einer langen mehrsprachigen Tradition geprägt.
        Viele Betriebe arbeiten schon heute mit Partnern in Kőszeg und Sopron zusammen.""",
        """A felsőpulyai járást magában foglaló Közép-Burgenland Vas vármegyével határos;
        arculatát a szőlőtermesztés, a kisvállalkozások és a hosszú többnyelvű hagyomány
        határozza meg. Számos vállalkozás már ma is együttműködik kőszegi és soproni
        partnerekkel.""",
    ),
    (
        "AT112",
        "AT",
        "Nordburgenland",
        "Észak-Burgenland",
        """Nordburgenland umfasst die Bezirke Neusiedl am See, Eisenstadt-Umgebung und Mattersburg
        mit der Landeshauptstadt Eisenstadt. Die Nähe zu Wien und Bratislava, der Neusiedler See
        und ein dichtes Netz kleiner und mittlerer Unternehmen prägen die Wirtschaft der
        Kleinregion.""",
        """Észak-Burgenland a nezsideri, a Kismarton környéki és a nagymartoni járást foglalja
        magában, központja a tartományi székhely, Kismarton. A kistérség gazdaságát Bécs és
        Pozsony közelsége, a Fertő tó és a kis- és középvállalkozások sűrű hálózata alakítja.""",
    ),
    (
        "AT113",
        "AT",
        "Südburgenland",
        "Dél-Burgenland",
        """Südburgenland mit den Bezirken Oberwart, Güssing und Jennersdorf liegt im
        Dreiländereck von Österreich, Ungarn und Slowenien. Holzverarbeitung, Metallbau,
        Thermentourismus und Landwirtschaft sind die tragenden Branchen.""",
        """A felsőőri, a németújvári és a gyanafalvai járásból álló Dél-Burgenland Ausztria,
        Magyarország és Szlovénia hármashatáránál fekszik. Meghatározó ágazatai a faipar, a
        fémszerkezet-gyártás, a termálturizmus és a mezőgazdaság.""",
    ),
    (
        "AT122",
        "AT",
        "Niederösterreich-Süd",
        "Dél-Alsó-Ausztria",
        """Niederösterreich-Süd reicht vom Industrieviertel um Wiener Neustadt bis in die Bucklige
        Welt. Maschinenbau, technische Dienstleistungen und Zulieferbetriebe für die
        Fahrzeugindustrie bilden einen starken wirtschaftlichen Kern.""",
        """Dél-Alsó-Ausztria a Bécsújhely környéki iparvidéktől a Bucklige Welt dombvidékéig
        terjed. Erős gazdasági magját a gépgyártás, a műszaki szolgáltatások és a járműipari
        beszállítók alkotják.""",
    ),
    (
        "AT224",
        "AT",
        "Oststeiermark",
        "Kelet-Stájerország",
        """Die Oststeiermark zwischen Graz und der burgenländischen Grenze ist bekannt für
        Obstbau, Lebensmittelverarbeitung und viele innovative Klein- und Mittelbetriebe. Ihre
        Kleinregionen arbeiten seit Jahren in regionalen Netzwerken zusammen.""",
        """A Graz és a burgenlandi határ között fekvő Kelet-Stájerország gyümölcstermesztéséről,
        élelmiszer-feldolgozásáról és innovatív kis- és középvállalkozásairól ismert. Kistérségei
        évek óta regionális hálózatokban működnek együtt.""",
    ),
    (
        "HU221",
        "HU",
        "Komitat Győr-Moson-Sopron",
        "Győr-Moson-Sopron vármegye",
        """Das Komitat Győr-Moson-Sopron mit den Kleinregionen Sopron, Mosonmagyaróvár, Csorna und
        Győr ist einer der wirtschaftlich stärksten Räume Ungarns. Fahrzeug- und Maschinenbau,
        Lebensmittelverarbeitung und der Tourismus rund um den Neusiedler See tragen seine
        Entwicklung.""",
        """A soproni, a mosonmagyaróvári, a csornai és a győri kistérséget magában foglaló
        Győr-Moson-Sopron vármegye Magyarország egyik gazdaságilag legerősebb térsége.
        Fejlődését a jármű- és gépgyártás, az élelmiszer-feldolgozás és a Fertő tó körüli
        turizmus hajtja.""",
    ),
    (
        "HU222",
        "HU",
        "Komitat Vas",
        "Vas vármegye",
        """Das Komitat Vas mit den Kleinregionen Szombathely, Kőszeg, Szentgotthárd und Körmend
        grenzt an das Mittel- und das Südburgenland. Neben der Fahrzeugzulieferindustrie prägen
        Holzverarbeitung, Informationstechnik und der sanfte Tourismus im Őrség die Region.""",
        """A szombathelyi, a kőszegi, a szentgotthárdi és a körmendi kistérséget magában foglaló
        Vas vármegye Közép- és Dél-Burgenlanddal határos. A járműipari beszállítók mellett a
        faipar, az informatika és az Őrség szelíd turizmusa határozza meg a térséget.""",
    ),
    (
        "HU223",
        "HU",
        "Komitat Zala",
        "Zala vármegye",
        """Das Komitat Zala im Südwesten Ungarns reicht von Zalaegerszeg bis an das Westufer des
        Plattensees. Holzindustrie, Maschinenbau und Gesundheitstourismus sind seine wichtigsten
        Standbeine.""",
        """A Magyarország délnyugati részén fekvő Zala vármegye Zalaegerszegtől a Balaton nyugati
        partjáig terjed. Legfontosabb gazdasági pillérei a faipar, a gépgyártás és az
        egészségturizmus.""",
    ),
    (
        "DED21",
        "DE",
        "Dresden",
        "Drezda",
        """Die sächsische Landeshauptstadt war im April 2013 Ziel der Studienreise von REGIONET
        aktív. Mikroelektronik, Fahrzeugbau mit der Gläsernen Manufaktur von Volkswagen und
        zahlreiche Forschungseinrichtungen prägen den Standort.""",
        """Szászország fővárosa 2013 áprilisában a REGIONET aktív tanulmányútjának célpontja
        volt. A várost a mikroelektronika, a járműgyártás – köztük a Volkswagen drezdai
        Üvegmanufaktúrája – és számos kutatóintézet jellemzi.""",
    ),
    (
        "DED2C",
        "DE",
        "Landkreis Bautzen",
        "Bautzeni járás",
        """Der Landkreis Bautzen bildet den westlichen Teil der Oberlausitz östlich von Dresden.
        Schienenfahrzeugbau, Kunststofftechnik und Lebensmittelverarbeitung gehören zu den
        führenden Branchen der Region.""",
        """A bautzeni járás Felső-Lausitz nyugati részét alkotja, Drezdától keletre. A térség
        vezető ágazatai közé tartozik a vasútijármű-gyártás, a műanyagipar és az
        élelmiszer-feldolgozás.""",
    ),
    (
        "DED2D",
        "DE",
        "Landkreis Görlitz",
        "Görlitzi járás",
        """Der Landkreis Görlitz im Osten der Oberlausitz grenzt an Polen und Tschechien. Die stark
        von Abwanderung betroffene Region setzt auf Waggonbau, Maschinenbau, grenzüberschreitende
        Zusammenarbeit und Tourismus.""",
        """A Felső-Lausitz keleti részén fekvő görlitzi járás Lengyelországgal és Csehországgal
        határos. Az elvándorlás által erősen sújtott térség a vasúti kocsigyártásra, a
        gépgyártásra, a határon átnyúló együttműködésre és a turizmusra épít.""",
    ),
]

# (NACE Rev. 2 code, German name, Hungarian name)
SECTORS = [
    ("A01", "Landwirtschaft", "Mezőgazdaság"),
    ("C10", "Lebensmittelverarbeitung", "Élelmiszer-feldolgozás"),
    ("C16", "Holzverarbeitung", "Faipar"),
    ("C22", "Kunststoffindustrie", "Műanyagipar"),
    ("C28", "Maschinenbau", "Gépgyártás"),
    ("C29", "Fahrzeugbau und Autozulieferer", "Járműgyártás és járműipari beszállítók"),
    ("C30.2", "Lokomotiv- und Waggonbau", "Mozdony- és vasútikocsi-gyártás"),
    ("F", "Baugewerbe", "Építőipar"),
    ("I55", "Beherbergung und Tourismus", "Szálláshely-szolgáltatás és turizmus"),
    ("J62", "IT-Dienstleistungen", "Informatikai szolgáltatás"),
    ("M70", "Unternehmensberatung", "Vezetési tanácsadás"),
    ("M71", "Ingenieurbüros und technische Planung", "Mérnöki tevékenység és műszaki tervezés"),
    ("M73", "Werbung und Marktforschung", "Reklám és piackutatás"),
    ("N79", "Reisebüros und Reiseveranstalter", "Utazásközvetítés és utazásszervezés"),
    ("O84", "Öffentliche Verwaltung", "Közigazgatás"),
    ("S94", "Interessenvertretungen und Vereine", "Érdekképviseletek és egyesületek"),
]

# The approximate centre of each region (latitude, longitude), where the map puts the
# networks and good-practice cases of the region.
REGION_CENTRES = {
    "AT111": ("47.500000", "16.500000"),
    "AT112": ("47.850000", "16.700000"),
    "AT113": ("47.150000", "16.250000"),
    "AT122": ("47.700000", "16.100000"),
    "AT224": ("47.150000", "15.800000"),
    "HU221": ("47.650000", "17.350000"),
    "HU222": ("47.100000", "16.750000"),
    "HU223": ("46.750000", "16.850000"),
    "DED21": ("51.050000", "13.740000"),
    "DED2C": ("51.250000", "14.300000"),
    "DED2D": ("51.200000", "14.750000"),
}

# Website and e-mail are derived from the slug (example domains); "coords" are the town's.
COMPANIES = [
    {
        "slug": "netzwerkforum-pannonia",
        "name": "Netzwerkforum Pannonia – Verein für grenzüberschreitende Unternehmensnetzwerke",
        "kind": "network",
        "size_band": "micro",
        "region": "AT112",
        "sectors": ["S94", "M70"],
        "street": "Hauptstraße 18",
        "postal_code": "7000",
        "city": "Eisenstadt",
        "country": "AT",
        "phone": "+43 2682 61 420",
        "founded_year": 2010,
        "coords": ("47.845600", "16.523300"),
        "description_de": """Der Verein bündelt als Projektpartner von REGIONET aktív die
            regionalen Unternehmensnetzwerke beiderseits der österreichisch-ungarischen Grenze
            und koordiniert das Dachnetzwerk. Er organisiert Studienreisen und Workshops und
            fördert den Austausch von Good-Practice-Beispielen zwischen den Kleinregionen.""",
        "description_hu": """Az egyesület a REGIONET aktív projektpartnereként fogja össze az
            osztrák–magyar határ két oldalán működő regionális vállalkozói hálózatokat, és
            koordinálja az ernyőhálózatot. Tanulmányutakat és műhelymunkákat szervez, és
            elősegíti a jó gyakorlatok cseréjét a kistérségek között.""",
    },
    {
        "slug": "unternehmerplattform-neusiedler-see",
        "name": "Unternehmerplattform Neusiedler See",
        "kind": "network",
        "size_band": "micro",
        "region": "AT112",
        "sectors": ["S94"],
        "street": "Obere Hauptstraße 12",
        "postal_code": "7100",
        "city": "Neusiedl am See",
        "country": "AT",
        "phone": "+43 2167 20 315",
        "founded_year": 2008,
        "coords": ("47.948600", "16.841900"),
        "description_de": """Die Unternehmerplattform vernetzt Handwerksbetriebe, Dienstleister
            und Tourismusbetriebe rund um den Neusiedler See. Sie organisiert
            Unternehmerfrühstücke, gemeinsame Messeauftritte und Kooperationen mit Partnern im
            Komitat Győr-Moson-Sopron.""",
        "description_hu": """A vállalkozói platform a Fertő tó környékének kézműves
            vállalkozásait, szolgáltatóit és turisztikai cégeit kapcsolja össze. Vállalkozói
            reggeliket, közös vásári megjelenéseket és Győr-Moson-Sopron vármegyei partnerekkel
            folytatott együttműködéseket szervez.""",
    },
    {
        "slug": "pannonia-kunststofftechnik",
        "name": "Pannonia Kunststofftechnik GmbH",
        "kind": "enterprise",
        "size_band": "medium",
        "region": "AT112",
        "sectors": ["C22", "C29"],
        "street": "Industriestraße 7",
        "postal_code": "7111",
        "city": "Parndorf",
        "country": "AT",
        "phone": "+43 2166 45 800",
        "founded_year": 1996,
        "coords": ("47.998300", "16.861100"),
        "description_de": """Das Unternehmen fertigt Spritzgussteile und Baugruppen aus
            technischen Kunststoffen für die Automobil- und die Elektroindustrie. Rund 120
            Beschäftigte arbeiten im Dreischichtbetrieb; einen Teil der Werkzeuge liefern
            Partner aus Westungarn.""",
        "description_hu": """A vállalat műszaki műanyagokból készült fröccsöntött alkatrészeket
            és részegységeket gyárt az autó- és az elektronikai ipar számára. Mintegy 120
            munkatárs dolgozik három műszakban; a szerszámok egy részét nyugat-magyarországi
            partnerek készítik.""",
    },
    {
        "slug": "weingut-horvath-illmitz",
        "name": "Weingut und Gästehaus Horvath",
        "kind": "enterprise",
        "size_band": "micro",
        "region": "AT112",
        "sectors": ["A01", "I55"],
        "street": "Seegasse 9",
        "postal_code": "7142",
        "city": "Illmitz",
        "country": "AT",
        "phone": "+43 2175 23 16",
        "founded_year": 1962,
        "coords": ("47.760800", "16.799700"),
        "description_de": """Der Familienbetrieb im Seewinkel bewirtschaftet zwölf Hektar
            Weingärten und bietet zehn Gästezimmer an. Gemeinsam mit anderen Mitgliedern des
            Netzwerks stellt er Radpakete rund um den Neusiedler See für Gäste aus Österreich und
            Ungarn zusammen.""",
        "description_hu": """A Fertőzugban működő családi vállalkozás tizenkét hektár szőlőt
            művel, és tíz vendégszobát kínál. A hálózat más tagjaival közösen kerékpáros
            csomagokat állít össze a Fertő tó körül osztrák és magyar vendégek számára.""",
    },
    {
        "slug": "it-service-kovacs",
        "name": "IT-Service Kovács e.U.",
        "kind": "enterprise",
        "size_band": "micro",
        "region": "AT111",
        "sectors": ["J62"],
        "street": "Hauptstraße 41",
        "postal_code": "7350",
        "city": "Oberpullendorf",
        "country": "AT",
        "phone": "+43 2612 42 877",
        "founded_year": 2012,
        "coords": ("47.503300", "16.506900"),
        "is_published": False,
        "description_de": """Der Einzelunternehmer betreut Netzwerke, Arbeitsplätze und
            Webshops kleiner Betriebe im Mittelburgenland. Sein Profil ist noch in Bearbeitung
            und deshalb nicht veröffentlicht.""",
        "description_hu": """Az egyéni vállalkozó kisvállalkozások számítógépes hálózatait,
            munkaállomásait és webáruházait gondozza Közép-Burgenlandban. Adatlapja még
            szerkesztés alatt áll, ezért nincs közzétéve.""",
    },
    {
        "slug": "holzbau-pinkafeld",
        "name": "Holzbau Pinkafeld GmbH",
        "kind": "enterprise",
        "size_band": "small",
        "region": "AT113",
        "sectors": ["C16", "F"],
        "street": "Tischlerweg 4",
        "postal_code": "7423",
        "city": "Pinkafeld",
        "country": "AT",
        "phone": "+43 3357 42 610",
        "founded_year": 1987,
        "coords": ("47.371700", "16.121900"),
        "description_de": """Der Zimmereibetrieb plant und errichtet Holzhäuser, Dachstühle und
            Hallen in Holzriegelbauweise. Das Holz stammt überwiegend aus südburgenländischen und
            westungarischen Wäldern; mit einem Sägewerk im Komitat Vas besteht eine langjährige
            Liefervereinbarung.""",
        "description_hu": """Az ácsüzem faházakat, tetőszerkezeteket és könnyűszerkezetes
            csarnokokat tervez és épít. A faanyag túlnyomórészt dél-burgenlandi és
            nyugat-magyarországi erdőkből származik; egy Vas vármegyei fűrészteleppel hosszú
            távú szállítási megállapodása van.""",
    },
    {
        "slug": "raabtal-maschinenbau",
        "name": "Raabtal Maschinenbau GmbH",
        "kind": "enterprise",
        "size_band": "medium",
        "region": "AT113",
        "sectors": ["C28", "M71"],
        "street": "Gewerbepark 2",
        "postal_code": "8380",
        "city": "Jennersdorf",
        "country": "AT",
        "phone": "+43 3329 46 200",
        "founded_year": 1974,
        "coords": ("46.938100", "16.140600"),
        "description_de": """Raabtal Maschinenbau entwickelt und baut Sondermaschinen und
            Vorrichtungen für die Holz- und die Metallindustrie. Der Betrieb beschäftigt rund 85
            Menschen aus dem Burgenland und dem benachbarten Szentgotthárd und bildet jedes Jahr
            Lehrlinge aus beiden Ländern aus.""",
        "description_hu": """A Raabtal Maschinenbau egyedi gépeket és készülékeket fejleszt és
            gyárt a fa- és a fémipar számára. Mintegy 85 munkatársat foglalkoztat Burgenlandból
            és a szomszédos Szentgotthárdról, és évről évre mindkét ország tanulóit képzi.""",
    },
    {
        "slug": "apfelland-obst-saft",
        "name": "Apfelland Obst & Saft GmbH",
        "kind": "enterprise",
        "size_band": "small",
        "region": "AT224",
        "sectors": ["C10", "A01"],
        "street": "Am Obstgarten 5",
        "postal_code": "8200",
        "city": "Gleisdorf",
        "country": "AT",
        "phone": "+43 3112 37 450",
        "founded_year": 1999,
        "coords": ("47.104200", "15.708300"),
        "description_de": """Der Betrieb presst Säfte und Most aus den Äpfeln von rund 60
            oststeirischen Obstbauern und beliefert Handel und Gastronomie. Als Vertreter der
            Oststeiermark bringt er seine Erfahrungen mit regionalen Lieferketten in die
            Unternehmerplattform von REGIONET aktív ein.""",
        "description_hu": """Az üzem mintegy 60 kelet-stájerországi gyümölcstermelő almájából
            présel gyümölcslevet és mustot, és kereskedelmi, valamint vendéglátó partnereket lát
            el. Kelet-Stájerország képviselőjeként a regionális ellátási láncokkal kapcsolatos
            tapasztalatait osztja meg a REGIONET aktív vállalkozói platformján.""",
    },
    {
        "slug": "steiner-ziviltechniker",
        "name": "Steiner & Partner Ziviltechniker GmbH",
        "kind": "enterprise",
        "size_band": "small",
        "region": "AT122",
        "sectors": ["M71", "F"],
        "street": "Neunkirchner Straße 38",
        "postal_code": "2700",
        "city": "Wiener Neustadt",
        "country": "AT",
        "phone": "+43 2622 23 910",
        "founded_year": 1995,
        "coords": ("47.813100", "16.243600"),
        "description_de": """Das Ziviltechnikerbüro plant Industriehallen, Brücken und
            Versorgungsanlagen für Gemeinden und Betriebe in Niederösterreich und im Burgenland.
            Seit einigen Jahren betreut es auch Projekte ungarischer Auftraggeber in Sopron und
            Győr.""",
        "description_hu": """A mérnökiroda ipari csarnokokat, hidakat és közműlétesítményeket
            tervez alsó-ausztriai és burgenlandi önkormányzatok és vállalkozások számára. Néhány
            éve magyar megrendelők soproni és győri projektjeit is gondozza.""",
    },
    {
        "slug": "vallalkozasfejlesztes-sopron-ferto",
        "name": "Sopron-Fertő Vállalkozásfejlesztési Alapítvány",
        "kind": "support",
        "size_band": "small",
        "region": "HU221",
        "sectors": ["M70", "S94"],
        "street": "Színház utca 5.",
        "postal_code": "9400",
        "city": "Sopron",
        "country": "HU",
        "phone": "+36 99 508 310",
        "founded_year": 1998,
        "coords": ("47.681700", "16.584500"),
        "description_de": """Die Stiftung berät Gründerinnen, Gründer und kleine Unternehmen der
            Kleinregion Sopron zu Finanzierung, Förderprogrammen und dem Markteintritt in
            Österreich. Sie koordiniert das Unternehmensnetzwerk Sopron und Umgebung und vertritt
            es im Dachnetzwerk von REGIONET aktív.""",
        "description_hu": """Az alapítvány finanszírozási és pályázati kérdésekben, valamint az
            osztrák piacra lépésben nyújt tanácsot a soproni kistérség induló és
            kisvállalkozásainak. Koordinálja Sopron és térsége vállalkozói hálózatát, és
            képviseli azt a REGIONET aktív ernyőhálózatában.""",
    },
    {
        "slug": "ferto-sajtmanufaktura",
        "name": "Fertőparti Sajtmanufaktúra Kft.",
        "kind": "enterprise",
        "size_band": "small",
        "region": "HU221",
        "sectors": ["C10", "A01"],
        "street": "Kastély utca 3.",
        "postal_code": "9431",
        "city": "Fertőd",
        "country": "HU",
        "phone": "+36 99 537 220",
        "founded_year": 2006,
        "coords": ("47.621900", "16.870800"),
        "description_de": """Die Käserei verarbeitet die Milch von Bauernhöfen aus dem Hanság
            und dem Seewinkel zu Weich- und Hartkäse. Ein großer Teil der Produktion geht an
            Feinkostgeschäfte und Hotels in Wien und im Burgenland.""",
        "description_hu": """A sajtüzem hansági és fertőzugi gazdaságok tejéből készít lágy és
            kemény sajtokat. Termékeinek jelentős része bécsi és burgenlandi csemegeüzletekbe és
            szállodákba kerül.""",
    },
    {
        "slug": "mosoni-femtechnika",
        "name": "Mosoni Fémtechnika Zrt.",
        "kind": "enterprise",
        "size_band": "large",
        "region": "HU221",
        "sectors": ["C28", "C29"],
        "street": "Ipartelep utca 8.",
        "postal_code": "9200",
        "city": "Mosonmagyaróvár",
        "country": "HU",
        "phone": "+36 96 577 400",
        "founded_year": 1991,
        "coords": ("47.867300", "17.268900"),
        "description_de": """Mosoni Fémtechnika stellt Press- und Schweißbaugruppen für
            Landmaschinen und Nutzfahrzeuge her und beschäftigt über 300 Menschen. Im Netzwerk
            teilt das Unternehmen seine Erfahrungen mit Lieferantenentwicklung und dualer
            Ausbildung.""",
        "description_hu": """A Mosoni Fémtechnika préselt és hegesztett részegységeket gyárt
            mezőgazdasági gépekhez és haszonjárművekhez, és több mint 300 embert foglalkoztat. A
            hálózatban megosztja a beszállítófejlesztésben és a duális képzésben szerzett
            tapasztalatait.""",
    },
    {
        "slug": "loverek-mernokiroda",
        "name": "Lővérek Mérnökiroda Kft.",
        "kind": "enterprise",
        "size_band": "micro",
        "region": "HU221",
        "sectors": ["M71", "F"],
        "street": "Ady Endre utca 22.",
        "postal_code": "9400",
        "city": "Sopron",
        "country": "HU",
        "phone": "+36 99 311 745",
        "founded_year": 2011,
        "coords": ("47.681700", "16.584500"),
        "description_de": """Das kleine Ingenieurbüro plant Tragwerke und
            Energieeffizienzmaßnahmen für Wohn- und Gewerbebauten. Es arbeitet zweisprachig und
            betreut Bauherren auf beiden Seiten der Grenze.""",
        "description_hu": """A kis mérnökiroda lakó- és ipari épületek tartószerkezeteit és
            energiahatékonysági korszerűsítését tervezi. Két nyelven dolgozik, és a határ mindkét
            oldalán segíti az építtetőket.""",
    },
    {
        "slug": "raba-raab-gazdasagi-forum",
        "name": "Rába-Raab Határmenti Gazdasági Fórum Egyesület",
        "kind": "network",
        "size_band": "micro",
        "region": "HU222",
        "sectors": ["S94", "M70"],
        "street": "Kossuth Lajos utca 6.",
        "postal_code": "9970",
        "city": "Szentgotthárd",
        "country": "HU",
        "phone": "+36 94 380 215",
        "founded_year": 2009,
        "coords": ("46.952500", "16.273600"),
        "description_de": """Der Verein mit Sitz in Szentgotthárd bringt Unternehmen, Gemeinden
            und Beratungseinrichtungen aus dem Raabtal beiderseits der Grenze zusammen. Er
            koordiniert das grenzüberschreitende Netzwerk Südburgenland – Szentgotthárd und
            organisiert zweisprachige Unternehmertreffen.""",
        "description_hu": """A szentgotthárdi székhelyű egyesület a Rába-völgy vállalkozásait,
            önkormányzatait és tanácsadó szervezeteit fogja össze a határ mindkét oldalán.
            Koordinálja a Dél-Burgenland–Szentgotthárd határon átnyúló vállalkozói hálózatot, és
            kétnyelvű vállalkozói találkozókat szervez.""",
    },
    {
        "slug": "szentgotthard-onkormanyzat",
        "name": "Szentgotthárd Város Önkormányzata",
        "kind": "public",
        "size_band": "medium",
        "region": "HU222",
        "sectors": ["O84"],
        "street": "Széll Kálmán tér 11.",
        "postal_code": "9970",
        "city": "Szentgotthárd",
        "country": "HU",
        "phone": "+36 94 553 000",
        "founded_year": 1990,
        "coords": ("46.952500", "16.273600"),
        "description_de": """Die Stadt Szentgotthárd am Dreiländereck unterstützt die Ansiedlung
            von Betrieben im Industriepark und die Zusammenarbeit mit den Nachbargemeinden im
            Südburgenland. Sie ist Mitglied des grenzüberschreitenden Netzwerks und stellt Räume
            für gemeinsame Veranstaltungen zur Verfügung.""",
        "description_hu": """A hármashatár mellett fekvő Szentgotthárd önkormányzata támogatja a
            vállalkozások betelepülését az ipari parkba és az együttműködést a dél-burgenlandi
            szomszéd településekkel. Tagja a határon átnyúló hálózatnak, és helyszínt biztosít a
            közös rendezvényekhez.""",
    },
    {
        "slug": "rabamenti-motorkomponens",
        "name": "Rábamenti Motorkomponens Kft.",
        "kind": "enterprise",
        "size_band": "large",
        "region": "HU222",
        "sectors": ["C29", "C28"],
        "street": "Ipari park 4.",
        "postal_code": "9970",
        "city": "Szentgotthárd",
        "country": "HU",
        "phone": "+36 94 553 100",
        "founded_year": 1993,
        "coords": ("46.952500", "16.273600"),
        "description_de": """Der Zulieferer fertigt in Szentgotthárd Motor- und
            Getriebekomponenten für europäische Fahrzeughersteller und beschäftigt rund 400
            Mitarbeiterinnen und Mitarbeiter. Kleinere Bearbeitungs- und Logistikaufträge vergibt
            er bevorzugt an Mitgliedsunternehmen des Netzwerks auf beiden Seiten der Grenze.""",
        "description_hu": """A beszállító Szentgotthárdon motor- és sebességváltó-alkatrészeket
            gyárt európai járműgyártók részére, és mintegy 400 munkatársat foglalkoztat. Kisebb
            megmunkálási és logisztikai megbízásait szívesen adja ki a hálózat tagvállalatainak
            a határ mindkét oldalán.""",
    },
    {
        "slug": "orsegi-vendeghaz",
        "name": "Őrségi Vendégház és Tájkonyha Bt.",
        "kind": "enterprise",
        "size_band": "micro",
        "region": "HU222",
        "sectors": ["I55", "C10"],
        "street": "Templomszer 7.",
        "postal_code": "9941",
        "city": "Őriszentpéter",
        "country": "HU",
        "phone": "+36 94 548 210",
        "founded_year": 2004,
        "coords": ("46.840500", "16.424600"),
        "description_de": """Das Gästehaus im Nationalpark Őrség verbindet Übernachtung mit
            regionaler Küche aus Kürbiskernöl, Hirse und Produkten benachbarter Bauernhöfe.
            Gemeinsam mit Partnern aus dem Südburgenland bietet es grenzüberschreitende Wander-
            und Genusswochenenden an.""",
        "description_hu": """Az Őrségi Nemzeti Parkban működő vendégház a szállást tökmagolajra,
            kölesre és a szomszédos gazdaságok termékeire épülő tájjellegű konyhával kapcsolja
            össze. Dél-burgenlandi partnereivel közösen határon átnyúló túra- és
            gasztrohétvégéket kínál.""",
    },
    {
        "slug": "savaria-software",
        "name": "Savaria Software Kft.",
        "kind": "enterprise",
        "size_band": "small",
        "region": "HU222",
        "sectors": ["J62"],
        "street": "Király utca 12.",
        "postal_code": "9700",
        "city": "Szombathely",
        "country": "HU",
        "phone": "+36 94 312 480",
        "founded_year": 2001,
        "coords": ("47.230700", "16.621800"),
        "description_de": """Das Softwarehaus entwickelt Warenwirtschafts- und
            Produktionsplanungssysteme für kleine und mittlere Fertigungsbetriebe. Die
            zweisprachige Oberfläche auf Deutsch und Ungarisch macht seine Lösungen besonders für
            Betriebe im Grenzraum interessant.""",
        "description_hu": """A szoftverház készletgazdálkodási és termeléstervezési rendszereket
            fejleszt kis- és közepes gyártó vállalkozások számára. Német és magyar nyelvű
            felülete miatt megoldásai különösen a határ menti térség vállalkozásai számára
            vonzók.""",
    },
    {
        "slug": "gocseji-faipari",
        "name": "Göcseji Faipari Kft.",
        "kind": "enterprise",
        "size_band": "medium",
        "region": "HU223",
        "sectors": ["C16"],
        "street": "Téglagyári út 14.",
        "postal_code": "8900",
        "city": "Zalaegerszeg",
        "country": "HU",
        "phone": "+36 92 511 630",
        "founded_year": 1994,
        "coords": ("46.845300", "16.847200"),
        "description_de": """Das Holzwerk in Zalaegerszeg stellt Brettschichtholz, Fenster und
            Möbelteile aus Eichen- und Buchenholz der Region her. Über das Dachnetzwerk sucht es
            Partner im Südburgenland und in der Oststeiermark für gemeinsame Holzbauprojekte.""",
        "description_hu": """A zalaegerszegi faipari üzem a térség tölgy- és bükkfájából
            rétegelt ragasztott fát, ablakokat és bútoralkatrészeket gyárt. Az ernyőhálózaton
            keresztül dél-burgenlandi és kelet-stájerországi partnereket keres közös faépítési
            projektekhez.""",
    },
    {
        "slug": "oberlausitz-regionalmarketing",
        "name": "Oberlausitz Regionalmarketing gGmbH",
        "kind": "support",
        "size_band": "small",
        "region": "DED2C",
        "sectors": ["M73", "S94"],
        "street": "Lauengraben 12",
        "postal_code": "02625",
        "city": "Bautzen",
        "country": "DE",
        "phone": "+49 3591 48 770",
        "founded_year": 2003,
        "coords": ("51.181400", "14.424200"),
        "description_de": """Die gemeinnützige Gesellschaft koordiniert die Leitbranchen der
            Oberlausitz und ihre branchenübergreifende Zusammenarbeit. Sie entwickelt das
            Regionsprofil und betreibt Standort- und Tourismusmarketing; im April 2013 war sie
            Gastgeberin eines Workshops der Studienreise von REGIONET aktív.""",
        "description_hu": """A nonprofit társaság koordinálja Felső-Lausitz vezető ágazatait és
            azok ágazatokon átívelő együttműködését. Kidolgozza a térség arculatát, ellátja a
            telephely- és turisztikai marketinget, 2013 áprilisában pedig házigazdaként fogadta
            a REGIONET aktív tanulmányútjának egyik műhelymunkáját.""",
    },
    {
        "slug": "lausitzer-kunststofftechnik",
        "name": "Lausitzer Kunststofftechnik GmbH",
        "kind": "enterprise",
        "size_band": "large",
        "region": "DED2C",
        "sectors": ["C22", "C29"],
        "street": "Am Flugplatz 6",
        "postal_code": "01917",
        "city": "Kamenz",
        "country": "DE",
        "phone": "+49 3578 37 100",
        "founded_year": 1990,
        "coords": ("51.267800", "14.093800"),
        "description_de": """Mit rund 450 Beschäftigten gehört das Werk zu den größten
            Arbeitgebern der westlichen Oberlausitz; es fertigt Innenraum- und Motorraumteile aus
            Kunststoff für die Automobilindustrie. Werkzeuge, Wartung und Logistik bezieht das
            Unternehmen weitgehend von kleinen und mittleren Betrieben aus der Region.""",
        "description_hu": """Mintegy 450 munkatársával az üzem Felső-Lausitz nyugati részének
            egyik legnagyobb munkáltatója; utastéri és motortéri műanyag alkatrészeket gyárt az
            autóipar számára. Szerszámait, karbantartási és logisztikai szolgáltatásait
            nagyrészt a térség kis- és középvállalkozásaitól szerzi be.""",
    },
    {
        "slug": "spreetaler-feinkost",
        "name": "Spreetaler Feinkost GmbH",
        "kind": "enterprise",
        "size_band": "small",
        "region": "DED2C",
        "sectors": ["C10"],
        "street": "Spreeweg 4",
        "postal_code": "02625",
        "city": "Bautzen",
        "country": "DE",
        "phone": "+49 3591 52 230",
        "founded_year": 1997,
        "coords": ("51.181400", "14.424200"),
        "description_de": """Die Manufaktur stellt Senf, Sauerkonserven und Feinkostsalate nach
            Oberlausitzer Rezepten her. Über das Regionalmarketing-Netzwerk ist sie an
            gemeinsamen Produktlinien und Messeauftritten der Region beteiligt.""",
        "description_hu": """A manufaktúra felső-lausitzi receptek alapján készít mustárt,
            savanyúságokat és csemegesalátákat. A regionális marketinghálózaton keresztül részt
            vesz a térség közös termékcsaládjaiban és vásári megjelenéseiben.""",
    },
    {
        "slug": "neissetal-waggonkomponenten",
        "name": "Neißetal Waggonkomponenten GmbH",
        "kind": "enterprise",
        "size_band": "medium",
        "region": "DED2D",
        "sectors": ["C30.2", "C28"],
        "street": "An der Neiße 15",
        "postal_code": "02826",
        "city": "Görlitz",
        "country": "DE",
        "phone": "+49 3581 76 540",
        "founded_year": 1992,
        "coords": ("51.152800", "14.987200"),
        "description_de": """Der Zulieferer fertigt Drehgestellrahmen, Innenausbauteile und
            Schweißbaugruppen für Reisezugwagen und Straßenbahnen. Ein großer Teil der Aufträge
            kommt von den großen Schienenfahrzeugwerken in Görlitz und Bautzen.""",
        "description_hu": """A beszállító forgóvázkereteket, belsőtéri elemeket és hegesztett
            részegységeket gyárt személykocsikhoz és villamosokhoz. Megrendeléseinek nagy része a
            görlitzi és a bautzeni nagy vasútijármű-gyárakból érkezik.""",
    },
    {
        "slug": "elbtal-it-systeme",
        "name": "Elbtal IT-Systeme GmbH",
        "kind": "enterprise",
        "size_band": "small",
        "region": "DED21",
        "sectors": ["J62", "M70"],
        "street": "Elbweg 20",
        "postal_code": "01067",
        "city": "Dresden",
        "country": "DE",
        "phone": "+49 351 48 26 300",
        "founded_year": 2005,
        "coords": ("51.050400", "13.737300"),
        "description_de": """Das Dresdner IT-Unternehmen entwickelt Software für die
            Betriebsdatenerfassung und Qualitätssicherung in mittelständischen
            Fertigungsbetrieben. Es unterstützt die Oberlausitzer Zulieferer bei der
            Digitalisierung ihrer Abläufe.""",
        "description_hu": """A drezdai informatikai cég gyártásiadat-gyűjtő és
            minőségbiztosítási szoftvereket fejleszt közepes méretű gyártó vállalkozások
            számára. Segíti a felső-lausitzi beszállítókat folyamataik digitalizálásában.""",
    },
]

# Networks refer to each other, to companies and to regions by the keys used above;
# an umbrella network comes before its member networks.
NETWORKS = [
    {
        "key": "umbrella",
        "name_de": "REGIONET aktív – Netzwerk der Netzwerke",
        "name_hu": "REGIONET aktív – hálózatok hálózata",
        "kind": "cross_border",
        "parent": None,
        "regions": ["AT111", "AT112", "AT113", "AT122", "AT224", "HU221", "HU222", "HU223"],
        "coordinator": "netzwerkforum-pannonia",
        "founded_year": 2011,
        "website": "https://www.example.org/regionet-aktiv/",
        "description_de": """Das Dachnetzwerk verbindet die regionalen Unternehmensnetzwerke in
            den Kleinregionen an der österreichisch-ungarischen Grenze. Es entstand im Projekt
            REGIONET aktív des Programms Österreich–Ungarn 2007–2013 (Projektnummer L00031) und
            sichert den Austausch von Wissen und Erfahrungen, die Sammlung von
            Good-Practice-Beispielen und eine gemeinsame Innovationswerkstatt. Unternehmerinnen
            und Unternehmer aus allen teilnehmenden Regionen vertreten darin ihre Netzwerke.""",
        "description_hu": """Az ernyőhálózat az osztrák–magyar határ menti kistérségek
            regionális vállalkozói hálózatait kapcsolja össze. Az Ausztria–Magyarország Határon
            Átnyúló Együttműködési Program 2007–2013 keretében megvalósult REGIONET aktív
            projektben (projektszám: L00031) jött létre, és biztosítja a tudáscserét, a jó
            gyakorlatok gyűjtését és a közös innovációs műhely működését. Benne minden részt
            vevő térség vállalkozói képviselik saját hálózatukat.""",
    },
    {
        "key": "nordburgenland",
        "name_de": "Unternehmensnetzwerk Nordburgenland",
        "name_hu": "Észak-burgenlandi vállalkozói hálózat",
        "kind": "regional",
        "parent": "umbrella",
        "regions": ["AT112"],
        "coordinator": "unternehmerplattform-neusiedler-see",
        "founded_year": 2008,
        "website": "https://www.example.org/netzwerk-nordburgenland/",
        "description_de": """Das Unternehmensnetzwerk Nordburgenland vereint Gewerbe-,
            Tourismus- und Industriebetriebe aus den Bezirken Neusiedl am See,
            Eisenstadt-Umgebung und Mattersburg. Regelmäßige Unternehmertreffen, gemeinsame
            Einkaufs- und Marketingaktionen sowie Kooperationen mit Betrieben im Komitat
            Győr-Moson-Sopron stärken seine Mitglieder.""",
        # Deliberately only in German: shows the Hungarian fallback notice.
        "description_hu": "",
    },
    {
        "key": "sopron",
        "name_de": "Unternehmensnetzwerk Sopron und Umgebung",
        "name_hu": "Sopron és térsége vállalkozói hálózata",
        "kind": "regional",
        "parent": "umbrella",
        "regions": ["HU221"],
        "coordinator": "vallalkozasfejlesztes-sopron-ferto",
        "founded_year": 2005,
        "website": "https://www.example.org/sopron-halozat/",
        "description_de": """Das Netzwerk bringt Unternehmen aus der Kleinregion Sopron und dem
            übrigen Komitat Győr-Moson-Sopron mit Beratungseinrichtungen und Gemeinden zusammen.
            Im Mittelpunkt stehen Zulieferkooperationen, die gemeinsame Ausbildung von
            Fachkräften und der Zugang zum österreichischen Markt. Die Mitglieder treffen sich
            monatlich, abwechselnd in Sopron und in Mosonmagyaróvár.""",
        "description_hu": """A hálózat a soproni kistérség és Győr-Moson-Sopron vármegye többi
            részének vállalkozásait kapcsolja össze tanácsadó szervezetekkel és
            önkormányzatokkal. Középpontjában a beszállítói együttműködések, a szakemberek közös
            képzése és az osztrák piacra jutás áll. A tagok havonta találkoznak, felváltva
            Sopronban és Mosonmagyaróváron.""",
    },
    {
        "key": "raab",
        "name_de": "Grenzüberschreitendes Netzwerk Südburgenland – Szentgotthárd",
        "name_hu": "Dél-Burgenland–Szentgotthárd határon átnyúló vállalkozói hálózat",
        "kind": "cross_border",
        "parent": "umbrella",
        "regions": ["AT113", "HU222"],
        "coordinator": "raba-raab-gazdasagi-forum",
        "founded_year": 2009,
        "website": "https://www.example.org/raab-raba-netzwerk/",
        "description_de": """Im Raabtal zwischen Jennersdorf und Szentgotthárd arbeiten in diesem
            Netzwerk Unternehmen, Gemeinden und Tourismusbetriebe aus Österreich und Ungarn
            zusammen. Es vermittelt Zulieferaufträge, organisiert zweisprachige
            Unternehmertreffen und Betriebsbesichtigungen und entwickelt gemeinsame Angebote für
            Gäste im Dreiländereck. Das Netzwerk ist Mitglied im Dachnetzwerk von REGIONET
            aktív.""",
        "description_hu": """A Gyanafalva és Szentgotthárd közötti Rába-völgyben osztrák és
            magyar vállalkozások, önkormányzatok és turisztikai szolgáltatók működnek együtt
            ebben a hálózatban. Beszállítói megbízásokat közvetít, kétnyelvű vállalkozói
            találkozókat és üzemlátogatásokat szervez, valamint közös kínálatot alakít ki a
            hármashatár vendégei számára. A hálózat a REGIONET aktív ernyőhálózatának tagja.""",
    },
    {
        # The model network visited in 2013: cross-regional, not part of the umbrella.
        "key": "oberlausitz",
        "name_de": "Regionalmarketing-Netzwerk Oberlausitz",
        "name_hu": "Felső-lausitzi regionális marketinghálózat",
        "kind": "cross_regional",
        "parent": None,
        "regions": ["DED2C", "DED2D", "DED21"],
        "coordinator": "oberlausitz-regionalmarketing",
        "founded_year": 2003,
        "website": "https://www.example.org/oberlausitz/",
        "description_de": """Das Netzwerk wurde rund zehn Jahre vor der Studienreise von 2013
            gegründet, um die Leitbranchen der Oberlausitz – Lokomotiv- und Waggonbau,
            Autozulieferer, Maschinenbau, Kunststoffindustrie und Lebensmittelverarbeitung – und
            ihre branchenübergreifende Zusammenarbeit zu koordinieren. Als Dachorganisation
            entwickelt es das Regionsprofil und verantwortet das Standort- und
            Tourismusmarketing. In der stark von Abwanderung betroffenen Region haben sich ihm
            etwa 600 Unternehmen, Organisationen und Gemeinden angeschlossen, und mehrere
            deutsche und europäische Firmen haben sich angesiedelt, deren wichtigste Lieferanten
            regionale KMU sind.""",
        "description_hu": """A hálózatot mintegy tíz évvel a 2013-as tanulmányút előtt hozták
            létre, hogy összehangolja Felső-Lausitz vezető ágazatait – a mozdony- és
            vasútikocsi-gyártást, a járműipari beszállítókat, a gépgyártást, a műanyagipart és
            az élelmiszer-feldolgozást – és azok ágazatokon átívelő együttműködését.
            Ernyőszervezetként kidolgozza a térség arculatát, és felel a telephely- és
            turisztikai marketingért. Az elvándorlás által erősen sújtott térségben mintegy 600
            vállalkozás, szervezet és önkormányzat csatlakozott hozzá, és több német és európai
            vállalat telepedett le, amelyeknek a helyi kkv-k a legfontosabb beszállítói.""",
    },
]

# (network key, company slug, role, member since)
MEMBERSHIPS = [
    ("umbrella", "netzwerkforum-pannonia", "coordinator", "2011-03-01"),
    ("umbrella", "unternehmerplattform-neusiedler-see", "member", "2011-03-01"),
    ("umbrella", "vallalkozasfejlesztes-sopron-ferto", "board", "2011-03-01"),
    ("umbrella", "raba-raab-gazdasagi-forum", "board", "2011-05-16"),
    ("umbrella", "apfelland-obst-saft", "member", "2012-01-20"),
    ("umbrella", "steiner-ziviltechniker", "member", "2012-04-10"),
    ("umbrella", "gocseji-faipari", "member", "2012-09-03"),
    ("umbrella", "it-service-kovacs", "member", "2013-02-01"),
    ("nordburgenland", "unternehmerplattform-neusiedler-see", "coordinator", "2008-06-01"),
    ("nordburgenland", "pannonia-kunststofftechnik", "board", "2008-06-01"),
    ("nordburgenland", "weingut-horvath-illmitz", "member", "2009-03-15"),
    ("nordburgenland", "netzwerkforum-pannonia", "member", "2010-11-02"),
    ("sopron", "vallalkozasfejlesztes-sopron-ferto", "coordinator", "2005-02-01"),
    ("sopron", "mosoni-femtechnika", "member", "2006-10-01"),
    ("sopron", "ferto-sajtmanufaktura", "member", "2007-05-10"),
    ("sopron", "loverek-mernokiroda", "board", "2011-09-01"),
    ("raab", "raba-raab-gazdasagi-forum", "coordinator", "2009-04-01"),
    ("raab", "raabtal-maschinenbau", "board", "2009-04-01"),
    ("raab", "rabamenti-motorkomponens", "member", "2009-04-01"),
    ("raab", "szentgotthard-onkormanyzat", "member", "2009-04-01"),
    ("raab", "holzbau-pinkafeld", "member", "2010-02-15"),
    ("raab", "orsegi-vendeghaz", "member", "2010-06-01"),
    ("raab", "savaria-software", "member", "2012-03-01"),
    ("oberlausitz", "oberlausitz-regionalmarketing", "coordinator", "2003-07-01"),
    ("oberlausitz", "lausitzer-kunststofftechnik", "board", "2004-01-01"),
    ("oberlausitz", "neissetal-waggonkomponenten", "member", "2004-05-01"),
    ("oberlausitz", "spreetaler-feinkost", "member", "2006-03-01"),
    ("oberlausitz", "elbtal-it-systeme", "member", "2009-09-01"),
]


def _initials(name: str) -> str:
    """Up to two initials of the capitalised words, in ASCII (Őrségi Vendégház → OV)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = [word for word in re.split(r"\W+", ascii_name) if word[:1].isupper()]
    return "".join(word[0] for word in words[:2]) or ascii_name[:1].upper() or "R"


def _logo_png(initials: str, seed: str) -> bytes:
    """A square PNG with the initials in white on a colour chosen by `seed`."""
    hue = hashlib.sha256(seed.encode()).digest()[0] / 255
    colour = tuple(round(part * 255) for part in colorsys.hls_to_rgb(hue, 0.38, 0.55))
    image = Image.new("RGB", (LOGO_SIZE, LOGO_SIZE), colour)
    font = ImageFont.load_default(size=96)
    centre = (LOGO_SIZE / 2, LOGO_SIZE / 2)
    ImageDraw.Draw(image).text(centre, initials, fill="white", font=font, anchor="mm")
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _ensure_logo(obj: Company | Network, slug: str, name: str) -> None:
    if not obj.logo:
        png = _logo_png(_initials(name), slug)
        obj.logo.save(f"{slug}.png", ContentFile(png), save=True)


def load_taxonomies() -> tuple[dict[str, Region], dict[str, Sector]]:
    """Create or update the demo regions and sectors; returns them by NUTS-3 and NACE code.

    The other apps' demos use these, so every demo refers to the same regions and sectors.
    """
    regions = {}
    for code, country, name_de, name_hu, text_de, text_hu in REGIONS:
        regions[code], _created = Region.objects.update_or_create(
            nuts3_code=code,
            defaults={
                "country": country,
                "name_de": name_de,
                "name_hu": name_hu,
                "slug_de": language_slug(name_de, "de"),
                "slug_hu": language_slug(name_hu, "hu"),
                "description_de": prose(text_de),
                "description_hu": prose(text_hu),
                "latitude": Decimal(REGION_CENTRES[code][0]),
                "longitude": Decimal(REGION_CENTRES[code][1]),
            },
        )

    sectors = {}
    for code, name_de, name_hu in SECTORS:
        sectors[code], _created = Sector.objects.update_or_create(
            nace_code=code,
            defaults={
                "name_de": name_de,
                "name_hu": name_hu,
                "slug_de": language_slug(name_de, "de"),
                "slug_hu": language_slug(name_hu, "hu"),
            },
        )
    return regions, sectors


def taxonomies() -> tuple[dict[str, Region], dict[str, Sector]]:
    """The demo regions and sectors by code, created first only when some are missing."""
    regions = Region.objects.in_bulk(field_name="nuts3_code")
    sectors = Sector.objects.in_bulk(field_name="nace_code")
    if {row[0] for row in REGIONS} <= regions.keys() and {row[0] for row in SECTORS} <= (
        sectors.keys()
    ):
        return regions, sectors
    return load_taxonomies()


def load() -> None:
    """Create or update the network app's demo content in German and Hungarian.

    Idempotent: every object is looked up by its natural key (NUTS-3 code, NACE code,
    company slug, German network slug, company and network), so a second run changes
    nothing but the texts and creates no duplicates. Logos are drawn only where missing.
    """
    with translation.override(settings.LANGUAGE_CODE):
        regions, sectors = load_taxonomies()

        companies = {}
        for entry in COMPANIES:
            values = dict(entry)
            slug = values.pop("slug")
            sector_codes = values.pop("sectors")
            latitude, longitude = values.pop("coords")
            values.update(
                region=regions[values.pop("region")],
                latitude=Decimal(latitude),
                longitude=Decimal(longitude),
                website=f"https://www.example.com/{slug}/",
                email=f"{slug}@example.org",
                is_published=values.pop("is_published", True),
                description_de=prose(values["description_de"]),
                description_hu=prose(values["description_hu"]),
            )
            company, _created = Company.objects.update_or_create(slug=slug, defaults=values)
            company.sectors.set([sectors[code] for code in sector_codes])
            _ensure_logo(company, slug, company.name)
            companies[slug] = company

        networks = {}
        for entry in NETWORKS:
            values = dict(entry)
            key = values.pop("key")
            region_codes = values.pop("regions")
            parent_key = values.pop("parent")
            slug_de = language_slug(values["name_de"], "de")
            values.update(
                slug_hu=language_slug(values["name_hu"], "hu"),
                coordinator=companies[values.pop("coordinator")],
                parent=networks[parent_key] if parent_key else None,
                description_de=prose(values["description_de"]),
                description_hu=prose(values["description_hu"]),
            )
            network, _created = Network.objects.update_or_create(slug_de=slug_de, defaults=values)
            network.regions.set([regions[code] for code in region_codes])
            _ensure_logo(network, slug_de, network.name_de)
            networks[key] = network

        for network_key, company_slug, role, since in MEMBERSHIPS:
            Membership.objects.update_or_create(
                company=companies[company_slug],
                network=networks[network_key],
                defaults={"role": role, "since": date.fromisoformat(since)},
            )
