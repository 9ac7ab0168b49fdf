#!/usr/bin/env bash
# Run the whole test suite against real PostgreSQL (embedded unless DATABASE_URL is set) and
# stop everything the run started. Extra arguments go to pytest.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

# Lint first: it takes seconds and needs no database. Rules and contracts: pyproject.toml.
for tool in ruff lint-imports; do
  [ -x ".venv/bin/$tool" ] || { echo "$tool is missing: run \`make setup\` (requirements-dev.txt)."; exit 1; }
done
.venv/bin/ruff check . || { echo "ruff check failed (see above; rules in pyproject.toml)."; exit 1; }
# From the repository root, so the project's packages are found; --no-cache leaves no cache folder behind.
.venv/bin/lint-imports --no-logo --no-cache || { echo "lint-imports: an import contract is broken (see above; contracts in pyproject.toml)."; exit 1; }

./scripts/system-deps.sh || { echo "Could not install system packages (see above)."; exit 1; }
# axe-core for the browser accessibility tests (tests/browser/) and vnu-jar for the HTML check
# (tests/test_html_valid.py), pinned in package-lock.json.
if [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ]; then
  npm ci --silent --no-audit --no-fund || { echo "npm ci failed (axe-core and vnu-jar are needed by the tests)."; exit 1; }
fi

# The committed CSS, fonts and icon sprite must be what scripts/build_frontend.py makes from site/scss
# and the pinned npm packages (DKFDS, sass, rtlcss, the Arabic font).
$PY scripts/build_frontend.py --check || { echo "Front-end build check failed (see above)."; exit 1; }

started_db=0
if [ -z "${DATABASE_URL:-}" ] && [ "$($PY -m config.embedded_db status)" = "stopped" ]; then
  $PY -m config.embedded_db start || exit 1
  started_db=1
fi

# The test settings (pytest.ini names them too, but an exported DJANGO_SETTINGS_MODULE would win).
DJANGO_SETTINGS_MODULE=config.settings.test $PY -m pytest "$@"
status=$?

[ "$started_db" = 1 ] && $PY -m config.embedded_db stop
exit $status
