"""Companies choose whether their address is printed (those already stored keep it printed;
new and imported ones start hidden), and the NUTS-3 neighbour table is loaded from
network/data/nuts3_neighbours.csv."""

from django.db import migrations, models

from network.neighbours import load_neighbours


def keep_printed_addresses(apps, schema_editor):
    apps.get_model("network", "Company").objects.update(show_email=True)


def load_neighbour_table(apps, schema_editor):
    load_neighbours(apps.get_model("network", "RegionNeighbour"))


class Migration(migrations.Migration):

    dependencies = [
        ('network', '0005_alphabetical_order'),
    ]

    operations = [
        migrations.AddField(
            model_name='company',
            name='show_email',
            field=models.BooleanField(default=False, help_text='Visitors can always write through the contact form, which never shows the address.', verbose_name='show the e-mail address on the page'),
        ),
        migrations.CreateModel(
            name='RegionNeighbour',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('nuts3_code', models.CharField(max_length=5, verbose_name='NUTS-3 code')),
                ('neighbour_code', models.CharField(max_length=5, verbose_name='NUTS-3 code of the neighbour')),
            ],
            options={
                'verbose_name': 'neighbouring region',
                'verbose_name_plural': 'neighbouring regions',
                'ordering': ['nuts3_code', 'neighbour_code'],
                'constraints': [models.UniqueConstraint(fields=('nuts3_code', 'neighbour_code'), name='one_row_per_neighbour_pair')],
            },
        ),
        migrations.RunPython(keep_printed_addresses, migrations.RunPython.noop),
        migrations.RunPython(load_neighbour_table, migrations.RunPython.noop),
    ]
