"""Demo content: good-practice cases in German and Hungarian, loaded idempotently.

Facts come from the source document (the 2013 study trip to Saxony and the list of
cross-border instruments); the sentences are our own. Regions, sectors, networks and
organisations are found by their natural keys and created only when missing, so this
works with or without the network app's demo content (whose regions and sectors it uses).
"""

import random
from datetime import datetime
from io import BytesIO
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image, ImageDraw, ImageFont

from goodpractice.models import CaseDocument, CaseImage, GoodPractice, Instrument, KeyFigure
from network import demo as network_demo
from network.models import Company, Network, Region
from studytrips.models import StudyTrip

VIENNA = ZoneInfo("Europe/Vienna")

COMPANIES = {
    "oberlausitz-regionalmarketing": {
        "name": "Marketing-Gesellschaft Oberlausitz",
        "kind": Company.Kind.NETWORK,
        "country": "DE",
        "region": "DED2C",
        "founded_year": 2003,
        "description_de": (
            "Gemeinnützige Marketinggesellschaft der Oberlausitz. Sie koordiniert die "
            "Branchennetzwerke der Region und betreibt Regionsprofil, Standort- und "
            "Tourismusmarketing."
        ),
        "description_hu": (
            "Felső-Lausitz nonprofit marketingtársasága. Koordinálja a térség ágazati "
            "hálózatait, és működteti a térségi arculatot, a telephely- és a turisztikai "
            "marketinget."
        ),
    },
    "regionet-aktiv-projektbuero": {
        "name": "REGIONET aktív Projektbüro",
        "kind": Company.Kind.SUPPORT,
        "country": "HU",
        "region": None,
        "founded_year": None,
        "description_de": (
            "Koordiniert das Projekt REGIONET aktív im Programm Österreich–Ungarn 2007–2013 "
            "(Projekt L00031)."
        ),
        "description_hu": (
            "Koordinálja a REGIONET aktív projektet az Ausztria–Magyarország Határon Átnyúló "
            "Együttműködési Program 2007–2013 keretében (L00031 sz. projekt)."
        ),
    },
}

NETWORKS = {
    "regionet-aktiv-netzwerk-der-netzwerke": {
        "name_de": "REGIONET aktív",
        "name_hu": "REGIONET aktív",
        "slug_hu": "regionet-aktiv-halozatok-halozata",
        "kind": Network.Kind.CROSS_BORDER,
        "regions": ["AT111", "AT112", "AT113", "HU221", "HU222"],
        "coordinator": "regionet-aktiv-projektbuero",
        "founded_year": None,
        "description_de": (
            "Netzwerk der regionalen Unternehmensnetzwerke in den Kleinregionen an der "
            "österreichisch-ungarischen Grenze."
        ),
        "description_hu": (
            "Az osztrák–magyar határ menti kistérségek regionális vállalkozói hálózatainak "
            "hálózata."
        ),
    },
    "regionalmarketing-netzwerk-oberlausitz": {
        "name_de": "Unternehmensnetzwerk Oberlausitz",
        "name_hu": "Felső-lausitzi vállalkozói hálózat",
        "slug_hu": "felso-lausitzi-vallalkozoi-halozat",
        "kind": Network.Kind.REGIONAL,
        "regions": ["DED2C", "DED2D"],
        "coordinator": "oberlausitz-regionalmarketing",
        "founded_year": 2003,
        "description_de": (
            "Rund 600 Unternehmen, Organisationen und Gemeinden der Oberlausitz, koordiniert "
            "von der regionalen Marketinggesellschaft."
        ),
        "description_hu": (
            "Felső-Lausitz mintegy 600 vállalkozása, szervezete és önkormányzata, amelyeket a "
            "térségi marketingtársaság koordinál."
        ),
    },
}


def _published(year, month, day):
    return datetime(year, month, day, 10, 0, tzinfo=VIENNA)


