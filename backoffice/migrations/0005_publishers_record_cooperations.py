"""Publishers record and approve the cooperations that came about (issue 16's records).

The cooperation records and the trip follow-ups arrived without any group permission, so only
superusers could approve what participants reported. Publishers already moderate the
exchange across partners (0003); the records are theirs too. Editors get no access: a
report carries the reporter's e-mail address.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "cooperation": ("view", "add", "change"),
    "cooperationpartner": ("view", "add", "change", "delete"),
    "tripfollowup": ("view",),
}


def grant(apps, schema_editor):
    cooperation = apps.get_app_config("cooperation")
    cooperation.models_module = True
    create_permissions(cooperation, apps=apps, verbosity=0)
    cooperation.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    publishers, _created = Group.objects.get_or_create(name="Publishers")
    for model, actions in GRANTS.items():
        for action in actions:
            publishers.permissions.add(
                Permission.objects.get(
                    content_type__app_label="cooperation",
                    content_type__model=model,
                    codename=f"{action}_{model}",
                )
            )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    publishers = Group.objects.filter(name="Publishers").first()
    if publishers is None:
        return
    for model, actions in GRANTS.items():
        publishers.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="cooperation",
                codename__in=[f"{action}_{model}" for action in actions],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("backoffice", "0004_merge_import_publishers_digest"),
        ("cooperation", "0003_cooperations_alerts_and_follow_ups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
