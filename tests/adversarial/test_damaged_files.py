"""The damaged-file matrix: every vault file, damaged every way, opened every way.

Cells: (database, write-ahead log, -shm, key file, previous key file, a backup) x
(a flipped byte at positions spread over the file and its headers, truncated, empty,
random bytes, a directory in its place, missing, mode 000, mode 644, the same file
from another vault, a plain SQLite file for the database and log) x (check, search,
add: the real command line, forked from a warm server, see adversarial_cli.py; and
unlocking in the window, in-process). Each cell checks: the exit code README.md
documents (expected_exit), one ``mooring: `` line on standard error, no traceback,
and no original byte changed (byte_problems). Results: docs/RELIABILITY.md.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from adversarial_cli import ForkingCli, cli_environment, run_script
from damage_matrix import (
    DAMAGED,
    FILES,
    IS_ROOT,
    OK,
    Pristine,
    build_pristine,
    byte_problems,
    damages_for,
    expected_exit,
    fingerprint,
    is_stray_log,
    message_problems,
    titles,
)
from PySide6.QtCore import Qt
from vault_fixtures import PASSPHRASE

from app.vault import wal_guard

ADDED = "added by the matrix"
COMMANDS = {
    "check": ["check"],
    "search": ["search", "harbour"],
    "add": ["add", "--title", ADDED],
}

# Cells that fail today, with the defect (docs/RELIABILITY.md). xfail_strict: a fixed
# cell fails as XPASS until its line here is removed. "*" ends a prefix. Defects D1-D5
# found by this matrix were fixed (RELIABILITY.md says how); none is known now.
KNOWN: dict[str, str] = {}


def _cells(commands: list[str], flips: slice | None = None) -> list[Any]:
    cells = []
    for file in FILES.values():
        names = list(damages_for(file))
        flips_here = [n for n in names if n.startswith("flip")]
        if flips is not None:
            keep = set(flips_here[flips])
            names = [n for n in names if not n.startswith("flip") or n in keep]
        for damage in names:
            for command in commands:
                cell = f"{file.name}-{damage}-{command}"
                marks = []
                for pattern, reason in KNOWN.items():
                    if pattern == cell or (pattern.endswith("*") and cell.startswith(pattern[:-1])):
                        marks.append(pytest.mark.xfail(reason=reason, strict=True))
                cells.append(pytest.param(file.name, damage, command, id=cell, marks=marks))
    return cells


@pytest.fixture(scope="session")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Pristine:
    return build_pristine(tmp_path_factory.mktemp("pristine"))


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ForkingCli]:
    if not hasattr(os, "fork"):
        pytest.skip("the forking runner needs os.fork (Linux, macOS)")
    server = ForkingCli(tmp_path_factory.mktemp("cli"))
    yield server
    server.close()


def _damaged_copy(pristine: Pristine, file: str, damage: str, root: Path) -> None:
    vault_file = FILES[file]
    shutil.copytree(getattr(pristine, vault_file.vault), root, dirs_exist_ok=True)
    damages_for(vault_file)[damage](vault_file.path(root), pristine)


def _argv(command: str, root: Path) -> list[str]:
    name, *rest = COMMANDS[command]
    return [name, "--data-dir", str(root), "--passphrase-file", "-", *rest]


@pytest.mark.parametrize(("file", "damage", "command"), _cells(list(COMMANDS)))
def test_command_line(
    cli: ForkingCli, pristine: Pristine, tmp_path: Path, file: str, damage: str, command: str
) -> None:
    root = tmp_path / "vault"
    _damaged_copy(pristine, file, damage, root)
    before = fingerprint(root)

    result = cli.run(_argv(command, root), stdin=PASSPHRASE + "\n")

    expected = expected_exit(file, damage, command)
    problems = message_problems(result.stdout, result.stderr, result.returncode)
    if result.returncode not in expected:
        problems.append(f"exit {result.returncode}, expected {expected}: {result.stderr.strip()}")
    notice = f"mooring: {wal_guard.STRAY_LOG_NOTICE}"
    if result.returncode == OK and is_stray_log(file, damage) and result.stderr.strip() != notice:
        problems.append(f"no one-line notice that the log was set aside: {result.stderr!r}")
    if result.returncode == OK and command == "add":
        present = titles(root)
        if present is None or ADDED not in present:
            problems.append("add said ok but its entry can't be read back")
    problems += byte_problems(
        before,
        fingerprint(root),
        file=file,
        damage=damage,
        command=command,
        code=result.returncode,
        root=root,
        pristine=pristine,
        vault=FILES[file].vault,
    )
    assert not problems, problems


# In the window: every damage, but only three of each file's flipped positions.
@pytest.mark.parametrize(("file", "damage", "command"), _cells(["window"], slice(None, None, 5)))
def test_window_unlock(
    qtbot: Any,
    build_window: Any,
    data_dir: Path,
    pristine: Pristine,
    file: str,
    damage: str,
    command: str,
) -> None:
    root = data_dir
    _damaged_copy(pristine, file, damage, root)
    before = fingerprint(root)

    shell = build_window(root)
    window, session = shell.window, shell.session
    session.verify_delay_ms = 0
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.wait(30)  # the whole-file check after unlock (a zero-delay timer)

    problems = []
    screen = window.current_screen()
    banner = window.workspace.banner.text() if screen == "workspace" else ""
    message = window.unlock_screen.message.text()
    if screen == "workspace" and session.damage is None:
        outcome = OK
        if is_stray_log(file, damage) and wal_guard.STRAY_LOG_NOTICE not in banner:
            problems.append(f"no notice that the log was set aside: {banner!r}")
    elif screen == "workspace":
        outcome = DAMAGED
        if "read-only" not in banner:
            problems.append(f"damage found after unlock, but the banner says {banner!r}")
    elif window.unlock_screen.damaged_panel.isVisibleTo(window):
        outcome = DAMAGED
    elif "can't" in message or "couldn't" in message:
        outcome = 1  # a failure that isn't damage (README's exit code 1)
    else:
        outcome = -1
        problems.append(f"stayed locked without offering a restore: {message!r}")
    expected = expected_exit(file, damage, "window")
    if outcome not in expected:
        problems.append(f"outcome {outcome}, expected {expected} ({message!r} {banner!r})")
    window.lock()
    problems += byte_problems(
        before,
        fingerprint(root),
        file=file,
        damage=damage,
        command="window",
        code=outcome,
        root=root,
        pristine=pristine,
        vault=FILES[file].vault,
    )
    assert not problems, problems


@pytest.mark.parametrize(
    "damage",
    [pytest.param(d) for d in damages_for(FILES["backup"]) if d not in ("mode-000", "mode-644")],
)
def test_restore_refuses_a_damaged_backup(
    cli: ForkingCli, pristine: Pristine, tmp_path: Path, damage: str
) -> None:
    """The only backup is damaged and so is the database: ``restore`` puts nothing back
    (exit 4), and changes nothing; a directory or a missing backup is "no backup"."""
    root = tmp_path / "vault"
    _damaged_copy(pristine, "backup", damage, root)
    (root / "mooring.db").write_bytes(b"\x00" * 8192)
    before = fingerprint(root)
    result = cli.run(["restore", *_argv("check", root)[1:]], stdin=PASSPHRASE + "\n")
    problems = message_problems(result.stdout, result.stderr, result.returncode)
    if result.returncode != DAMAGED:
        problems.append(f"exit {result.returncode}: {result.stderr.strip()}")
    if fingerprint(root) != before:
        problems.append("files changed")
    assert not problems, problems


def test_restore_puts_back_a_good_backup_and_sets_the_damaged_file_aside(
    cli: ForkingCli, pristine: Pristine, tmp_path: Path
) -> None:
    root = tmp_path / "vault"
    shutil.copytree(pristine.closed, root)
    damaged = b"\x00" * 8192
    (root / "mooring.db").write_bytes(damaged)
    result = cli.run(["restore", *_argv("check", root)[1:]], stdin=PASSPHRASE + "\n")
    assert result.returncode == OK, result.stderr
    assert [p.read_bytes() for p in (root / "set-aside").glob("*.db")] == [damaged]
    assert titles(root) == pristine.titles


# The forked server and the installed script agree (exit code and standard error).
AGREEMENT = [
    ("database", "random", "check"),
    ("database", "flip1000", "add"),
    ("wal", "foreign", "search"),
    ("key", "flip0", "search"),
]


@pytest.mark.parametrize(("file", "damage", "command"), AGREEMENT)
def test_the_installed_script_agrees_with_the_forked_cells(
    cli: ForkingCli, pristine: Pristine, tmp_path: Path, file: str, damage: str, command: str
) -> None:
    outcomes = []
    for runner in ("fork", "script"):
        root = tmp_path / runner
        _damaged_copy(pristine, file, damage, root)
        argv = _argv(command, root)
        if runner == "fork":
            result = cli.run(argv, stdin=PASSPHRASE + "\n")
        else:
            result = run_script(argv, PASSPHRASE + "\n", cli_environment(tmp_path / "env"))
        outcomes.append((result.returncode, result.stderr.replace(str(root), "ROOT")))
    assert outcomes[0] == outcomes[1]


def test_permission_bits_are_checked_as_root_only_as_a_no_op() -> None:
    """Mode 000/644 cells expect exit 0: as root (CI here) the bits don't stop reading,
    so those cells prove only that Mooring doesn't trip over them or change them."""
    assert IS_ROOT or expected_exit("database", "mode-000", "check") == OK


def test_a_damaged_frame_inside_the_own_log_keeps_its_entries_or_sets_it_aside(
    cli: ForkingCli, pristine: Pristine, tmp_path: Path
) -> None:
    """One flipped byte in frame 2 of a crashed writer's log: SQLite's checksum chain
    breaks there, so it would apply none of the three acknowledged entries. The log
    must be set aside untouched (and said so) rather than silently dropped."""
    root = tmp_path / "vault"
    _damaged_copy(pristine, "wal", "flip6176", root)
    damaged_log = (root / "mooring.db-wal").read_bytes()
    result = cli.run(_argv("search", root), stdin=PASSPHRASE + "\n")
    assert result.returncode == OK
    kept = [p.read_bytes() for p in (root / "set-aside").glob("*.db-wal")]
    assert kept == [damaged_log], "the damaged log (holding 3 acknowledged entries) is gone"
