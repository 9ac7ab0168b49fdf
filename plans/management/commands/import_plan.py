"""python manage.py import_plan <municipality-slug> <file.docx> [--dry-run]

Reads a municipality's Word plan, prints where each part lands, and saves it as a new draft revision of
the municipality's plan (or creates the plan as a draft). Never publishes. --dry-run saves nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from places.models import Municipality
from plans.word.apply import existing_plan, save_import
from plans.word.mapping import map_document
from plans.word.safety import MAX_UPLOAD_BYTES, WordFileError


class Command(BaseCommand):
    help = "Importér en kommunes handlingsplan fra Word (.docx) som kladde (offentliggør aldrig)."

    def add_arguments(self, parser):
        parser.add_argument("municipality", help="Kommunens slug, fx odense eller koebenhavn")
        parser.add_argument("file", help="Word-dokumentet (.docx)")
        parser.add_argument("--dry-run", action="store_true", help="Vis kun, hvor indholdet lander; gem intet.")

    def handle(self, *args, **options):
        municipality = Municipality.objects.select_related("police_district").filter(slug=options["municipality"]).first()
        if municipality is None:
            raise CommandError(f"Ukendt kommune: {options['municipality']!r} (brug kommunens slug, fx odense).")
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Filen findes ikke: {path}")
        if path.stat().st_size > MAX_UPLOAD_BYTES:
            raise CommandError(f"{path.name}: Filen fylder over 20 MB; der kan højst importeres 20 MB.")
        try:
            result = map_document(path.read_bytes(), municipality)
        except WordFileError as error:
            raise CommandError(f"{path.name}: {error}") from None
        for line in result.mapping_lines():
            self.stdout.write(line)
        if options["dry_run"]:
            self.stdout.write("Prøvekørsel (--dry-run): intet er gemt.")
            return
        plan_before = existing_plan(municipality)
        page, revision, created = save_import(result, municipality)
        if created:
            self.stdout.write(self.style.SUCCESS(f"Planen for {municipality.name} er oprettet som kladde (side {page.pk})."))
        else:
            self.stdout.write(self.style.SUCCESS(
                f"Ny kladde (revision {revision.pk}) af {municipality.name}s plan gemt; "
                f"den offentliggjorte plan er uændret." if plan_before.live else
                f"Ny kladde (revision {revision.pk}) af {municipality.name}s plan gemt."
            ))
