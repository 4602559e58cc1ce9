#!/usr/bin/env bash
# Installs what the browser tests and PDF checks need from Debian's packages
# when this machine lacks it: Chromium (unless CHROMIUM_PATH points at one) and
# poppler-utils. Never installs CJK fonts: the deck must bring its own.
set -euo pipefail

missing=()
if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  [[ -x "$CHROMIUM_PATH" ]] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2; exit 1; }
elif [[ ! -x /usr/bin/chromium ]]; then
  missing+=(chromium)
fi
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)

[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ "$(id -u)" != 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing: ${missing[*]}. Install them (Debian: sudo apt-get install -y ${missing[*]}), or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian's packages…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
