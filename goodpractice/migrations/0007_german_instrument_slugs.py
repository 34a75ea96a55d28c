"""German instrument addresses write umlauts out (rueckhalt, not ruckhalt; massnahmen, not
manahmen), like every other German slug of the portal; the old addresses redirect."""

from django.db import migrations

from core.i18n import language_slug


def write_umlauts_out(apps, schema_editor):
    Instrument = apps.get_model("goodpractice", "Instrument")
    SlugRedirect = apps.get_model('core', "SlugRedirect")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="goodpractice", model="instrument"
    )
    for instrument in Instrument.objects.all():
        old = instrument.slug_de
        new = language_slug(instrument.name_de or "", "de")
        if not new or new == old or Instrument.objects.filter(slug_de=new).exists():
            continue
        SlugRedirect.objects.get_or_create(
            content_type=content_type, old_slug=old, defaults={"object_id": instrument.pk}
        )
        Instrument.objects.filter(pk=instrument.pk).update(slug_de=new, slug=new)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ('core', "0003_merge_0002_cache_generation_0002_search"),
        ("goodpractice", "0006_alphabetical_order"),
    ]

    operations = [migrations.RunPython(write_umlauts_out, migrations.RunPython.noop)]
