"""The moved tables get their own app's names: plans_* -> places_*."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("places", "0001_initial"),
        ("plans", "0005_reference_models_moved"),
    ]

    operations = [
        migrations.AlterModelTable(name="policedistrict", table=None),
        migrations.AlterModelTable(name="municipality", table=None),
    ]
