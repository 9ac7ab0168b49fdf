"""PoliceDistrict and Municipality move here from the `plans` app.

The tables already exist (created by plans 0001 and filled by plans 0002), so this migration only
tells Django's state where the models live now; 0002 then renames the tables."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("plans", "0004_revision_reminders"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="PoliceDistrict",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("dagi_code", models.PositiveIntegerField(unique=True, verbose_name="DAGI-kode")),
                        ("slug", models.SlugField(unique=True, verbose_name="Kortnavn")),
                        ("name", models.CharField(max_length=80, verbose_name="Navn")),
                    ],
                    options={
                        "verbose_name": "politikreds",
                        "verbose_name_plural": "politikredse",
                        "ordering": ["name"],
                        "db_table": "plans_policedistrict",
                    },
                ),
                migrations.CreateModel(
                    name="Municipality",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("code", models.PositiveSmallIntegerField(unique=True, verbose_name="Kommunekode")),
                        ("name", models.CharField(max_length=80, verbose_name="Officielt navn")),
                        ("short_name", models.CharField(max_length=60, verbose_name="Kort navn")),
                        ("slug", models.SlugField(unique=True, verbose_name="Kortnavn i adressen")),
                        ("region", models.CharField(max_length=40, verbose_name="Region")),
                        ("approver_group", models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="approves_plan_of", to="auth.group", verbose_name="Godkendergruppe")),
                        ("editor_group", models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="edits_plan_of", to="auth.group", verbose_name="Redaktørgruppe")),
                        ("staff_group", models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="staff_of", to="auth.group", verbose_name="Medarbejdergruppe")),
                        ("police_district", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="municipalities", to="places.policedistrict", verbose_name="Politikreds")),
                    ],
                    options={
                        "verbose_name": "kommune",
                        "verbose_name_plural": "kommuner",
                        "ordering": ["name"],
                        "db_table": "plans_municipality",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
