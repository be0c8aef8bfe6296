#!/usr/bin/env bash
# npm run setup: what the demo and the tests need on a Debian machine, installed only when
# missing: Debian's Chromium and Firefox ESR (the browsers the tests drive), openssl (the test
# sites' certificate) and unzip (the store packages' check), then the npm packages. Works as
# root (no sudo on a bare Debian) and as a user with sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "Missing Debian packages: ${missing[*]}. Install them as root (apt-get install ${missing[*]}), then run this again." >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing: ${missing[*]}, and this is not a Debian system (no apt-get): install them, then run this again." >&2
    exit 1
  fi
  echo "== installing Debian packages: ${missing[*]}"
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "== chromium: $(chromium --version 2>/dev/null | head -1)"
echo "== firefox-esr: $(firefox-esr --version 2>/dev/null | head -1)"

echo "== npm ci"
npm ci --no-fund --no-audit
