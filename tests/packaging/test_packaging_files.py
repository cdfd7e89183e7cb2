"""Fast checks of the packaging files (no PyInstaller build; that is packaging/ci.sh).

The icon generator is run for real (Qt offscreen) and its ICO/ICNS output is read back
with independent parsers written here; the spec, the installer script, the workflow and
the macOS files are checked for the promises packaging/README.md makes about them.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import ast
import importlib.util
import io
import plistlib
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def load(name: str) -> ModuleType:
    """Import a script from packaging/ (it is not a package) without touching sys.path."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def read_ico(data: bytes) -> list[dict[str, Any]]:
    """Parse an ICO file's directory; each entry's image is checked to be what it says."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1), "not an icon file"
    entries = []
    for index in range(count):
        width, height, colours, _, planes, bits, size, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        image = data[offset : offset + size]
        assert len(image) == size, "entry runs past the end of the file"
        entry = {
            "width": width or 256,
            "height": height or 256,
            "planes": planes,
            "bits": bits,
            "colours": colours,
            "image": image,
        }
        if image[:8] == PNG_SIGNATURE:
            entry["format"] = "png"
            assert png_size(image) == (entry["width"], entry["height"])
        else:
            header_size, dib_width, dib_height, dib_planes, dib_bits = struct.unpack_from(
                "<IiiHH", image, 0
            )
            assert header_size == 40
            assert (dib_width, dib_height) == (entry["width"], 2 * entry["height"])
            assert (dib_planes, dib_bits) == (1, 32)
            mask_stride = ((entry["width"] + 31) // 32) * 4
            assert size == 40 + entry["width"] * entry["height"] * 4 + mask_stride * entry["height"]
            entry["format"] = "dib"
        entries.append(entry)
    return entries


def read_icns(data: bytes) -> dict[str, bytes]:
    assert data[:4] == b"icns", "not an ICNS file"
    (total,) = struct.unpack(">I", data[4:8])
    assert total == len(data), "the header's length is not the file's"
    elements: dict[str, bytes] = {}
    offset = 8
    while offset < len(data):
        kind = data[offset : offset + 4].decode("ascii")
        (length,) = struct.unpack(">I", data[offset + 4 : offset + 8])
        assert length > 8 and offset + length <= len(data)
        elements[kind] = data[offset + 8 : offset + length]
        offset += length
    return elements


# --- icons ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory, qapp: Any) -> Path:
    """Every icon, generated once for this module (qapp: Qt needs a QApplication first)."""
    out = tmp_path_factory.mktemp("icons")
    load("make_icons").generate(out)
    return out


def test_icon_sources_are_the_two_svgs_in_resources() -> None:
    make_icons = load("make_icons")
    assert make_icons.ICON_SOURCES == {
        "mooring": ROOT / "resources" / "icons" / "mooring.svg",
        "neutral": ROOT / "resources" / "icons" / "neutral.svg",
    }
    for svg in make_icons.ICON_SOURCES.values():
        text = svg.read_text(encoding="utf-8")
        assert 'viewBox="0 0 1024 1024"' in text
        # SVG Tiny only: Qt's renderer ignores filters and CSS, which would draw wrongly.
        assert "<filter" not in text and "<style" not in text and "clip-path" not in text


def test_ico_holds_every_windows_size_with_valid_images(icons: Path) -> None:
    make_icons = load("make_icons")
    for name in ("mooring", "neutral"):
        entries = read_ico((icons / f"{name}.ico").read_bytes())
        assert [entry["width"] for entry in entries] == list(make_icons.ICO_SIZES)
        assert all(entry["bits"] == 32 and entry["planes"] == 1 for entry in entries)
        # Small sizes as bitmaps (read everywhere), large ones as PNG (small files).
        for entry in entries:
            expected = "png" if entry["width"] >= make_icons.ICO_PNG_FROM else "dib"
            assert entry["format"] == expected, entry["width"]


def test_ico_bitmaps_are_upright_bgra_with_a_matching_mask(icons: Path) -> None:
    """A 32 px bitmap entry must show the same picture as the 32 px PNG."""
    from PySide6.QtGui import QColor, QImage

    entry = next(e for e in read_ico((icons / "mooring.ico").read_bytes()) if e["width"] == 32)
    png = QImage()
    assert png.loadFromData((icons / "mooring-32.png").read_bytes())
    image = entry["image"]
    colour_start = 40
    mask_start = colour_start + 32 * 32 * 4

    def dib_pixel(x: int, y: int) -> tuple[int, int, int, int]:
        row = 31 - y  # bitmaps are stored bottom row first
        b, g, r, a = image[
            colour_start + (row * 32 + x) * 4 : colour_start + (row * 32 + x) * 4 + 4
        ]
        return r, g, b, a

    def masked(x: int, y: int) -> bool:
        row = 31 - y
        return bool(image[mask_start + row * 4 + x // 8] & (0x80 >> (x % 8)))

    for x, y in ((16, 6), (16, 13), (5, 21), (16, 26), (2, 16)):
        expected = QColor(png.pixelColor(x, y))
        assert dib_pixel(x, y) == (
            expected.red(),
            expected.green(),
            expected.blue(),
            expected.alpha(),
        ), (x, y)
    # The rounded corner is transparent and masked; the middle is opaque and not.
    assert dib_pixel(0, 0)[3] == 0 and masked(0, 0)
    assert dib_pixel(16, 16)[3] == 255 and not masked(16, 16)


def test_icns_holds_png_elements_for_every_macos_size(icons: Path) -> None:
    make_icons = load("make_icons")
    for name in ("mooring", "neutral"):
        elements = read_icns((icons / f"{name}.icns").read_bytes())
        assert set(elements) == {kind for kind, _size in make_icons.ICNS_TYPES}
        for kind, size in make_icons.ICNS_TYPES:
            assert png_size(elements[kind]) == (size, size), kind
    # macOS draws the shape on Apple's grid: a margin all round, unlike the ICO/PNGs.
    from PySide6.QtGui import QImage

    image = QImage()
    assert image.loadFromData(read_icns((icons / "mooring.icns").read_bytes())["ic08"])
    assert image.pixelColor(128, 10).alpha() == 0  # within the top margin
    assert image.pixelColor(128, 128).alpha() == 255


def test_pngs_cover_16_to_1024_and_show_the_right_picture(icons: Path) -> None:
    from PySide6.QtGui import QImage

    for name in ("mooring", "neutral"):
        for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024):
            data = (icons / f"{name}-{size}.png").read_bytes()
            assert png_size(data) == (size, size)
    mooring = QImage(str(icons / "mooring-256.png"))
    teal = mooring.pixelColor(20, 128)
    assert (teal.alpha(), teal.green() > teal.red(), teal.blue() > teal.red()) == (255, True, True)
    gold = mooring.pixelColor(128, 80)  # the buoy, above its white band
    assert gold.red() > 200 and gold.green() > 150 and gold.blue() < 150
    assert mooring.pixelColor(2, 2).alpha() == 0  # rounded corner
    # The neutral icon is grey: no colour channel stands out anywhere in the middle.
    neutral = QImage(str(icons / "neutral-256.png"))
    for x, y in ((128, 128), (128, 77), (60, 128)):
        colour = neutral.pixelColor(x, y)
        channels = (colour.red(), colour.green(), colour.blue())
        assert max(channels) - min(channels) < 24, (x, y, channels)


def test_icon_generator_reports_a_missing_source(tmp_path: Path, qapp: Any) -> None:
    make_icons = load("make_icons")
    with pytest.raises(make_icons.IconError, match="missing"):
        make_icons.generate(tmp_path, {"gone": tmp_path / "gone.svg"})


# --- spec and bundle layout ---------------------------------------------------------------


def spec_text() -> str:
    return (PACKAGING / "mooring.spec").read_text(encoding="utf-8")


def test_spec_is_one_folder_windowed_without_upx_and_bundles_what_keyring_needs() -> None:
    text = spec_text()
    ast.parse(text)  # the spec is Python
    assert "upx=True" not in text and text.count("upx=False") >= 2
    assert "exclude_binaries=True" in text  # one folder, not one file
    assert "console=False" in text
    assert 'copy_metadata("keyring")' in text
    assert 'collect_submodules("keyring.backends")' in text
    assert '(str(ROOT / "resources"), "resources")' in text
    assert "launch.py" in text
    # ui/ imports its module pages by name (navigation.MODULE_PACKAGES), so the import
    # graph alone would miss them: every module of app/ and ui/ is collected.
    assert 'collect_submodules("app")' in text and 'collect_submodules("ui")' in text


def test_spec_keeps_every_qt_module_the_code_imports() -> None:
    """Excluding a Qt module that ui/ starts using would break only the frozen program."""
    tree = ast.parse(spec_text())
    excluded: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and re.fullmatch(r"Qt\w+", node.value)
        ):
            excluded.add(node.value)
    used: set[str] = set()
    for folder in ("app", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
            for match in re.findall(r"from PySide6 import ([\w, ()\n]+)", path.read_text("utf-8")):
                used |= set(re.findall(r"Qt\w+", match))
    assert used, "found no Qt imports at all; the scan is broken"
    assert not (used & excluded), f"the spec excludes Qt modules in use: {used & excluded}"


def test_pruning_drops_only_libraries_nothing_kept_links_to() -> None:
    layout = load("bundle_layout")
    links = {
        "src/gtk-plugin": {"libgtk.so", "libglib.so"},
        "src/libgtk.so": {"libcairo.so", "libglib.so"},
        "src/libcairo.so": set(),
        "src/libglib.so": set(),
        "src/QtCore.so": {"libglib.so", "libQt6Core.so"},
        "src/libQt6Core.so": set(),
    }
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "src/gtk-plugin", "BINARY"),
        ("libgtk.so", "src/libgtk.so", "BINARY"),
        ("libcairo.so", "src/libcairo.so", "BINARY"),
        ("libglib.so", "src/libglib.so", "BINARY"),
        ("PySide6/QtCore.abi3.so", "src/QtCore.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Core.so", "src/libQt6Core.so", "BINARY"),
    ]
    kept, removed = layout.prune_binaries(binaries, layout.is_unwanted_qt_file, links.__getitem__)
    assert sorted(entry[0] for entry in removed) == [
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "libcairo.so",
        "libgtk.so",
    ]
    assert "libglib.so" in {entry[0] for entry in kept}  # Qt links to it too


def test_unwanted_qt_files_are_only_plugins_nobody_loads() -> None:
    layout = load("bundle_layout")
    assert layout.is_unwanted_qt_file("PySide6/Qt/plugins/tls/libqopensslbackend.so")
    assert layout.is_unwanted_qt_file("PySide6\\Qt\\plugins\\tls\\qopensslbackend.dll")
    assert layout.is_unwanted_qt_file("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    for needed in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/lib/libQt6Network.so.6",
    ):
        assert not layout.is_unwanted_qt_file(needed), needed


def test_bundle_layout_names_per_platform(tmp_path: Path) -> None:
    layout = load("bundle_layout")
    assert layout.cli_executable(tmp_path, "linux") == tmp_path / "mooring" / "mooring"
    assert layout.cli_executable(tmp_path, "win32") == tmp_path / "Mooring" / "mooring-cli.exe"
    assert layout.gui_executable(tmp_path, "win32") == tmp_path / "Mooring" / "Mooring.exe"
    assert layout.cli_executable(tmp_path, "darwin") == (
        tmp_path / "Mooring.app" / "Contents" / "MacOS" / "Mooring"
    )
    assert layout.MACOS_MINIMUM == "14.0"
    assert layout.BUNDLE_ID == "org.mooring.Mooring"
    assert layout.MAX_BUNDLE_BYTES == 250_000_000
    stem = layout.artifact_stem("1.2.3", "darwin")
    assert re.fullmatch(r"Mooring-1\.2\.3-macos-(x86_64|arm64)", stem)


def test_launch_script_survives_a_windowed_start_without_streams(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    launch = load("launch")
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdin", None)
    launch._give_missing_streams_a_home()
    try:
        print("goes nowhere, without an error")
        sys.stderr.write("neither does this\n")
        assert sys.stdin.read() == ""
    finally:
        for stream in (sys.stdout, sys.stderr, sys.stdin):
            stream.close()


def test_launch_script_runs_the_real_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    launch = load("launch")
    monkeypatch.setattr(sys, "argv", ["mooring", "--help"])
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    with pytest.raises(SystemExit) as exit_info:
        launch.main()
    assert exit_info.value.code == 0
    assert "self-test" in out.getvalue()


# --- Windows installer ----------------------------------------------------------------------


def iss_text() -> str:
    return (PACKAGING / "windows" / "mooring.iss").read_text(encoding="utf-8")


def iss_setup() -> dict[str, str]:
    section = iss_text().split("[Setup]", 1)[1].split("\n[", 1)[0]
    pairs = {}
    for line in section.splitlines():
        if "=" in line and not line.lstrip().startswith(";"):
            key, value = line.split("=", 1)
            pairs[key.strip()] = value.strip()
    return pairs


def test_installer_is_per_user_by_default_with_a_start_menu_entry() -> None:
    setup = iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs per user
    assert setup["VersionInfoVersion"] == "{#AppVersionNumeric}"
    assert setup["MinVersion"] == "10.0.17763"
    assert re.search(
        r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExeName\}"',
        iss_text(),
        re.MULTILINE,
    )


def test_uninstaller_deletes_the_journal_only_when_asked() -> None:
    text = iss_text()
    code = text.split("[Code]", 1)[1]
    assert "[UninstallDelete]" not in text  # nothing outside {app} is removed by default
    assert code.count("DelTree(") == 1
    # The only deletion is guarded by the ticked (and confirmed) box, after uninstall.
    assert re.search(
        r"if \(CurUninstallStep = usPostUninstall\) and DeleteUserData then\s+begin\s+"
        r"if DirExists\(UserDataDir\(\)\) and not DelTree\(UserDataDir\(\)",
        code,
    )
    assert "DeleteBox.Checked := False;" in code
    assert "if UninstallSilent() then" in code
    # The box's text names the folder it deletes.
    assert "'This deletes the folder ' + UserDataDir()" in code


def test_uninstaller_folder_is_where_mooring_keeps_data_and_settings_on_windows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """{localappdata}\\Mooring must be what app.paths gives on Windows for both folders."""
    import platformdirs
    import platformdirs.windows

    from app import paths

    local = "C:\\Users\\someone\\AppData\\Local"
    roaming = "C:\\Users\\someone\\AppData\\Roaming"
    folders = {"CSIDL_LOCAL_APPDATA": local, "CSIDL_APPDATA": roaming}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)

    def on_windows(kind: str):  # type: ignore[no-untyped-def]
        def resolve(*args: Any, **kwargs: Any) -> str:
            return str(getattr(platformdirs.windows.Windows(*args, **kwargs), kind))

        return resolve

    monkeypatch.setattr(platformdirs, "user_data_dir", on_windows("user_data_dir"))
    monkeypatch.setattr(platformdirs, "user_config_dir", on_windows("user_config_dir"))
    monkeypatch.delenv("MOORING_DATA_DIR", raising=False)
    monkeypatch.delenv("MOORING_CONFIG_DIR", raising=False)
    expected = local + "\\Mooring"
    for folder in (paths.data_dir(), paths.config_dir()):
        assert str(folder).replace("/", "\\") == expected
    assert "ExpandConstant('{localappdata}\\Mooring')" in iss_text()


# --- macOS ------------------------------------------------------------------------------------


def test_entitlements_are_a_short_plist_without_debugging() -> None:
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as handle:
        entitlements = plistlib.load(handle)
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


def test_macos_bundle_settings_in_the_spec() -> None:
    text = spec_text()
    for needed in (
        '"LSMinimumSystemVersion": bundle_layout.MACOS_MINIMUM',
        '"NSHighResolutionCapable": True',
        "bundle_identifier=bundle_layout.BUNDLE_ID",
        "entitlements_file=ENTITLEMENTS",
        'os.environ.get("MOORING_CODESIGN_IDENTITY")',
    ):
        assert needed in text, needed


def test_macos_packaging_signs_notarizes_and_says_when_it_did_not() -> None:
    script = (PACKAGING / "macos" / "package.sh").read_text(encoding="utf-8")
    for needed in (
        "xcrun notarytool submit",
        "--wait",
        "xcrun stapler staple",
        "hdiutil create",
        "codesign --sign",
        "UNSIGNED BUILD",
        "flags=.*runtime",
    ):
        assert needed in script, needed


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize(
    "script",
    [
        "ci.sh",
        "macos/package.sh",
        "macos/import_certificate.sh",
        "macos/smoke_dmg.sh",
        "linux/install-desktop-entry.sh",
    ],
)
def test_shell_scripts_parse(script: str) -> None:
    result = subprocess.run(
        ["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


# --- the release workflow -----------------------------------------------------------------------


def workflow_text() -> str:
    return (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")


def test_release_workflow_builds_and_checks_every_platform() -> None:
    text = workflow_text()
    assert "\t" not in text  # YAML forbids tabs for indentation
    try:
        import yaml  # type: ignore[import-untyped]
    except ImportError:
        yaml = None
    if yaml is not None:
        workflow = yaml.safe_load(text)
        triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as True
        assert triggers["push"]["tags"] == ["v*"]
        assert "workflow_dispatch" in triggers
        job = workflow["jobs"]["build"]
        runners = [entry["os"] for entry in job["strategy"]["matrix"]["include"]]
        steps = "\n".join(str(step.get("run", "")) for step in job["steps"])
    else:
        assert re.search(r"^on:\n  push:\n    tags: \[\"v\*\"\]\n  workflow_dispatch:", text, re.M)
        runners = re.findall(r"^ {12}os: (\S+)$", text, re.MULTILINE)
        steps = text
    assert sorted(runners) == ["macos-14", "macos-15-intel", "ubuntu-22.04", "windows-2022"]
    assert "packaging/build.py" in steps
    assert "--require-real-keyring" in steps  # Windows and macOS: a real keyring backend
    assert "smoke_installer.ps1" in steps and "smoke_dmg.sh" in steps
    assert "--secret-service required" in steps
    assert "actions/upload-artifact@" in text
