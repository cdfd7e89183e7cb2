"""The damaged-file matrix: pristine vaults, the damages, what each cell should do, and
the checks every cell must pass (see test_damaged_files.py and docs/RELIABILITY.md).

Every file of a vault (database, write-ahead log, -shm, key file, previous key file,
a backup) is damaged in one way per cell, then opened by one of check, search, add
or the window. Expected exit codes follow README.md's table.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from stray_logs import killed_writer, plain_sqlite_log, wal_of
from vault_fixtures import PASSPHRASE, SMALL_KDF

PAGE = 4096
OK, DAMAGED = 0, 4
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
KILLED_WRITER_ENTRIES = 3


# ----- pristine vaults ------------------------------------------------------------------


@dataclass
class Pristine:
    """Vaults built once per session; each cell works on a copy of one of them."""

    closed: Path  # database, key file, one backup; closed cleanly
    crashed: Path  # the same after a writer was killed: its own -wal and -shm beside it
    with_prev: Path  # closed, plus a mooring.key.prev (as an interrupted change leaves)
    foreign_closed: Path  # another vault, same passphrase
    foreign_crashed: Path
    plain_log: bytes  # the write-ahead log of a plain SQLite database
    titles: list[str] = field(default_factory=list)  # entries of the closed vault
    acknowledged: list[str] = field(default_factory=list)  # committed by the killed writer


def _fill(root: Path, words: str) -> list[str]:
    from app.checkins.model import CheckIn
    from app.checkins.repository import CheckInRepository
    from app.journal.entries import EntryRepository
    from app.vault.vault import Vault

    vault, _code = Vault.create(root, PASSPHRASE, kdf=SMALL_KDF)
    entries = EntryRepository(vault.connection)
    titles = []
    for number in range(6):
        title = f"{words} {number}"
        entries.create(title=title, body=f"{words} body {number} " * 300, tags=[f"tag{number}"])
        titles.append(title)
    CheckInRepository(vault.connection).save(
        CheckIn(date(2024, 5, 1), 5, 4, 2, False, True, False, True, 7.5, f"{words} note")
    )
    vault.backup()
    vault.close()
    return titles


def build_pristine(base: Path) -> Pristine:
    closed, crashed, with_prev = base / "closed", base / "crashed", base / "with-prev"
    titles = _fill(closed, "harbour")
    shutil.copytree(closed, crashed)
    killed_writer(crashed, PASSPHRASE, KILLED_WRITER_ENTRIES)
    assert (crashed / "mooring.db-shm").exists()
    shutil.copytree(closed, with_prev)
    shutil.copyfile(closed / "mooring.key", with_prev / "mooring.key.prev")
    foreign_closed, foreign_crashed = base / "foreign-closed", base / "foreign-crashed"
    _fill(foreign_closed, "elsewhere")
    shutil.copytree(foreign_closed, foreign_crashed)
    killed_writer(foreign_crashed, PASSPHRASE, KILLED_WRITER_ENTRIES)
    return Pristine(
        closed,
        crashed,
        with_prev,
        foreign_closed,
        foreign_crashed,
        plain_sqlite_log(base / "plain"),
        titles,
        [f"killed-writer {n}" for n in range(KILLED_WRITER_ENTRIES)],
    )


# ----- the files and their damages ------------------------------------------------------


@dataclass(frozen=True)
class VaultFile:
    name: str
    vault: str  # which pristine vault holds it: "closed", "crashed" or "with_prev"
    flips: tuple[int, ...]  # byte positions to flip (negative: from the end)

    def path(self, root: Path) -> Path:
        if self.name == "backup":
            (found,) = sorted((root / "backups").glob("*.db"))
            return found
        return (
            root
            / {
                "database": "mooring.db",
                "wal": "mooring.db-wal",
                "shm": "mooring.db-shm",
                "key": "mooring.key",
                "prev-key": "mooring.key.prev",
            }[self.name]
        )


_FRAME = 24 + PAGE
FILES = {
    f.name: f
    for f in (
        # Page 1 starts with the 16-byte salt; each page ends with its 16-byte IV and
        # 64-byte HMAC (SQLCipher 4 reserve), so both are hit as well as page content.
        VaultFile(
            "database",
            "closed",
            (
                0,
                7,
                16,
                24,
                1000,
                PAGE - 80,
                PAGE - 40,
                PAGE - 1,
                PAGE,
                PAGE + 104,
                3 * PAGE + 2000,
                -PAGE + 1,
                -81,
                -1,
            ),
        ),
        # Header: magic, page size, checkpoint sequence, salts, checksum; frame 1's
        # header (page number, commit size, salts, checksum) and data; later frames.
        VaultFile(
            "wal",
            "crashed",
            (0, 8, 12, 16, 24, 32, 36, 40, 48, 32 + 24 + 100, 32 + _FRAME + 24 + 2000, -PAGE, -1),
        ),
        VaultFile("shm", "crashed", (0, 12, 40, 48, 96, 120, 200, 4096, -1)),
        VaultFile("key", "closed", (0, 1, *(-(k * 64 + 5) for k in range(12, 0, -1)), -1)),
        VaultFile("prev-key", "with_prev", (0, 300, -1)),
        VaultFile("backup", "closed", (0, PAGE + 100, -1)),
    )
}


def _flip(position: int) -> Callable[[Path, Pristine], None]:
    def damage(path: Path, _pristine: Pristine) -> None:
        data = bytearray(path.read_bytes())
        data[position] ^= 0x10
        path.write_bytes(bytes(data))

    return damage


def _truncated(path: Path, _p: Pristine) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 7])  # never on a page or frame boundary


def _empty(path: Path, _p: Pristine) -> None:
    path.write_bytes(b"")


def _random(path: Path, _p: Pristine) -> None:
    size = path.stat().st_size
    path.write_bytes(random.Random(f"{path.name}:{size}").randbytes(size))


def _directory(path: Path, _p: Pristine) -> None:
    path.unlink()
    path.mkdir()


def _missing(path: Path, _p: Pristine) -> None:
    path.unlink()


def _mode(mode: int) -> Callable[[Path, Pristine], None]:
    def damage(path: Path, _p: Pristine) -> None:
        path.chmod(mode)

    return damage


def _foreign(path: Path, pristine: Pristine) -> None:
    """The same file from another vault (opened by the same passphrase)."""
    name = path.name
    if path.parent.name == "backups":
        (source,) = sorted((pristine.foreign_closed / "backups").glob("*.db"))
    elif name in ("mooring.db-wal", "mooring.db-shm"):
        source = pristine.foreign_crashed / name
    elif name == "mooring.key.prev":
        source = pristine.foreign_closed / "mooring.key"
    else:
        source = pristine.foreign_closed / name
    shutil.copyfile(source, path)


def _plain_sqlite(path: Path, pristine: Pristine) -> None:
    if path.name == "mooring.db-wal":
        path.write_bytes(pristine.plain_log)
        (path.parent / "mooring.db-shm").unlink(missing_ok=True)
        return
    import sqlite3

    path.unlink()
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    plain.execute("INSERT INTO meta VALUES ('app', 'mooring')")
    plain.commit()
    plain.close()


OTHER_DAMAGES: dict[str, Callable[[Path, Pristine], None]] = {
    "truncated": _truncated,
    "empty": _empty,
    "random": _random,
    "directory": _directory,
    "missing": _missing,
    "mode-000": _mode(0o000),
    "mode-644": _mode(0o644),
    "foreign": _foreign,
}
PLAIN_SQLITE_FOR = ("database", "wal")


def flip_name(position: int) -> str:
    """flip7 (byte 7), flipend1 (the last byte)."""
    return f"flip{position}" if position >= 0 else f"flipend{-position}"


def damages_for(file: VaultFile) -> dict[str, Callable[[Path, Pristine], None]]:
    found = {flip_name(p): _flip(p) for p in file.flips}
    found.update(OTHER_DAMAGES)
    if file.name in PLAIN_SQLITE_FOR:
        found["plain-sqlite"] = _plain_sqlite
    return found


# Damage to the log that makes it not provably the vault's own: set aside, said so.
STRAY_LOG_DAMAGES = ("flip", "random", "foreign", "plain-sqlite")
# Damage confined to the log's last transaction looks exactly like a crash during that
# commit (a torn last frame, a log cut short): SQLite drops that transaction, and no
# check can tell the two apart from the file. Treated as a crash: the vault opens.
TORN_TAIL_DAMAGES = ("flipend1", "flipend4096", "truncated")


def is_stray_log(file: str, damage: str) -> bool:
    return (
        file == "wal" and damage.startswith(STRAY_LOG_DAMAGES) and damage not in TORN_TAIL_DAMAGES
    )


def expected_exit(file: str, damage: str, command: str) -> frozenset[int]:
    """The exit codes README.md allows (``command``: check, search, add, or window)."""
    if damage.startswith("mode-"):
        # As root, permission bits don't stop reading: the file reads as it is.
        return frozenset({OK})
    if file in ("prev-key", "backup"):
        return frozenset({OK})  # neither is read to open the vault
    if file == "shm":
        # Only an index of the log, rebuilt by SQLite (check and search keep it in
        # memory); a directory in its place is moved into set-aside/ by an open that
        # writes, which then works as usual.
        return frozenset({OK})
    if file == "wal":
        if damage == "directory":
            # Not a log at all: set aside like any stray one (check only reports it).
            return frozenset({DAMAGED if command == "check" else OK})
        if is_stray_log(file, damage):
            # Commands set it aside and go on; check changes nothing, so it reports it.
            return frozenset({DAMAGED if command == "check" else OK})
        return frozenset({OK})  # emptied, missing, a torn tail: the vault is fine
    return frozenset({DAMAGED})  # database and key file


# ----- what every cell checks -----------------------------------------------------------


def fingerprint(root: Path) -> dict[str, str]:
    """Every file under ``root`` (the lock file aside) with its SHA-256."""
    found = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.name != "mooring.lock":
            found[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def message_problems(result_stdout: str, result_stderr: str, code: int) -> list[str]:
    """One line on standard error starting ``mooring: `` when it failed; at most one
    (a notice) when it worked; never a traceback."""
    problems = []
    if "Traceback" in result_stdout + result_stderr:
        problems.append("a traceback reached the person")
    lines = result_stderr.splitlines()
    if code != OK and (len(lines) != 1 or not lines[0].startswith("mooring: ")):
        problems.append(f"stderr is not one 'mooring: ' line: {result_stderr!r}")
    if code == OK and lines and (len(lines) != 1 or not lines[0].startswith("mooring: ")):
        problems.append(f"stderr after success is not one 'mooring: ' notice: {result_stderr!r}")
    if "unexpected error" in result_stderr:
        problems.append("reported as an unexpected error")
    return problems


def titles(root: Path) -> list[str] | None:
    """Entry titles as the database and its own log hold them, changing no file;
    None when they can't be read."""
    from app.vault import engine
    from app.vault.layout import VaultPaths
    from app.vault.vault import unwrap_with_passphrase

    paths = VaultPaths.for_dir(root)
    try:
        key = unwrap_with_passphrase(paths, PASSPHRASE)
        if wal_of(root).is_file() and wal_of(root).stat().st_size:
            connection = engine.open_with_log_read_only(paths.database, key)
        else:
            connection = engine.open_file_only(paths.database, key)
        try:
            rows = connection.execute("SELECT title FROM entries ORDER BY id").fetchall()
        finally:
            connection.close()
    except Exception:
        return None
    return [str(row[0]) for row in rows]


