"""Replace the published flag by the review status draft → in review → published.

Published trips stay published; unpublished ones become drafts.
"""

from django.db import migrations, models


def flag_to_status(apps, schema_editor):
    StudyTrip = apps.get_model("studytrips", "StudyTrip")
    StudyTrip.objects.filter(is_published=True).update(status="published")
    StudyTrip.objects.filter(is_published=False).update(status="draft")


def status_to_flag(apps, schema_editor):
    StudyTrip = apps.get_model("studytrips", "StudyTrip")
    StudyTrip.objects.filter(status="published").update(is_published=True)
    StudyTrip.objects.exclude(status="published").update(is_published=False)


class Migration(migrations.Migration):
    dependencies = [
        ("studytrips", "0002_sanitized_images"),
    ]

    operations = [
        migrations.AddField(
            model_name="studytrip",
            name="status",
            field=models.CharField(
                choices=[("draft", "Draft"), ("review", "In review"), ("published", "Published")],
                default="draft",
                max_length=10,
                verbose_name="status",
            ),
        ),
        migrations.RunPython(flag_to_status, status_to_flag),
        migrations.RemoveField(model_name="studytrip", name="is_published"),
        migrations.AlterModelOptions(
            name="studytrip",
            options={
                "ordering": ["-start_date", "pk"],
                "permissions": [
                    ("publish_studytrip", "Can publish study trips and send them back")
                ],
                "verbose_name": "study trip",
                "verbose_name_plural": "study trips",
            },
        ),
    ]
