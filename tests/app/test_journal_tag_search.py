"""Search finds entries by their tags, kept in step through every change, and after
the migration that put tags into the index of an existing journal."""

from __future__ import annotations

from pathlib import Path

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.journal.demo import generate
from app.journal.entries import EntryRepository
from app.vault import migrations
from app.vault.vault import Vault


@pytest.fixture
def repo(vault: Vault) -> EntryRepository:
    return EntryRepository(vault.connection)


def found(repo: EntryRepository, text: str) -> list[int]:
    return [hit.id for hit in repo.search(text).hits]


def test_a_tag_is_found_and_follows_every_change(repo: EntryRepository, vault: Vault) -> None:
    tagged = repo.create(title="Sunday", body="We talked a little.", tags=["Boundaries", "sam"])
    other = repo.create(body="boundaries came up in group")
    assert set(found(repo, "boundaries")) == {tagged.id, other.id}
    assert found(repo, "sam") == [tagged.id]
    assert found(repo, "boundaries")[0] == tagged.id, "a tag weighs more than a word in passing"
    hits = {hit.id: hit for hit in repo.search("boundaries").hits}
    assert hits[tagged.id].tags == ("Boundaries", "sam") and hits[other.id].tags == ()

    repo.set_tags(tagged.id, ["calm"])
    assert found(repo, "sam") == []
    assert found(repo, "calm") == [tagged.id]
    repo.save(tagged.id, title="Sunday", body="Different words now.")
    assert found(repo, "calm") == [tagged.id], "an autosave keeps the tags searchable"

    repo.delete(tagged.id)
    assert found(repo, "calm") == []
    repo.restore(tagged.id)
    assert found(repo, "calm") == [tagged.id]
    repo.delete(tagged.id)
    repo.purge(tagged.id)
    assert found(repo, "calm") == []
    left = vault.connection.execute("SELECT count(*) FROM entry_tag_text").fetchone()[0]
    assert left == 0, "nothing of a purged entry's tags stays behind"
    assert vault.integrity_problems() == []


def test_emoji_and_right_to_left_tags_are_searchable(repo: EntryRepository) -> None:
    made = repo.create(body="x", tags=["שלום", "night 🌙"])
    assert found(repo, "שלום") == [made.id]
    assert found(repo, "night") == [made.id]


def test_demo_journals_index_their_tags(repo: EntryRepository, vault: Vault) -> None:
    generate(vault.connection, 60, seed=7)
    tag, _count = repo.all_tags()[0]
    with_tag = {
        int(row[0])
        for row in vault.connection.execute(
            "SELECT entry_id FROM entry_tags WHERE tag_key = ?", (tag,)
        )
    }
    assert with_tag
    assert with_tag <= {hit.id for hit in repo.search(tag, limit=500).hits}


def test_a_version_2_journal_gets_its_tags_indexed_and_keeps_the_trash_out(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
    old, _code = Vault.create(vault_dir, PASSPHRASE, kdf=SMALL_KDF)
    try:  # written the way version 2 wrote entries (its triggers index title and body)
        db = old.connection
        for entry_id, deleted in ((1, None), (2, "2026-01-02T10:00:00+00:00")):
            db.execute(
                "INSERT INTO entries (id, created, created_utc, created_day, edited,"
                " title, preview, body, deleted_at, deleted_utc)"
                " VALUES (?, '2026-01-01T09:00:00+00:00', '2026-01-01T09:00:00',"
                " '2026-01-01', '2026-01-01T09:00:00+00:00', 'Walk', 'quiet', 'quiet', ?, ?)",
                (entry_id, deleted, deleted),
            )
            db.execute(
                "INSERT INTO entry_tags (entry_id, tag_key, tag, position)"
                " VALUES (?, 'harbour', 'Harbour', 0), (?, 'sam', 'Sam', 1)",
                (entry_id, entry_id),
            )
    finally:
        old.close()
    monkeypatch.undo()

    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert migrations.current_version(vault.connection) == migrations.LATEST_VERSION
        repo = EntryRepository(vault.connection)
        assert found(repo, "harbour") == [1], "the trashed entry stays out of the index"
        assert found(repo, "quiet") == [1]
        assert repo.get(1).tags == ("Harbour", "Sam")
        assert vault.integrity_problems() == []
        repo.restore(2)
        assert set(found(repo, "sam")) == {1, 2}
    finally:
        vault.close()
    assert any("-v2" in p.name for p in (vault_dir / "backups").glob("*.db"))
