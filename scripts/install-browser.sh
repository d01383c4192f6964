#!/bin/sh
# Installs the browser the browser tests drive: Debian's chromium (playwright-core launches it by path, so no
# browser download from a CDN) and a CJK font so Chinese renders in screenshots. Idempotent: does nothing
# when both are present. Needs root (or sudo) only when something is missing.
set -eu

has_font() {
  fc-list 2>/dev/null | grep -qi 'wqy' || [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]
}

if [ -x /usr/bin/chromium ] && has_font; then
  echo "install-browser: chromium and fonts-wqy-microhei already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium fonts-wqy-microhei fontconfig
echo "install-browser: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
