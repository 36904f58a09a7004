#!/usr/bin/env bash
# Runs before `npm test`: the browser tests drive Debian's Chromium through playwright-core
# (Playwright cannot download its own browser here), and the print test reads PDFs with
# poppler-utils. Installs what is missing.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
PACKAGES=()
[ -x "$CHROMIUM" ] || PACKAGES+=(chromium fonts-dejavu-core)
command -v pdfinfo >/dev/null || PACKAGES+=(poppler-utils)
if [ ${#PACKAGES[@]} -eq 0 ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; else
    echo "Falten Chromium ($CHROMIUM) o poppler-utils. Instal·leu-los amb: sudo apt-get install -y chromium poppler-utils, o indiqueu el camí de Chromium a CHROMIUM_PATH." >&2
    exit 1
  fi
fi
echo "Instal·lant ${PACKAGES[*]} (Debian) per a les proves de navegador i d'impressió…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${PACKAGES[@]}" >/dev/null
