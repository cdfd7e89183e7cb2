"""Imports from other journals into a real vault: jrnl, Day One (JSON and zip),
RedNotebook, a Markdown folder; the plan, one transaction, re-import adds nothing."""

from __future__ import annotations

import json
import os
import shutil
import time
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.exchange.importers import (
    DAYONE,
    JRNL,
    MARKDOWN,
    REDNOTEBOOK,
    ImportCancelled,
    ImportPlan,
    apply_import,
    import_entries,
    plan_import,
)
from app.journal.entries import EntryRepository
from app.journal.model import Entry
from app.journal.ops import ENTRIES, TAGS
from app.vault.vault import Vault

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def entries_in(vault: Vault) -> list[Entry]:
    repo = EntryRepository(vault.connection)
    ids = [row[0] for row in vault.connection.execute("SELECT id FROM entries ORDER BY id")]
    return [repo.get(entry_id) for entry_id in ids]


def by_title(entries: list[Entry]) -> dict[str, Entry]:
    return {entry.title: entry for entry in entries}


def local(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute).astimezone()


# ----- jrnl ---------------------------------------------------------------------------


def test_jrnl_export_is_planned_then_imported_with_dates_tags_and_stars(vault: Vault) -> None:
    plan = plan_import(FIXTURES / "jrnl.json", connection=vault.connection)
    assert plan.format == JRNL
    assert len(plan.entries) == 3 and plan.duplicates == 0
    assert (plan.first_day, plan.last_day) == (date(2024, 2, 6), date(2024, 2, 9))
    assert [tag for tag, _ in plan.tags()] == ["meeting", "walk"]
    assert any("local time" in note for note in plan.notes)
    assert entries_in(vault) == []  # planning writes nothing

    assert apply_import(vault.connection, plan) == 3
    stored = by_title(entries_in(vault))
    first = stored["First meeting in a while."]
    assert first.created == local(2024, 2, 6, 21, 40)
    assert first.tags == ("meeting",)
    assert first.bring_to_therapy is True
    assert first.body.startswith("Went to the Tuesday group.")
    walk = stored["Long walk after the argument."]
    assert walk.tags == ("walk", "Meeting") and walk.bring_to_therapy is False
    assert stored["Quick note."].body == ""


def test_reimporting_the_same_file_adds_nothing(vault: Vault) -> None:
    apply_import(vault.connection, plan_import(FIXTURES / "jrnl.json", connection=vault.connection))
    again = plan_import(FIXTURES / "jrnl.json", connection=vault.connection)
    assert again.entries == () and again.duplicates == 3 and again.found == 3
    assert any("already in your journal" in line for line in again.summary())
    assert apply_import(vault.connection, again) == 0
    assert len(entries_in(vault)) == 3


def test_applying_one_plan_twice_adds_nothing_the_second_time(vault: Vault) -> None:
    plan = plan_import(FIXTURES / "jrnl.json", connection=vault.connection)
    assert apply_import(vault.connection, plan) == 3
    assert apply_import(vault.connection, plan) == 0
    assert len(entries_in(vault)) == 3


def test_an_entry_in_the_trash_still_counts_as_already_imported(vault: Vault) -> None:
    apply_import(vault.connection, plan_import(FIXTURES / "jrnl.json"))
    repo = EntryRepository(vault.connection)
    repo.delete(entries_in(vault)[0].id)
    again = plan_import(FIXTURES / "jrnl.json", connection=vault.connection)
    assert again.duplicates == 3


def test_a_changed_entry_is_not_a_duplicate(vault: Vault, tmp_path: Path) -> None:
    apply_import(vault.connection, plan_import(FIXTURES / "jrnl.json"))
    document = json.loads((FIXTURES / "jrnl.json").read_text())
    document["entries"][0]["body"] += " Edited later."
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document))
    plan = plan_import(changed, connection=vault.connection)
    assert plan.duplicates == 2 and len(plan.entries) == 1


def test_an_entry_twice_in_the_file_is_imported_once(tmp_path: Path) -> None:
    document = json.loads((FIXTURES / "jrnl.json").read_text())
    document["entries"].append(dict(document["entries"][0]))
    twice = tmp_path / "twice.json"
    twice.write_text(json.dumps(document))
    plan = plan_import(twice)
    assert len(plan.entries) == 3
    assert [s.count for s in plan.skipped] == [1]
    assert "appeared twice" in plan.skipped[0].text


def test_jrnl_times_are_taken_as_local_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "America/Toronto")
    time.tzset()
    try:
        plan = plan_import(FIXTURES / "jrnl.json")
        first = plan.entries[0]
        assert first.created.utcoffset() == timedelta(hours=-5)
        assert (first.created.hour, first.created.minute) == (21, 40)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_json_is_recognised_by_its_content_not_its_name(tmp_path: Path) -> None:
    renamed = tmp_path / "export.txt"
    shutil.copy(FIXTURES / "jrnl.json", renamed)
    assert plan_import(renamed).format == JRNL


