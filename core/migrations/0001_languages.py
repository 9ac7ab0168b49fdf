"""The site's languages as Wagtail locales: Danish (Wagtail makes the default locale), English and
Arabic, each kept in step with the Danish page tree by wagtail-localize (a Danish page created in
the admin appears in them as an untranslated alias until it is translated). Before this migration
only the demo loader made them. core.i18n.ensure_locale_sync() does the same at run time and also
aliases pages made outside the admin."""

from django.conf import settings
from django.db import migrations


def add(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    default, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale, _ = Locale.objects.get_or_create(language_code=code)
        if code != settings.LANGUAGE_CODE and not LocaleSynchronization.objects.filter(locale=locale).exists():
            LocaleSynchronization.objects.create(locale=locale, sync_from=default)


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
