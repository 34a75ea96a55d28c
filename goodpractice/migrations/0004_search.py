"""Search vectors per language with GIN indexes, and a trigram index on the titles."""

import django.contrib.postgres.search
from django.db import migrations

from core.search import PostgresOnlySQL

INDEXES = """
-- goodpractice_goodpractice: vectors stay in the row (compressed), texts move out first.
ALTER TABLE goodpractice_goodpractice ALTER COLUMN search_de SET STORAGE MAIN, ALTER COLUMN search_hu SET STORAGE MAIN;
CREATE INDEX goodpractice_goodpractice_search_de ON goodpractice_goodpractice USING gin (search_de);
CREATE INDEX goodpractice_goodpractice_search_hu ON goodpractice_goodpractice USING gin (search_hu);
CREATE INDEX goodpractice_goodpractice_title_de ON goodpractice_goodpractice
    USING gin (to_tsvector('german_unaccent'::regconfig, COALESCE(NULLIF(title_de, ''), title_hu, '')));
CREATE INDEX goodpractice_goodpractice_title_hu ON goodpractice_goodpractice
    USING gin (to_tsvector('hungarian_unaccent'::regconfig, COALESCE(NULLIF(title_hu, ''), title_de, '')));
CREATE INDEX goodpractice_goodpractice_title_trgm ON goodpractice_goodpractice
    USING gin (regionet_unaccent(COALESCE(title_de, '') || ' ' || COALESCE(title_hu, '')) gin_trgm_ops);
-- goodpractice_instrument: vectors stay in the row (compressed), texts move out first.
ALTER TABLE goodpractice_instrument ALTER COLUMN search_de SET STORAGE MAIN, ALTER COLUMN search_hu SET STORAGE MAIN;
CREATE INDEX goodpractice_instrument_search_de ON goodpractice_instrument USING gin (search_de);
CREATE INDEX goodpractice_instrument_search_hu ON goodpractice_instrument USING gin (search_hu);
CREATE INDEX goodpractice_instrument_title_de ON goodpractice_instrument
    USING gin (to_tsvector('german_unaccent'::regconfig, COALESCE(NULLIF(name_de, ''), name_hu, '')));
CREATE INDEX goodpractice_instrument_title_hu ON goodpractice_instrument
    USING gin (to_tsvector('hungarian_unaccent'::regconfig, COALESCE(NULLIF(name_hu, ''), name_de, '')));
CREATE INDEX goodpractice_instrument_title_trgm ON goodpractice_instrument
    USING gin (regionet_unaccent(COALESCE(name_de, '') || ' ' || COALESCE(name_hu, '')) gin_trgm_ops);
"""

DROP_INDEXES = """
DROP INDEX IF EXISTS goodpractice_goodpractice_search_de;
DROP INDEX IF EXISTS goodpractice_goodpractice_search_hu;
DROP INDEX IF EXISTS goodpractice_goodpractice_title_de;
DROP INDEX IF EXISTS goodpractice_goodpractice_title_hu;
DROP INDEX IF EXISTS goodpractice_goodpractice_title_trgm;
DROP INDEX IF EXISTS goodpractice_instrument_search_de;
DROP INDEX IF EXISTS goodpractice_instrument_search_hu;
DROP INDEX IF EXISTS goodpractice_instrument_title_de;
DROP INDEX IF EXISTS goodpractice_instrument_title_hu;
DROP INDEX IF EXISTS goodpractice_instrument_title_trgm;
"""


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0002_search'),
        ('goodpractice', '0003_study_trip_and_clean_images'),
    ]

    operations = [
        migrations.AddField(
            model_name='goodpractice',
            name='search_de',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='goodpractice',
            name='search_hu',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='instrument',
            name='search_de',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='instrument',
            name='search_hu',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        PostgresOnlySQL(INDEXES, DROP_INDEXES),
    ]