# ----- Day One -------------------------------------------------------------------------


def _check_day_one(plan: ImportPlan) -> None:
    assert plan.format == DAYONE
    assert len(plan.entries) == 2
    sponsor, coffee = plan.entries
    # 19:30 UTC shown in the entry's own zone (Berlin, +01:00 in November).
    assert sponsor.created == datetime(2023, 11, 4, 19, 30, tzinfo=UTC)
    assert sponsor.created.utcoffset() == timedelta(hours=1)
    assert sponsor.title == "Called my sponsor"
    assert "second ring. We talked" in sponsor.body and "eleven!" in sponsor.body
    assert "dayone-moment" not in sponsor.body and "\\" not in sponsor.body
    assert sponsor.tags == ("sponsor", "sleep") and sponsor.flagged
    assert coffee.created.utcoffset() == timedelta(hours=-5)
    assert coffee.title == ""
    lines = plan.summary()
    assert any(line.startswith("3 photos and other attachments left out") for line in lines)
    assert any("1 entry without text skipped" in line for line in lines)


def test_day_one_json(vault: Vault) -> None:
    plan = plan_import(FIXTURES / "dayone.json", connection=vault.connection)
    _check_day_one(plan)
    assert apply_import(vault.connection, plan) == 2
    stored = by_title(entries_in(vault))["Called my sponsor"]
    assert stored.created.isoformat() == "2023-11-04T20:30:00+01:00"


def day_one_zip(folder: Path) -> Path:
    path = folder / "Export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(FIXTURES / "dayone.json", "Journal.json")
        archive.writestr(
            "photos/d41d8cd98f00b204e9800998ecf8427e.jpeg", b"\xff\xd8 not a real photo"
        )
    return path


