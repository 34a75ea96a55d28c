"""The accessibility statement (Web Accessibility Directive (EU) 2016/2102), as a project page.

Texts follow the EU model statement (Implementing Decision (EU) 2018/1523); administrators
keep them current in the admin. The template adds the parts that come from settings: when
the statement was prepared and last reviewed, the contact and the enforcement procedure.
"""

from django.db import migrations

SLUG_DE = "barrierefreiheit"
SLUG_HU = "akadalymentesseg"

STATEMENT = {
    "title_de": "Erklärung zur Barrierefreiheit",
    "title_hu": "Akadálymentességi nyilatkozat",
    "summary_de": (
        "Wie barrierefrei das Portal von REGIONET aktív ist, was noch fehlt und wie Sie uns "
        "Barrieren melden."
    ),
    "summary_hu": (
        "Mennyire akadálymentes a REGIONET aktív portálja, mi hiányzik még, és hogyan "
        "jelezheti nekünk az akadályokat."
    ),
    "body_de": """Das Netzwerkforum Pannonia ist als Herausgeber bemüht, das Portal von REGIONET aktív im Einklang mit dem Web-Zugänglichkeits-Gesetz (WZG) und der Richtlinie (EU) 2016/2102 barrierefrei zugänglich zu machen. Diese Erklärung zur Barrierefreiheit gilt für das gesamte Portal in deutscher und ungarischer Sprache.

Stand der Vereinbarkeit mit den Anforderungen: Dieses Portal ist wegen der folgenden Unvereinbarkeiten und Ausnahmen teilweise mit der Norm EN 301 549 V3.2.1 und den Web Content Accessibility Guidelines (WCAG) 2.1 auf Konformitätsstufe AA vereinbar.

Nicht barrierefreie Inhalte: Die Karte der Netzwerke und Unternehmen ist mit Tastatur und Bildschirmleser nur eingeschränkt bedienbar; dieselben Angaben stehen vollständig in den Listen der Netzwerke und Mitgliedsunternehmen. PDF-Dokumente zu Good-Practice-Beispielen stammen von den Projektpartnern und sind nicht alle barrierefrei gestaltet; die wesentlichen Inhalte stehen auf der Seite des jeweiligen Beispiels. Dokumente in Dateiformaten für Büroanwendungen, die vor dem 23. September 2018 veröffentlicht wurden, sind nach der Richtlinie ausgenommen.

Beiträge der Kooperationsbörse sind nur in der Sprache verfügbar, in der sie verfasst wurden. Texte, die noch nicht übersetzt sind, erscheinen in der anderen Sprache und sind für Bildschirmleser mit dieser Sprache ausgezeichnet.""",
    "body_hu": """A portál kiadója, a Netzwerkforum Pannonia arra törekszik, hogy a REGIONET aktív portálja az (EU) 2016/2102 irányelvvel, az osztrák webes akadálymentesítési törvénnyel (Web-Zugänglichkeits-Gesetz, WZG), valamint a közfeladatot ellátó szervek honlapjainak és mobilalkalmazásainak akadálymentesítéséről szóló 2018. évi LXXV. törvénnyel összhangban akadálymentesen hozzáférhető legyen. Ez az akadálymentességi nyilatkozat a portál egészére vonatkozik, német és magyar nyelven egyaránt.

Megfelelőségi státusz: A portál az alább felsorolt összeegyeztethetetlenségek és kivételek miatt részben felel meg az EN 301 549 V3.2.1 szabványnak és a webes tartalmak akadálymentesítési irányelvei (WCAG) 2.1 AA szintjének.

Nem akadálymentes tartalmak: A hálózatok és vállalkozások térképe billentyűzettel és képernyőolvasóval csak korlátozottan használható; ugyanezek az adatok teljes körűen elérhetők a hálózatok és a tagvállalkozások listájában. A jó gyakorlatokhoz csatolt PDF-dokumentumokat a projektpartnerek készítették, és nem mindegyikük akadálymentes; a lényeges tartalom az adott jó gyakorlat oldalán olvasható. A 2018. szeptember 23. előtt közzétett, irodai alkalmazások fájlformátumában készült dokumentumok az irányelv szerint kivételt képeznek.

Az együttműködési börze hirdetései csak azon a nyelven olvashatók, amelyen szerzőjük megírta őket. A még le nem fordított szövegek a másik nyelven jelennek meg, és a képernyőolvasók számára ennek a nyelvnek megfelelően vannak jelölve.""",
}


def create_statement(apps, schema_editor):
    Page = apps.get_model("core", "Page")
    if Page.objects.filter(slug_de=SLUG_DE).exists():
        return
    Page.objects.create(
        slug=SLUG_DE,
        slug_de=SLUG_DE,
        slug_hu=SLUG_HU,
        title=STATEMENT["title_de"],
        summary=STATEMENT["summary_de"],
        body=STATEMENT["body_de"],
        show_in_footer=True,
        is_published=True,
        position=90,
        **STATEMENT,
    )


def remove_statement(apps, schema_editor):
    apps.get_model("core", "Page").objects.filter(slug_de=SLUG_DE).delete()


class Migration(migrations.Migration):
    dependencies = [("core", "0004_content_types_from_regionet")]

    operations = [migrations.RunPython(create_statement, remove_statement)]
