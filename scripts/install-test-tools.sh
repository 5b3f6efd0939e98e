#!/usr/bin/env bash
# Installs the Debian packages some tests drive, when they are missing and
# apt-get can be used (root, Debian/Ubuntu): Chromium for the browser and
# print tests of the HTML report, pre-commit for the test of the shipped
# hook. Never downloads a browser build of its own; a test whose tool is
# missing is skipped with a note.
set -u
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v pre-commit >/dev/null 2>&1 || missing+=(pre-commit)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    && echo "Installed ${missing[*]} for the tests." \
    || echo "Could not install ${missing[*]}; the tests that need them will be skipped."
else
  echo "${missing[*]} not installed and cannot be installed here; the tests that need them will be skipped."
fi
exit 0