def byte_problems(
    before: dict[str, str],
    after: dict[str, str],
    *,
    file: str,
    damage: str,
    command: str,
    code: int,
    root: Path,
    pristine: Pristine,
    vault: str,
) -> list[str]:
    """No original byte changes, except what the command was asked to write.

    - a file moved into set-aside/ with the same content is unchanged;
    - after a successful add or window unlock the database, its log and -shm change
      (that is the write), provided every entry is still there;
    - -shm is only an index: any command but check may rebuild it;
    - a leftover mooring.key.prev may be removed by a command that opened the vault
      with a good mooring.key (it never unlocks then);
    - check creates no file at all.
    """
    problems = []
    aside = {d for name, d in after.items() if name.startswith("set-aside/")}
    writes = code == OK and command in ("add", "window")
    wal_digest = before.get("mooring.db-wal")
    log_lost_by_damage = file == "wal" and (
        damage in ("empty", "missing", "directory", *TORN_TAIL_DAMAGES) or wal_digest in aside
    )
    # The killed writer's entries live in its log: expected back unless the damage
    # destroyed the log or it was set aside whole (then set-aside/ keeps them).
    keeps_log = vault == "crashed" and not log_lost_by_damage
    wanted = [*pristine.titles, *(pristine.acknowledged if keeps_log else [])]
    lossless = None
    for name, digest in before.items():
        if after.get(name) == digest or digest in aside:
            continue
        if name == "mooring.db-shm" and command != "check":
            continue
        if name == "mooring.key.prev" and code == OK and command != "check":
            continue
        if name in ("mooring.db", "mooring.db-wal") and (writes or command == "search"):
            if lossless is None:
                present = titles(root)
                lossless = present is not None and all(t in present for t in wanted)
            if lossless and writes:
                continue
            if lossless and command == "search":
                problems.append(f"search changed {name} (nothing lost, but search writes nothing)")
                continue
        problems.append(f"{name} changed")
    if command == "check":
        created = set(after) - set(before)
        if created:
            problems.append(f"check created {sorted(created)}")
    return problems