CASES = [
    {
        "slug_de": "regionalmarketing-netzwerk-oberlausitz",
        "slug_hu": "felso-lausitzi-regionalis-marketinghalozat",
        "title_de": "Regionalmarketing-Netzwerk Oberlausitz",
        "title_hu": "A felső-lausitzi regionális marketinghálózat",
        "summary_de": (
            "Eine gemeinnützige Marketinggesellschaft verbindet in der Oberlausitz rund 600 "
            "Unternehmen, Organisationen und Gemeinden. Sie koordiniert die führenden Branchen "
            "der Region über Branchengrenzen hinweg und verantwortet Regionsprofil, Standort- "
            "und Tourismusmarketing aus einer Hand."
        ),
        "summary_hu": (
            "Felső-Lausitzban egy nonprofit marketingtársaság mintegy 600 vállalkozást, "
            "szervezetet és önkormányzatot kapcsol össze. Ágazatokon átívelően koordinálja a "
            "térség vezető iparágait, és egy kézben tartja a térségi arculatot, a telephely- "
            "és a turisztikai marketinget."
        ),
        "challenge_de": (
            "Die Oberlausitz ist stark von Abwanderung betroffen. Einzelne Betriebe und "
            "Gemeinden waren zu klein, um die Region allein als Wirtschaftsstandort sichtbar "
            "zu machen und Investoren zu gewinnen."
        ),
        "challenge_hu": (
            "Felső-Lausitzt erősen sújtja az elvándorlás. Az egyes vállalkozások és "
            "önkormányzatok túl kicsik voltak ahhoz, hogy egyedül tegyék láthatóvá a térséget "
            "gazdasági telephelyként, és befektetőket nyerjenek meg."
        ),
        "approach_de": (
            "<p>Vor rund zehn Jahren wurde die Marketinggesellschaft als Dachorganisation "
            "gegründet. Sie</p><ul>"
            "<li>koordiniert die maßgebenden Branchen: Lokomotiv- und Waggonbau, Zulieferer "
            "der Autoindustrie, Maschinenbau, Kunststoffindustrie und "
            "Lebensmittelverarbeitung,</li>"
            "<li>fördert die branchenübergreifende Zusammenarbeit der Netzwerke,</li>"
            "<li>erarbeitet und betreibt das Regionsprofil sowie das Standort- und "
            "Tourismusmarketing.</li></ul>"
        ),
        "approach_hu": (
            "<p>A marketingtársaságot mintegy tíz éve alapították ernyőszervezetként. A "
            "társaság</p><ul>"
            "<li>koordinálja a meghatározó ágazatokat: a mozdony- és vagongyártást, az "
            "autóipari beszállítókat, a gépipart, a műanyagipart és az "
            "élelmiszer-feldolgozást,</li>"
            "<li>támogatja a hálózatok ágazatokon átívelő együttműködését,</li>"
            "<li>kidolgozza és működteti a térségi arculatot, valamint a telephely- és a "
            "turisztikai marketinget.</li></ul>"
        ),
        "results_de": (
            "Rund 600 Unternehmen, Organisationen und Gemeinden haben sich angeschlossen. "
            "Mehrere deutsche und europäische Firmen haben sich in der Region angesiedelt; "
            "ihre wichtigsten Lieferanten sind regionale KMU."
        ),
        "results_hu": (
            "Mintegy 600 vállalkozás, szervezet és önkormányzat csatlakozott. Több német és "
            "európai vállalat telepedett le a térségben; legfontosabb beszállítóik a helyi "
            "kkv-k."
        ),
        "transferability_de": (
            "Das Modell eignet sich für Grenzregionen, deren Kleinregionen einzeln kaum "
            "wahrgenommen werden. Entscheidend sind eine neutrale Dachorganisation, der "
            "Unternehmen und Gemeinden gleichermaßen vertrauen, und ein gemeinsames "
            "Regionsprofil, das alle Partner nach außen vertreten."
        ),
        "transferability_hu": (
            "A modell olyan határ menti térségekben alkalmazható, amelyek kistérségei "
            "külön-külön alig látszanak. Döntő egy semleges ernyőszervezet, amelyben a "
            "vállalkozások és az önkormányzatok egyaránt megbíznak, valamint egy közös térségi "
            "arculat, amelyet minden partner képvisel."
        ),
        "resources_de": (
            "Ein hauptamtliches Team in der Dachorganisation, Beiträge der Mitglieder und der "
            "Gebietskörperschaften sowie langfristige Zusagen der Partner, denn "
            "Standortmarketing wirkt erst über Jahre."
        ),
        "resources_hu": (
            "Főállású munkatársak az ernyőszervezetben, a tagok és az önkormányzatok "
            "hozzájárulásai, valamint a partnerek hosszú távú elköteleződése, hiszen a "
            "telephelymarketing csak évek alatt hoz eredményt."
        ),
        "start_year": 2003,
        "end_year": None,
        "regions": ["DED2C", "DED2D"],
        "countries": ["DE"],
        "sectors": ["C30.2", "C29", "C28", "C22", "C10"],
        "instruments": [
            "network-of-networks",
            "support-of-small-regions",
            "resources-for-cooperation",
            "regional-measures",
        ],
        "networks": ["regionalmarketing-netzwerk-oberlausitz"],
        "lead": "oberlausitz-regionalmarketing",
        "study_trip": "studienreise-sachsen-2013",
        "contact_name": "",
        "status": GoodPractice.Status.PUBLISHED,
        "published_at": _published(2013, 5, 15),
        "featured": True,
        "key_figures": [
            (
                "600",
                "Unternehmen, Organisationen und Gemeinden als Mitglieder",
                "vállalkozás, szervezet és önkormányzat tagként",
            ),
            ("≈ 10", "Jahre Netzwerkarbeit (Stand 2013)", "év hálózati munka (2013-ig)"),
            ("5", "koordinierte Schlüsselbranchen", "koordinált kulcságazat"),
        ],
        "colors": ("#0b5d7a", "#7fb8c9"),
        "document": (
            "Kurzprofil Regionalmarketing Oberlausitz",
            "A felső-lausitzi regionális marketing rövid bemutatása",
        ),
    },
    {
        "slug_de": "regionet-aktiv-unternehmensnetzwerke-verbinden",
        "slug_hu": "regionet-aktiv-vallalkozoi-halozatok-osszekapcsolasa",
        "title_de": "REGIONET aktív: Unternehmensnetzwerke über die Grenze verbinden",
        "title_hu": "REGIONET aktív: vállalkozói hálózatok összekapcsolása a határon át",
        "summary_de": (
            "Das Projekt REGIONET aktív vernetzt die regionalen Unternehmensnetzwerke der "
            "Kleinregionen an der österreichisch-ungarischen Grenze. Es unterstützt die "
            "einzelnen Initiativen bei ihrer Weiterentwicklung und erschließt das zusätzliche "
            "Potenzial einer grenzüberschreitenden Vernetzung von Unternehmen."
        ),
        "summary_hu": (
            "A REGIONET aktív projekt összekapcsolja az osztrák–magyar határ menti kistérségek "
            "regionális vállalkozói hálózatait. Segíti az egyes kezdeményezések "
            "továbbfejlődését, és kiaknázza a vállalkozások határon átnyúló "
            "együttműködésében rejlő többletlehetőségeket."
        ),
        "challenge_de": (
            "Unternehmensnetzwerke müssen sich laufend weiterentwickeln, um in einer sich "
            "wandelnden Wirtschaft Antworten auf neue Herausforderungen zu finden. In einem "
            "isolierten Umfeld gelingt das kaum; zugleich müssen die Netzwerke ihren Nutzen "
            "für die Region belegen, um auch künftig Ressourcen zu erhalten."
        ),
        "challenge_hu": (
            "A vállalkozói hálózatoknak folyamatosan fejlődniük kell, hogy a változó "
            "gazdaságban választ találjanak az új kihívásokra. Elszigetelten ez aligha "
            "sikerülhet; ugyanakkor a hálózatoknak igazolniuk kell a térség számára hozott "
            "hasznukat, hogy a jövőben is erőforrásokhoz jussanak."
        ),
        "approach_de": (
            "<p>Im Programm Österreich–Ungarn 2007–2013 der Europäischen Territorialen "
            "Zusammenarbeit (Projekt L00031) setzen die Projektpartner neun "
            "grenzüberschreitende Instrumente ein – vom Netzwerk der regionalen Netzwerke über "
            "eine Plattform der Unternehmerinnen und Unternehmer bis zur gemeinsamen "
            "Innovationswerkstatt.</p>"
            "<p>Regelmäßiger Wissensaustausch, Studienreisen zu Musterprojekten und die "
            "Sammlung von Good-Practice-Beispielen verbinden die Netzwerke beider Länder.</p>"
        ),
        "approach_hu": (
            "<p>Az Európai Területi Együttműködés Ausztria–Magyarország Határon Átnyúló "
            "Együttműködési Program 2007–2013 keretében (L00031 sz. projekt) a projektpartnerek "
            "kilenc határon átnyúló eszközt alkalmaznak – a regionális hálózatok hálózatától a "
            "vállalkozói platformon át a közös innovációs műhelyig.</p>"
            "<p>A rendszeres tudáscsere, a mintaprojektekhez vezető tanulmányutak és a jó "
            "gyakorlatok gyűjtése köti össze a két ország hálózatait.</p>"
        ),
        "results_de": (
            "Die regionale und bilaterale Vernetzung der Unternehmensnetzwerke und Plattformen "
            "ist in den Projektregionen zu einer zentralen Aufgabe geworden. Es sind Strukturen "
            "entstanden, auf die eine Fortsetzung des Projekts aufbauen kann."
        ),
        "results_hu": (
            "A vállalkozói hálózatok és platformok regionális és kétoldalú összekapcsolása a "
            "projekttérségekben központi feladattá vált. Olyan struktúrák jöttek létre, "
            "amelyekre a projekt folytatása építhet."
        ),
        "transferability_de": (
            "Der Ansatz passt zu jeder Grenzregion mit mehreren kleinen Unternehmensnetzwerken. "
            "Wichtig sind zweisprachige Arbeitsformen, klare Aufgaben der Partner und "
            "Instrumente, die auch nach dem Ende der Förderung weitergeführt werden können."
        ),
        "transferability_hu": (
            "A megközelítés minden olyan határtérségben alkalmazható, ahol több kis vállalkozói "
            "hálózat működik. Fontosak a kétnyelvű munkaformák, a partnerek világos "
            "feladatmegosztása, és olyan eszközök, amelyek a támogatás lezárulta után is "
            "folytathatók."
        ),
        "resources_de": (
            "Ein Projektbüro für die Koordination, Partner auf beiden Seiten der Grenze, "
            "Dolmetschung bei gemeinsamen Veranstaltungen und Mittel aus einem Förderprogramm "
            "der Europäischen Territorialen Zusammenarbeit."
        ),
        "resources_hu": (
            "Projektiroda a koordinációhoz, partnerek a határ mindkét oldalán, tolmácsolás a "
            "közös rendezvényeken, valamint az Európai Területi Együttműködés támogatási "
            "programjának forrásai."
        ),
        "start_year": None,
        "end_year": None,
        "regions": ["AT111", "AT112", "AT113", "HU221", "HU222"],
        "countries": ["AT", "HU"],
        "sectors": [],
        "instruments": [
            "network-of-networks",
            "support-of-small-regions",
            "entrepreneurs-platform",
            "resources-for-cooperation",
            "knowledge-exchange",
            "good-practice-transfer",
            "continuous-qualification",
            "innovation-workshop",
            "regional-measures",
        ],
        "networks": ["regionet-aktiv-netzwerk-der-netzwerke"],
        "lead": "regionet-aktiv-projektbuero",
        "contact_name": "Projektbüro REGIONET aktív",
        "status": GoodPractice.Status.PUBLISHED,
        "published_at": _published(2013, 6, 3),
        "featured": True,
        "key_figures": [
            ("9", "grenzüberschreitende Instrumente", "határon átnyúló eszköz"),
            ("2", "Länder: Österreich und Ungarn", "ország: Ausztria és Magyarország"),
            (
                "L00031",
                "Projektnummer im Programm Österreich–Ungarn 2007–2013",
                "projektszám az Ausztria–Magyarország 2007–2013 programban",
            ),
        ],
        "colors": ("#c8102e", "#f2a7b3"),
        "document": ("Projektprofil REGIONET aktív", "A REGIONET aktív projekt adatlapja"),
    },
    {
        "slug_de": "studienreise-sachsen-2013",
        "slug_hu": "szaszorszagi-tanulmanyut-2013",
        "title_de": "Studienreise Sachsen 2013: von Musterprojekten lernen",
        "title_hu": "Szászországi tanulmányút 2013: tanulás mintaprojektekből",
        "summary_de": (
            "Vom 24. bis 27. April 2013 reisten rund 35 Unternehmerinnen, Unternehmer und "
            "Vertreter von Organisationen der Wirtschaftsentwicklung nach Dresden und Sachsen. "
            "Fachvorträge und Betriebsbesichtigungen zeigten, wie Unternehmensnetzwerke dort "
            "arbeiten."
        ),
        "summary_hu": (
            "2013. április 24. és 27. között mintegy 35 vállalkozó, valamint "
            "gazdaságfejlesztési szervezetek képviselői utaztak Drezdába és Szászországba. "
            "Szakmai előadások és üzemlátogatások mutatták be, hogyan működnek ott a vállalkozói "
            "hálózatok."
        ),
        "challenge_de": (
            "Die Projektpartner, Fachorganisationen und Netzwerke der Projektregion wollten "
            "bewährte Methoden der Vernetzung nicht nur aus Berichten kennen, sondern vor Ort "
            "sehen und mit den Verantwortlichen besprechen."
        ),
        "challenge_hu": (
            "A projekttérség partnerei, szakmai szervezetei és hálózatai a hálózatépítés bevált "
            "módszereit nemcsak beszámolókból akarták megismerni, hanem a helyszínen látni és a "
            "felelősökkel megvitatni."
        ),
        "approach_de": (
            "<p>Das viertägige Programm zum Thema „Good-Practice-Beispiele und Musterprojekte "
            "von Unternehmenskooperationen“ verband</p><ul>"
            "<li>Fachvorträge zur Wirtschaft Sachsens und ihren führenden Branchen,</li>"
            "<li>einen Workshop bei der Marketinggesellschaft Oberlausitz,</li>"
            "<li>Betriebsbesichtigungen in der Gläsernen Manufaktur von Volkswagen, in der der "
            "Phaeton gebaut wurde, und bei Bombardier.</li></ul>"
        ),
        "approach_hu": (
            "<p>A „Vállalati együttműködések jó gyakorlatai és mintaprojektjei” témájú "
            "négynapos program a következőket kapcsolta össze:</p><ul>"
            "<li>szakmai előadások Szászország gazdaságáról és vezető ágazatairól,</li>"
            "<li>műhelymunka a felső-lausitzi marketingtársaságnál,</li>"
            "<li>üzemlátogatások a Volkswagen drezdai Üvegmanufaktúrájában, ahol a Phaeton "
            "készült, valamint a Bombardiernél.</li></ul>"
        ),
        "results_de": (
            "Die Teilnehmenden erhielten ein umfassendes Bild und persönliche Einblicke in die "
            "sächsische Wirtschaft. Mehrere Projekte zeigten, wie Verwaltung, Politik und "
            "Unternehmen im Dialog zusammenarbeiten und welche konkreten Ergebnisse diese "
            "Arbeitsteilung bringt. Die Reise stärkte unmittelbar die Kompetenzen in Methoden "
            "und Praxis der Vernetzung."
        ),
        "results_hu": (
            "A résztvevők átfogó képet és személyes betekintést kaptak a szász gazdaságba. Több "
            "projekt is megmutatta, hogyan működik együtt párbeszédben a közigazgatás, a "
            "politika és a vállalkozások, és milyen kézzelfogható eredményeket hoz ez a "
            "munkamegosztás. Az út közvetlenül erősítette a hálózatépítés módszereivel és "
            "gyakorlatával kapcsolatos kompetenciákat."
        ),
        "transferability_de": (
            "Studienreisen wirken, wenn Unternehmen und Fachorganisationen gemeinsam reisen und "
            "das Gesehene danach in ihren Netzwerken besprechen. Die Teilnehmenden prüfen, "
            "welche bewährten Praktiken sie übernehmen können, und knüpfen Kontakte für eine "
            "grenzüberschreitende Zusammenarbeit zum Thema."
        ),
        "transferability_hu": (
            "A tanulmányutak akkor hatásosak, ha a vállalkozások és a szakmai szervezetek együtt "
            "utaznak, és a látottakat utána hálózataikban megbeszélik. A résztvevők "
            "megvizsgálják, mely bevált gyakorlatokat vehetik át, és kapcsolatokat építenek a "
            "témában folytatott határon átnyúló együttműködéshez."
        ),
        "resources_de": (
            "Ein Programm mit Gastgebern vor Ort, vier Reisetage, Dolmetschung Deutsch–Ungarisch "
            "und die Reisekosten der rund 35 Teilnehmenden, in diesem Fall getragen vom Projekt "
            "REGIONET aktív."
        ),
        "resources_hu": (
            "Program a helyi házigazdákkal, négy utazási nap, német–magyar tolmácsolás és a "
            "mintegy 35 résztvevő utazási költségei, ebben az esetben a REGIONET aktív projekt "
            "finanszírozásában."
        ),
        "start_year": 2013,
        "end_year": 2013,
        "regions": ["DED21", "DED2C"],
        "countries": ["DE", "AT", "HU"],
        "sectors": ["C29", "C30.2"],
        "instruments": ["knowledge-exchange", "good-practice-transfer", "continuous-qualification"],
        "networks": [
            "regionet-aktiv-netzwerk-der-netzwerke",
            "regionalmarketing-netzwerk-oberlausitz",
        ],
        "lead": "regionet-aktiv-projektbuero",
        "study_trip": "studienreise-sachsen-2013",
        "contact_name": "Projektbüro REGIONET aktív",
        "status": GoodPractice.Status.PUBLISHED,
        "published_at": _published(2013, 5, 6),
        "featured": True,
        "key_figures": [
            ("≈ 35", "Teilnehmende", "résztvevő"),
            ("4", "Tage in Dresden und Sachsen", "nap Drezdában és Szászországban"),
            (
                "2",
                "Betriebsbesichtigungen: Volkswagen und Bombardier",
                "üzemlátogatás: Volkswagen és Bombardier",
            ),
        ],
        "colors": ("#1f6f43", "#a6d8b8"),
        "document": None,
    },
    {
        "slug_de": "schienenfahrzeugbau-oberlausitz",
        "slug_hu": "vasuti-jarmugyartas-felso-lausitz",
        "title_de": "Schienenfahrzeugbau in der Oberlausitz: regionale KMU als Zulieferer",
        "title_hu": "Vasúti járműgyártás Felső-Lausitzban: helyi kkv-k mint beszállítók",
        "summary_de": (
            "Der Lokomotiv- und Waggonbau gehört zu den maßgebenden Branchen der Oberlausitz. "
            "Die Netzwerkarbeit der Region bindet kleine und mittlere Betriebe als Lieferanten "
            "an die großen Werke – bei der Studienreise 2013 zeigte das ein Besuch bei "
            "Bombardier."
        ),
        "summary_hu": (
            "A mozdony- és vagongyártás Felső-Lausitz meghatározó ágazatai közé tartozik. A "
            "térség hálózati munkája a kis- és középvállalkozásokat beszállítóként kapcsolja a "
            "nagy gyárakhoz – ezt a 2013-as tanulmányúton egy Bombardier-látogatás mutatta be."
        ),
        "challenge_de": (
            "Große Werke kaufen weltweit ein. Regionale KMU werden als Lieferanten kaum "
            "wahrgenommen, wenn sie allein auftreten und die Anforderungen der Hersteller nicht "
            "kennen."
        ),
        "challenge_hu": (
            "A nagy gyárak világszerte vásárolnak. A helyi kkv-k nehezen válnak láthatóvá "
            "beszállítóként, ha egyedül lépnek fel, és nem ismerik a gyártók követelményeit."
        ),
        "approach_de": (
            "Das regionale Netzwerk koordiniert die Branche gemeinsam mit den verwandten "
            "Branchen Maschinenbau und Kunststoffindustrie. Es bringt Werke und regionale "
            "Betriebe zusammen, macht die Fähigkeiten der KMU sichtbar und vertritt die Branche "
            "im Standortmarketing."
        ),
        "approach_hu": (
            "A regionális hálózat a kapcsolódó gépiparral és műanyagiparral együtt koordinálja "
            "az ágazatot. Összehozza a gyárakat és a helyi vállalkozásokat, láthatóvá teszi a "
            "kkv-k képességeit, és képviseli az ágazatot a telephelymarketingben."
        ),
        "results_de": (
            "Angesiedelte Hersteller beziehen wesentliche Teile für ihre Produktion von "
            "regionalen KMU. Die Teilnehmenden der Studienreise konnten bei Bombardier sehen, "
            "wie eng Werk und Zulieferer zusammenarbeiten."
        ),
        "results_hu": (
            "A letelepült gyártók termelésük fontos részét helyi kkv-któl szerzik be. A "
            "tanulmányút résztvevői a Bombardiernél láthatták, milyen szorosan dolgozik együtt "
            "a gyár és a beszállítók."
        ),
        "transferability_de": (
            "In der Projektregion an der österreichisch-ungarischen Grenze lässt sich das "
            "Prinzip auf jede Branche mit großen Abnehmern übertragen:\n\n"
            "Betriebe präsentieren sich gemeinsam, klären die Anforderungen früh und schließen "
            "Lieferketten über Branchengrenzen hinweg."
        ),
        "transferability_hu": (
            "Az osztrák–magyar határ menti projekttérségben az elv minden olyan ágazatra "
            "átvehető, ahol nagy megrendelők vannak:\n\n"
            "a vállalkozások közösen mutatkoznak be, korán tisztázzák a követelményeket, és "
            "ágazatokon átívelően zárják az ellátási láncokat."
        ),
        "resources_de": (
            "Eine Branchenkoordination im Netzwerk, regelmäßige Treffen von Einkauf und "
            "Zulieferern und gemeinsame Auftritte bei Messen und Besuchen."
        ),
        "resources_hu": (
            "Ágazati koordináció a hálózatban, a beszerzők és a beszállítók rendszeres "
            "találkozói, valamint közös megjelenés vásárokon és látogatásokon."
        ),
        "start_year": 2003,
        "end_year": None,
        "regions": ["DED2C", "DED2D"],
        "countries": ["DE"],
        "sectors": ["C30.2", "C28", "C22"],
        "instruments": ["regional-measures", "network-of-networks"],
        "networks": ["regionalmarketing-netzwerk-oberlausitz"],
        "lead": "oberlausitz-regionalmarketing",
        "study_trip": "studienreise-sachsen-2013",
        "contact_name": "",
        "status": GoodPractice.Status.PUBLISHED,
        "published_at": _published(2013, 7, 1),
        "featured": False,
        "key_figures": [
            ("600", "Mitglieder im regionalen Netzwerk", "tag a regionális hálózatban"),
            ("5", "koordinierte Schlüsselbranchen", "koordinált kulcságazat"),
        ],
        "colors": ("#4a4e69", "#c9ada7"),
        "document": None,
    },
    {
        "slug_de": "offene-werkstore-betriebsbesichtigungen",
        "slug_hu": "nyitott-gyarkapuk-uzemlatogatasok",
        "title_de": "Offene Werkstore: Betriebsbesichtigungen als Lernort",
        "title_hu": "Nyitott gyárkapuk: az üzemlátogatás mint tanulási helyszín",
        "summary_de": (
            "Bei der Studienreise 2013 besuchten die Teilnehmenden die Gläserne Manufaktur von "
            "Volkswagen in Dresden, in der der Phaeton gebaut wurde, und das Werk von "
            "Bombardier. Betriebsbesichtigungen machen sichtbar, was Vorträge nur beschreiben "
            "können."
        ),
        "summary_hu": (
            "A 2013-as tanulmányúton a résztvevők felkeresték a Volkswagen drezdai "
            "Üvegmanufaktúráját, ahol a Phaeton készült, valamint a Bombardier üzemét. Az "
            "üzemlátogatás láthatóvá teszi azt, amit az előadások csak leírni tudnak."
        ),
        "challenge_de": (
            "Unternehmerinnen und Unternehmer lernen am meisten von anderen Betrieben. Über "
            "Produktion, Zulieferung und Qualität spricht es sich leichter, wenn man die Abläufe "
            "selbst gesehen hat."
        ),
        "challenge_hu": (
            "A vállalkozók leginkább más vállalkozásoktól tanulnak. A gyártásról, a "
            "beszállításról és a minőségről könnyebb beszélni, ha az ember saját szemével "
            "látta a folyamatokat."
        ),
        "approach_de": (
            "<p>Die Besichtigungen waren fest in das Programm der Studienreise eingebaut:</p>"
            "<ul><li>Vorbereitung mit Fachvorträgen zu den führenden Branchen,</li>"
            "<li>Führung durch die Produktion mit Fragen an die Gastgeber,</li>"
            "<li>Nachbesprechung in der Gruppe: <em>Was davon passt zu unseren "
            "Betrieben?</em></li></ul>"
        ),
        "approach_hu": (
            "<p>A látogatások szervesen beépültek a tanulmányút programjába:</p>"
            "<ul><li>felkészülés a vezető ágazatokról szóló szakmai előadásokkal,</li>"
            "<li>gyárbejárás, kérdésekkel a házigazdákhoz,</li>"
            "<li>közös megbeszélés a csoportban: <em>mi illik ebből a mi "
            "vállalkozásainkhoz?</em></li></ul>"
        ),
        "results_de": (
            "Die Teilnehmenden gewannen persönliche Einblicke in zwei sehr unterschiedliche "
            "Werke – die Fertigung eines Oberklassewagens und den Schienenfahrzeugbau. Die "
            "Eindrücke flossen in die Diskussion über die Vernetzung in der eigenen Region ein."
        ),
        "results_hu": (
            "A résztvevők személyes betekintést nyertek két nagyon különböző üzembe – egy felső "
            "kategóriás személyautó gyártásába és a vasúti járműgyártásba. A benyomások "
            "beépültek a saját térségük hálózatépítéséről folytatott beszélgetésekbe."
        ),
        "transferability_de": (
            "Auch in der Projektregion können Betriebe einander ihre Werkstore öffnen. Kleine "
            "Gruppen, ein klares Thema und eine gemeinsame Nachbesprechung machen aus einer "
            "Besichtigung einen Lernschritt."
        ),
        "transferability_hu": (
            "A projekttérségben is megnyithatják egymás előtt kapuikat a vállalkozások. Kis "
            "csoportok, világos téma és közös utólagos megbeszélés teszi a látogatást valódi "
            "tanulási lépéssé."
        ),
        "resources_de": (
            "Gastgeberbetriebe, die Zeit für Führung und Fragen einplanen, Dolmetschung bei "
            "gemischten Gruppen und eine Person, die die Nachbesprechung moderiert."
        ),
        "resources_hu": (
            "Házigazda vállalkozások, amelyek időt szánnak a bemutatásra és a kérdésekre, "
            "tolmácsolás vegyes csoportoknál, valamint valaki, aki moderálja az utólagos "
            "megbeszélést."
        ),
        "start_year": 2013,
        "end_year": 2013,
        "regions": ["DED21"],
        "countries": ["DE"],
        "sectors": ["C29", "C30.2"],
        "instruments": ["knowledge-exchange", "continuous-qualification"],
        "networks": ["regionet-aktiv-netzwerk-der-netzwerke"],
        "lead": "regionet-aktiv-projektbuero",
        "contact_name": "",
        "status": GoodPractice.Status.PUBLISHED,
        "published_at": _published(2013, 8, 20),
        "featured": False,
        "key_figures": [
            (
                "2",
                "besichtigte Werke: Volkswagen und Bombardier",
                "meglátogatott üzem: Volkswagen és Bombardier",
            ),
            ("≈ 35", "Teilnehmende der Studienreise", "résztvevő a tanulmányúton"),
        ],
        "colors": ("#22577a", "#80ed99"),
        "document": None,
    },
    {
        "slug_de": "standort-und-tourismusmarketing-oberlausitz",
        "slug_hu": "telephely-es-turisztikai-marketing-felso-lausitz",
        "title_de": "Standort- und Tourismusmarketing aus einer Hand",
        "title_hu": "Telephely- és turisztikai marketing egy kézben",
        "summary_de": (
            "In der Oberlausitz liegen Regionsprofil, Standortmarketing und Tourismusmarketing "
            "bei einer gemeinsamen Dachorganisation. Unternehmen, Gemeinden und Tourismus "
            "treten dadurch mit einer Stimme auf."
        ),
        "summary_hu": (
            "Felső-Lausitzban a térségi arculat, a telephelymarketing és a turisztikai marketing "
            "egy közös ernyőszervezetnél van. Így a vállalkozások, az önkormányzatok és a "
            "turizmus egy hangon szólalnak meg."
        ),
        "challenge_de": (
            "Eine von Abwanderung betroffene Region muss sich zugleich um Investoren, "
            "Fachkräfte und Gäste bemühen. Getrennte Auftritte für Wirtschaft und Tourismus "
            "verwässern das Bild der Region."
        ),
        "challenge_hu": (
            "Egy elvándorlással küzdő térségnek egyszerre kell befektetőket, szakembereket és "
            "vendégeket vonzania. Ha a gazdaság és a turizmus külön jelenik meg, elmosódik a "
            "térség képe."
        ),
        "approach_de": (
            "Die Marketinggesellschaft hat ein gemeinsames Regionsprofil erarbeitet und "
            "betreibt auf dieser Grundlage das Standort- und das Tourismusmarketing. "
            "Mitgliedsunternehmen und Gemeinden nutzen das Profil in ihrer eigenen "
            "Kommunikation."
        ),
        "approach_hu": (
            "A marketingtársaság közös térségi arculatot dolgozott ki, és erre építve "
            "működteti a telephely- és a turisztikai marketinget. A tagvállalatok és az "
            "önkormányzatok saját kommunikációjukban is ezt az arculatot használják."
        ),
        "results_de": (
            "Die Region tritt mit einem einheitlichen Profil auf, das rund 600 Mitglieder "
            "mittragen. Die Ansiedlung deutscher und europäischer Firmen zeigt, dass der "
            "Standort wahrgenommen wird."
        ),
        "results_hu": (
            "A térség egységes arculattal jelenik meg, amely mögött mintegy 600 tag áll. A "
            "német és európai vállalatok letelepedése mutatja, hogy a telephelyet észreveszik."
        ),
        "transferability_de": (
            "Grenzregionen aus kleinen, wenig bekannten Kleinregionen können ein gemeinsames "
            "Profil über die Grenze hinweg entwickeln – zweisprachig und mit Angeboten für "
            "Betriebe und Gäste zugleich."
        ),
        "transferability_hu": (
            "A kis, kevéssé ismert kistérségekből álló határtérségek határon átnyúló közös "
            "arculatot is kialakíthatnak – kétnyelvűen, a vállalkozásoknak és a vendégeknek "
            "egyaránt szóló kínálattal."
        ),
        "resources_de": (
            "Ein Marketingteam, ein gemeinsames Budget von Mitgliedern und "
            "Gebietskörperschaften und die Bereitschaft der Partner, ihre eigenen Auftritte am "
            "gemeinsamen Profil auszurichten."
        ),
        "resources_hu": (
            "Marketingcsapat, a tagok és az önkormányzatok közös költségvetése, valamint a "
            "partnerek készsége arra, hogy saját megjelenésüket a közös arculathoz igazítsák."
        ),
        "start_year": 2003,
        "end_year": None,
        "regions": ["DED2C", "DED2D"],
        "countries": ["DE"],
        "sectors": ["N79", "M73"],
        "instruments": ["regional-measures", "support-of-small-regions"],
        "networks": ["regionalmarketing-netzwerk-oberlausitz"],
        "lead": "oberlausitz-regionalmarketing",
        "study_trip": "studienreise-sachsen-2013",
        "contact_name": "",
        "status": GoodPractice.Status.PUBLISHED,
        "published_at": _published(2013, 9, 10),
        "featured": False,
        "key_figures": [
            (
                "1",
                "gemeinsames Regionsprofil für Wirtschaft und Tourismus",
                "közös térségi arculat a gazdaságnak és a turizmusnak",
            ),
            ("600", "Mitglieder tragen das Profil mit", "tag áll az arculat mögött"),
        ],
        "colors": ("#9a031e", "#fb8b24"),
        "document": None,
    },
    {
        "slug_de": "plattform-der-unternehmerinnen-und-unternehmer",
        "slug_hu": "vallalkozoi-platform-ket-orszag",
        "title_de": "Eine Plattform für Unternehmerinnen und Unternehmer beider Länder",
        "title_hu": "Közös vállalkozói platform a két ország vállalkozóinak",
        "summary_de": (
            "REGIONET aktív schafft eine Plattform, auf der Unternehmerinnen und Unternehmer "
            "aus allen teilnehmenden Regionen ihre Netzwerke vertreten. Sie bringt die Sicht "
            "der Betriebe in die grenzüberschreitende Zusammenarbeit ein."
        ),
        "summary_hu": (
            "A REGIONET aktív olyan platformot hoz létre, ahol az összes részt vevő térség "
            "vállalkozói képviselik hálózataikat. A platform a vállalkozások nézőpontját viszi "
            "be a határon átnyúló együttműködésbe."
        ),
        "challenge_de": (
            "Grenzüberschreitende Projekte werden oft von Institutionen getragen. Sitzen keine "
            "Unternehmerinnen und Unternehmer mit am Tisch, gehen sie leicht an den "
            "Bedürfnissen der Betriebe vorbei."
        ),
        "challenge_hu": (
            "A határon átnyúló projekteket gyakran intézmények viszik. Ha a vállalkozók nem "
            "ülnek az asztalnál, a projektek könnyen elmennek a vállalkozások igényei mellett."
        ),
        "approach_de": (
            "Jedes regionale Netzwerk entsendet Unternehmerinnen und Unternehmer in die "
            "gemeinsame Plattform. Sie vertreten dort ihr Netzwerk, beraten die Projektpartner "
            "und stoßen gemeinsame Vorhaben über die Grenze hinweg an."
        ),
        "approach_hu": (
            "Minden regionális hálózat vállalkozókat delegál a közös platformba. Ők ott "
            "hálózatukat képviselik, tanácsot adnak a projektpartnereknek, és határon átnyúló "
            "közös kezdeményezéseket indítanak."
        ),
        "results_de": (
            "Die Netzwerke beider Länder erhalten eine gemeinsame Stimme der Betriebe, und die "
            "Anliegen der Unternehmen fließen direkt in die Arbeit des Projekts ein."
        ),
        "results_hu": (
            "A két ország hálózatai közös vállalkozói hangot kapnak, és a vállalkozások igényei "
            "közvetlenül beépülnek a projekt munkájába."
        ),
        "transferability_de": (
            "Eine solche Plattform braucht wenige, aber verbindliche Regeln: wer entsendet "
            "wird, wie oft man sich trifft und wie Vorschläge weitergegeben werden."
        ),
        "transferability_hu": (
            "Egy ilyen platformhoz kevés, de kötelező érvényű szabály kell: kit delegálnak, "
            "milyen gyakran találkoznak, és hogyan jutnak tovább a javaslatok."
        ),
        "resources_de": (
            "Zeit der beteiligten Unternehmerinnen und Unternehmer, Dolmetschung bei den "
            "Treffen und ein Projektbüro, das Einladungen und Protokolle übernimmt."
        ),
        "resources_hu": (
            "A részt vevő vállalkozók ideje, tolmácsolás a találkozókon, valamint egy "
            "projektiroda, amely a meghívókat és az emlékeztetőket intézi."
        ),
        "start_year": None,
        "end_year": None,
        "regions": ["AT112", "AT113", "HU221", "HU222"],
        "countries": ["AT", "HU"],
        "sectors": [],
        "instruments": ["entrepreneurs-platform", "network-of-networks"],
        "networks": ["regionet-aktiv-netzwerk-der-netzwerke"],
        "lead": "regionet-aktiv-projektbuero",
        "contact_name": "Projektbüro REGIONET aktív",
        "status": GoodPractice.Status.PUBLISHED,
        "published_at": _published(2013, 10, 1),
        "featured": False,
        "key_figures": [
            ("2", "Länder auf einer Plattform", "ország egy platformon"),
            ("9", "Instrumente, eines davon die Plattform", "eszköz, ezek egyike a platform"),
        ],
        "colors": ("#5f0f40", "#e36414"),
        "document": None,
    },
    {
        "slug_de": "good-practice-sammlung",
        "slug_hu": "jo-gyakorlatok-gyujtemenye",
        "title_de": "Good-Practice-Sammlung: Erfahrungen zum Nachmachen",
        "title_hu": "Jó gyakorlatok gyűjteménye: kipróbált tapasztalatok követésre",
        "summary_de": (
            "REGIONET aktív sammelt Good-Practice-Beispiele und Musterprojekte von "
            "Unternehmenskooperationen und macht sie auf Deutsch und Ungarisch zugänglich – "
            "mit Ausgangslage, Vorgehen, Ergebnissen und Hinweisen zur Übertragbarkeit."
        ),
        "summary_hu": (
            "A REGIONET aktív összegyűjti a vállalati együttműködések jó gyakorlatait és "
            "mintaprojektjeit, és németül és magyarul is elérhetővé teszi őket – a kiinduló "
            "helyzettel, a megközelítéssel, az eredményekkel és az átvehetőségre vonatkozó "
            "tanácsokkal."
        ),
        "challenge_de": (
            "Gute Beispiele gibt es viele, doch sie sind verstreut, oft nur in einer Sprache "
            "beschrieben und selten so aufbereitet, dass ein Betrieb prüfen kann, ob sie zu "
            "seiner Lage passen."
        ),
        "challenge_hu": (
            "Jó példa sok van, de szétszórtan, gyakran csak egy nyelven leírva, és ritkán úgy "
            "feldolgozva, hogy egy vállalkozás megítélhesse, illik-e a saját helyzetéhez."
        ),
        "approach_de": (
            "<p>Jedes Beispiel wird nach demselben Schema beschrieben:</p><ol>"
            "<li>Ausgangslage,</li><li>Vorgehen,</li><li>Ergebnisse,</li>"
            "<li>Übertragbarkeit,</li><li>benötigte Ressourcen.</li></ol>"
            "<p>Kennzahlen, Bilder und Dokumente ergänzen die Beschreibung; jedes Beispiel ist "
            "den grenzüberschreitenden Instrumenten zugeordnet.</p>"
        ),
        "approach_hu": (
            "<p>Minden példát ugyanazon séma szerint írunk le:</p><ol>"
            "<li>kiinduló helyzet,</li><li>megközelítés,</li><li>eredmények,</li>"
            "<li>átvehetőség,</li><li>szükséges erőforrások.</li></ol>"
            "<p>A leírást kulcsadatok, képek és dokumentumok egészítik ki; minden példa hozzá "
            "van rendelve a határon átnyúló eszközökhöz.</p>"
        ),
        "results_de": (
            "Die Beispiele der Studienreise nach Sachsen 2013 und die Erfahrungen der Netzwerke "
            "in der Projektregion stehen in beiden Sprachen bereit und lassen sich nach "
            "Instrument, Branche, Region und Land durchsuchen."
        ),
        "results_hu": (
            "A 2013-as szászországi tanulmányút példái és a projekttérség hálózatainak "
            "tapasztalatai mindkét nyelven elérhetők, és eszköz, ágazat, térség és ország "
            "szerint kereshetők."
        ),
        "transferability_de": (
            "Das Schema kann jedes Netzwerk übernehmen. Wichtig ist, dass die Beschreibungen "
            "ehrlich sind: Auch was nicht funktioniert hat, ist eine Lehre für andere."
        ),
        "transferability_hu": (
            "A sémát bármely hálózat átveheti. Fontos, hogy a leírások őszinték legyenek: az is "
            "tanulság mások számára, ami nem vált be."
        ),
        "resources_de": (
            "Redaktionelle Arbeit der Projektpartner, Übersetzung in beide Sprachen sowie "
            "Fotos und Unterlagen der beschriebenen Projekte."
        ),
        "resources_hu": (
            "A projektpartnerek szerkesztői munkája, fordítás mindkét nyelvre, valamint a "
            "bemutatott projektek fényképei és dokumentumai."
        ),
        "start_year": 2013,
        "end_year": None,
        "regions": ["AT112", "HU222"],
        "countries": ["AT", "HU"],
        "sectors": [],
        "instruments": ["good-practice-transfer", "knowledge-exchange"],
        "networks": ["regionet-aktiv-netzwerk-der-netzwerke"],
        "lead": "regionet-aktiv-projektbuero",
        "contact_name": "Projektbüro REGIONET aktív",
        "status": GoodPractice.Status.PUBLISHED,
        "published_at": _published(2013, 11, 5),
        "featured": False,
        "key_figures": [
            ("5", "Abschnitte je Beispiel", "szakasz példánként"),
            ("2", "Sprachen: Deutsch und Ungarisch", "nyelv: német és magyar"),
        ],
        "colors": ("#3a0ca3", "#4cc9f0"),
        "document": None,
    },
    {
        "slug_de": "gemeinsame-innovationswerkstatt",
        "slug_hu": "kozos-innovacios-muhely",
        "title_de": "Gemeinsame Innovationswerkstatt der Netzwerke",
        "title_hu": "A hálózatok közös innovációs műhelye",
        "summary_de": (
            "Die Netzwerke der Projektregion wollen eine gemeinsame Innovationswerkstatt "
            "einrichten, in der sie ihre Arbeit weiterentwickeln und Betriebe mit ähnlichen "
            "Fragen über die Grenze hinweg zusammenbringen. Dieses Beispiel ist noch in Arbeit."
        ),
        "summary_hu": (
            "A projekttérség hálózatai közös innovációs műhelyt szeretnének létrehozni, ahol "
            "továbbfejlesztik munkájukat, és a határ két oldaláról összehozzák a hasonló "
            "kérdésekkel foglalkozó vállalkozásokat. Ez a példa még kidolgozás alatt áll."
        ),
        "challenge_de": (
            "Eine sich ständig wandelnde Wirtschaft stellt neue Herausforderungen, auf die "
            "einzelne Netzwerke allein kaum Antworten finden."
        ),
        "challenge_hu": (
            "Az állandóan változó gazdaság új kihívásokat támaszt, amelyekre az egyes hálózatok "
            "egyedül aligha találnak választ."
        ),
        "approach_de": (
            "Geplant sind regelmäßige Werkstatttreffen mit Unternehmerinnen, Unternehmern und "
            "Netzwerkkoordinatoren aus beiden Ländern."
        ),
        "approach_hu": (
            "Rendszeres műhelytalálkozókat terveznek a két ország vállalkozóival és hálózati "
            "koordinátoraival."
        ),
        "results_de": "",
        "results_hu": "",
        "transferability_de": "",
        "transferability_hu": "",
        "resources_de": "",
        "resources_hu": "",
        "start_year": None,
        "end_year": None,
        "regions": ["AT113", "HU222"],
        "countries": ["AT", "HU"],
        "sectors": [],
        "instruments": ["innovation-workshop", "continuous-qualification"],
        "networks": ["regionet-aktiv-netzwerk-der-netzwerke"],
        "lead": "regionet-aktiv-projektbuero",
        "contact_name": "",
        "status": GoodPractice.Status.DRAFT,
        "published_at": None,
        "featured": False,
        "key_figures": [("2", "Länder", "ország")],
        "colors": ("#6c757d", "#dee2e6"),
        "document": None,
    },
]

