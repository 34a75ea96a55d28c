"""Cooperation posts in the site search: vectors per language with GIN indexes, title indexes."""

import django.contrib.postgres.search
from django.db import migrations

from core.search import PostgresOnlySQL

# The title expressions must stay exactly as core.search.TitleVector and TrigramTitle
# write them, or the indexes are not used.
INDEXES = """
ALTER TABLE cooperation_cooperationpost ALTER COLUMN search_de SET STORAGE MAIN, ALTER COLUMN search_hu SET STORAGE MAIN;
CREATE INDEX cooperation_post_search_de ON cooperation_cooperationpost USING gin (search_de);
CREATE INDEX cooperation_post_search_hu ON cooperation_cooperationpost USING gin (search_hu);
CREATE INDEX cooperation_post_title_de ON cooperation_cooperationpost
    USING gin (to_tsvector('german_unaccent'::regconfig, COALESCE(title, '')));
CREATE INDEX cooperation_post_title_hu ON cooperation_cooperationpost
    USING gin (to_tsvector('hungarian_unaccent'::regconfig, COALESCE(title, '')));
CREATE INDEX cooperation_post_title_trgm ON cooperation_cooperationpost
    USING gin (regionet_unaccent(COALESCE(title, '')) gin_trgm_ops);
"""

DROP_INDEXES = """
DROP INDEX IF EXISTS cooperation_post_search_de;
DROP INDEX IF EXISTS cooperation_post_search_hu;
DROP INDEX IF EXISTS cooperation_post_title_de;
DROP INDEX IF EXISTS cooperation_post_title_hu;
DROP INDEX IF EXISTS cooperation_post_title_trgm;
"""


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
        PostgresOnlySQL(INDEXES, DROP_INDEXES),
    ]
