"""Search vectors per language with GIN indexes, and a trigram index on the titles."""

import django.contrib.postgres.search
from django.db import migrations

from core.search import PostgresOnlySQL

INDEXES = """
-- studytrips_studytrip: vectors stay in the row (compressed), texts move out first.
ALTER TABLE studytrips_studytrip ALTER COLUMN search_de SET STORAGE MAIN, ALTER COLUMN search_hu SET STORAGE MAIN;
CREATE INDEX studytrips_studytrip_search_de ON studytrips_studytrip USING gin (search_de);
CREATE INDEX studytrips_studytrip_search_hu ON studytrips_studytrip USING gin (search_hu);
CREATE INDEX studytrips_studytrip_title_de ON studytrips_studytrip
    USING gin (to_tsvector('german_unaccent'::regconfig, COALESCE(NULLIF(title_de, ''), title_hu, '')));
CREATE INDEX studytrips_studytrip_title_hu ON studytrips_studytrip
    USING gin (to_tsvector('hungarian_unaccent'::regconfig, COALESCE(NULLIF(title_hu, ''), title_de, '')));
CREATE INDEX studytrips_studytrip_title_trgm ON studytrips_studytrip
    USING gin (regionet_unaccent(COALESCE(title_de, '') || ' ' || COALESCE(title_hu, '')) gin_trgm_ops);
"""

DROP_INDEXES = """
DROP INDEX IF EXISTS studytrips_studytrip_search_de;
DROP INDEX IF EXISTS studytrips_studytrip_search_hu;
DROP INDEX IF EXISTS studytrips_studytrip_title_de;
DROP INDEX IF EXISTS studytrips_studytrip_title_hu;
DROP INDEX IF EXISTS studytrips_studytrip_title_trgm;
"""


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
        PostgresOnlySQL(INDEXES, DROP_INDEXES),
    ]
