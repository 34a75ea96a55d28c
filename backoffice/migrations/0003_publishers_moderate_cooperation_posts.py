"""Publishers approve or reject cooperation posts and read the messages sent through the portal.

Before, only superusers could: the Publishers group had no permission on the cooperation
exchange (the README said partners moderate). Publishers review across partners already;
posts belong to no partner, so moderating them is theirs. Editors stay without access to
the posts' contact addresses.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "cooperationpost": ("view", "change"),
    "contactrequest": ("view",),
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
        ("backoffice", "0002_groups"),
        ("cooperation", "0002_search"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
