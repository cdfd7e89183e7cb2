"""The demo journal: deterministic, refuses a journal with entries, leaves search working."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.journal import demo
from app.journal.entries import EntryRepository
from app.journal.errors import InvalidEntry, JournalNotEmpty
from app.journal.model import EntryFilter
from app.vault.vault import Vault

TODAY = date(2025, 6, 30)


def _open(root: Path) -> Vault:
    return Vault.create(root, PASSPHRASE, kdf=SMALL_KDF)[0]


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    opened = _open(vault_dir)
    yield opened
    opened.close()


def _snapshot(vault: Vault) -> list[tuple[object, ...]]:
    connection = vault.connection
    return [
        *connection.execute(
            "SELECT id, created, edited, title, body, bring_to_therapy, prompt_id FROM entries"
            " ORDER BY id"
        ),
        *connection.execute("SELECT * FROM entry_tags ORDER BY entry_id, position"),
        *connection.execute("SELECT * FROM checkins ORDER BY day"),
    ]


def test_same_seed_same_journal(tmp_path: Path) -> None:
    first, second, third = (_open(tmp_path / name) for name in ("a", "b", "c"))
    try:
        assert demo.generate(first.connection, 300, today=TODAY) == 300
        demo.generate(second.connection, 300, today=TODAY)
        demo.generate(third.connection, 300, today=TODAY, seed=8)
        assert _snapshot(first) == _snapshot(second)
        assert _snapshot(first) != _snapshot(third)
    finally:
        for vault in (first, second, third):
            vault.close()


def test_demo_journal_looks_like_a_journal(vault: Vault) -> None:
    progress: list[int] = []
    demo.generate(
        vault.connection, 4500, today=TODAY, progress=lambda done, _: progress.append(done)
    )
    assert progress[-1] == 4500 and progress == sorted(progress)
    repo = EntryRepository(vault.connection)
    assert repo.count() == 4500
    newest = repo.page(EntryFilter(), after=None, limit=1)[0]
    # The newest entry is from yesterday: none may be dated later than now.
    assert newest.created.date() == TODAY - timedelta(days=1)
    words = [
        len(body.split())
        for (body,) in vault.connection.execute("SELECT body FROM entries LIMIT 200")
    ]
    assert 200 <= sum(words) / len(words) <= 320
    assert 5 <= len(repo.all_tags()) <= 16
    assert 0 < repo.count(EntryFilter(therapy_only=True)) < 4500 * 0.15
    assert len(repo.search("craving", limit=500).hits) > 100
    assert vault.integrity_problems() == []


def test_refuses_a_journal_with_entries_unless_forced(vault: Vault) -> None:
    repo = EntryRepository(vault.connection)
    mine = repo.create(title="Mine", body="my own words")
    repo.delete(mine.id)  # even an entry in the trash counts
    with pytest.raises(JournalNotEmpty):
        demo.generate(vault.connection, 10, today=TODAY)
    assert vault.connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 1
    assert vault.connection.execute("SELECT count(*) FROM checkins").fetchone()[0] == 0
    assert demo.generate(vault.connection, 10, today=TODAY, force=True) == 10
    assert repo.count() == 10
    assert repo.get(mine.id).title == "Mine"
    assert repo.search("words").hits == []  # the trashed entry stayed out of the index


def test_the_search_triggers_work_after_a_demo(vault: Vault) -> None:
    def triggers() -> list[tuple[str, str]]:
        query = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        return vault.connection.execute(query).fetchall()

    before = triggers()
    demo.generate(vault.connection, 50, today=TODAY)
    repo = EntryRepository(vault.connection)
    assert len(before) == 6 and triggers() == before
    made = repo.create(body="a pelican on the pier")
    assert [h.id for h in repo.search("pelican").hits] == [made.id]
    repo.save(1, title="Edited", body="albatross")
    assert [h.id for h in repo.search("albatross").hits] == [1]
    repo.set_tags(1, ["heron"])
    assert [h.id for h in repo.search("heron").hits] == [1]
    hashsize = vault.connection.execute(
        "SELECT v FROM entries_fts_config WHERE k = 'hashsize'"
    ).fetchone()
    assert hashsize == (1024 * 1024,)


@pytest.mark.parametrize("entries", [0, -1, demo.MAX_ENTRIES + 1, True])
def test_bad_sizes_are_refused(vault: Vault, entries: int) -> None:
    with pytest.raises(InvalidEntry):
        demo.generate(vault.connection, entries, today=TODAY)


def test_a_failure_leaves_the_vault_as_it_was(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: object, done: int, *args: object) -> object:
        if done >= 2000:
            raise RuntimeError("disk on fire")
        return real(self, done, *args)  # type: ignore[arg-type]

    real = demo._Writer.batch
    monkeypatch.setattr(demo._Writer, "batch", broken)
    with pytest.raises(RuntimeError):
        demo.generate(vault.connection, 5000, today=TODAY)
    connection = vault.connection
    assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 0
    assert (
        connection.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger'").fetchone()[0]
        == 6
    )
    monkeypatch.undo()
    demo.generate(vault.connection, 20, today=TODAY)
    assert EntryRepository(connection).count() == 20
