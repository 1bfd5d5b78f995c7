#!/usr/bin/env bash
# Installs the Debian packages the tests need: OCR, PDF rendering, LibreOffice (utkast --pdf) and PostgreSQL.
set -euo pipefail
PACKAGES="poppler-utils tesseract-ocr tesseract-ocr-swe postgresql libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea"
missing=""
for p in $PACKAGES; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
