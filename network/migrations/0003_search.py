"""Search vectors per language with GIN indexes, and a trigram index on the titles."""

import django.contrib.postgres.search
from django.db import migrations

from core.search import PostgresOnlySQL

INDEXES = """
-- network_company: vectors stay in the row (compressed), texts move out first.
ALTER TABLE network_company ALTER COLUMN search_de SET STORAGE MAIN, ALTER COLUMN search_hu SET STORAGE MAIN;
CREATE INDEX network_company_search_de ON network_company USING gin (search_de);
CREATE INDEX network_company_search_hu ON network_company USING gin (search_hu);
CREATE INDEX network_company_title_de ON network_company
    USING gin (to_tsvector('german_unaccent'::regconfig, COALESCE(name, '')));
CREATE INDEX network_company_title_hu ON network_company
    USING gin (to_tsvector('hungarian_unaccent'::regconfig, COALESCE(name, '')));
CREATE INDEX network_company_title_trgm ON network_company
    USING gin (regionet_unaccent(COALESCE(name, '')) gin_trgm_ops);
-- network_network: vectors stay in the row (compressed), texts move out first.
ALTER TABLE network_network ALTER COLUMN search_de SET STORAGE MAIN, ALTER COLUMN search_hu SET STORAGE MAIN;
CREATE INDEX network_network_search_de ON network_network USING gin (search_de);
CREATE INDEX network_network_search_hu ON network_network USING gin (search_hu);
CREATE INDEX network_network_title_de ON network_network
    USING gin (to_tsvector('german_unaccent'::regconfig, COALESCE(NULLIF(name_de, ''), name_hu, '')));
CREATE INDEX network_network_title_hu ON network_network
    USING gin (to_tsvector('hungarian_unaccent'::regconfig, COALESCE(NULLIF(name_hu, ''), name_de, '')));
CREATE INDEX network_network_title_trgm ON network_network
    USING gin (regionet_unaccent(COALESCE(name_de, '') || ' ' || COALESCE(name_hu, '')) gin_trgm_ops);
"""

DROP_INDEXES = """
DROP INDEX IF EXISTS network_company_search_de;
DROP INDEX IF EXISTS network_company_search_hu;
DROP INDEX IF EXISTS network_company_title_de;
DROP INDEX IF EXISTS network_company_title_hu;
DROP INDEX IF EXISTS network_company_title_trgm;
DROP INDEX IF EXISTS network_network_search_de;
DROP INDEX IF EXISTS network_network_search_hu;
DROP INDEX IF EXISTS network_network_title_de;
DROP INDEX IF EXISTS network_network_title_hu;
DROP INDEX IF EXISTS network_network_title_trgm;
"""


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
        PostgresOnlySQL(INDEXES, DROP_INDEXES),
    ]
