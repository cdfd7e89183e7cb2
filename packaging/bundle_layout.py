"""Names and places in a built bundle, shared by the spec, build.py and check_bundle.py."""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable
from pathlib import Path, PurePosixPath

APP_NAME = "Mooring"
BUNDLE_ID = "org.mooring.Mooring"
MACOS_MINIMUM = "14.0"  # the PySide6-Essentials 6.12 wheels need macOS 14
CONTENTS_DIR = "_internal"
WINDOWS_CLI_NAME = "mooring-cli"
MAX_BUNDLE_BYTES = 250 * 1000 * 1000  # the "250 MB unpacked"

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIST = ROOT / "packaging" / "dist"
DEFAULT_WORK = ROOT / "packaging" / "build"

# Qt files left out of the bundle (see mooring.spec): matched against the path a file
# gets inside the bundle, with forward slashes.
_UNWANTED_QT_PARTS = (
    # No network code: no TLS backends, no network-information probes.
    "/plugins/tls/",
    "/plugins/networkinformation/",
    # No QML, no SQL through Qt, no Designer.
    "/plugins/qmltooling/",
    "/plugins/sqldrivers/",
    "/plugins/designer/",
    # Embedded-Linux display back-ends (no X11 or Wayland desktop); desktops use xcb
    # or wayland, and tests use offscreen.
    "/plugins/egldeviceintegrations/",
    "/plugins/platforms/libqeglfs.",
    "/plugins/platforms/libqlinuxfb.",
    "/plugins/platforms/libqvnc.",
    "/plugins/platforms/libqminimalegl.",
    "/plugins/platforms/libqvkkhrdisplay.",
    "/lib/libQt6EglFSDeviceIntegration.",
    "/lib/libQt6EglFsKmsSupport.",
    # The GTK 3 theme plugin would load the desktop's GTK on top of the GLib, Cairo and
    # Pango copied from the build machine: a classic source of crashes in bundles. Qt's
    # own style and the XDG desktop portal theme are used instead.
    "/plugins/platformthemes/libqgtk3.",
)


def is_unwanted_qt_file(dest: str) -> bool:
    """True for a bundled Qt file that Mooring never loads."""
    path = "/" + dest.replace("\\", "/")
    return "PySide6/" in path and any(part in path for part in _UNWANTED_QT_PARTS)


TocEntry = tuple[str, str, str]  # PyInstaller's (destination, source, typecode)


def prune_binaries(
    binaries: list[TocEntry],
    is_unwanted: Callable[[str], bool],
    needed: Callable[[str], set[str]],
) -> tuple[list[TocEntry], list[TocEntry]]:
    """Drop the unwanted binaries and the libraries that only they needed.

    ``needed(source)`` gives the library names a binary links against (DT_NEEDED). A
    library goes only if an unwanted binary reaches it and no kept binary does, so
    nothing a kept file links to (directly or not) is ever removed. Returns
    (kept, removed).
    """
    by_name: dict[str, list[TocEntry]] = {}
    for entry in binaries:
        by_name.setdefault(PurePosixPath(entry[0].replace("\\", "/")).name, []).append(entry)

    def reach(start: list[TocEntry]) -> set[str]:
        seen: set[str] = set()
        stack = list(start)
        while stack:
            entry = stack.pop()
            if entry[2] == "SYMLINK":
                continue
            for name in needed(entry[1]):
                for dependency in by_name.get(name, []):
                    if dependency[0] not in seen:
                        seen.add(dependency[0])
                        stack.append(dependency)
        return seen

    unwanted = [entry for entry in binaries if is_unwanted(entry[0])]
    candidates = reach(unwanted)
    roots = [e for e in binaries if not is_unwanted(e[0]) and e[0] not in candidates]
    still_needed = reach(roots)
    drop = {e[0] for e in unwanted} | (candidates - still_needed)
    kept = [entry for entry in binaries if entry[0] not in drop]
    removed = [entry for entry in binaries if entry[0] in drop]
    return kept, removed


def folder_name(platform_name: str = sys.platform) -> str:
    """The one-folder bundle's folder name inside dist/."""
    return "mooring" if platform_name.startswith("linux") else APP_NAME


def gui_executable_name(platform_name: str = sys.platform) -> str:
    """The executable's name without extension ("mooring" is the Linux habit)."""
    return "mooring" if platform_name.startswith("linux") else APP_NAME


def bundle_dir(dist: Path = DEFAULT_DIST, platform_name: str = sys.platform) -> Path:
    """What a user gets: the one-folder bundle (Linux, Windows) or Mooring.app (macOS)."""
    if platform_name == "darwin":
        return dist / f"{APP_NAME}.app"
    return dist / folder_name(platform_name)


def cli_executable(dist: Path = DEFAULT_DIST, platform_name: str = sys.platform) -> Path:
    """The executable that prints: where to run ``self-test`` and the other commands."""
    if platform_name == "win32":
        return dist / folder_name(platform_name) / f"{WINDOWS_CLI_NAME}.exe"
    if platform_name == "darwin":
        return bundle_dir(dist, platform_name) / "Contents" / "MacOS" / APP_NAME
    return dist / folder_name(platform_name) / gui_executable_name(platform_name)


def gui_executable(dist: Path = DEFAULT_DIST, platform_name: str = sys.platform) -> Path:
    """The executable a user starts (double-click, Start menu, Dock)."""
    if platform_name == "win32":
        return dist / folder_name(platform_name) / f"{APP_NAME}.exe"
    return cli_executable(dist, platform_name)


def machine() -> str:
    """This machine's architecture as release files name it: x86_64 or arm64."""
    name = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(name, name)


def artifact_stem(version: str, platform_name: str = sys.platform) -> str:
    """e.g. Mooring-0.1.0-linux-x86_64 (the extension depends on the platform)."""
    system = {"win32": "windows", "darwin": "macos"}.get(platform_name, "linux")
    return f"{APP_NAME}-{version}-{system}-{machine()}"


def read_version(root: Path = ROOT) -> str:
    import tomllib

    with (root / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def tree_size(path: Path) -> int:
    """Bytes in the files under ``path`` (symlinks counted once, as links)."""
    total = 0
    for item in path.rglob("*"):
        if item.is_symlink():
            continue
        if item.is_file():
            total += item.stat().st_size
    return total
