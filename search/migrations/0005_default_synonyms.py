"""The synonym groups a new site starts with (editable afterwards in Snippets -> Synonymer).
Before this migration only the demo loader made them. Adds only the groups that are missing;
reversing removes those that are still exactly as made here."""

from django.db import migrations

# As the site starts with them at the time of this migration.
SYNONYMS = {
    "da": [
        "radikalisering, ekstremisme, radikaliseret, ekstremist",
        "infohus, info-hus, informationshus",
        "bekymring, bekymringshenvendelse, bekymringssag",
        "handlingsplan, handleplan, beredskabsplan",
        "bekymringstegn, tegn på bekymring, advarselstegn, faresignaler",
        "politi, politiet, sspk",
        "ung, unge, teenager",
        "barn, børn, elev",
        "ringe, kontakte, telefon",
        "anmelde, anmeld, indberette, melde",
        "vold, voldelig",
        "rådgivning, hotline, vejledning",
    ],
    "en": [
        "radicalisation, radicalization, extremism, radicalised, radicalized",
        "infohouse, info house, info-house, infohus",
        "concern, worry, worried",
        "action plan, plan, preparedness plan",
        "signs, warning signs, indicators",
        "report, notify",
        "hotline, advice line, helpline",
    ],
}


def add(apps, schema_editor):
    SynonymGroup = apps.get_model("sitesearch", "SynonymGroup")
    for language, groups in SYNONYMS.items():
        for terms in groups:
            SynonymGroup.objects.get_or_create(language=language, terms=terms)


def remove(apps, schema_editor):
    SynonymGroup = apps.get_model("sitesearch", "SynonymGroup")
    for language, groups in SYNONYMS.items():
        SynonymGroup.objects.filter(language=language, terms__in=groups).delete()


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0004_arabic_config")]

    operations = [migrations.RunPython(add, remove)]