def test_day_one_zip_is_read_in_memory(vault: Vault, tmp_path: Path) -> None:
    path = day_one_zip(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    plan = plan_import(path, connection=vault.connection)
    _check_day_one(plan)
    assert sorted(tmp_path.rglob("*")) == before  # nothing extracted
    assert apply_import(vault.connection, plan) == 2
    assert plan_import(path, connection=vault.connection).duplicates == 2


# ----- RedNotebook ----------------------------------------------------------------------


def test_rednotebook_folder(vault: Vault) -> None:
    plan = plan_import(FIXTURES / "rednotebook", connection=vault.connection)
    assert plan.format == REDNOTEBOOK
    assert [e.created for e in plan.entries] == [
        local(2024, 1, 3),
        local(2024, 1, 14),
        local(2024, 1, 20),
        local(2024, 2, 1),
    ]
    assert any("12:00 local time" in note for note in plan.notes)
    assert apply_import(vault.connection, plan) == 4
    stored = entries_in(vault)
    assert stored[1].tags == ("halt", "evening")
    assert stored[1].body.endswith("It passed after about twenty minutes.")
    assert stored[2].tags == ("Gratitude",)
    assert stored[2].body == "- Gratitude: the bus driver who waited\n- Gratitude: warm socks"
    assert stored[3].tags == ("money",)


# ----- Markdown --------------------------------------------------------------------------


def test_markdown_folder(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    shutil.copytree(FIXTURES / "markdown", folder)
    loose = folder / "no date.txt"
    moment = datetime(2022, 5, 6, 7, 8, 9, tzinfo=UTC)
    os.utime(loose, (moment.timestamp(), moment.timestamp()))
    plan = plan_import(folder, connection=vault.connection)
    assert plan.format == MARKDOWN
    entries = {e.title: e for e in plan.entries}
    assert set(entries) == {"Evening walk", "Before work", "first week", "no date"}
    walk = entries["Evening walk"]
    assert walk.created.isoformat() == "2024-03-10T20:15:00+01:00"
    assert walk.tags == ("walk", "calm") and walk.flagged
    assert walk.body.startswith("Took the long way") and "---" not in walk.body
    assert entries["Before work"].created == local(2024, 3, 12)
    assert entries["Before work"].body.startswith("Ten minutes")
    assert entries["first week"].created == local(2019, 7, 1)
    assert entries["no date"].created == moment
    assert apply_import(vault.connection, plan) == 4
    assert plan_import(folder, connection=vault.connection).duplicates == 4


def test_one_markdown_file(tmp_path: Path) -> None:
    plan = plan_import(FIXTURES / "markdown" / "2024-03-12 morning.md")
    assert plan.format == MARKDOWN and [e.title for e in plan.entries] == ["Before work"]


# ----- one transaction, progress, cancel -----------------------------------------------


def _many(tmp_path: Path, count: int) -> Path:
    start = datetime(2020, 1, 1, 8, 0)
    document = {
        "tags": {},
        "entries": [
            {
                "title": f"Day {n}",
                "body": f"Entry number {n}.",
                "date": (start + timedelta(days=n)).strftime("%Y-%m-%d"),
                "time": "08:00",
                "tags": ["@daily"],
                "starred": False,
            }
            for n in range(count)
        ],
    }
    path = tmp_path / "many.json"
    path.write_text(json.dumps(document))
    return path


def test_progress_is_reported_and_the_op_names_its_changes(vault: Vault, tmp_path: Path) -> None:
    plan = plan_import(_many(tmp_path, 600))
    seen: list[tuple[int, int]] = []
    result = import_entries(vault.connection, plan, progress=lambda d, t: seen.append((d, t)))
    assert result.value == 600
    assert result.changes.touches(ENTRIES) and result.changes.touches(TAGS)
    assert seen[0] == (0, 600) and seen[-1] == (600, 600)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert import_entries(vault.connection, plan).changes.is_empty()


def test_cancelling_keeps_nothing(vault: Vault, tmp_path: Path) -> None:
    plan = plan_import(_many(tmp_path, 600))
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # after some entries were written

    with pytest.raises(ImportCancelled):
        apply_import(vault.connection, plan, cancelled=cancelled)
    assert entries_in(vault) == []
    assert not vault.connection.in_transaction
    assert apply_import(vault.connection, plan) == 600


def _triggers(vault: Vault) -> list[tuple[str, str]]:
    return sorted(
        vault.connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    )


def test_a_large_import_is_searchable_and_keeps_the_index_whole(
    vault: Vault, tmp_path: Path
) -> None:
    triggers = _triggers(vault)
    EntryRepository(vault.connection).create(title="Before", body="kettle before import")
    plan = plan_import(_many(tmp_path, 700))
    assert apply_import(vault.connection, plan) == 700
    assert _triggers(vault) == triggers
    vault.connection.execute(
        "INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)"
    )
    repo = EntryRepository(vault.connection)
    hits = repo.search("number 699").hits
    assert hits and hits[0].title == "Day 699"
    assert repo.search("daily").hits  # tags are found too
    assert [h.title for h in repo.search("kettle").hits] == ["Before"]
    # An entry written after the import is indexed by the triggers again.
    repo.create(title="After", body="a lantern by the window")
    assert [h.title for h in repo.search("lantern").hits] == ["After"]


def test_a_cancelled_large_import_puts_the_triggers_back(vault: Vault, tmp_path: Path) -> None:
    triggers = _triggers(vault)
    plan = plan_import(_many(tmp_path, 700))
    calls = iter([False, False, True])
    with pytest.raises(ImportCancelled):
        apply_import(vault.connection, plan, cancelled=lambda: next(calls))
    assert _triggers(vault) == triggers
    assert entries_in(vault) == []


def test_a_folder_of_notes_with_a_month_named_file_is_markdown(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2024-03.txt").write_text("Plans for March: fewer late nights.\n")
    (folder / "2024-03-02 saturday.md").write_text("Slept in. Felt fine.\n")
    plan = plan_import(folder)
    assert plan.format == MARKDOWN and len(plan.entries) == 2
    assert plan_import(FIXTURES / "rednotebook").format == REDNOTEBOOK


def test_no_temporary_files_are_made(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    source = tmp_path / "source"
    source.mkdir()
    path = day_one_zip(source)
    before = sorted(tmp_path.rglob("*"))
    apply_import(vault.connection, plan_import(path, connection=vault.connection))
    apply_import(vault.connection, plan_import(_many(source, 600), connection=vault.connection))
    after = {p for p in tmp_path.rglob("*") if "vault" not in p.parts}
    assert after == {p for p in before if "vault" not in p.parts} | {source / "many.json"}
    assert list(private_tmp.iterdir()) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Sorry.\n\n![](dayone-moment://AB12)\n\nBed by eleven!", "Sorry.\n\nBed by eleven!"),
        ("Sorry.\n![](dayone-moment://AB12)\nBed by eleven!", "Sorry.\n\nBed by eleven!"),
        ("see ![](dayone-moment://AB12) here", "see here"),
        ("![](dayone-moment://AB12)\n\nText", "Text"),
        ("Keep\n\n\n\nmy own blank lines", "Keep\n\n\n\nmy own blank lines"),
    ],
)
def test_a_day_one_photo_left_out_leaves_one_paragraph_break(text: str, body: str) -> None:
    from app.exchange.importers.dayone import split_title

    assert split_title(text) == ("", body)
