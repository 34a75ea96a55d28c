"""Demo content of the cooperation exchange: offers and requests of entrepreneurs.

Each post is written in one language by its author, as on the real exchange: some in
German, some in Hungarian. They are keyed on the author's (example) address, so `load()`
can run any number of times; expiry dates are set relative to today, so the demo posts
stay online. Two posts are not public: one awaits its author's confirmation, one the
partners' review.
"""

from datetime import timedelta

from django.utils import timezone

from cooperation.models import CooperationPost
from network import demo as network_demo

Kind = CooperationPost.Kind
Type = CooperationPost.Type

POSTS = [
    {
        "contact_email": "lohnfertigung@metallbau-pinkatal.example.org",
        "language": "de",
        "kind": Kind.OFFER,
        "cooperation_type": Type.SUPPLIER,
        "title": "Lohnfertigung: CNC-Drehteile und kleine Baugruppen in Kleinserien",
        "text": (
            "Wir sind ein Familienbetrieb mit 28 Beschäftigten im Südburgenland und fertigen "
            "CNC-Dreh- und Frästeile aus Stahl, Edelstahl und Aluminium, auf Wunsch auch "
            "montiert als kleine Baugruppen.\n\n"
            "Freie Kapazitäten haben wir für Serien von 50 bis 5.000 Stück. Wir suchen "
            "Auftraggeber aus dem Maschinen- und Anlagenbau beiderseits der Grenze; Lieferung "
            "nach Westungarn übernehmen wir selbst."
        ),
        "sector": "C28",
        "region": "AT113",
        "languages": ["de", "en"],
        "company": "Metallbau Pinkatal GmbH",
        "contact_name": "Andrea Fuchs",
        "days": 150,
    },
    {
        "contact_email": "innovation@holzbau-guessing.example.org",
        "language": "de",
        "kind": Kind.REQUEST,
        "cooperation_type": Type.JOINT_PROJECT,
        "title": "Partner für ein Innovationsprojekt im Holz-Hybridbau gesucht",
        "text": (
            "Für ein grenzüberschreitendes Innovationsprojekt zu vorgefertigten "
            "Holz-Beton-Deckenelementen suchen wir einen Partner aus Ungarn: ein "
            "Betonfertigteilwerk, ein Ingenieurbüro oder eine Hochschule.\n\n"
            "Wir bringen die Holzbau-Kompetenz und eine Versuchshalle ein. Ziel ist ein "
            "gemeinsamer Förderantrag im kommenden Jahr."
        ),
        "sector": "C16",
        "region": "AT113",
        "languages": ["de", "hu", "en"],
        "company": "Holzbau Güssing GmbH",
        "contact_name": "Markus Hafner",
        "days": 200,
    },
    {
        "contact_email": "besuch@obsthof-raabtal.example.org",
        "language": "de",
        "kind": Kind.OFFER,
        "cooperation_type": Type.STUDY_VISIT,
        "title": "Betriebsbesichtigung: Wie unsere Obstverarbeitung Energie und Wasser spart",
        "text": (
            "Gruppen von Unternehmerinnen und Unternehmern sind bei uns willkommen: Wir zeigen "
            "die Wärmerückgewinnung in der Saftpresse, die Kreislaufführung des Waschwassers "
            "und unsere Photovoltaikanlage.\n\n"
            "Die Besichtigung dauert etwa zwei Stunden, für Gruppen bis 25 Personen, gern mit "
            "Dolmetschung ins Ungarische."
        ),
        "sector": "C10",
        "region": "AT224",
        "languages": ["de", "en"],
        "company": "Obsthof Raabtal GmbH",
        "contact_name": "Johanna Pock",
        "days": 120,
    },
    {
        "contact_email": "einkauf@fahrzeugtechnik-wn.example.org",
        "language": "de",
        "kind": Kind.REQUEST,
        "cooperation_type": Type.SUPPLIER,
        "title": "Zulieferer für Kunststoff-Spritzgussteile gesucht",
        "text": (
            "Für Gehäuse- und Abdeckteile von Fahrzeugsteuerungen suchen wir einen Zulieferer "
            "für technische Spritzgussteile (PA6, PBT) mit 20.000 bis 80.000 Stück im Jahr.\n\n"
            "Wichtig sind uns eine Zertifizierung nach IATF 16949 oder die Bereitschaft dazu "
            "und kurze Wege: Westungarn und das Burgenland sind ideal."
        ),
        "sector": "C29",
        "region": "AT122",
        "languages": ["de", "en"],
        "company": "Fahrzeugtechnik Wiener Neustadt GmbH",
        "contact_name": "Stefan Leitner",
        "days": 90,
    },
    {
        "contact_email": "fachkraefte@unternehmerforum-mittelburgenland.example.org",
        "language": "de",
        "kind": Kind.OFFER,
        "cooperation_type": Type.KNOWLEDGE,
        "title": "Wissensaustausch: Lehrlinge gemeinsam ausbilden",
        "text": (
            "In unserem Unternehmernetzwerk bilden zwölf kleine Betriebe ihre Lehrlinge im "
            "Verbund aus: Jeder Lehrling lernt in drei Betrieben.\n\n"
            "Wir teilen gern unsere Erfahrungen mit Netzwerken aus Ungarn, die Ähnliches "
            "planen, und freuen uns auf einen Gegenbesuch."
        ),
        "sector": "M70",
        "region": "AT111",
        "languages": ["de", "hu"],
        "company": "Unternehmerforum Mittelburgenland",
        "contact_name": "Eva Horvath",
        "days": 5,  # expires soon: shows the reminder in the demo
    },
    {
        "contact_email": "ajanlat@soproni-femtechnika.example.org",
        "language": "hu",
        "kind": Kind.OFFER,
        "cooperation_type": Type.SUPPLIER,
        "title": "Bérmunka: lézervágás és élhajlítás rövid határidővel",
        "text": (
            "Soproni fémfeldolgozó üzemünk szabad kapacitással rendelkezik lézervágásra "
            "(legfeljebb 20 mm acél) és CNC-élhajlításra (3 méterig).\n\n"
            "Osztrák megrendelőket keresünk a gépgyártás és az építőipar területéről. "
            "Németül beszélő kollégánk segít az árajánlatban és a műszaki egyeztetésben."
        ),
        "sector": "C28",
        "region": "HU221",
        "languages": ["hu", "de"],
        "company": "Soproni Fémtechnika Kft.",
        "contact_name": "Nagy Péter",
        "days": 180,
    },
    {
        "contact_email": "partner@orsegi-vendeghaz.example.org",
        "language": "hu",
        "kind": Kind.REQUEST,
        "cooperation_type": Type.JOINT_VENTURE,
        "title": "Osztrák partnert keresünk közös turisztikai vállalkozáshoz",
        "text": (
            "Őrségi vendégházunk és kerékpárkölcsönzőnk mellé osztrák partnert keresünk egy "
            "közös vállalkozáshoz: határon átnyúló kerékpáros és termál-csomagok az Őrség és "
            "Dél-Burgenland között.\n\n"
            "Olyan szálláshelyet vagy utazásszervezőt keresünk, amely a foglalást és a "
            "marketinget közösen vinné velünk."
        ),
        "sector": "I55",
        "region": "HU222",
        "languages": ["hu", "de", "en"],
        "company": "Őrségi Vendégház Kft.",
        "contact_name": "Szabó Katalin",
        "days": 240,
    },
    {
        "contact_email": "innovacio@szombathelyi-szoftverhaz.example.org",
        "language": "hu",
        "kind": Kind.OFFER,
        "cooperation_type": Type.JOINT_PROJECT,
        "title": "Közös innovációs projekt: érzékelők és adatplatform mezőgazdasági gépekhez",
        "text": (
            "Szoftverfejlesztő cégünk olcsó IoT-érzékelőket és adatplatformot fejlesztett "
            "mezőgazdasági gépek üzemidejének és karbantartásának követésére.\n\n"
            "Gépgyártó vagy gépkereskedő partnert keresünk Ausztriából egy közös "
            "kísérleti projekthez és egy későbbi közös pályázathoz."
        ),
        "sector": "J62",
        "region": "HU222",
        "languages": ["hu", "en", "de"],
        "company": "Szombathelyi Szoftverház Kft.",
        "contact_name": "Kovács Gábor",
        "days": 160,
    },
    {
        "contact_email": "klaszter@zalai-faipar.example.org",
        "language": "hu",
        "kind": Kind.REQUEST,
        "cooperation_type": Type.KNOWLEDGE,
        "title": "Tudáscsere: hogyan működik egy határon átnyúló faipari hálózat?",
        "text": (
            "Zalai faipari kkv-k hálózataként szeretnénk megismerni, hogyan működnek együtt az "
            "osztrák faipari vállalkozások beszerzésben, képzésben és marketingben.\n\n"
            "Szívesen meghívunk egy osztrák hálózatot egy műhelymunkára, és ellátogatnánk "
            "hozzájuk is."
        ),
        "sector": "C16",
        "region": "HU223",
        "languages": ["hu"],
        "company": "Zalai Faipari Klaszter Egyesület",
        "contact_name": "Tóth Andrea",
        "days": 100,
    },
    {
        "contact_email": "latogatas@mosoni-elelmiszer.example.org",
        "language": "hu",
        "kind": Kind.OFFER,
        "cooperation_type": Type.STUDY_VISIT,
        "title": "Üzemlátogatást fogadunk: tejfeldolgozás Mosonmagyaróváron",
        "text": (
            "Szívesen fogadunk osztrák és magyar vállalkozói csoportokat: bemutatjuk "
            "tejfeldolgozó üzemünket, a regionális beszállítói hálózatunkat és a "
            "hulladékhő hasznosítását.\n\n"
            "A látogatás körülbelül másfél óra, legfeljebb 30 fő részére, német "
            "tolmácsolással."
        ),
        "sector": "C10",
        "region": "HU221",
        "languages": ["hu", "de"],
        "company": "Mosoni Élelmiszer Zrt.",
        "contact_name": "Varga László",
        "days": 210,
    },
    {
        "contact_email": "kooperation@kunststoff-oberwart.example.org",
        "language": "de",
        "kind": Kind.OFFER,
        "cooperation_type": Type.JOINT_VENTURE,
        "title": "Gemeinsame Recyclinganlage für Kunststoffabfälle",
        "text": (
            "Wir prüfen mit zwei Betrieben eine gemeinsame Anlage für das Recycling "
            "sortenreiner Produktionsabfälle und suchen weitere Partner."
        ),
        "sector": "C22",
        "region": "AT113",
        "languages": ["de"],
        "company": "Kunststofftechnik Oberwart GmbH",
        "contact_name": "Thomas Wagner",
        "days": 120,
        "status": CooperationPost.Status.PENDING,  # confirmed, awaiting the partners' review
    },
    {
        "contact_email": "uj-bejegyzes@gyori-gepgyar.example.org",
        "language": "hu",
        "kind": Kind.REQUEST,
        "cooperation_type": Type.SUPPLIER,
        "title": "Alvállalkozót keresünk hegesztett acélszerkezetekhez",
        "text": "Győri gépgyárunk hegesztett acélszerkezetek gyártására keres alvállalkozót.",
        "sector": "C28",
        "region": "HU221",
        "languages": ["hu", "de"],
        "company": "Győri Gépgyár Kft.",
        "contact_name": "Fekete Zoltán",
        "days": 120,
        "status": CooperationPost.Status.PENDING,
        "confirmed": False,  # the author has not confirmed the address yet
    },
]


def load() -> None:
    """Create or update the demo posts; safe to run again (keyed on the author's address)."""
    now = timezone.now()
    today = timezone.localdate()
    regions, sectors = network_demo.taxonomies()
    for index, entry in enumerate(POSTS):
        values = dict(entry)
        email = values.pop("contact_email")
        days = values.pop("days")
        status = values.pop("status", CooperationPost.Status.APPROVED)
        confirmed = values.pop("confirmed", True)
        values.update(
            sector=sectors[values["sector"]],
            region=regions[values["region"]],
            expires_on=today + timedelta(days=days),
            status=status,
            consent_version="2026-11",
        )
        created = now - timedelta(days=3 * (len(POSTS) - index))
        CooperationPost.objects.update_or_create(
            contact_email=email,
            defaults=values,
            create_defaults={
                **values,
                "contact_email": email,
                "created": created,
                "consent_at": created,
                "confirmed_at": created + timedelta(hours=1) if confirmed else None,
                "moderated_at": created + timedelta(days=1)
                if status != CooperationPost.Status.PENDING
                else None,
            },
        )
