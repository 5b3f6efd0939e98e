#!/usr/bin/env bash
# Installs Debian's Chromium for the browser test of the HTML report, when it
# is missing and apt-get can be used (root, Debian/Ubuntu). Never downloads a
# browser build of its own; without Chromium the browser test is skipped.
set -u
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
    && echo "Installed Chromium for the HTML report's browser test." \
    || echo "Could not install Chromium; the HTML report's browser test will be skipped."
else
  echo "Chromium is not installed and cannot be installed here; the HTML report's browser test will be skipped."
fi
exit 0
