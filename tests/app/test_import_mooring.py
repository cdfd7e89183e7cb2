"""Mooring-JSON import: merging, the summary, and bad files (nothing changes on failure)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF, fingerprint

from app.checkins.model import CheckIn
from app.checkins.repository import CheckInRepository
from app.exchange import import_mooring as importer
from app.exchange.export_json import export_json
from app.exchange.import_mooring import (
    ImportCancelled,
    ImportFailed,
    import_mooring,
    read_summary,
)
from app.journal.entries import EntryRepository
from app.platform import demo
from app.platform.contributions import DemoPlan
from app.sessions import ops as session_ops
from app.sessions.model import SessionDraft
from app.vault.vault import Vault

TODAY = date(2026, 1, 10)


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Vault]:
    vault, _code = Vault.create(tmp_path / "source", PASSPHRASE, kdf=SMALL_KDF)
    demo.fill(vault.connection, DemoPlan(today=TODAY, entries=60, years=1))
    yield vault
    vault.close()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Vault]:
    vault, _code = Vault.create(tmp_path / "target", PASSPHRASE, kdf=SMALL_KDF)
    yield vault
    vault.close()


@pytest.fixture
def exported(source: Vault, tmp_path: Path) -> Path:
    path = tmp_path / "export.json"
    export_json(source.connection, path)
    return path


def _counts(vault: Vault) -> dict[str, int]:
    tables = [
        row[0]
        for row in vault.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
            " AND name NOT IN ('meta', 'sqlite_sequence')"
        )
    ]
    return {t: vault.connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _entry(vault: Vault, title: str, body: str, created: datetime) -> int:
    return EntryRepository(vault.connection).create(title=title, body=body, created=created).id


def _document(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


# ----- into an empty vault, and again ------------------------------------------------------


def test_summary_first_changes_nothing_and_tells_counts_and_days(
    source: Vault, target: Vault, exported: Path
) -> None:
    before = _counts(target)
    triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    kept = target.connection.execute(triggers).fetchall()
    summary = read_summary(target.connection, exported)
    assert _counts(target) == before  # the summary's transaction was rolled back
    assert target.connection.execute(triggers).fetchall() == kept  # the index's too
    by_id = {m.id: m for m in summary.modules}
    assert by_id["journal"].in_file == 60 and by_id["journal"].added == 60
    assert summary.in_file == summary.added > 60
    assert summary.first_day is not None and summary.last_day is not None
    assert summary.first_day <= summary.last_day <= TODAY
    assert summary.duplicates == 0
    assert any(line.startswith("Journal: 60 in the file, 60 to add") for line in summary.lines())


def test_import_fills_an_empty_vault_and_reimport_adds_nothing(
    source: Vault, target: Vault, exported: Path
) -> None:
    done = import_mooring(target.connection, exported)
    assert _counts(target) == _counts(source)
    again = import_mooring(target.connection, exported)
    assert again.added == 0
    by_id = {m.id: m for m in again.modules}
    assert by_id["journal"].skipped == 60 and not by_id["journal"].note
    assert by_id["checkins"].skipped == by_id["checkins"].in_file
    # A module with ids of its own is left as it is, and says so in one sentence.
    assert "already has its own" in by_id["sessions"].note
    assert _counts(target) == _counts(source)
    assert done.added == done.in_file


def test_search_finds_imported_entries(target: Vault, exported: Path, source: Vault) -> None:
    read_summary(target.connection, exported)
    import_mooring(target.connection, exported)
    title = source.connection.execute(
        "SELECT title FROM entries WHERE deleted_at IS NULL AND title != '' LIMIT 1"
    ).fetchone()[0]
    word = max(title.split(), key=len)
    hits = EntryRepository(target.connection).search(word)
    assert any(hit.title == title for hit in hits.hits)


# ----- merging into a vault that has data --------------------------------------------------


def test_journal_merges_and_skips_an_entry_already_there(tmp_path: Path, target: Vault) -> None:
    when = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    _entry(target, "Walk", "Went to the lake.", when)
    other, _code = Vault.create(tmp_path / "other", PASSPHRASE, kdf=SMALL_KDF)
    try:
        _entry(other, "Walk", "Went to the lake.", when)  # the same entry
        _entry(other, "Walk", "Went to the lake, then home.", when)  # a different body
        _entry(other, "Call", "Talked with my sponsor.", when)
        export_json(other.connection, tmp_path / "other.json")
    finally:
        other.close()
    summary = read_summary(target.connection, tmp_path / "other.json")
    journal = summary.modules[0]
    assert (journal.in_file, journal.added, journal.skipped) == (3, 2, 1)
    assert summary.duplicates == 1
    import_mooring(target.connection, tmp_path / "other.json")
    assert EntryRepository(target.connection).count() == 3
    import_mooring(target.connection, tmp_path / "other.json")
    assert EntryRepository(target.connection).count() == 3


def test_checkins_merge_by_day_keeping_the_one_here(target: Vault, exported: Path) -> None:
    document = _document(exported)
    checkins = next(m for m in document["modules"] if m["id"] == "checkins")["records"]
    day = date.fromisoformat(checkins[0]["data"]["day"])
    CheckInRepository(target.connection).save(
        CheckIn(day, 1, 2, 3, False, False, False, False, None, "mine")
    )
    summary = import_mooring(target.connection, exported)
    found = next(m for m in summary.modules if m.id == "checkins")
    assert found.skipped == 1 and found.added == len(checkins) - 1
    kept = CheckInRepository(target.connection).get(day)
    assert kept is not None and kept.note == "mine"


def test_sessions_link_to_the_new_ids_of_their_entries(
    source: Vault, target: Vault, tmp_path: Path
) -> None:
    session_id = source.connection.execute("SELECT max(id) FROM sessions").fetchone()[0]
    for entry_id in (5, 17):
        session_ops.link_entry(source.connection, session_id, entry_id)
    export_json(source.connection, tmp_path / "linked.json")
    _entry(target, "Already here", "", datetime(2020, 1, 1, tzinfo=UTC))  # shifts new ids
    import_mooring(target.connection, tmp_path / "linked.json")
    query = (
        "SELECT e.created, e.title FROM session_entries l JOIN entries e ON e.id = l.entry_id"
        " ORDER BY 1, 2"
    )
    linked = source.connection.execute(query).fetchall()
    assert len(linked) == 2
    assert target.connection.execute(query).fetchall() == linked


# ----- progress and cancel ---------------------------------------------------------------


def test_progress_counts_to_the_total_and_cancel_changes_nothing(
    target: Vault, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "PROGRESS_EVERY", 50)
    seen: list[tuple[int, int]] = []
    total = read_summary(target.connection, exported).in_file
    before = fingerprint_of(target)
    with pytest.raises(ImportCancelled):
        import_mooring(
            target.connection,
            exported,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 3,
            expected=total,
        )
    assert fingerprint_of(target) == before
    assert seen[0] == (50, total)
    seen.clear()
    import_mooring(
        target.connection, exported, progress=lambda d, t: seen.append((d, t)), expected=total
    )
    assert seen[-1] == (total, total)


def fingerprint_of(vault: Vault) -> dict[str, int]:
    return _counts(vault)


# ----- bad files: one sentence, nothing changed ------------------------------------------


def _refused(target: Vault, path: Path) -> str:
    before = _counts(target)
    files = fingerprint(target.paths.root) if hasattr(target, "paths") else {}
    with pytest.raises(ImportFailed) as caught:
        import_mooring(target.connection, path)
    assert _counts(target) == before
    if files:
        assert set(fingerprint(target.paths.root)) == set(files)
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".")
    return message


def test_malformed_json_names_the_file_line_and_column(target: Vault, exported: Path) -> None:
    lines = exported.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace('"kind":', '"kind" ', 1)
    broken = exported.with_name("broken.json")
    broken.write_text("\n".join(lines), encoding="utf-8")
    message = _refused(target, broken)
    assert message.startswith("broken.json is not valid JSON at line 3, column ")


def test_truncated_file_is_refused_and_nothing_is_added(target: Vault, exported: Path) -> None:
    data = exported.read_bytes()
    cut = exported.with_name("cut.json")
    cut.write_bytes(data[: len(data) * 2 // 3])
    message = _refused(target, cut)
    assert message.startswith("cut.json ends too soon (line ")
    assert EntryRepository(target.connection).count() == 0


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ([1, 2, 3], "begins with {"),
        ({"format": "something-else", "format_version": 1, "modules": []}, "format"),
        ({"format": "mooring-export", "modules": []}, "no format version"),
        ({"format": "mooring-export", "format_version": 1}, "no modules"),
        ({"format": "mooring-export", "format_version": 1, "modules": {}}, "modules is a list"),
        (
            {"format": "mooring-export", "format_version": 1, "modules": [{"id": "journal"}]},
            "no id or no records",
        ),
        (
            {
                "format": "mooring-export",
                "format_version": 1,
                "modules": [{"id": "journal", "records": [{"kind": "entry"}]}],
            },
            "no kind or data",
        ),
        (
            {
                "format": "mooring-export",
                "format_version": 1,
                "modules": [{"id": "journal", "records": [{"kind": "entry", "data": {}}]}],
            },
            "no readable created time",
        ),
        (
            {
                "format": "mooring-export",
                "format_version": 1,
                "modules": [{"id": "diary", "records": []}],
            },
            "doesn't know",
        ),
    ],
)
def test_valid_json_of_the_wrong_shape_is_refused(
    target: Vault, tmp_path: Path, document: Any, words: str
) -> None:
    path = tmp_path / "shape.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    message = _refused(target, path)
    assert message.startswith("shape.json ") and words in message


def test_a_wrong_field_type_refuses_the_whole_file(target: Vault, exported: Path) -> None:
    document = _document(exported)
    sessions = next(m for m in document["modules"] if m["id"] == "sessions")
    sessions["records"][-1]["data"]["id"] = "not a number"
    message = _refused(target, _write(exported.with_name("typed.json"), document))
    assert "sessions" in message
    assert EntryRepository(target.connection).count() == 0  # the journal went back too


def test_a_newer_format_version_is_refused_clearly(target: Vault, exported: Path) -> None:
    document = _document(exported)
    document["format_version"] = 2
    message = _refused(target, _write(exported.with_name("newer.json"), document))
    assert message == (
        "newer.json was made by a newer Mooring (format version 2); update Mooring to import it."
    )


def test_a_file_past_the_cap_is_refused_before_reading(target: Vault, tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as stream:  # sparse: 2 GB on paper, nothing on the disk
        stream.truncate(2 * 1024**3)
    message = _refused(target, huge)
    assert message == "huge.json is larger than 1 GB, more than Mooring imports at once."


def test_not_utf8_is_refused(target: Vault, tmp_path: Path) -> None:
    path = tmp_path / "latin.json"
    path.write_bytes(b'{"format": "mooring-export", "x": "\xe9t\xe9"}')
    assert "is not UTF-8 text" in _refused(target, path)


@pytest.mark.parametrize(
    ("module", "field", "value"),
    [
        ("journal", "created", "2999-01-01T10:00:00+00:00"),
        ("journal", "created", "1850-05-01T10:00:00+00:00"),
        ("journal", "edited", "2025-02-30T10:00:00+00:00"),
        ("checkins", "day", "+12025-01-01"),
        ("checkins", "day", "0999-01-01"),
        ("sessions", "created", "2200-01-01T10:00:00+00:00"),
    ],
)
def test_dates_out_of_range_are_refused(
    target: Vault, exported: Path, module: str, field: str, value: str
) -> None:
    document = _document(exported)
    records = next(m for m in document["modules"] if m["id"] == module)["records"]
    record = next(r for r in records if field in r["data"])
    record["data"][field] = value
    message = _refused(target, _write(exported.with_name("dates.json"), document))
    assert "dates.json" in message


def test_a_missing_file_and_a_folder_are_refused(target: Vault, tmp_path: Path) -> None:
    assert _refused(target, tmp_path / "nothing.json").endswith("does not exist.")
    assert _refused(target, tmp_path).endswith("choose the export file.")


def test_links_to_a_module_left_out_become_empty(target: Vault, exported: Path) -> None:
    document = _document(exported)
    sessions = next(m for m in document["modules"] if m["id"] == "sessions")["records"]
    session_id = next(r["data"]["id"] for r in sessions if r["kind"] == "sessions")
    runs = next(m for m in document["modules"] if m["id"] == "exercises")["records"]
    runs[0]["data"]["session_id"] = session_id
    path = _write(exported.with_name("linked.json"), document)
    # The vault has a session already, so the file's sessions are left out...
    session_ops.create_session(target.connection, SessionDraft(start=datetime(2025, 5, 1, 17)))
    summary = import_mooring(target.connection, path)
    assert next(m for m in summary.modules if m.id == "sessions").added == 0
    # ...and the run that pointed at one of them points at none (not at a stranger's).
    linked = target.connection.execute(
        "SELECT session_id FROM exercise_runs WHERE id = ?", (runs[0]["data"]["id"],)
    ).fetchone()
    assert linked == (None,)


def test_a_topic_from_an_entry_follows_the_entry(
    source: Vault, target: Vault, tmp_path: Path
) -> None:
    entry_id = _entry(source, "The topic's entry", "Words.", datetime(2025, 7, 1, tzinfo=UTC))
    session_ops.add_topic(source.connection, "Talk about this", "entry", str(entry_id))
    export_json(source.connection, tmp_path / "topic.json")
    _entry(target, "Already here", "", datetime(2020, 1, 1, tzinfo=UTC))
    import_mooring(target.connection, tmp_path / "topic.json")
    ref = target.connection.execute(
        "SELECT source_ref FROM session_topics WHERE source_kind = 'entry'"
        " AND text = 'Talk about this'"
    ).fetchone()[0]
    title = target.connection.execute(
        "SELECT title FROM entries WHERE id = ?", (int(ref),)
    ).fetchone()[0]
    assert title == "The topic's entry" and int(ref) != entry_id


def test_words_that_look_like_dates_are_only_words(target: Vault, exported: Path) -> None:
    document = _document(exported)
    boundaries = next(m for m in document["modules"] if m["id"] == "boundaries")["records"]
    record = next(r for r in boundaries if r["kind"] == "boundaries")
    record["data"]["statement"] = "2150-02-30 is a day I made up; I will still say no."
    import_mooring(target.connection, _write(exported.with_name("words.json"), document))
    found = target.connection.execute(
        "SELECT statement FROM boundaries WHERE id = ?", (record["data"]["id"],)
    ).fetchone()
    assert found == ("2150-02-30 is a day I made up; I will still say no.",)
