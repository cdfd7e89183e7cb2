"""Build Mooring's packaged program for the platform this runs on.

    python packaging/build.py [--check] [--no-archive] [--clean] [check_bundle options]

Steps, each timed:
  1. tools     install PyInstaller (packaging/requirements-build.txt) into the running
               Python if it is missing or another version, and Mooring's own
               dependencies if they are missing (pip install -e .)
  2. icons     packaging/make_icons.py -> packaging/build/icons/
  3. bundle    PyInstaller with packaging/mooring.spec -> packaging/dist/
  4. archive   Linux: Mooring-VERSION-linux-ARCH.tar.gz of the one-folder bundle
               macOS: packaging/macos/package.sh (sign, DMG, notarize, staple)
               Windows: Inno Setup (packaging/windows/mooring.iss) -> ...-setup.exe
               Release files land in packaging/dist/release/.
  5. check     with --check: packaging/check_bundle.py on what was built (on Linux
               on the unpacked archive, so the file people download is what is tested)

Exit code 0 when everything worked; otherwise 1 with a one-line reason.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
sys.path.insert(0, str(PACKAGING))
import bundle_layout  # noqa: E402

ROOT = bundle_layout.ROOT
REQUIREMENTS = PACKAGING / "requirements-build.txt"
RUNTIME_MODULES = ("PySide6", "sqlcipher3", "cryptography", "keyring", "platformdirs")


class BuildFailed(Exception):
    """A build step failed; the message is the one-line reason."""


def say(message: str) -> None:
    print(f"build: {message}", flush=True)


def run(command: list[str], step: str, **kwargs: object) -> None:
    say(f"{step}: {' '.join(str(part) for part in command)}")
    result = subprocess.run(command, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise BuildFailed(f"{step} failed (exit code {result.returncode})")


# --- 1. tools ---------------------------------------------------------------------------


def pinned_pyinstaller() -> str:
    for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.lower().startswith("pyinstaller=="):
            return line.split("==", 1)[1]
    raise BuildFailed(f"{REQUIREMENTS.name} does not pin pyinstaller")


def installed_version(distribution: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def ensure_tools() -> None:
    if sys.prefix == sys.base_prefix and not os.environ.get("CI"):
        say("note: not in a virtual environment; packages go into this Python's site-packages")
    missing = [name for name in RUNTIME_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        say(f"Mooring's dependencies are missing ({', '.join(missing)}); installing Mooring")
        run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                "-e",
                str(ROOT),
            ],
            "tools",
        )
    wanted = pinned_pyinstaller()
    if installed_version("pyinstaller") != wanted:
        run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                "-r",
                str(REQUIREMENTS),
            ],
            "tools",
        )
    say(f"tools: PyInstaller {installed_version('pyinstaller')}, Python {sys.version.split()[0]}")


# --- 2-3. icons and bundle ----------------------------------------------------------------


def make_icons(icon_dir: Path) -> None:
    run([sys.executable, str(PACKAGING / "make_icons.py"), "--out", str(icon_dir)], "icons")


def make_translations() -> None:
    """The compiled catalogues (.qm) beside their .ts sources, bundled with resources/."""
    run([sys.executable, str(ROOT / "tools" / "translations.py"), "build"], "translations")


def make_bundle(dist: Path, work: Path, icon_dir: Path, clean: bool) -> None:
    env = {
        **os.environ,
        "MOORING_ICON_DIR": str(icon_dir),
        # PyInstaller's cache of processed libraries lives with the build, not in the
        # home folder: a fresh checkout builds from scratch, a second build reuses it.
        "PYINSTALLER_CONFIG_DIR": str(work / "pyinstaller-cache"),
    }
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work / "pyinstaller"),
        str(PACKAGING / "mooring.spec"),
    ]
    if clean:
        command.insert(3, "--clean")
    run(command, "bundle", env=env)


# --- 4. archive -------------------------------------------------------------------------------


def archive_linux(dist: Path, version: str, release: Path) -> Path:
    bundle = bundle_layout.bundle_dir(dist)
    # Beside the program: its icon and a script that adds Mooring to the desktop's menu.
    shutil.copy2(ROOT / "packaging" / "build" / "icons" / "mooring-256.png", bundle / "mooring.png")
    shutil.copy2(PACKAGING / "linux" / "install-desktop-entry.sh", bundle)
    (bundle / "install-desktop-entry.sh").chmod(0o755)
    target = release / f"{bundle_layout.artifact_stem(version)}.tar.gz"

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        # No build-machine user names in the archive; everything readable by all.
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mode = (info.mode | 0o444) & 0o755 if not info.issym() else info.mode
        return info

    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name, filter=normalise)
    return target


def archive_macos(dist: Path, version: str, release: Path) -> Path:
    target = release / f"{bundle_layout.artifact_stem(version)}.dmg"
    run(
        [
            "bash",
            str(PACKAGING / "macos" / "package.sh"),
            str(bundle_layout.bundle_dir(dist)),
            version,
            str(target),
        ],
        "archive",
    )
    return target


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    bases = [
        os.environ.get("PROGRAMFILES(X86)"),
        os.environ.get("PROGRAMFILES"),
        r"C:\Program Files (x86)",
        r"C:\Program Files",
    ]
    for base in bases:
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def archive_windows(dist: Path, version: str, release: Path, icon_dir: Path) -> Path:
    iscc = find_iscc()
    if iscc is None:
        raise BuildFailed("Inno Setup 6 (ISCC.exe) not found; install it or use --no-archive")
    numeric = ".".join((version.split("+")[0].split("-")[0].split(".") + ["0"] * 4)[:4])
    stem = f"{bundle_layout.artifact_stem(version)}-setup"
    run(
        [
            iscc,
            "/Qp",
            f"/DAppVersion={version}",
            f"/DAppVersionNumeric={numeric}",
            f"/DSourceDir={bundle_layout.bundle_dir(dist)}",
            f"/DOutputDir={release}",
            f"/DOutputBaseFilename={stem}",
            f"/DIconFile={icon_dir / 'mooring.ico'}",
            str(PACKAGING / "windows" / "mooring.iss"),
        ],
        "archive",
    )
    return release / f"{stem}.exe"


# --- driver -------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="Options not listed here are passed on to check_bundle.py with --check.",
    )
    parser.add_argument("--check", action="store_true", help="run check_bundle.py afterwards")
    parser.add_argument("--no-archive", action="store_true", help="stop after the bundle")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--dist", type=Path, default=bundle_layout.DEFAULT_DIST)
    parser.add_argument("--work", type=Path, default=bundle_layout.DEFAULT_WORK)
    args, check_args = parser.parse_known_args(argv)

    timings: list[tuple[str, float]] = []
    start_all = time.perf_counter()

    def step(name: str, action, *params):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        result = action(*params)
        timings.append((name, time.perf_counter() - start))
        return result

    try:
        version = bundle_layout.read_version()
        say(f"Mooring {version} for {sys.platform} ({bundle_layout.machine()})")
        step("tools", ensure_tools)
        icon_dir = args.work / "icons"
        step("icons", make_icons, icon_dir)
        step("translations", make_translations)
        step("bundle", make_bundle, args.dist, args.work, icon_dir, args.clean)
        bundle = bundle_layout.bundle_dir(args.dist)
        size = bundle_layout.tree_size(bundle)
        say(f"bundle: {bundle} ({size / 1e6:.1f} MB unpacked)")

        artifact: Path | None = None
        if not args.no_archive:
            release = args.dist / "release"
            shutil.rmtree(release, ignore_errors=True)
            release.mkdir(parents=True)
            if sys.platform.startswith("linux"):
                artifact = step("archive", archive_linux, args.dist, version, release)
            elif sys.platform == "darwin":
                artifact = step("archive", archive_macos, args.dist, version, release)
            elif sys.platform == "win32":
                artifact = step("archive", archive_windows, args.dist, version, release, icon_dir)
            if artifact is not None:
                say(f"archive: {artifact} ({artifact.stat().st_size / 1e6:.1f} MB)")

        if args.check:
            command = [sys.executable, str(PACKAGING / "check_bundle.py"), "--dist", str(args.dist)]
            if artifact is not None and artifact.name.endswith(".tar.gz"):
                command += ["--archive", str(artifact)]
            step("check", run, command + check_args, "check")
    except BuildFailed as failure:
        say(f"FAIL {failure}")
        return 1
    timings.append(("total", time.perf_counter() - start_all))
    say("timings: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
