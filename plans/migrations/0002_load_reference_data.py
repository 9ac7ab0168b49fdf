"""Load the 12 police districts and 98 municipalities from plans/data/*.csv."""

from django.db import migrations


def load(apps, schema_editor):
    from places import reference_data

    reference_data.load(apps.get_model("plans", "PoliceDistrict"), apps.get_model("plans", "Municipality"))


class Migration(migrations.Migration):
    dependencies = [("plans", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
