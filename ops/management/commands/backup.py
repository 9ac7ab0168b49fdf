from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ops.backup import create_backup


class Command(BaseCommand):
    help = "Dump the database and the media files into a dated archive (backups/backup-YYYYMMDD-HHMMSS.tar.gz)."

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default=str(Path(settings.BASE_DIR) / "backups"))
        parser.add_argument("--media-root", default=None, help="media folder to include (default MEDIA_ROOT)")

    def handle(self, *args, output_dir, media_root, **options):
        try:
            archive = create_backup(Path(output_dir), media_root=media_root)
        except Exception as exc:
            stderr = getattr(exc, "stderr", b"") or b""
            raise CommandError(f"Backup failed: {exc} {stderr.decode(errors='replace') if isinstance(stderr, bytes) else stderr}") from exc
        self.stdout.write(str(archive))
