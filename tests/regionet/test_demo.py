"""`load_demo` and the data files it reads: idempotent, complete in both languages."""

import datetime
import tomllib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone, translation

from backoffice.models import Partner
from cooperation import demo as cooperation_demo
from cooperation.models import CooperationPost
from core import demo as core_demo
from core.models import Page
from goodpractice.models import CaseDocument, CaseImage, GoodPractice, KeyFigure
from network import demo as network_demo
from network.models import Company, Membership, Network, Region, Sector
from studytrips.models import ProgrammeItem, StudyTrip, TripPhoto

pytestmark = pytest.mark.django_db

MODELS = (
    *(Region, Sector, Company, Network, Membership, Page),
    *(StudyTrip, ProgrammeItem, TripPhoto, GoodPractice, KeyFigure, CaseImage, CaseDocument),
    *(CooperationPost, Partner),
)
DATA_FILES = sorted(Path(settings.BASE_DIR).glob("*/demo.toml"))
# (data file, entry, field) written in German only on purpose: the Hungarian fallback notice.
ONLY_GERMAN = {("network/demo.toml", "unternehmensnetzwerk-nordburgenland", "description")}


def counts():
    return [model.objects.count() for model in (Region, Sector, Company, Network, Membership, Page)]


def contents():
    """Every demo object by its natural key with its texts, and the counts of all models."""
    return {
        "counts": {model.__name__: model.objects.count() for model in MODELS},
        "companies": list(Company.objects.values_list("slug", "name", "description_hu")),
        "networks": list(Network.objects.values_list("slug_de", "slug_hu", "description_de")),
        "trips": list(StudyTrip.objects.values_list("slug_de", "report_hu", "start_date")),
        "programme": list(ProgrammeItem.objects.values_list("trip__slug_de", "day", "title_hu")),
        "cases": list(GoodPractice.objects.values_list("slug_de", "approach_hu", "published_at")),
        "posts": list(CooperationPost.objects.values_list("contact_email", "text", "expires_on")),
        "pages": list(Page.objects.values_list("slug_de", "body_hu")),
    }


def test_demo_loads_twice_without_duplicates(client):
    call_command("load_demo", verbosity=0)
    first = counts()
    first_contents = contents()
    call_command("load_demo", verbosity=0)
    assert counts() == first
    assert contents() == first_contents
    assert all(first_contents["counts"].values()), first_contents["counts"]
    assert first[2] >= 15  # companies
    assert first[3] >= 4  # networks
    assert set(Company.objects.values_list("kind", flat=True)) == set(Company.Kind)
    assert Network.objects.filter(member_networks__isnull=False).exists()
    assert Network.objects.filter(name_de__icontains="Oberlausitz").exists()
    assert Region.objects.filter(nuts3_code__in=["AT112", "HU221", "DED2D"]).count() == 3
    for network in Network.objects.all():
        assert network.name_hu, network
        assert network.memberships.count() >= 3


def test_demo_pages_render_in_both_languages(client):
    call_command("load_demo", verbosity=0)
    for url in ["/de/", "/hu/", "/de/netzwerke/", "/hu/vallalkozasok/"]:
        assert client.get(url).status_code == 200
    for obj in [*Network.objects.all(), *Company.objects.public(), *Page.objects.all()]:
        for language in ("de", "hu"):
            with translation.override(language):
                url = obj.get_absolute_url()
            assert client.get(url).status_code == 200, url


def test_demo_dates_stay_relative_to_today():
    call_command("load_demo", verbosity=0)
    today = timezone.localdate()
    upcoming = StudyTrip.objects.get(slug_de="studienreise-raab-zulieferernetzwerke")
    assert upcoming.start_date == today + datetime.timedelta(days=60)
    assert upcoming.end_date == upcoming.start_date + datetime.timedelta(days=2)
    assert upcoming.registration_deadline == upcoming.start_date - datetime.timedelta(days=14)
    assert upcoming.programme_items.last().day == upcoming.end_date
    saxony = StudyTrip.objects.get(slug_de="studienreise-sachsen-2013")
    assert saxony.start_date == datetime.date(2013, 4, 24)
    for row in cooperation_demo.POSTS:
        post = CooperationPost.objects.get(contact_email=row["contact_email"])
        assert post.expires_on == today + datetime.timedelta(days=row["expires_on_in_days"])


def test_every_app_with_demo_content_keeps_it_in_a_data_file():
    apps = {path.parent.name for path in DATA_FILES}
    assert apps == {
        "regionet",
        "network",
        "studytrips",
        "goodpractice",
        "cooperation",
        "backoffice",
    }
    for path in DATA_FILES:
        with path.open("rb") as file:
            tomllib.load(file)  # valid TOML


