#!/bin/sh
# Adds Mooring to your desktop's application menu (for you only, no root needed).
# Run it from the unpacked folder: ./install-desktop-entry.sh   (again after moving it)
# To remove the menu entry: ./install-desktop-entry.sh --remove
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
# Named after the executable: X11 WM_CLASS and the Wayland app id both say "mooring".
entry="$apps/mooring.desktop"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry"
    echo "Removed $entry (your journal is untouched)."
    exit 0
fi

[ -x "$here/mooring" ] || { echo "mooring is not next to this script" >&2; exit 1; }
mkdir -p "$apps"
# Exec and Icon paths are quoted for the desktop-entry format (spaces allowed).
cat >"$entry" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Mooring
Comment=A private, offline journal
Exec="$here/mooring"
Icon=$here/mooring.png
Terminal=false
Categories=Utility;
StartupWMClass=mooring
DESKTOP
chmod 644 "$entry"
echo "Added Mooring to your applications menu ($entry)."
