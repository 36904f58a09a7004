#!/usr/bin/env bash
# Runs before `npm test`: the browser tests drive Debian's Chromium through playwright-core
# (Playwright cannot download its own browser here). Installs it when it is missing.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; else
    echo "Falta Chromium ($CHROMIUM). Instal·leu-lo amb: sudo apt-get install -y chromium, o indiqueu-ne el camí a CHROMIUM_PATH." >&2
    exit 1
  fi
fi
echo "Instal·lant Chromium (Debian) per a les proves de navegador…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
