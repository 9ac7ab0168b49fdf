"""Let the centre's editors (Wagtail's 'Editors' and 'Moderators' groups) add, change, delete and
publish the guidance snippets."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["textblock", "signofconcern", "conceptelement"]
ACTIONS = ["add", "change", "delete", "publish"]
GROUPS = ["Editors", "Moderators"]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now so we can assign them.
    app_config = apps.get_app_config("guidance")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    # Wagtail adds the 'publish' permission for draft-state snippets after migrating; add it here too
    # (same codename and name, so Wagtail's own handler finds it and does nothing).
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for model in MODELS:
        content_type, _created = ContentType.objects.get_or_create(app_label="guidance", model=model)
        verbose_name = apps.get_model("guidance", model)._meta.verbose_name_raw
        Permission.objects.get_or_create(
            content_type=content_type, codename=f"publish_{model}", defaults={"name": f"Can publish {verbose_name}"}
        )

    Group = apps.get_model("auth", "Group")
    perms = Permission.objects.filter(
        content_type__app_label="guidance",
        codename__in=[f"{action}_{model}" for action in ACTIONS for model in MODELS],
    )
    for name in GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*perms)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = Permission.objects.filter(content_type__app_label="guidance", codename__in=[
        f"{action}_{model}" for action in ACTIONS for model in MODELS
    ])
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
