"""Search vectors per language with GIN indexes, and a trigram index on the titles."""

import django.contrib.postgres.search
from django.db import migrations

from core.search import CreateSearchIndexes


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0002_search'),
        ('network', '0002_sanitized_logos'),
    ]

    operations = [
        migrations.AddField(
            model_name='company',
            name='search_de',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='company',
            name='search_hu',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='network',
            name='search_de',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='network',
            name='search_hu',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        CreateSearchIndexes(model_name="company", title="name"),
        CreateSearchIndexes(model_name="network", title="name"),
    ]
