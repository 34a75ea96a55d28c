"""The groups "Editors" (a partner's staff) and "Publishers" (who review and publish).

Editors still need an editor profile that links them to their partner organisation;
what they may touch within their permissions is decided by `backoffice.scope`.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CRUD = ("view", "add", "change", "delete")

EDITORS = {
    "network": {
        "region": ("view",),
        "sector": ("view",),
        "company": CRUD,
        "network": CRUD,
        "membership": CRUD,
    },
    "studytrips": {
        "studytrip": CRUD,
        "programmeitem": CRUD,
        "tripphoto": CRUD,
        "registration": ("view", "change"),
    },
    "goodpractice": {
        "instrument": ("view",),
        "goodpractice": CRUD,
        "keyfigure": CRUD,
        "caseimage": CRUD,
        "casedocument": CRUD,
    },
}

PUBLISHERS = {
    "network": {
        "region": ("view",),
        "sector": ("view",),
        "company": ("view",),
        "network": ("view",),
        "membership": ("view",),
    },
    "studytrips": {
        "studytrip": ("view", "change", "publish"),
        "programmeitem": ("view", "change"),
        "tripphoto": ("view", "change"),
    },
    "goodpractice": {
        "instrument": ("view",),
        "goodpractice": ("view", "change", "publish"),
        "keyfigure": ("view", "change"),
        "caseimage": ("view", "change"),
        "casedocument": ("view", "change"),
    },
}

GROUPS = {"Editors": EDITORS, "Publishers": PUBLISHERS}


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        permissions = []
        for app_label, models in grants.items():
            for model, actions in models.items():
                for action in actions:
                    permissions.append(
                        Permission.objects.get(
                            content_type__app_label=app_label,
                            content_type__model=model,
                            codename=f"{action}_{model}",
                        )
                    )
        group.permissions.set(permissions)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("backoffice", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("network", "0002_sanitized_logos"),
        ("studytrips", "0003_review_status"),
        ("goodpractice", "0004_review_status"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
