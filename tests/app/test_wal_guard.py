"""A write-ahead log beside the database reaches it only when proven to be its own.

Before this guard, another vault's log next to mooring.db was checkpointed into it as
the failed open closed, and the journal stayed unreadable for good.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from stray_logs import (
    entry_titles,
    killed_writer,
    place_log,
    plain_sqlite_log,
    set_aside_logs,
    wal_of,
)
from vault_fixtures import PASSPHRASE, SMALL_KDF, fingerprint

from app.journal.entries import EntryRepository
from app.vault import wal_guard
from app.vault.layout import VaultPaths
from app.vault.sqlcipher_pages import PAGE_SIZE, PageAuthenticator, read_salt
from app.vault.vault import Vault, unwrap_with_passphrase


def _new_vault(root: Path, entries: int = 3) -> None:
    vault, _code = Vault.create(root, PASSPHRASE, kdf=SMALL_KDF)
    repo = EntryRepository(vault.connection)
    for number in range(entries):
        repo.create(title=f"mine {number}", body="my own words " * 100)
    vault.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _foreign(tmp: Path) -> bytes:
    other = tmp / "other-vault"
    _new_vault(other, entries=0)
    killed_writer(other, PASSPHRASE, 6)
    return wal_of(other).read_bytes()


STRAY_LOGS: dict[str, Callable[[Path], bytes]] = {
    "another vault's log": _foreign,
    "a plain SQLite log": lambda tmp: plain_sqlite_log(tmp / "plain"),
    "another vault's log, truncated": lambda tmp: _foreign(tmp)[: 32 + 5 * (24 + PAGE_SIZE)],
    "a log cut inside its header": lambda tmp: _foreign(tmp)[:20],
    "random bytes": lambda tmp: os.urandom(32 + 6 * (24 + PAGE_SIZE)),
}


@pytest.mark.parametrize("kind", list(STRAY_LOGS))
def test_a_stray_log_is_set_aside_untouched_and_the_journal_opens_as_it_was(
    tmp_path: Path, kind: str
) -> None:
    root = tmp_path / "vault"
    _new_vault(root)
    titles = entry_titles(root, PASSPHRASE)
    database = _digest(root / "mooring.db")
    stray = STRAY_LOGS[kind](tmp_path)
    place_log(root, stray)

    vault = Vault.unlock(root, PASSPHRASE)
    try:
        assert vault.notices == [wal_guard.STRAY_LOG_NOTICE]
        shown = [r[0] for r in vault.connection.execute("SELECT title FROM entries ORDER BY id")]
        assert shown == titles
    finally:
        vault.close()

    assert set_aside_logs(root) == [stray], "moved aside byte for byte"
    assert _digest(root / "mooring.db") == database, "not one page of it reached the file"
    assert not wal_of(root).exists()
    # And it stays fine: opening again finds nothing to set aside.
    again = Vault.unlock(root, PASSPHRASE)
    assert again.notices == [] and again.integrity_problems() == []
    again.close()


def test_a_stale_log_of_this_same_vault_is_set_aside(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    _new_vault(root)
    killed_writer(root, PASSPHRASE, 4)
    stale = wal_of(root).read_bytes()
    vault = Vault.unlock(root, PASSPHRASE)  # replays it: it is ours, and current
    assert vault.notices == []
    EntryRepository(vault.connection).create(title="written later", body="newer words")
    vault.close()
    titles = entry_titles(root, PASSPHRASE)
    assert "written later" in titles and "killed-writer 3" in titles
    database = _digest(root / "mooring.db")

    place_log(root, stale)  # a sync tool puts the old log back
    vault = Vault.unlock(root, PASSPHRASE)
    try:
        assert vault.notices == [wal_guard.STRAY_LOG_NOTICE]
        assert vault.integrity_problems() == []
    finally:
        vault.close()
    assert entry_titles(root, PASSPHRASE) == titles
    assert _digest(root / "mooring.db") == database
    assert set_aside_logs(root) == [stale]


@pytest.mark.parametrize("epoch", [True, False], ids=["window-like", "command-like"])
def test_our_own_log_after_a_kill_is_replayed_with_every_acknowledged_entry(
    tmp_path: Path, epoch: bool
) -> None:
    root = tmp_path / "vault"
    _new_vault(root)
    acknowledged = killed_writer(root, PASSPHRASE, 5, epoch=epoch)
    assert len(acknowledged) == 5
    check = wal_guard.inspect(VaultPaths.for_dir(root), _key(root))
    assert check.verdict is wal_guard.Verdict.OURS
    vault = Vault.unlock(root, PASSPHRASE)
    try:
        assert vault.notices == []
        ids = {r[0] for r in vault.connection.execute("SELECT id FROM entries")}
        assert set(acknowledged) <= ids
        assert vault.integrity_problems() == []
    finally:
        vault.close()
    assert set_aside_logs(root) == []


def test_a_torn_frame_after_the_last_commit_does_not_cost_the_log(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    _new_vault(root)
    acknowledged = killed_writer(root, PASSPHRASE, 3)
    wal = wal_of(root)
    salts = wal.read_bytes()[16:24]
    # A crash mid-write: a frame with the log's salt but a page that is half garbage
    # (it fails authentication; SQLite ignores it, its checksum being wrong), then a
    # partial frame.
    torn = struct.pack(">II", 2, 0) + salts + bytes(8) + os.urandom(PAGE_SIZE)
    with wal.open("ab") as handle:
        handle.write(torn + os.urandom(1000))
    assert wal_guard.inspect(VaultPaths.for_dir(root), _key(root)).verdict is (
        wal_guard.Verdict.OURS
    )
    vault = Vault.unlock(root, PASSPHRASE)
    try:
        assert vault.notices == []
        ids = {r[0] for r in vault.connection.execute("SELECT id FROM entries")}
        assert set(acknowledged) <= ids
    finally:
        vault.close()


def test_our_log_cut_short_keeps_its_whole_commits(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    _new_vault(root)
    killed_writer(root, PASSPHRASE, 6)
    wal = wal_of(root)
    data = wal.read_bytes()
    wal.write_bytes(data[: len(data) - 2 * (24 + PAGE_SIZE) - 500])
    vault = Vault.unlock(root, PASSPHRASE)
    try:
        assert vault.notices == []
        titles = [r[0] for r in vault.connection.execute("SELECT title FROM entries")]
        written = [t for t in titles if t.startswith("killed-writer")]
        assert written == [f"killed-writer {n}" for n in range(len(written))]
        assert 1 <= len(written) < 6
        assert vault.integrity_problems() == []
    finally:
        vault.close()


@pytest.mark.parametrize("kind", ["another vault's log", "random bytes"])
def test_inspecting_changes_no_file(tmp_path: Path, kind: str) -> None:
    root = tmp_path / "vault"
    _new_vault(root)
    place_log(root, STRAY_LOGS[kind](tmp_path))
    before = fingerprint(root)
    check = wal_guard.inspect(VaultPaths.for_dir(root), _key(root))
    assert check.verdict is wal_guard.Verdict.STRAY and check.reason
    assert fingerprint(root) == before


def test_page_authentication_agrees_with_sqlcipher(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    _new_vault(root, entries=5)
    data = (root / "mooring.db").read_bytes()
    pages = [data[i : i + PAGE_SIZE] for i in range(0, len(data), PAGE_SIZE)]
    assert len(pages) > 5
    mine = PageAuthenticator.for_database(_key(root), read_salt(data))
    assert all(mine.is_authentic(page, number) for number, page in enumerate(pages, 1))
    flipped = bytearray(pages[2])
    flipped[100] ^= 0x01
    assert not mine.is_authentic(bytes(flipped), 3)
    assert not mine.is_authentic(pages[2], 4), "a page is bound to its number"
    other = PageAuthenticator.for_database(os.urandom(32), read_salt(data))
    assert not other.is_authentic(pages[2], 3)


def _key(root: Path) -> bytes:
    return unwrap_with_passphrase(VaultPaths.for_dir(root), PASSPHRASE)


def test_a_flipped_byte_on_any_page_stops_every_write_before_it_happens(tmp_path: Path) -> None:
    """Opening to write checks every page first, so a damaged file is never written,
    whichever page the damage is on (before, `add` wrote to such a vault happily)."""
    from app.vault.errors import VaultDamaged
    from app.vault.vault import Access

    root = tmp_path / "vault"
    _new_vault(root, entries=2)
    vault = Vault.unlock(root, PASSPHRASE)
    EntryRepository(vault.connection).create(title="long", body="many words " * 3000)
    vault.close()
    database = root / "mooring.db"
    pristine = database.read_bytes()
    pages = len(pristine) // PAGE_SIZE
    assert pages > 10
    for page in range(pages):
        damaged = bytearray(pristine)
        damaged[page * PAGE_SIZE + 1000] ^= 0x40
        database.write_bytes(bytes(damaged))
        before = fingerprint(root)
        with pytest.raises(VaultDamaged):
            Vault.unlock(root, PASSPHRASE, access=Access.WRITE_CHECKED).close()
        assert fingerprint(root) == before, f"page {page + 1} was written to"
    database.write_bytes(pristine)


@pytest.mark.parametrize("where", ["page", "frame header"])
def test_damage_early_in_our_own_log_sets_it_aside_instead_of_losing_what_follows(
    tmp_path: Path, where: str
) -> None:
    """SQLite stops replaying at a broken frame and would silently drop every commit
    after it; a whole, authentic commit after the break means damage, not a crash."""
    root = tmp_path / "vault"
    _new_vault(root)
    killed_writer(root, PASSPHRASE, 4)
    wal = wal_of(root)
    data = bytearray(wal.read_bytes())
    data[32 + (24 + 500 if where == "page" else 20)] ^= 0x01  # inside frame 1
    wal.write_bytes(bytes(data))
    titles = entry_titles(root, PASSPHRASE)
    check = wal_guard.inspect(VaultPaths.for_dir(root), _key(root))
    assert check.verdict is wal_guard.Verdict.STRAY and "damaged" in check.reason
    vault = Vault.unlock(root, PASSPHRASE)
    try:
        assert vault.notices == [wal_guard.STRAY_LOG_NOTICE]
    finally:
        vault.close()
    assert set_aside_logs(root) == [bytes(data)], "kept whole for whoever can mend it"
    assert entry_titles(root, PASSPHRASE) == titles
