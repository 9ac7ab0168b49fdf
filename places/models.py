"""Denmark's police districts and municipalities: reference data every other app builds on.

The rows are loaded by a data migration from places/data/*.csv (facts with their sources in
places/data/SOURCES.md). The tables were created by the `plans` app and moved here; see
migrations/0001_initial.py."""

from django.db import models


class PoliceDistrict(models.Model):
    """One of Denmark's 12 police districts (politikredse). Loaded from places/data/."""

    dagi_code = models.PositiveIntegerField("DAGI-kode", unique=True)
    slug = models.SlugField("Kortnavn", unique=True)
    name = models.CharField("Navn", max_length=80)

    class Meta:
        verbose_name = "politikreds"
        verbose_name_plural = "politikredse"
        ordering = ["name"]

    def __str__(self):
        return self.name


class Municipality(models.Model):
    """One of Denmark's 98 municipalities. Loaded from places/data/; the groups are created by
    `manage.py create_municipality_groups`."""

    code = models.PositiveSmallIntegerField("Kommunekode", unique=True)
    name = models.CharField("Officielt navn", max_length=80)
    short_name = models.CharField("Kort navn", max_length=60)
    slug = models.SlugField("Kortnavn i adressen", unique=True)
    region = models.CharField("Region", max_length=40)
    police_district = models.ForeignKey(
        PoliceDistrict, on_delete=models.PROTECT, related_name="municipalities", verbose_name="Politikreds"
    )
    editor_group = models.OneToOneField(
        "auth.Group", null=True, blank=True, on_delete=models.SET_NULL, related_name="edits_plan_of",
        verbose_name="Redaktørgruppe",
    )
    approver_group = models.OneToOneField(
        "auth.Group", null=True, blank=True, on_delete=models.SET_NULL, related_name="approves_plan_of",
        verbose_name="Godkendergruppe",
    )
    staff_group = models.OneToOneField(
        "auth.Group", null=True, blank=True, on_delete=models.SET_NULL, related_name="staff_of",
        verbose_name="Medarbejdergruppe",
    )

    class Meta:
        verbose_name = "kommune"
        verbose_name_plural = "kommuner"
        ordering = ["name"]

    def __str__(self):
        return self.name


