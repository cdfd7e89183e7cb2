"""A vault written by the previous release's code (schema 3) opens and migrates whole.

``tests/fixtures/vault_v3`` was made by ``tests/fixtures/make_v3_vault.py`` with the
code of commit d9cf0f6, before feature modules owned their schema and check-ins left
the journal. The test opens a copy with today's code and checks every record is there,
the journal still searches, a backup of the old version was made first, and the
schema is the same as a vault created today.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from vault_fixtures import SMALL_KDF

from app.checkins.repository import CheckInRepository
from app.journal.entries import ALL_ENTRIES, EntryRepository
from app.vault import migrations
from app.vault.layout import VaultPaths
from app.vault.vault import Vault

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault_v3"
FIXTURE_PASSPHRASE = "harbour rope kettle 17"


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(FIXTURE, target)
    return target


def _schema(vault: Vault) -> list[tuple[str, str, str]]:
    rows = vault.connection.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
    ).fetchall()
    return [(kind, name, " ".join(sql.split())) for kind, name, sql in rows]


def test_an_old_vault_migrates_with_nothing_lost(old_vault: Path) -> None:
    vault = Vault.unlock(old_vault, FIXTURE_PASSPHRASE)
    try:
        assert migrations.current_version(vault.connection) == migrations.LATEST_VERSION
        entries = EntryRepository(vault.connection)
        live = entries.page(ALL_ENTRIES, after=None, limit=10)
        assert [e.title for e in live] == ["For Thursday", "", "First night home"]
        first = entries.get(live[-1].id)
        assert first.body == "Quiet evening. Tea. Slept well."
        assert first.tags == ("home",)
        assert entries.get(live[1].id).tags == ("IOP", "group")
        assert entries.get(live[0].id).bring_to_therapy
        assert [e.title for e in entries.trash()] == ["Draft"]
        assert len(entries.search("heard").hits) == 1
        assert len(entries.search("group").hits) == 1  # found by its tag
        checkins = CheckInRepository(vault.connection).between(date(2026, 11, 1), date(2026, 11, 3))
        assert [(c.mood, c.stress, c.craving, c.note) for c in checkins] == [
            (6, 4, 2, "steady"),
            (5, 6, 3, "long day"),
            (7, 3, 1, "steady"),
        ]
        assert checkins[1].angry and checkins[0].tired and checkins[0].sleep_hours == 7.5
    finally:
        vault.close()
    backups = list(VaultPaths.for_dir(old_vault).backups_dir.iterdir())
    # A backup is made only when a migration is due: so the fixture was at an older
    # schema, and that version is kept in case the migration had gone wrong.
    assert backups, "a backup of the old version is made before migrating"


def test_a_migrated_vault_has_the_schema_of_a_new_one(old_vault: Path, tmp_path: Path) -> None:
    migrated = Vault.unlock(old_vault, FIXTURE_PASSPHRASE)
    fresh, _code = Vault.create(tmp_path / "fresh", "another passphrase 99", kdf=SMALL_KDF)
    try:
        assert _schema(migrated) == _schema(fresh)
    finally:
        migrated.close()
        fresh.close()


def test_the_migrated_vault_opens_again_unchanged(old_vault: Path) -> None:
    Vault.unlock(old_vault, FIXTURE_PASSPHRASE).close()
    vault = Vault.unlock(old_vault, FIXTURE_PASSPHRASE)
    try:
        assert migrations.pending(vault.connection) == []
        assert vault.connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 4
    finally:
        vault.close()
