import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from network.models import Sector
from tests.factories import CompanyFactory, SectorFactory


@pytest.mark.django_db(transaction=True)
def test_migration_moves_rev2_codes_to_rev2_1_and_keeps_the_old_ones():
    before = [("network", "0005_alphabetical_order")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    OldSector = executor.loader.project_state(before).apps.get_model("network", "Sector")
    rows = {
        "J62": "IT-Dienstleistungen",
        "M70": "Unternehmensberatung",
        "S94": "Interessenvertretungen",
        "C28": "Maschinenbau",
        "K": "Finanzdienstleistungen",
        "L": "Immobilien",  # becomes M while K becomes L: the codes must not collide
        "C30.2": "Lokomotivbau",
    }
    for code, name in rows.items():
        OldSector.objects.create(nace_code=code, name_de=name, slug=code.lower(), slug_de=code)

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    codes = {
        sector.name_de: (sector.nace_code, sector.nace_rev2_code) for sector in Sector.objects.all()
    }
    assert codes == {
        "IT-Dienstleistungen": ("K62", "J62"),
        "Unternehmensberatung": ("N70", "M70"),
        "Interessenvertretungen": ("T94", "S94"),
        "Maschinenbau": ("C28", "C28"),
        "Finanzdienstleistungen": ("L", "K"),
        "Immobilien": ("M", "L"),
        "Lokomotivbau": ("C30.2", "C30.2"),
    }
    Sector.objects.all().delete()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/de/unternehmen/?sector=J62", "/de/unternehmen/?sector=K62"),
        ("/hu/vallalkozasok/?sector=J62&country=HU", "/hu/vallalkozasok/?sector=K62&country=HU"),
        ("/api/v1/companies/?sector=J62&lang=hu", "/api/v1/companies/?sector=K62&lang=hu"),
    ],
)
def test_old_sector_codes_in_links_answer_301_with_the_new_code(client, old, new):
    sector = SectorFactory(nace_code="K62", nace_rev2_code="J62")
    CompanyFactory().sectors.add(sector)
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new
    assert client.get(new).status_code == 200


@pytest.mark.django_db
def test_unchanged_and_unknown_codes_are_not_redirected(client):
    SectorFactory(nace_code="C28", nace_rev2_code="C28")
    assert client.get("/de/unternehmen/?sector=C28").status_code == 200
    assert client.get("/de/unternehmen/?sector=Z99").status_code == 400
    assert client.get("/de/unternehmen/?sector=%00").status_code == 400
    assert client.get("/api/v1/companies/?sector=J6%002").status_code == 400
