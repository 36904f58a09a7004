#!/usr/bin/env bash
# Runs before `npm test`: the browser tests drive Debian's Chromium through playwright-core
# (Playwright cannot download its own browser here). Installs it when it is missing.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Falta Chromium ($CHROMIUM). Instal·leu-lo amb: sudo apt-get install -y chromium" >&2
  exit 1
fi
echo "Instal·lant Chromium (Debian) per a les proves de navegador…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
