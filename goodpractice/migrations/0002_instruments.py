"""The nine cross-border instruments of the source document, in German and Hungarian.

Editors may change names and descriptions in the admin afterwards; the codes stay,
because shared library addresses use them (?instrument=knowledge-exchange).
"""

from django.db import migrations
from django.utils.text import slugify

INSTRUMENTS = [
    (
        "network-of-networks",
        "Netzwerk der regionalen Unternehmensnetzwerke",
        "Regionale Unternehmensnetzwerke schließen sich über die Grenzen ihrer Kleinregion "
        "hinweg zu einem regionsübergreifenden Netzwerk zusammen. So lernen sie voneinander, "
        "stimmen ihre Angebote ab und treten gemeinsam gegenüber Politik und Verwaltung auf.",
        "A regionális vállalkozói hálózatok hálózata",
        "A regionális vállalkozói hálózatok kistérségük határain túllépve régiókon átívelő "
        "hálózatba szerveződnek. Így tanulnak egymástól, összehangolják kínálatukat, és "
        "közösen lépnek fel a politika és a közigazgatás felé.",
    ),
    (
        "support-of-small-regions",
        "Rückhalt in den Kleinregionen",
        "Die Netzwerke sichern sich die Unterstützung ihrer Kleinregionen: Gemeinden, "
        "Regionalentwicklung und Verbände tragen die Arbeit mit, weil ihr Nutzen für die "
        "Region sichtbar dokumentiert und nach außen vermittelt wird.",
        "A kistérségek támogatásának biztosítása",
        "A hálózatok biztosítják kistérségeik támogatását: az önkormányzatok, a "
        "területfejlesztési szervezetek és az érdekképviseletek azért állnak a munka mögé, "
        "mert annak a térség számára hozott haszna láthatóan dokumentált és jól kommunikált.",
    ),
    (
        "entrepreneurs-platform",
        "Plattform der Unternehmerinnen und Unternehmer",
        "Unternehmerinnen und Unternehmer aus allen teilnehmenden Regionen bilden eine "
        "gemeinsame Plattform, auf der sie ihre jeweiligen Netzwerke vertreten, die Anliegen "
        "der Betriebe einbringen und grenzüberschreitende Kontakte knüpfen.",
        "Vállalkozói platform",
        "Az összes részt vevő térség vállalkozói közös platformot alkotnak, ahol saját "
        "hálózatukat képviselik, megfogalmazzák a vállalkozások igényeit, és határon átnyúló "
        "kapcsolatokat építenek.",
    ),
    (
        "resources-for-cooperation",
        "Ressourcen für eine kontinuierliche Kooperation",
        "Zusammenarbeit braucht Zeit, Personal und Geld. Die Partner sichern die Mittel "
        "dafür – aus Mitgliedsbeiträgen, Förderprogrammen und Beiträgen der Regionen –, "
        "damit die Kooperation nicht mit dem Ende eines Projekts abbricht.",
        "Erőforrások a folyamatos együttműködéshez",
        "Az együttműködéshez idő, munkatársak és pénz kell. A partnerek tagdíjakból, "
        "támogatási programokból és a térségek hozzájárulásaiból teremtik elő ezeket, hogy "
        "az együttműködés ne érjen véget egy projekt lezárásával.",
    ),
    (
        "knowledge-exchange",
        "Austausch von Wissen und Erfahrungen",
        "Netzwerke entwickeln sich weiter, wenn sie ihre Erfahrungen regelmäßig mit anderen "
        "Initiativen teilen: Bei Treffen, Fachvorträgen, Betriebsbesichtigungen und "
        "Studienreisen entstehen neue Ideen und Impulse.",
        "Tudás- és tapasztalatcsere",
        "A hálózatok akkor fejlődnek tovább, ha rendszeresen megosztják tapasztalataikat más "
        "kezdeményezésekkel: a találkozókon, szakmai előadásokon, üzemlátogatásokon és "
        "tanulmányutakon új ötletek és impulzusok születnek.",
    ),
    (
        "good-practice-transfer",
        "Sammlung und Transfer von Good Practice",
        "Bewährte Beispiele erfolgreicher Unternehmenskooperation werden gesammelt, "
        "verständlich beschrieben und so aufbereitet, dass andere Regionen und Betriebe sie "
        "prüfen und an ihre eigene Lage anpassen können.",
        "Jó gyakorlatok gyűjtése és átadása",
        "A sikeres vállalati együttműködések bevált példáit összegyűjtjük, érthetően leírjuk, "
        "és úgy dolgozzuk fel, hogy más térségek és vállalkozások megvizsgálhassák és saját "
        "helyzetükhöz igazíthassák őket.",
    ),
    (
        "continuous-qualification",
        "Laufende Qualifizierung der Akteure",
        "Wer ein Netzwerk trägt, braucht Kompetenzen in Moderation, Projektarbeit und "
        "Kooperation. Laufende Qualifizierung erweitert das Wissen der Koordinatorinnen, "
        "Koordinatoren und Mitglieder Schritt für Schritt.",
        "A szereplők folyamatos kompetenciafejlesztése",
        "A hálózatot működtetőknek moderálási, projektmenedzsment- és együttműködési "
        "kompetenciákra van szükségük. A folyamatos kompetenciafejlesztés lépésről lépésre "
        "gyarapítja a koordinátorok és a tagok tudását.",
    ),
    (
        "innovation-workshop",
        "Gemeinsame Innovationswerkstatt",
        "In einer gemeinsamen Innovationswerkstatt entwickeln die Netzwerke ihre Arbeit "
        "weiter: Sie greifen neue Herausforderungen auf, erproben neue Formate und bringen "
        "Betriebe mit ähnlichen Fragen über die Grenze hinweg zusammen.",
        "Közös innovációs műhely",
        "A közös innovációs műhelyben a hálózatok továbbfejlesztik munkájukat: új "
        "kihívásokra keresnek választ, új formákat próbálnak ki, és a határ két oldaláról "
        "összehozzák a hasonló kérdésekkel foglalkozó vállalkozásokat.",
    ),
    (
        "regional-measures",
        "Regionale und überregionale Maßnahmen",
        "Regionale und überregionale Maßnahmen stärken die Unternehmen, die an den regionalen "
        "Netzwerken beteiligt sind – etwa gemeinsames Standortmarketing, "
        "Zulieferkooperationen oder Angebote zur Sicherung von Fachkräften.",
        "Regionális és régiókon átívelő intézkedések",
        "A regionális és régiókon átívelő intézkedések a regionális hálózatokban részt vevő "
        "vállalkozásokat erősítik – ilyen például a közös telephelymarketing, a beszállítói "
        "együttműködés vagy a szakemberek megtartását segítő kínálat.",
    ),
]


def create_instruments(apps, schema_editor):
    Instrument = apps.get_model("goodpractice", "Instrument")
    for position, (code, name_de, text_de, name_hu, text_hu) in enumerate(INSTRUMENTS, 1):
        Instrument.objects.update_or_create(
            code=code,
            defaults={
                "position": position,
                "name": name_de,
                "name_de": name_de,
                "name_hu": name_hu,
                "slug": slugify(name_de),
                "slug_de": slugify(name_de),
                "slug_hu": slugify(name_hu),
                "description": text_de,
                "description_de": text_de,
                "description_hu": text_hu,
            },
        )


def remove_instruments(apps, schema_editor):
    Instrument = apps.get_model("goodpractice", "Instrument")
    Instrument.objects.filter(code__in=[row[0] for row in INSTRUMENTS]).delete()


class Migration(migrations.Migration):
    dependencies = [("goodpractice", "0001_initial")]

    operations = [migrations.RunPython(create_instruments, remove_instruments)]
