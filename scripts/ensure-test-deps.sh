#!/usr/bin/env bash
# Runs before `npm test`: the browser tests drive Debian's Chromium through playwright-core
# (Playwright cannot download its own browser here), and the print test reads PDFs with
# poppler-utils, and the HTML test runs the W3C Nu Html Checker (npm `vnu-jar`), which needs
# Java. Installs what is missing.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
PACKAGES=()
[ -x "$CHROMIUM" ] || PACKAGES+=(chromium fonts-dejavu-core)
command -v pdfinfo >/dev/null || PACKAGES+=(poppler-utils)
command -v java >/dev/null || PACKAGES+=(default-jre-headless)
if [ ${#PACKAGES[@]} -eq 0 ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; else
    echo "Falten ${PACKAGES[*]}. Instal·leu-los amb: sudo apt-get install -y ${PACKAGES[*]} (el camí de Chromium es pot indicar a CHROMIUM_PATH)." >&2
    exit 1
  fi
fi
echo "Instal·lant ${PACKAGES[*]} (Debian) per a les proves de navegador, d'impressió i d'HTML…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${PACKAGES[@]}" >/dev/null
