#!/usr/bin/env bash
# Headless Chromium for the workbench's browser tests (tests/browser): Debian's
# package, driven by Playwright for Python.  Playwright's own browser download
# (`playwright install`) is never used.  Safe to run again: installs only what is missing.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
chromium --version
