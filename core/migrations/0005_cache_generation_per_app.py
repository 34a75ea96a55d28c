from django.db import migrations, models


def forget_the_single_number(apps, schema_editor):
    # The one number of every app before; the per-app rows are added by the first bump.
    apps.get_model("core", "CacheGeneration").objects.filter(scope="").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_content_types_from_regionet"),
    ]

    operations = [
        migrations.AddField(
            model_name="cachegeneration",
            name="scope",
            field=models.CharField(default="", max_length=50),
            preserve_default=False,
        ),
        migrations.RunPython(forget_the_single_number, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="cachegeneration",
            name="scope",
            field=models.CharField(max_length=50, unique=True),
        ),
    ]
