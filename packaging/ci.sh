#!/usr/bin/env bash
# The packaging part of CI: build the Linux bundle from this checkout and check it
# (packaging/check_bundle.py: frozen self-test, size, window under Xvfb, second launch,
# read-only install, unusual data path). .ci/run calls this after the tests, so the
# virtual environment already exists (./dev.sh made it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf 'packaging/ci.sh: %s\n' "$*" >&2; }
started=$(date +%s)

VPY=.venv/bin/python
[[ -x "$VPY" ]] || { say ".venv is missing; run ./dev.sh test first"; exit 1; }

# The keyring-discovery check needs a Secret Service: gnome-keyring in a private D-Bus
# session. Installed here (not in dev.sh) because only this check uses it.
secret_service=required
if ! command -v gnome-keyring-daemon >/dev/null 2>&1 || ! command -v dbus-run-session >/dev/null 2>&1; then
    if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        say "installing gnome-keyring and dbus (for the keyring-discovery check)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq || say "apt-get update failed; trying the install anyway"
        apt-get install -y -qq --no-install-recommends gnome-keyring dbus >/dev/null
    else
        say "gnome-keyring or dbus-run-session missing and cannot install them: skipping that check"
        secret_service=auto
    fi
fi

# Each CI run starts from a fresh clone, so packaging/build/ (with PyInstaller's cache)
# and packaging/dist/ start empty; a developer's second run reuses the cache.
status=0
"$VPY" packaging/build.py --check --secret-service "$secret_service" || status=$?
say "packaging took $(($(date +%s) - started)) s"
exit "$status"
