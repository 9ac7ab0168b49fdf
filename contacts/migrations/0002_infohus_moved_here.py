"""InfohusContact and its opening hours move here from the `plans` app (state only: the tables
exist already; 0003 renames them)."""

import django.db.models.deletion
import modelcluster.fields
import modelsearch.index
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("contacts", "0001_initial"),
        ("places", "0001_initial"),
        ("plans", "0004_revision_reminders"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="InfohusContact",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("kind", models.CharField(choices=[("kommune", "Infohus Kommune"), ("netvaerk", "Infohus Netværk")], max_length=10, verbose_name="Type")),
                        ("name", models.CharField(max_length=120, verbose_name="Navn")),
                        ("unit", models.CharField(blank=True, help_text="Den enhed infohuset hører til, fx en forvaltning, SSP eller politikredsens forebyggelsesafdeling.", max_length=200, verbose_name="Forankret i")),
                        ("phone", models.CharField(blank=True, max_length=30, verbose_name="Telefon")),
                        ("email", models.EmailField(blank=True, max_length=254, verbose_name="E-mail")),
                        ("note", models.TextField(blank=True, verbose_name="Bemærkning")),
                        ("municipality", models.OneToOneField(blank=True, help_text="Udfyldes for et Infohus Kommune.", null=True, on_delete=django.db.models.deletion.CASCADE, related_name="infohus", to="places.municipality", verbose_name="Kommune")),
                        ("police_district", models.OneToOneField(blank=True, help_text="Udfyldes for et Infohus Netværk.", null=True, on_delete=django.db.models.deletion.CASCADE, related_name="infohus", to="places.policedistrict", verbose_name="Politikreds")),
                    ],
                    options={
                        "verbose_name": "infohus",
                        "verbose_name_plural": "infohuse",
                        "ordering": ["kind", "name"],
                        "db_table": "plans_infohuscontact",
                        "constraints": [
                            models.CheckConstraint(condition=models.Q(models.Q(("kind", "kommune"), ("municipality__isnull", False), ("police_district__isnull", True)), models.Q(("kind", "netvaerk"), ("municipality__isnull", True), ("police_district__isnull", False)), _connector="OR"), name="infohus_belongs_to_exactly_one_unit"),
                        ],
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name="InfohusOpeningPeriod",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                        ("days", models.CharField(choices=[("daily", "Alle dage"), ("weekdays", "Mandag-fredag"), ("weekend", "Lørdag-søndag"), ("0", "Mandag"), ("1", "Tirsdag"), ("2", "Onsdag"), ("3", "Torsdag"), ("4", "Fredag"), ("5", "Lørdag"), ("6", "Søndag")], default="daily", max_length=10, verbose_name="Dage")),
                        ("opens", models.TimeField(verbose_name="Åbner")),
                        ("closes", models.TimeField(verbose_name="Lukker")),
                        ("contact", modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name="opening_periods", to="contacts.infohuscontact")),
                    ],
                    options={
                        "ordering": ["sort_order"],
                        "abstract": False,
                        "db_table": "plans_infohusopeningperiod",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
