#!/usr/bin/env bash
# Start the site with demo content on http://127.0.0.1:8000/ (embedded PostgreSQL unless DATABASE_URL is set).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export DEBUG="${DEBUG:-true}"

stop_db() { [ -n "${DATABASE_URL:-}" ] || $PY -m config.embedded_db stop; }
trap stop_db EXIT

[ -n "${DATABASE_URL:-}" ] || $PY -m config.embedded_db start
$PY manage.py migrate --noinput
$PY manage.py load_demo_content
$PY manage.py ensure_admin
echo "Admin: http://127.0.0.1:8000/admin/   Site: http://127.0.0.1:8000/da/"
$PY manage.py runserver "${RUN_ADDR:-127.0.0.1:8000}"
