#!/usr/bin/env bash
# CI only: put the Developer ID certificate into a throwaway keychain so codesign can use
# it, and remove that keychain afterwards.
#
#   import_certificate.sh            needs MOORING_MACOS_CERTIFICATE_P12 (base64 of the .p12)
#                                    and MOORING_MACOS_CERTIFICATE_PASSWORD
#   import_certificate.sh --cleanup  deletes the keychain again
set -euo pipefail
KEYCHAIN="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/mooring-signing.keychain-db"

if [[ "${1:-}" == --cleanup ]]; then
    security delete-keychain "$KEYCHAIN" 2>/dev/null || true
    exit 0
fi

: "${MOORING_MACOS_CERTIFICATE_P12:?MOORING_MACOS_CERTIFICATE_P12 is not set}"
: "${MOORING_MACOS_CERTIFICATE_PASSWORD:?MOORING_MACOS_CERTIFICATE_PASSWORD is not set}"
password="$(uuidgen)"
certificate="$(mktemp -t mooring-cert).p12"
trap 'rm -f "$certificate"' EXIT
printf '%s' "$MOORING_MACOS_CERTIFICATE_P12" | base64 --decode >"$certificate"

security create-keychain -p "$password" "$KEYCHAIN"
security set-keychain-settings -lut 21600 "$KEYCHAIN"
security unlock-keychain -p "$password" "$KEYCHAIN"
security import "$certificate" -k "$KEYCHAIN" -P "$MOORING_MACOS_CERTIFICATE_PASSWORD" \
    -T /usr/bin/codesign -T /usr/bin/security
security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$password" "$KEYCHAIN" >/dev/null
# Search this keychain first, keep the login keychain after it (keyring's self-test
# looks there for the "real keyring backend" check).
security list-keychains -d user -s "$KEYCHAIN" $(security list-keychains -d user | tr -d '"')
security find-identity -v -p codesigning "$KEYCHAIN"
