"""Titles sort alphabetically on PostgreSQL, accents with their base letter (see core.collation)."""

from django.db import migrations

from core.collation import collate_columns


class Migration(migrations.Migration):
    dependencies = [
        ("goodpractice", "0005_merge_0004_review_status_0004_search"),
    ]

    operations = [
        collate_columns("goodpractice.GoodPractice", "title_de", "title_hu"),
    ]
