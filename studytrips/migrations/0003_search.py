"""Search vectors per language with GIN indexes, and a trigram index on the titles."""

import django.contrib.postgres.search
from django.db import migrations

from core.search import CreateSearchIndexes


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0002_search'),
        ('studytrips', '0002_sanitized_images'),
    ]

    operations = [
        migrations.AddField(
            model_name='studytrip',
            name='search_de',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='studytrip',
            name='search_hu',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        CreateSearchIndexes(model_name="studytrip", title="title"),
    ]
