"""Cooperation posts in the site search: vectors per language with GIN indexes, title indexes."""

import django.contrib.postgres.search
from django.db import migrations

from core.search import CreateSearchIndexes


class Migration(migrations.Migration):
    dependencies = [
        ('core', "0002_search"),
        ("cooperation", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="cooperationpost",
            name="search_de",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="cooperationpost",
            name="search_hu",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        CreateSearchIndexes(model_name="cooperationpost", title="title", prefix="cooperation_post"),
    ]
