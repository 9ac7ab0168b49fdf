from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ops.backup import restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into the configured database (or --database-name"
        " on the same server) and copy its media files into MEDIA_ROOT. Replaces the database's content."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--database-name", default=None, help="restore into this database instead")
        parser.add_argument("--media-root", default=None)
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, *args, archive, database_name, media_root, yes, **options):
        path = Path(archive)
        if not path.is_file():
            raise CommandError(f"No such backup archive: {path}")
        if not yes and options.get("interactive", True):
            answer = input(f"This replaces the content of the database with {path.name}. Type 'yes' to go on: ")
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled; nothing was changed.")
        try:
            manifest = restore_backup(path, dbname=database_name, media_root=media_root)
        except Exception as exc:
            raise CommandError(f"Restore failed, see above: {exc}") from exc
        self.stdout.write(f"Restored {path.name} (made {manifest['created']}, {manifest['media_files']} media files).")
