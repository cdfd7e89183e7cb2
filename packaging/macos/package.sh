#!/usr/bin/env bash
# Turn a built Mooring.app into a release DMG: check it, notarize and staple the app,
# make the DMG, sign, notarize and staple that. Called by packaging/build.py on macOS:
#
#   packaging/macos/package.sh dist/Mooring.app VERSION out/Mooring-VERSION-macos-ARCH.dmg
#
# Signing happens while PyInstaller builds (mooring.spec reads the same variable), so
# every library inside the app carries the hardened-runtime signature. Environment:
#   MOORING_CODESIGN_IDENTITY   "Developer ID Application: Name (TEAMID)"; unset = unsigned
#   Notarization, one of (nothing set = signed but not notarized):
#     MOORING_NOTARY_KEYCHAIN_PROFILE                       (xcrun notarytool store-credentials)
#     MOORING_NOTARY_KEY + MOORING_NOTARY_KEY_ID + MOORING_NOTARY_ISSUER   (App Store Connect API key, .p8 path)
#     MOORING_NOTARY_APPLE_ID + MOORING_NOTARY_TEAM_ID + MOORING_NOTARY_PASSWORD   (app-specific password)
set -euo pipefail

say() { printf 'package.sh: %s\n' "$*" >&2; }
die() { say "FAIL $*"; exit 1; }

[[ $# -eq 3 ]] || die "usage: package.sh Mooring.app VERSION OUT.dmg"
APP="$1"
VERSION="$2"
DMG="$3"
IDENTITY="${MOORING_CODESIGN_IDENTITY:-}"
PYTHON="${PYTHON:-python3}"
[[ -d "$APP" ]] || die "no app at $APP"
[[ "$(uname -s)" == Darwin ]] || die "this script runs on macOS"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/mooring-package.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# --- what was built ---------------------------------------------------------------------
binary="$APP/Contents/MacOS/Mooring"
archs="$(lipo -archs "$binary")"
[[ "$archs" == "$(uname -m)" ]] || die "expected a $(uname -m)-only app, found: $archs"
minimum="$(/usr/libexec/PlistBuddy -c 'Print :LSMinimumSystemVersion' "$APP/Contents/Info.plist")"
[[ "$minimum" == 14.0 ]] || die "LSMinimumSystemVersion is $minimum, not 14.0"
say "app: $archs, macOS $minimum or later, version $VERSION"

# --- notarization -------------------------------------------------------------------------
notary_args=()
if [[ -n "${MOORING_NOTARY_KEYCHAIN_PROFILE:-}" ]]; then
    notary_args=(--keychain-profile "$MOORING_NOTARY_KEYCHAIN_PROFILE")
elif [[ -n "${MOORING_NOTARY_KEY:-}" ]]; then
    [[ -f "$MOORING_NOTARY_KEY" ]] || die "MOORING_NOTARY_KEY is not a file: $MOORING_NOTARY_KEY"
    notary_args=(--key "$MOORING_NOTARY_KEY" --key-id "${MOORING_NOTARY_KEY_ID:?MOORING_NOTARY_KEY_ID is not set}"
        --issuer "${MOORING_NOTARY_ISSUER:?MOORING_NOTARY_ISSUER is not set}")
elif [[ -n "${MOORING_NOTARY_APPLE_ID:-}" ]]; then
    notary_args=(--apple-id "$MOORING_NOTARY_APPLE_ID"
        --team-id "${MOORING_NOTARY_TEAM_ID:?MOORING_NOTARY_TEAM_ID is not set}"
        --password "${MOORING_NOTARY_PASSWORD:?MOORING_NOTARY_PASSWORD is not set}")
fi

# notarize FILE: submit, wait, and fail with Apple's log unless it was accepted.
notarize() {
    local file="$1" out status id
    say "notarizing $(basename "$file") (this usually takes a few minutes)"
    out="$(xcrun notarytool submit "$file" "${notary_args[@]}" --wait --output-format json)" ||
        die "notarytool submit failed: $out"
    status="$(printf '%s' "$out" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin).get("status",""))')"
    id="$(printf '%s' "$out" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin).get("id",""))')"
    if [[ "$status" != Accepted ]]; then
        [[ -n "$id" ]] && xcrun notarytool log "$id" "${notary_args[@]}" >&2 || true
        die "notarization of $(basename "$file") ended with status '$status'"
    fi
    say "notarized: $(basename "$file") (submission $id)"
}

signed=no
notarized=no
if [[ -n "$IDENTITY" ]]; then
    codesign --verify --deep --strict --verbose=2 "$APP" || die "the app's signature does not verify"
    codesign --display --verbose=2 "$APP" 2>&1 | grep -q 'flags=.*runtime' ||
        die "the app is signed without the hardened runtime (was it built with MOORING_CODESIGN_IDENTITY set?)"
    signed=yes
    if [[ ${#notary_args[@]} -gt 0 ]]; then
        # Staple the app itself too: Mooring is for people who may be offline, and a
        # stapled ticket lets Gatekeeper accept the copied app without asking Apple.
        ditto -c -k --keepParent "$APP" "$WORK/Mooring.zip"
        notarize "$WORK/Mooring.zip"
        xcrun stapler staple "$APP"
        xcrun stapler validate "$APP"
        notarized=yes
    fi
else
    say "UNSIGNED BUILD: MOORING_CODESIGN_IDENTITY is not set, so the app is only ad-hoc"
    say "signed and not notarized. It runs on this Mac; on another, Gatekeeper blocks it until"
    say "the person allows it (right-click > Open, or System Settings > Privacy & Security)."
    say "Do not publish it as a release."
fi

# --- the DMG ---------------------------------------------------------------------------------
staging="$WORK/dmg"
mkdir -p "$staging"
ditto "$APP" "$staging/Mooring.app"
ln -s /Applications "$staging/Applications"
rm -f "$DMG"
mkdir -p "$(dirname "$DMG")"
# hdiutil sometimes fails with "Resource busy" on CI machines; a retry usually works.
for attempt in 1 2 3; do
    if hdiutil create -volname "Mooring $VERSION" -srcfolder "$staging" -fs HFS+ \
        -format UDZO -ov "$DMG" >/dev/null; then
        break
    fi
    [[ $attempt -lt 3 ]] || die "hdiutil could not create the DMG"
    say "hdiutil failed (attempt $attempt); retrying"
    sleep 5
done

if [[ "$signed" == yes ]]; then
    codesign --sign "$IDENTITY" --timestamp "$DMG"
    codesign --verify --verbose=2 "$DMG"
    if [[ "$notarized" == yes ]]; then
        notarize "$DMG"
        xcrun stapler staple "$DMG"
        xcrun stapler validate "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
    else
        say "SIGNED BUT NOT NOTARIZED: no notary credentials (MOORING_NOTARY_*) were given;"
        say "Gatekeeper will warn on other Macs. Do not publish it as a release."
    fi
fi
say "dmg: $DMG (signed: $signed, notarized: $notarized)"
