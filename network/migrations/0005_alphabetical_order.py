"""Names sort alphabetically on PostgreSQL, accents with their base letter (see core.collation)."""

from django.db import migrations

from core.collation import collate_columns


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0004_merge_0003_region_centre_0003_search"),
    ]

    operations = [
        collate_columns("network.Region", "name_de", "name_hu"),
        collate_columns("network.Network", "name_de", "name_hu"),
        collate_columns("network.Company", "name"),
    ]
