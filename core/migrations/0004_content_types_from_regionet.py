"""The models of this app were the site package's ("regionet") until the base moved out.

Their content types keep their ids under the new label, so permissions given to groups,
the admin history and the old slugs recorded for project pages stay attached. On a new
database there is nothing to relabel: content types are created after the migrations.
"""

from django.db import migrations

MODELS = ("page", "slugredirect", "cachegeneration")


def relabel(apps, schema_editor, old="regionet", new="core"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    taken = set(
        ContentType.objects.using(db).filter(app_label=new).values_list("model", flat=True)
    )
    ContentType.objects.using(db).filter(app_label=old, model__in=MODELS).exclude(
        model__in=taken
    ).update(app_label=new)


def relabel_back(apps, schema_editor):
    relabel(apps, schema_editor, old="core", new="regionet")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0003_merge_0002_cache_generation_0002_search"),
    ]

    operations = [migrations.RunPython(relabel, relabel_back)]
