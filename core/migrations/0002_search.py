"""Full-text search on PostgreSQL: extensions, an immutable unaccent, the two configurations.

`german_unaccent` and `hungarian_unaccent` are copies of `german` and `hungarian` whose
words go through the language's stop words, then `unaccent`, then the stemmer, so
"grenzuberschreitend" and "grenzüberschreitend" give the same lexeme. `regionet_unaccent`
wraps `unaccent` as IMMUTABLE (unaccent itself is only STABLE) so the trigram indexes can
use it. Every step is a no-op on SQLite, which keeps the simple search.
"""

import django.contrib.postgres.search
from django.db import migrations

from core.search import CreateSearchIndexes, PostgresOnlySQL

SETUP = r"""
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $setup$
DECLARE
    ext_schema text;
BEGIN
    SELECT n.nspname INTO ext_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'unaccent';
    -- Schema-qualified, so it also works with an empty search_path (pg_restore, indexes).
    EXECUTE format(
        'CREATE OR REPLACE FUNCTION regionet_unaccent(text) RETURNS text '
        'LANGUAGE sql IMMUTABLE PARALLEL SAFE AS %L',
        format('SELECT %I.unaccent(%L::regdictionary, $1)', ext_schema, ext_schema || '.unaccent')
    );
    IF NOT EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'regionet_german_stop') THEN
        CREATE TEXT SEARCH DICTIONARY regionet_german_stop
            (TEMPLATE = pg_catalog.simple, STOPWORDS = german, ACCEPT = false);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'regionet_hungarian_stop') THEN
        CREATE TEXT SEARCH DICTIONARY regionet_hungarian_stop
            (TEMPLATE = pg_catalog.simple, STOPWORDS = hungarian, ACCEPT = false);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'german_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION german_unaccent (COPY = pg_catalog.german);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'hungarian_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION hungarian_unaccent (COPY = pg_catalog.hungarian);
    END IF;
    -- Stop words are checked before unaccent ("für", "és"), stems after it.
    EXECUTE format(
        'ALTER TEXT SEARCH CONFIGURATION german_unaccent ALTER MAPPING FOR hword, hword_part, '
        'word WITH regionet_german_stop, %I.unaccent, pg_catalog.german_stem',
        ext_schema
    );
    EXECUTE format(
        'ALTER TEXT SEARCH CONFIGURATION hungarian_unaccent ALTER MAPPING FOR hword, hword_part, '
        'word WITH regionet_hungarian_stop, %I.unaccent, pg_catalog.hungarian_stem',
        ext_schema
    );
END
$setup$;
"""

TEARDOWN = """
DROP TEXT SEARCH CONFIGURATION IF EXISTS german_unaccent;
DROP TEXT SEARCH CONFIGURATION IF EXISTS hungarian_unaccent;
DROP TEXT SEARCH DICTIONARY IF EXISTS regionet_german_stop;
DROP TEXT SEARCH DICTIONARY IF EXISTS regionet_hungarian_stop;
DROP FUNCTION IF EXISTS regionet_unaccent(text);
"""


class Migration(migrations.Migration):
    # Written when these models lived in the site package (app label "regionet"); a
    # database migrated then has them applied under that label and skips them here.
    replaces = [("regionet", "0002_search")]
    dependencies = [
        ('core', '0001_initial'),
    ]

    operations = [
        PostgresOnlySQL(SETUP, TEARDOWN),
        migrations.AddField(
            model_name="page",
            name="search_de",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="page",
            name="search_hu",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        CreateSearchIndexes(model_name="page", title="title"),
    ]