CASE_FIELDS = [
    "title_de",
    "title_hu",
    "slug_hu",
    *(f"{name}_{code}" for name in GoodPractice.RICH_TEXT_FIELDS for code in ("de", "hu")),
    "start_year",
    "end_year",
    "countries",
    "contact_name",
    "status",
    "published_at",
    "featured",
]


@transaction.atomic
def load() -> None:
    """Create or update the demo cases and whatever they refer to; safe to run again."""
    regions, sectors = network_demo.taxonomies()
    companies = {slug: _company(slug, regions) for slug in COMPANIES}
    networks = {slug: _network(slug, regions, companies) for slug in NETWORKS}
    if not Instrument.objects.exists():  # e.g. after a test flushed the data migration's rows
        _recreate_instruments()
    instruments = {instrument.code: instrument for instrument in Instrument.objects.all()}
    for data in CASES:
        case, _created = GoodPractice.objects.update_or_create(
            slug_de=data["slug_de"],
            defaults={
                **{name: data[name] for name in CASE_FIELDS},
                "lead_organisation": companies[data["lead"]],
            },
        )
        case.regions.set([regions[code] for code in data["regions"]])
        case.sectors.set([sectors[code] for code in data["sectors"]])
        case.instruments.set([instruments[c] for c in data["instruments"] if c in instruments])
        case.networks.set([networks[slug] for slug in data["networks"]])
        trip_slug = data.get("study_trip")
        trip = StudyTrip.objects.filter(slug_de=trip_slug).first() if trip_slug else None
        if case.study_trip != trip:
            case.study_trip = trip
            case.save(update_fields=["study_trip"])
        _key_figures(case, data["key_figures"])
        _image(case, data)
        _document(case, data["document"])