def translated_pairs(value, entry=""):
    """(entry, field, German, Hungarian) for every translated text in the data."""
    if isinstance(value, list):
        for item in value:
            yield from translated_pairs(item, entry)
    if not isinstance(value, dict):
        return
    entry = value.get("slug_de") or value.get("slug") or value.get("nuts3_code") or entry
    for name, item in value.items():
        if name.endswith(("_de", "_hu")):
            field = name[:-3]
            yield entry, field, value.get(f"{field}_de"), value.get(f"{field}_hu")
        else:
            yield from translated_pairs(item, entry)


def test_every_translated_text_of_the_data_files_is_in_both_languages():
    seen = 0
    for path in DATA_FILES:
        name = path.relative_to(settings.BASE_DIR).as_posix()
        for entry, field, german, hungarian in translated_pairs(core_demo.read(path)):
            seen += 1
            assert german is not None and hungarian is not None, (name, entry, field)
            if (name, entry, field) in ONLY_GERMAN:
                assert german and not hungarian, (name, entry, field)
            else:
                assert bool(german) == bool(hungarian), (name, entry, field)
    assert seen > 500


def test_companies_are_defined_once_and_named_by_slug_elsewhere():
    network = network_demo.DATA
    defined = [row["slug"] for row in (*network["companies"], *network["organisations"])]
    assert len(defined) == len(set(defined))
    data = {path.parent.name: core_demo.read(path) for path in DATA_FILES}
    named = {row["coordinator"] for row in network["networks"]}
    named |= {member["company"] for row in network["networks"] for member in row["members"]}
    for trip in data["studytrips"]["trips"]:
        named |= {trip["organiser"], *trip["hosts"]}
        named |= {item["host"] for item in trip["programme"] if "host" in item}
    named |= {case["lead_organisation"] for case in data["goodpractice"]["cases"]}
    named |= {partner["company"] for partner in data["backoffice"]["partners"]}
    assert named <= set(defined), named - set(defined)
    for app, tables in data.items():
        if app != "network":
            assert not {"companies", "organisations", "networks"} & tables.keys(), app


def test_core_loader_reads_wrapped_texts_as_paragraphs(tmp_path):
    (tmp_path / "demo.toml").write_text(
        'title = "Kurz"\n[[rows]]\ntext_de = """\n  Erste Zeile\n  zweite Zeile.\n\n'
        '  Neuer Absatz."""\nsince = 2013-04-24\n',
        encoding="utf-8",
    )
    data = core_demo.read(str(tmp_path / "demo.py"))
    assert data == {
        "title": "Kurz",
        "rows": [
            {
                "text_de": "Erste Zeile zweite Zeile.\n\nNeuer Absatz.",
                "since": datetime.date(2013, 4, 24),
            }
        ],
    }


def test_core_loader_resolves_natural_keys_relative_dates_and_local_times():
    network_demo.load_taxonomies()
    today = datetime.date(2030, 1, 1)
    values, many = core_demo.resolve(
        GoodPractice,
        {
            "regions": ["AT112", "HU221"],
            "published_at": datetime.datetime(2013, 5, 15, 10, 0),
            "start_year": 2013,
        },
        network_demo.NATURAL_KEYS,
        today,
    )
    assert [region.nuts3_code for region in many["regions"]] == ["AT112", "HU221"]
    assert values["published_at"] == datetime.datetime(
        2013, 5, 15, 8, 0, tzinfo=datetime.UTC
    )  # 10:00 in Vienna, summer time
    values, _many = core_demo.resolve(
        StudyTrip, {"start_date_in_days": 60, "is_published": True}, today=today
    )
    assert values == {"start_date": datetime.date(2030, 3, 2), "is_published": True}
    with pytest.raises(ValueError, match="'XX999'"):
        core_demo.resolve(Company, {"region": "XX999"}, network_demo.NATURAL_KEYS)


def test_core_loader_updates_by_natural_key_or_only_creates():
    network_demo.load_taxonomies()
    row = {"slug": "probe", "name": "Probe", "country": "AT", "sectors": ["C28", "C29"]}
    keys = network_demo.NATURAL_KEYS
    company, created = core_demo.save(Company, row, key="slug", natural_keys=keys)
    assert created and set(company.sectors.values_list("nace_code", flat=True)) == {"C28", "C29"}
    renamed = {**row, "name": "Neu", "sectors": ["F"]}
    _same, created = core_demo.save(
        Company, renamed, key="slug", natural_keys=keys, create_only=True
    )
    company.refresh_from_db()
    assert not created and company.name == "Probe" and company.sectors.count() == 2
    _same, created = core_demo.save(Company, renamed, key="slug", natural_keys=keys)
    company.refresh_from_db()
    assert not created and company.name == "Neu"
    assert list(company.sectors.values_list("nace_code", flat=True)) == ["F"]
    assert Company.objects.filter(slug="probe").count() == 1
