"""Add "in review" between draft and published, and the permission to publish.

Existing drafts and published cases keep their status.
"""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('goodpractice', '0003_study_trip_and_clean_images'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='goodpractice',
            options={'ordering': ['-published_at', '-pk'], 'permissions': [('publish_goodpractice', 'Can publish good-practice cases and send them back')], 'verbose_name': 'good-practice case', 'verbose_name_plural': 'good-practice cases'},
        ),
        migrations.AlterField(
            model_name='goodpractice',
            name='status',
            field=models.CharField(choices=[('draft', 'Draft'), ('review', 'In review'), ('published', 'Published')], default='draft', max_length=10, verbose_name='status'),
        ),
    ]
