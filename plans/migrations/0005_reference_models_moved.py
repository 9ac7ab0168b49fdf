"""PoliceDistrict and Municipality moved to `places`, InfohusContact and InfohusOpeningPeriod to
`contacts`. Only Django's state changes here (the rows stay where they are); content types move
with the models, so permissions, the reference index and search entries keep pointing at them."""

import django.db.models.deletion
from django.db import migrations, models

MOVED = {
    "policedistrict": "places",
    "municipality": "places",
    "infohuscontact": "contacts",
    "infohusopeningperiod": "contacts",
}


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model, app_label in MOVED.items():
        if ContentType.objects.filter(app_label=app_label, model=model).exists():
            continue
        ContentType.objects.filter(app_label="plans", model=model).update(app_label=app_label)


def move_content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model, app_label in MOVED.items():
        ContentType.objects.filter(app_label=app_label, model=model).update(app_label="plans")


class Migration(migrations.Migration):

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("plans", "0004_revision_reminders"),
        ("places", "0001_initial"),
        ("contacts", "0002_infohus_moved_here"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="planpage",
                    name="municipality",
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="plans", to="places.municipality", verbose_name="Kommune"),
                ),
                migrations.DeleteModel(name="InfohusOpeningPeriod"),
                migrations.DeleteModel(name="InfohusContact"),
                migrations.DeleteModel(name="Municipality"),
                migrations.DeleteModel(name="PoliceDistrict"),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