def _recreate_instruments() -> None:
    from importlib import import_module

    from django.apps import apps

    import_module("goodpractice.migrations.0002_instruments").create_instruments(apps, None)


def _company(slug: str, regions: dict[str, Region]) -> Company:
    data = dict(COMPANIES[slug])
    region = data.pop("region")
    company, _created = Company.objects.get_or_create(
        slug=slug, defaults={**data, "region": regions.get(region) if region else None}
    )
    return company


def _network(slug: str, regions: dict[str, Region], companies: dict[str, Company]) -> Network:
    data = dict(NETWORKS[slug])
    region_codes = data.pop("regions")
    coordinator = companies[data.pop("coordinator")]
    network, created = Network.objects.get_or_create(
        slug_de=slug, defaults={**data, "coordinator": coordinator}
    )
    if created:
        network.regions.set([regions[code] for code in region_codes])
    return network


def _key_figures(case: GoodPractice, figures) -> None:
    for position, (value, label_de, label_hu) in enumerate(figures):
        KeyFigure.objects.update_or_create(
            case=case,
            position=position,
            defaults={"value": value, "label_de": label_de, "label_hu": label_hu},
        )
    case.key_figures.filter(position__gte=len(figures)).delete()


def _image(case: GoodPractice, data) -> None:
    image, _created = CaseImage.objects.update_or_create(
        case=case,
        position=0,
        defaults={
            "alt_text_de": f"Illustration zum Beispiel „{data['title_de']}“: verbundene Punkte "
            "als Sinnbild der Zusammenarbeit",
            "alt_text_hu": f"Illusztráció „{data['title_hu']}” című példához: összekötött "
            "pontok az együttműködés jelképeként",
            "caption_de": "Sinnbild: das Netz der Zusammenarbeit (Illustration)",
            "caption_hu": "Jelkép: az együttműködés hálója (illusztráció)",
        },
    )
    if image.image and image.image.storage.exists(image.image.name):
        return
    image.image.save(
        f"{data['slug_de']}.jpg", ContentFile(_network_picture(data["slug_de"], data["colors"]))
    )


