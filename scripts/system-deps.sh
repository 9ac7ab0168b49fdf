#!/usr/bin/env bash
# Debian packages the tests need: Chromium (browser tests), Pango (WeasyPrint PDFs), fonts,
# LibreOffice Writer (a second producer of .docx files for the Word import tests), xmlsec1 (SAML signatures),
# a Java runtime for the Nu Html Checker (vnu-jar from npm, tests/test_html_valid.py).
# Installs only what is missing; does nothing when everything is present.
set -euo pipefail
packages=(chromium libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core libreoffice-writer xmlsec1 "$@")  # extra packages as arguments (loadtest: wrk)
missing=()
# npm installs axe-core for the browser tests and the front-end build tools (scripts/build_frontend.py --check); Debian's nodejs + npm when no node is present at all.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
# Any Java 11+ runs vnu.jar; Debian's default runtime when there is none.
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing system packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
