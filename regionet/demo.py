"""Demo content of the site: the project pages (about, funding, imprint, privacy).

Every page exists in German and Hungarian and is keyed on its German slug, so `load()`
can run any number of times without creating duplicates.
"""

from django.conf import settings
from django.utils import translation

from core.models import Page
from network.demo import prose

PAGES = [
    {
        "position": 1,
        "slug_de": "ueber-das-projekt",
        "slug_hu": "a-projektrol",
        "title_de": "Über das Projekt",
        "title_hu": "A projektről",
        "summary_de": """REGIONET aktív vernetzt regionale Unternehmensnetzwerke in den
            Kleinregionen an der österreichisch-ungarischen Grenze – ein Projekt des Programms
            Österreich–Ungarn 2007–2013.""",
        "summary_hu": """A REGIONET aktív az osztrák–magyar határ menti kistérségek regionális
            vállalkozói hálózatait kapcsolja össze – az Ausztria–Magyarország Határon Átnyúló
            Együttműködési Program 2007–2013 projektje.""",
        "body_de": """
            REGIONET aktív ist ein Projekt der Europäischen Territorialen Zusammenarbeit (ETZ)
            im Programm Österreich–Ungarn 2007–2013 mit der Projektnummer L00031. Darin haben
            sich Projektpartner beiderseits der Grenze zusammengeschlossen, um die
            Zusammenarbeit von Unternehmen im Grenzraum dauerhaft zu stärken.

            Viele Kleinregionen im Burgenland, in der Steiermark, in Niederösterreich und in den
            Komitaten Győr-Moson-Sopron, Vas und Zala haben eigene Unternehmensnetzwerke
            aufgebaut. Das Projekt bringt diese Netzwerke miteinander in Verbindung: Jede
            Initiative soll aus den Erfahrungen der anderen lernen und sich so leichter
            weiterentwickeln. Zugleich soll sichtbar werden, welches zusätzliche Potenzial
            entsteht, wenn Unternehmen über die Grenze hinweg zusammenarbeiten.

            Dafür setzt REGIONET aktív auf neun grenzüberschreitende Instrumente – vom Netzwerk
            der regionalen Netzwerke und einer Plattform der Unternehmerinnen und Unternehmer
            über den Austausch von Wissen und Erfahrungen und die Sammlung von
            Good-Practice-Beispielen bis zur laufenden Qualifizierung und einer gemeinsamen
            Innovationswerkstatt.

            Im April 2013 führte eine viertägige Studienreise rund 35 Unternehmerinnen,
            Unternehmer und Fachleute der Wirtschaftsentwicklung nach Dresden und in die
            Oberlausitz. Fachvorträge und Betriebsbesichtigungen zeigten, wie
            Unternehmensnetzwerke in Sachsen aufgebaut und dauerhaft betrieben werden. Dieses
            Portal stellt die Netzwerke, ihre Mitglieder und die Good-Practice-Beispiele auf
            Deutsch und Ungarisch vor.""",
        "body_hu": """
            A REGIONET aktív az Európai Területi Együttműködés (ETE) keretében, az
            Ausztria–Magyarország Határon Átnyúló Együttműködési Program 2007–2013
            támogatásával megvalósult projekt, projektszáma L00031. A határ két oldalának
            projektpartnerei azért fogtak össze, hogy tartósan erősítsék a határ menti térség
            vállalkozásainak együttműködését.

            Burgenland, Stájerország és Alsó-Ausztria, valamint Győr-Moson-Sopron, Vas és Zala
            vármegye számos kistérsége saját vállalkozói hálózatot épített ki. A projekt ezeket
            a hálózatokat kapcsolja össze: minden kezdeményezés tanulhat a többiek
            tapasztalataiból, és így könnyebben fejlődhet tovább. Ugyanakkor láthatóvá válik,
            milyen többletlehetőség rejlik abban, ha a vállalkozások a határon át is
            együttműködnek.

            Ehhez a REGIONET aktív kilenc határon átnyúló eszközre épít – a regionális hálózatok
            hálózatától és a vállalkozók platformjától a tudás- és tapasztalatcserén, valamint a
            jó gyakorlatok gyűjtésén át a folyamatos kompetenciafejlesztésig és a közös
            innovációs műhelyig.

            2013 áprilisában egy négynapos tanulmányút keretében mintegy 35 vállalkozó és
            gazdaságfejlesztési szakember utazott Drezdába és Felső-Lausitzba. Szakmai előadások
            és üzemlátogatások mutatták be, hogyan épülnek fel és működnek tartósan a
            szászországi vállalkozói hálózatok. Ez a portál német és magyar nyelven mutatja be a
            hálózatokat, tagjaikat és a jó gyakorlatokat.""",
    },
    {
        "position": 2,
        "slug_de": "foerderprogramm",
        "slug_hu": "tamogatasi-program",
        "title_de": "Förderprogramm",
        "title_hu": "Támogatási program",
        "summary_de": """Das Programm Österreich–Ungarn 2007–2013 der Europäischen
            Territorialen Zusammenarbeit förderte gemeinsame Projekte aus dem Europäischen Fonds
            für regionale Entwicklung.""",
        "summary_hu": """Az Európai Területi Együttműködés keretében az Ausztria–Magyarország
            Határon Átnyúló Együttműködési Program 2007–2013 az Európai Regionális Fejlesztési
            Alapból támogatta a közös projekteket.""",
        "body_de": """
            In der Förderperiode 2007–2013 war die Europäische Territoriale Zusammenarbeit (ETZ)
            eines der drei Ziele der europäischen Kohäsionspolitik. Sie hilft Regionen, die
            Grenze nicht als Trennlinie, sondern als gemeinsamen Lebens- und Wirtschaftsraum zu
            verstehen.

            Das Programm Österreich–Ungarn 2007–2013 umfasste auf ungarischer Seite die Komitate
            Győr-Moson-Sopron, Vas und Zala, auf österreichischer Seite das Burgenland sowie
            grenznahe Gebiete Wiens, Niederösterreichs und der Steiermark. Gefördert wurden
            gemeinsame Vorhaben von Partnern aus beiden Ländern, unter anderem in der
            Wirtschafts- und Innovationsförderung, im Tourismus, im Umweltschutz, im Verkehr
            sowie in Bildung und Arbeitsmarkt.

            Die Mittel stammten aus dem Europäischen Fonds für regionale Entwicklung (EFRE) und
            wurden durch nationale Beiträge ergänzt. Die Projekte mussten von Partnern beider
            Länder gemeinsam vorbereitet und umgesetzt werden.

            REGIONET aktív wurde in diesem Programm unter der Projektnummer L00031 gefördert. Zu
            seinen Aktivitäten gehörten der Aufbau des Dachnetzwerks und die Studienreise nach
            Sachsen im April 2013.""",
        "body_hu": """
            A 2007–2013-as programozási időszakban az Európai Területi Együttműködés (ETE) az
            európai kohéziós politika három célkitűzésének egyike volt. Abban segíti a
            régiókat, hogy a határt ne választóvonalnak, hanem közös élet- és gazdasági térnek
            tekintsék.

            Az Ausztria–Magyarország Határon Átnyúló Együttműködési Program 2007–2013 magyar
            oldalon Győr-Moson-Sopron, Vas és Zala vármegyére, osztrák oldalon Burgenlandra,
            valamint Bécs, Alsó-Ausztria és Stájerország határ közeli területeire terjedt ki. A
            két ország partnereinek közös projektjeit támogatta, többek között a gazdaság- és
            innovációfejlesztés, a turizmus, a környezetvédelem, a közlekedés, valamint az
            oktatás és a munkaerőpiac területén.

            A forrásokat az Európai Regionális Fejlesztési Alap (ERFA) biztosította, amelyet
            nemzeti hozzájárulás egészített ki. A projekteket a két ország partnereinek közösen
            kellett előkészíteniük és megvalósítaniuk.

            A REGIONET aktív ennek a programnak a keretében, L00031-es projektszámmal kapott
            támogatást. Tevékenységei közé tartozott az ernyőhálózat kiépítése és a 2013.
            áprilisi szászországi tanulmányút.""",
    },
    {
        "position": 3,
        "slug_de": "impressum",
        "slug_hu": "impresszum",
        "title_de": "Impressum",
        "title_hu": "Impresszum",
        "summary_de": "Angaben zu Medieninhaber und Herausgeber des Portals von REGIONET aktív.",
        "summary_hu": "A REGIONET aktív portál médiatulajdonosának és kiadójának adatai.",
        "body_de": """
            Medieninhaber und Herausgeber: Netzwerkforum Pannonia – Verein für
            grenzüberschreitende Unternehmensnetzwerke, Hauptstraße 18, 7000 Eisenstadt,
            Österreich. Telefon: +43 2682 61 420, E-Mail: netzwerkforum-pannonia@example.org

            Der Verein wird durch seinen Vorstand vertreten; Obfrau ist Mag. Eva Leitner. Er ist
            nach dem österreichischen Vereinsgesetz 2002 eingetragen und verfolgt gemeinnützige
            Zwecke der regionalen Wirtschaftsentwicklung.

            Grundlegende Richtung: Das Portal informiert auf Deutsch und Ungarisch über die
            Unternehmensnetzwerke, Mitgliedsunternehmen, Studienreisen und
            Good-Practice-Beispiele des Projekts REGIONET aktív. Die Inhalte zu den einzelnen
            Netzwerken und Unternehmen pflegen die jeweiligen Projektpartner.

            Das Projekt REGIONET aktív (L00031) wurde im Programm Österreich–Ungarn 2007–2013
            aus Mitteln des Europäischen Fonds für regionale Entwicklung gefördert. Für die
            Inhalte externer Links sind ausschließlich deren Betreiber verantwortlich.""",
        "body_hu": """
            Médiatulajdonos és kiadó: Netzwerkforum Pannonia – Verein für grenzüberschreitende
            Unternehmensnetzwerke (határon átnyúló vállalkozói hálózatok egyesülete),
            Hauptstraße 18, 7000 Eisenstadt (Kismarton), Ausztria. Telefon: +43 2682 61 420,
            e-mail: netzwerkforum-pannonia@example.org

            Az egyesületet elnöksége képviseli, elnöke Mag. Eva Leitner. Az egyesület az osztrák
            egyesületi törvény (Vereinsgesetz 2002) alapján bejegyzett szervezet, és közhasznú
            célként a regionális gazdaságfejlesztést szolgálja.

            A portál alapvető iránya: német és magyar nyelven tájékoztat a REGIONET aktív
            projekt vállalkozói hálózatairól, tagvállalatairól, tanulmányútjairól és jó
            gyakorlatairól. Az egyes hálózatokra és vállalkozásokra vonatkozó tartalmakat az
            illetékes projektpartnerek gondozzák.

            A REGIONET aktív projekt (L00031) az Ausztria–Magyarország Határon Átnyúló
            Együttműködési Program 2007–2013 keretében, az Európai Regionális Fejlesztési Alap
            támogatásával valósult meg. A külső hivatkozások tartalmáért kizárólag azok
            üzemeltetői felelősek.""",
    },
    {
        "position": 4,
        "slug_de": "datenschutz",
        "slug_hu": "adatvedelem",
        "title_de": "Datenschutz",
        "title_hu": "Adatvédelem",
        "summary_de": """Welche personenbezogenen Daten das Portal verarbeitet, wie lange sie
            gespeichert werden und welche Rechte Sie nach der DSGVO haben.""",
        "summary_hu": """Milyen személyes adatokat kezel a portál, meddig őrzi meg őket, és
            milyen jogok illetik meg Önt a GDPR alapján.""",
        "body_de": """
            Verantwortlich für die Verarbeitung personenbezogener Daten auf diesem Portal ist
            der im Impressum genannte Verein Netzwerkforum Pannonia. Für alle Fragen zum
            Datenschutz erreichen Sie uns unter netzwerkforum-pannonia@example.org.

            Wir verarbeiten nur Daten, die Sie uns selbst übermitteln: bei der Anmeldung zu
            einer Studienreise Name, E-Mail-Adresse, Organisation, Telefonnummer und bevorzugte
            Sprache; bei einer Nachricht an ein Netzwerk oder wenn Sie Interesse an einem
            Eintrag der Kooperationsbörse bekunden, Name, E-Mail-Adresse, Organisation und Ihre
            Nachricht. Rechtsgrundlage ist die Durchführung der von Ihnen gewünschten Maßnahme
            (Art. 6 Abs. 1 lit. b DSGVO) beziehungsweise Ihre Einwilligung (Art. 6 Abs. 1
            lit. a DSGVO), deren Zeitpunkt wir festhalten. Nachrichten an ein Netzwerk leiten
            wir per E-Mail an dessen Koordinatorin oder Koordinator weiter.

            Anmeldungen löschen wir spätestens zwei Jahre nach dem Ende der jeweiligen
            Studienreise, Nachrichten und Einträge der Kooperationsbörse spätestens zwei Jahre
            nach ihrem Eingang beziehungsweise Ablauf, sofern keine gesetzliche
            Aufbewahrungspflicht entgegensteht.

            Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der
            Verarbeitung, Datenübertragbarkeit und Widerspruch (Art. 15 bis 21 DSGVO). Eine
            Einwilligung können Sie jederzeit widerrufen; die Rechtmäßigkeit der bis dahin
            erfolgten Verarbeitung bleibt davon unberührt. Auf Wunsch exportieren oder löschen
            wir alle zu Ihrer E-Mail-Adresse gespeicherten Daten. Beschwerden können Sie an die
            Aufsichtsbehörde richten, in Österreich an die Datenschutzbehörde, in Ungarn an die
            Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH).

            Das Portal verwendet nur technisch notwendige Cookies, etwa für die Sitzung und den
            Schutz von Formularen, und bindet keine Analyse- oder Werbedienste ein.""",
        "body_hu": """
            A portálon folyó személyesadat-kezelés adatkezelője az impresszumban megnevezett
            Netzwerkforum Pannonia egyesület. Adatvédelmi kérdéseivel a
            netzwerkforum-pannonia@example.org címen fordulhat hozzánk.

            Csak azokat az adatokat kezeljük, amelyeket Ön maga ad meg: tanulmányútra való
            jelentkezéskor nevét, e-mail-címét, szervezetét, telefonszámát és a választott
            nyelvet; ha üzenetet küld egy hálózatnak, vagy érdeklődését jelzi az együttműködési
            börze egy hirdetése iránt, nevét, e-mail-címét, szervezetét és üzenetét. Az
            adatkezelés jogalapja az Ön által kért intézkedés végrehajtása (GDPR 6. cikk (1)
            bekezdés b) pont), illetve az Ön hozzájárulása (GDPR 6. cikk (1) bekezdés a) pont),
            amelynek időpontját rögzítjük. A hálózatoknak küldött üzeneteket e-mailben
            továbbítjuk az adott hálózat koordinátorának.

            A jelentkezéseket legkésőbb két évvel az adott tanulmányút vége után, az üzeneteket
            és az együttműködési börze hirdetéseit legkésőbb két évvel beérkezésük, illetve
            lejáratuk után töröljük, hacsak jogszabály hosszabb megőrzést nem ír elő.

            Önt megilleti a hozzáférés, a helyesbítés, a törlés, az adatkezelés korlátozása, az
            adathordozhatóság és a tiltakozás joga (GDPR 15–21. cikk). Hozzájárulását bármikor
            visszavonhatja; ez nem érinti a visszavonás előtti adatkezelés jogszerűségét.
            Kérésére kiadjuk vagy töröljük az e-mail-címéhez tartozó összes adatot. Panaszt a
            felügyeleti hatóságnál tehet: Magyarországon a Nemzeti Adatvédelmi és
            Információszabadság Hatóságnál (NAIH), Ausztriában az osztrák adatvédelmi
            hatóságnál (Datenschutzbehörde).

            A portál csak a működéshez szükséges sütiket használ, például a munkamenethez és az
            űrlapok védelméhez, elemző vagy reklámszolgáltatást nem épít be.""",
    },
]


def load() -> None:
    """Create or update the four project pages in German and Hungarian.

    Idempotent: each page is looked up by its German slug; a second run only rewrites
    the texts. All pages are published and linked in the footer, ordered by position.
    """
    with translation.override(settings.LANGUAGE_CODE):
        for entry in PAGES:
            values = dict(entry)
            slug_de = values.pop("slug_de")
            for field in ("summary_de", "summary_hu", "body_de", "body_hu"):
                values[field] = prose(values[field])
            values.update(show_in_footer=True, is_published=True)
            Page.objects.update_or_create(slug_de=slug_de, defaults=values)