def _network_picture(seed: str, colors: tuple[str, str]) -> bytes:
    """A 1200×800 picture of connected nodes on a gradient, the same for the same seed."""
    width, height = 1200, 800
    mask = Image.linear_gradient("L").resize((width, height))
    picture = Image.composite(
        Image.new("RGB", (width, height), colors[1]),
        Image.new("RGB", (width, height), colors[0]),
        mask,
    )
    draw = ImageDraw.Draw(picture)
    chance = random.Random(seed)
    nodes = [(chance.randint(80, width - 80), chance.randint(80, height - 80)) for _ in range(14)]
    for node in nodes:
        # Each node linked to its three nearest neighbours: a network, not a tangle.
        nearest = sorted(nodes, key=lambda o: (o[0] - node[0]) ** 2 + (o[1] - node[1]) ** 2)
        for other in nearest[1:4]:
            draw.line([node, other], fill=(255, 255, 255), width=4)
    for x, y in nodes:
        radius = chance.randint(14, 30)
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=(255, 255, 255))
    buffer = BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _document(case: GoodPractice, titles) -> None:
    if titles is None:
        return
    title_de, title_hu = titles
    document = case.documents.filter(position=0).first()
    if document is not None and document.file and document.file.storage.exists(document.file.name):
        document.title_de, document.title_hu = title_de, title_hu
        document.save(update_fields=["title", "title_de", "title_hu"])
        return
    document = document or CaseDocument(case=case, position=0)
    document.title_de, document.title_hu = title_de, title_hu
    document.file = ContentFile(_pdf(title_de, title_hu), name=f"{case.slug_de}.pdf")
    document.save()


def _pdf(*lines: str) -> bytes:
    """A one-page PDF (made with Pillow) carrying the given lines."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=40)
    for number, line in enumerate(lines):
        draw.text((120, 160 + number * 80), line, fill="black", font=font)
    buffer = BytesIO()
    page.save(buffer, "PDF", resolution=150)
    return buffer.getvalue()
