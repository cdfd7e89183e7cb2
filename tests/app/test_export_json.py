"""The full JSON export: header, every module's records, streaming file rules, cancel."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.exchange import export_json as exporter
from app.exchange.export_json import FORMAT_NAME, ExportCancelled, export_json
from app.exchange.output import OutputError, open_new_file
from app.journal.entries import EntryRepository
from app.platform import demo
from app.platform.contributions import DemoPlan
from app.platform.registry import feature_modules
from app.vault.migrations import LATEST_VERSION
from app.vault.vault import Vault

NOW = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Vault]:
    vault, _code = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=SMALL_KDF)
    demo.fill(vault.connection, DemoPlan(today=date(2026, 1, 10), entries=40, years=1))
    yield vault
    vault.close()


def test_header_and_every_module_in_order(filled: Vault, tmp_path: Path) -> None:
    path = tmp_path / "all.json"
    summary = export_json(filled.connection, path, now=NOW)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == FORMAT_NAME
    assert document["format_version"] == 1
    assert document["exported_at"] == "2026-02-01T12:00:00+00:00"
    assert document["schema_version"] == LATEST_VERSION
    assert isinstance(document["app_version"], str) and document["app_version"]
    assert list(document)[-1] == "modules"  # the header comes first (readers rely on it)
    ids = [m["id"] for m in document["modules"]]
    assert ids == [m.id for m in feature_modules() if m.export is not None]
    for module in document["modules"]:
        assert list(module) == ["id", "title", "records"]
        assert len(module["records"]) == summary.records[module["id"]]
        assert all(set(r) == {"kind", "data"} for r in module["records"])
    assert summary.records["journal"] == 40
    assert summary.total == sum(len(m["records"]) for m in document["modules"])


def test_counts_match_what_the_export_gives(filled: Vault) -> None:
    for module in feature_modules():
        assert module.export is not None and module.export_count is not None
        assert module.export_count(filled.connection) == sum(
            1 for _ in module.export(filled.connection)
        )


def test_trash_and_unicode_are_kept(filled: Vault, tmp_path: Path) -> None:
    repo = EntryRepository(filled.connection)
    entry = repo.create(title="Ünïcode \u2028 \U0001f331", body='quote " and \\ back')
    repo.delete(entry.id)
    path = tmp_path / "all.json"
    export_json(filled.connection, path)
    records = json.loads(path.read_text(encoding="utf-8"))["modules"][0]["records"]
    found = next(r["data"] for r in records if r["data"]["id"] == entry.id)
    assert found["title"] == entry.title and "\U0001f331" in entry.title
    assert found["body"] == 'quote " and \\ back'
    assert found["deleted_at"] is not None
    assert "\U0001f331" in path.read_text(encoding="utf-8")  # readable, not \\u escapes


def test_file_is_private_and_never_replaced_unless_allowed(filled: Vault, tmp_path: Path) -> None:
    path = tmp_path / "all.json"
    export_json(filled.connection, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="already exists"):
        export_json(filled.connection, path)
    assert path.read_text(encoding="utf-8") == "mine"
    export_json(filled.connection, path, overwrite=True)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == FORMAT_NAME


def test_a_missing_folder_is_one_sentence(filled: Vault, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"^The folder .* does not exist\.$"):
        export_json(filled.connection, tmp_path / "nowhere" / "all.json")


def test_progress_then_cancel_removes_the_partial_file(
    filled: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporter, "PROGRESS_EVERY", 20)
    seen: list[tuple[int, int]] = []
    path = tmp_path / "all.json"
    with pytest.raises(ExportCancelled):
        export_json(
            filled.connection,
            path,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 2,
        )
    assert not path.exists()
    assert seen[0][0] == 20 and seen[0][1] > 40
    seen.clear()
    summary = export_json(filled.connection, path, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (summary.total, summary.total)
    assert all(done <= total for done, total in seen)


def test_a_full_disk_half_way_leaves_no_file(
    filled: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "all.json"

    original = exporter._record_bytes
    calls = {"n": 0}

    def failing(record: object) -> bytes:
        calls["n"] += 1
        if calls["n"] == 30:
            raise OSError(28, "No space left on device")
        return original(record)  # type: ignore[arg-type]

    monkeypatch.setattr(exporter, "_record_bytes", failing)
    with pytest.raises(OutputError, match=r"^The disk is full; all\.json was not written\.$"):
        export_json(filled.connection, path)
    assert not path.exists()


def test_open_new_file_removes_the_file_on_any_error(tmp_path: Path) -> None:
    path = tmp_path / "out.bin"
    with pytest.raises(KeyboardInterrupt), open_new_file(path) as stream:
        stream.write(b"half")
        raise KeyboardInterrupt
    assert not path.exists()
    with open_new_file(path) as stream:
        stream.write(b"whole")
    assert path.read_bytes() == b"whole"
    with pytest.raises(OutputError, match="already exists"), open_new_file(path):
        pass
    assert path.read_bytes() == b"whole"


def test_nothing_is_left_in_the_temp_folder(filled: Vault, tmp_path: Path) -> None:
    temp = Path(os.environ.get("TMPDIR", "/tmp"))
    before = set(temp.iterdir()) if temp.exists() else set()
    export_json(filled.connection, tmp_path / "all.json")
    after = set(temp.iterdir()) if temp.exists() else set()
    assert not {p for p in after - before if p.is_file()}
