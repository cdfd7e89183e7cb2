#!/usr/bin/env bash
# CI: check the DMG people download. Mounts it read-only, verifies the signature (and
# the notarization ticket when there is one), runs the frozen self-test from the
# mounted (read-only) volume requiring the real Keychain backend, and checks that the
# window process starts and stays up.
#
#   packaging/macos/smoke_dmg.sh path/to/Mooring-VERSION-macos-ARCH.dmg
set -euo pipefail
say() { printf 'smoke_dmg.sh: %s\n' "$*" >&2; }
die() { say "FAIL $*"; exit 1; }

DMG="${1:?usage: smoke_dmg.sh FILE.dmg}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYTHON="${PYTHON:-python3}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/mooring-smoke.XXXXXX")"
MOUNT="$WORK/mnt"
mkdir -p "$MOUNT"
gui_pid=""
cleanup() {
    [[ -n "$gui_pid" ]] && kill "$gui_pid" 2>/dev/null || true
    hdiutil detach "$MOUNT" -quiet 2>/dev/null || hdiutil detach "$MOUNT" -force -quiet 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

hdiutil attach "$DMG" -nobrowse -readonly -mountpoint "$MOUNT" -quiet || die "cannot mount $DMG"
APP="$MOUNT/Mooring.app"
[[ -d "$APP" ]] || die "no Mooring.app in the DMG"
[[ -L "$MOUNT/Applications" ]] || die "no Applications link in the DMG"

codesign --verify --deep --strict --verbose=2 "$APP" || die "the app's signature does not verify"
if [[ -n "${MOORING_CODESIGN_IDENTITY:-}" ]]; then
    codesign --display --verbose=2 "$APP" 2>&1 | grep -q 'flags=.*runtime' || die "no hardened runtime"
    if xcrun stapler validate "$APP" >/dev/null 2>&1; then
        spctl --assess --type execute --verbose=2 "$APP" || die "Gatekeeper rejects the notarized app"
        say "ok   Gatekeeper accepts the app (notarized and stapled)"
    else
        say "note the app carries no notarization ticket"
    fi
else
    say "note unsigned build: signature checks beyond ad-hoc skipped"
fi

# The self-test from the read-only volume, with the real login keychain.
"$PYTHON" "$HERE/../check_bundle.py" --dist "$MOUNT" --self-test-only --require-real-keyring

# The window process: starts and is still running 15 s later (a missing Cocoa plugin
# or library would end it at once). A private data folder keeps the runner's clean.
export MOORING_DATA_DIR="$WORK/data" MOORING_CONFIG_DIR="$WORK/config"
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
"$APP/Contents/MacOS/Mooring" >"$WORK/gui.log" 2>&1 &
gui_pid=$!
sleep 15
if ! kill -0 "$gui_pid" 2>/dev/null; then
    cat "$WORK/gui.log" >&2
    die "the app exited within 15 s of starting"
fi
kill "$gui_pid"
wait "$gui_pid" 2>/dev/null || true
gui_pid=""
grep -q Traceback "$WORK/gui.log" && { cat "$WORK/gui.log" >&2; die "the app printed a traceback"; }
say "ok   the app started from the DMG and kept running"
