"""The moved tables get this app's names: plans_infohus* -> contacts_infohus*."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("contacts", "0002_infohus_moved_here"),
        ("plans", "0005_reference_models_moved"),
    ]

    operations = [
        migrations.AlterModelTable(name="infohuscontact", table=None),
        migrations.AlterModelTable(name="infohusopeningperiod", table=None),
    ]
