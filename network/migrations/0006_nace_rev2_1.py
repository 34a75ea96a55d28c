"""Sectors move from NACE Rev. 2 to NACE Rev. 2.1; the old code stays as an alias.

The mapping is network/data/nace_rev2_to_rev2_1.csv: Eurostat's correspondence table NACE
Rev. 2 - NACE Rev. 2.1 (NACE2_NACE21, published with Commission Delegated Regulation (EU)
2023/137 of 10 October 2022, https://ec.europa.eu/eurostat/web/nace), reduced to the codes
that carry over one to one. ÖNACE 2025 (Statistik Austria) and TEÁOR'25 (KSH) use the same
codes. A code that is not in the table, or whose new code another sector already has, stays.
"""

import csv
from pathlib import Path

from django.db import migrations, models

MAPPING_FILE = Path(__file__).resolve().parent.parent / "data" / "nace_rev2_to_rev2_1.csv"


def read_mapping() -> dict[str, str]:
    with MAPPING_FILE.open(encoding="utf-8") as file:
        rows = csv.DictReader(line for line in file if not line.startswith("#"))
        return {row["rev2"]: row["rev2_1"] for row in rows}


def recode(Sector, changes: dict[int, str]) -> None:
    """Give sectors new codes in two steps, so codes that swap never collide."""
    for pk in changes:
        Sector.objects.filter(pk=pk).update(nace_code=f"~{pk}")
    for pk, code in changes.items():
        Sector.objects.filter(pk=pk).update(nace_code=code)


def to_rev2_1(apps, schema_editor):
    Sector = apps.get_model("network", "Sector")
    mapping = read_mapping()
    sectors = list(Sector.objects.filter(nace_code__in=mapping, nace_rev2_code=""))
    moving = {sector.pk for sector in sectors}
    taken = set(
        Sector.objects.exclude(pk__in=moving).values_list("nace_code", flat=True)
    )
    changes = {}
    for sector in sectors:
        new_code = mapping[sector.nace_code]
        if new_code in taken or new_code in changes.values():
            continue
        changes[sector.pk] = new_code
        Sector.objects.filter(pk=sector.pk).update(nace_rev2_code=sector.nace_code)
    recode(Sector, changes)
    # Sectors whose code did not change keep it as their alias too (links work either way).
    Sector.objects.filter(nace_rev2_code="").exclude(pk__in=changes).update(
        nace_rev2_code=models.F("nace_code")
    )


def to_rev2(apps, schema_editor):
    Sector = apps.get_model("network", "Sector")
    changed = Sector.objects.exclude(nace_rev2_code="").exclude(nace_code=models.F("nace_rev2_code"))
    recode(Sector, dict(changed.values_list("pk", "nace_rev2_code")))


class Migration(migrations.Migration):

    dependencies = [
        ('network', '0005_alphabetical_order'),
    ]

    operations = [
        migrations.AddField(
            model_name='sector',
            name='nace_rev2_code',
            field=models.CharField(blank=True, db_index=True, help_text="Addresses that still use it lead to the sector's current code.", max_length=8, verbose_name='former NACE Rev. 2 code'),
        ),
        migrations.AlterField(
            model_name='sector',
            name='nace_code',
            field=models.CharField(help_text="NACE Rev. 2.1 (ÖNACE 2025, TEÁOR'25), e.g. C29.", max_length=8, unique=True, verbose_name='NACE code'),
        ),
        migrations.RunPython(to_rev2_1, to_rev2),
    ]
