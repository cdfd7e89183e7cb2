"""Imports as a new user does them, on the "Your data" page of the real window, over a
real vault: a Day One export as Day One makes it, a round trip of a demo vault through
Mooring's own export, and a broken file of each kind.

One run of the real ``mooring`` under Xvfb, driven with the keyboard only (the
sections list and the import section's mnemonics) through Qt's own file dialogs with
typed paths:

1. A Day One ``.zip`` (``Journal.json`` at its top and a ``photos/`` folder, as Day One
   writes it): the summary; Import (Alt+I). The vault then holds each entry's title,
   text, tags and star ("bring to therapy"), and its moment in the entry's own time
   zone: Day One stores UTC plus a zone name, and a person who wrote at 20:30 in
   Berlin expects 20:30 on that day, whatever this computer's zone is (here UTC). The
   journal page (Ctrl+2) is photographed.
2. A demo vault made with the command line (``init``, ``demo``, ``export --format
   json``), imported through the same section: every module's table then holds what
   the demo vault holds (the journal's tables: plus step 1's entries, exactly).
3. A broken file of each kind: one sentence each, and nothing in the vault changes
   (every table's row count compared; and Alt+I, pressed after each, finds no Import
   button to press). A RedNotebook folder with one unreadable month still offers the
   other months (the summary names the broken one) and is cancelled. A Markdown file
   in Latin-1 imports, read as Western European text, as the Markdown importer
   promises.

What was stored is checked in the vault file (``VaultPeek``). Nothing of the entries
reaches a window title, the app's output or a file outside the vault. Screenshots land
in the test's ``shots`` folder and, at the end, in /tmp/walkthrough-data-imports/
(``MOORING_WALKTHROUGH`` moves it; empty turns it off).
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import time
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from walkthrough import SECTIONS, Walk, assert_no_word_in_window_titles
from xdriver import VaultPeek, files_containing, run_cli, visible_windows, wait_until, xdotool

pytestmark = pytest.mark.e2e

PASSPHRASE = "quiet harbour morning imports"
WALKTHROUGH = os.environ.get("MOORING_WALKTHROUGH", "/tmp/walkthrough-data-imports")
SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"

# Two entries added to the Day One sample: written late in the evening in Los Angeles
# and early in the morning in Tokyo, so the entry's own day is not its UTC day (the
# sample's own entries fall on the same day in UTC and in their zone).
EXTRA_DAYONE_ENTRIES = [
    {
        "uuid": "9D4F3A5EBB7C4D9FC03B4C5D6E7F8091",
        "creationDate": "2023-11-08T03:30:00Z",
        "timeZone": "America/Los_Angeles",
        "starred": False,
        "tags": ["late shift"],
        "text": "# Night shift ended\n\nDrove home the long way with the windows down\\.",
    },
    {
        "uuid": "AE5A4B6FCC8D4EA0D14C5D6E7F8091A2",
        "creationDate": "2023-11-09T22:45:00Z",
        "timeZone": "Asia/Tokyo",
        "starred": True,
        "tags": ["travel"],
        "text": "# Layover\n\nWatched the planes land at dawn\\.",
    },
]
# What each Day One entry is stored as: (title, body, created with the entry's own
# offset, its local day, the UTC moment, bring to therapy, tags in order). The third
# sample entry has photos and no text: Mooring keeps no empty entries.
DAYONE_STORED = [
    (
        "Called my sponsor",
        "She picked up on the second ring. We talked about sleep and about not waiting"
        " for an apology.\n\nBed by eleven!",
        "2023-11-04T20:30:00+01:00",  # Berlin, winter time
        "2023-11-04",
        "2023-11-04T19:30:00.000000",
        1,
        ["sponsor", "sleep"],
    ),
    (
        "",
        "Short one. Coffee, the list for today, no drama.",
        "2023-11-06T02:10:00-05:00",  # Toronto, the day after summer time ended
        "2023-11-06",
        "2023-11-06T07:10:00.000000",
        0,
        [],
    ),
    (
        "Night shift ended",
        "Drove home the long way with the windows down.",
        "2023-11-07T19:30:00-08:00",  # the evening before, in Los Angeles
        "2023-11-07",
        "2023-11-08T03:30:00.000000",
        0,
        ["late shift"],
    ),
    (
        "Layover",
        "Watched the planes land at dawn.",
        "2023-11-10T07:45:00+09:00",  # the morning after, in Tokyo
        "2023-11-10",
        "2023-11-09T22:45:00.000000",
        1,
        ["travel"],
    ),
]
# The journal's own tables: step 1's entries are in them before the round trip.
JOURNAL_TABLES = ("entries", "entry_tags", "entry_tag_text")
# Words of the entries that must stay inside the vault (demo words are added at run time).
CONTENT_WORDS = [
    "second ring",
    "apology",
    "the list for today",
    "drove home the long way",
    "planes land",
    "au lait at the market",
    "old pull around six",
]


def _table_counts(peek: VaultPeek) -> dict[str, int]:
    """Every table's row count (the search index's and SQLite's own tables too)."""
    names = [
        str(row[0])
        for row in peek.rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    return {name: int(str(peek.rows(f'SELECT count(*) FROM "{name}"')[0][0])) for name in names}


def _module_tables(counts: dict[str, int]) -> dict[str, int]:
    """The modules' tables: without the vault's meta, the search index, SQLite's own."""
    return {
        name: n
        for name, n in counts.items()
        if name != "meta" and "fts" not in name and not name.startswith("sqlite_")
    }


def _live_count(walk: Walk) -> int:
    return int(str(walk.rows("SELECT count(*) FROM entries WHERE deleted_at IS NULL")[0][0]))


def _choose(walk: Walk, mnemonic: str, title: str, path: Path) -> None:
    """Open the section's dialog with its mnemonic, type ``path``, press Return."""
    walk.keys(mnemonic, what=f"the {title!r} dialog")
    chooser = walk.dialog(title)
    chooser.key("ctrl+a")
    chooser.type(str(path), delay_ms=5)
    walk.settle("the typed path")
    chooser.key("Return")
    wait_until(lambda: not visible_windows(title), f"the {title!r} dialog to close")
    walk.settle("the plan")


def _choose_file(walk: Walk, path: Path) -> None:
    _choose(walk, "alt+f", "Choose the file to import", path)


def _choose_folder(walk: Walk, path: Path) -> None:
    _choose(walk, "alt+d", "Choose the folder to import", path)


def _show_plan(walk: Walk) -> None:
    """Bring the plan's buttons into view the way a keyboard user does: Tab to Cancel
    and back to Import (the page scrolls to the focused button; it does not on its own
    when the plan appears)."""
    walk.keys("Tab", "shift+Tab", what="the plan in view")


def _expected_problem(path: Path) -> str:
    """The one sentence the importers give for ``path`` (what the page should show)."""
    from app.exchange.importers import ImportProblem, plan_import

    with pytest.raises(ImportProblem) as refused:
        plan_import(path)
    return str(refused.value)


# ----- the inputs, as the person keeps them -------------------------------------------


def _dayone_zip(folder: Path) -> Path:
    """A Day One export as Day One writes it: ``Journal.json`` at the top, photos in
    ``photos/`` named by their md5."""
    document = json.loads((SAMPLES / "dayone.json").read_text(encoding="utf-8"))
    document["entries"].extend(EXTRA_DAYONE_ENTRIES)
    path = folder / "Day One export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", json.dumps(document, indent=2))
        # A tiny stand-in for a JPEG (start and end markers): never opened by the import.
        archive.writestr(
            "photos/d41d8cd98f00b204e9800998ecf8427e.jpeg",
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(32) + b"\xff\xd9",
        )
    return path


def _broken_inputs(folder: Path, export: Path) -> dict[str, Path]:
    """One broken source of each kind, by what it is."""
    broken: dict[str, Path] = {}
    # jrnl: valid JSON, but its "entries" are a mapping, not jrnl's list.
    wrong_shape = folder / "jrnl wrong shape.json"
    wrong_shape.write_text(
        json.dumps({"tags": {"@work": 1}, "entries": {"2024-03-10": "A day at work."}}),
        encoding="utf-8",
    )
    broken["jrnl-wrong-shape"] = wrong_shape
    # Day One: random bytes named like its export.
    not_a_zip = folder / "Day One not a zip.zip"
    not_a_zip.write_bytes(random.Random(14).randbytes(4096))
    broken["dayone-not-a-zip"] = not_a_zip
    # Day One: a real zip whose Journal.json was cut short.
    journal = (SAMPLES / "dayone.json").read_text(encoding="utf-8")
    cut_zip = folder / "Day One cut short.zip"
    with zipfile.ZipFile(cut_zip, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", journal[: len(journal) // 2])
    broken["dayone-cut-short"] = cut_zip
    # Markdown: the one file's header (front matter) is not YAML.
    markdown = folder / "notes with a broken header"
    markdown.mkdir()
    (markdown / "2024-05-02 evening.md").write_text(
        "---\ndate: [2024-05-02\ntags: calm\n---\nThe old pull around six, and it passed.\n",
        encoding="utf-8",
    )
    broken["markdown-broken-header"] = markdown
    # Mooring: its own export cut short in the middle of its records.
    text = export.read_text(encoding="utf-8")
    cut = folder / "mooring export cut short.json"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    broken["mooring-cut-short"] = cut
    # Mooring: an export from a newer Mooring (docs/export-format.md: version rules).
    newer_text, replaced = re.subn(r'"format_version": 1\b', '"format_version": 2', text, count=1)
    assert replaced == 1, text[:200]
    newer = folder / "mooring export newer.json"
    newer.write_text(newer_text, encoding="utf-8")
    broken["mooring-newer"] = newer
    return broken


def test_a_new_user_imports_day_one_a_mooring_export_and_broken_files(tmp_path: Path) -> None:
    started = time.monotonic()
    walk = Walk(tmp_path, PASSPHRASE, WALKTHROUGH)
    walk.create_vault()

    # A demo vault of its own, made and exported with the command line.
    demo = tmp_path / "demo-vault"
    twice = walk.folders["inputs"] / "passphrase-twice"  # create_vault's, same passphrase
    made = run_cli(walk.env, twice, "init", "--data-dir", str(demo))
    assert made.returncode == 0, made.stderr
    filled = run_cli(
        walk.env, walk.passphrase_file, "demo", "--data-dir", str(demo), "--entries", "20"
    )
    assert filled.returncode == 0, filled.stderr
    exports = walk.folders["home"] / "Old journals"
    exports.mkdir()
    export = exports / "mooring-export.json"
    written = run_cli(
        walk.env,
        walk.passphrase_file,
        "export",
        "--data-dir",
        str(demo),
        "--format",
        "json",
        "--out",
        str(export),
    )
    assert written.returncode == 0, written.stderr
    demo_peek = VaultPeek(demo, PASSPHRASE)
    demo_counts = _module_tables(_table_counts(demo_peek))
    assert demo_counts["entries"] == 20, demo_counts
    # A few words of the demo's own entries must stay inside the vaults too.
    words = list(CONTENT_WORDS)
    for (body,) in demo_peek.rows("SELECT body FROM entries ORDER BY id LIMIT 5"):
        phrase = " ".join(str(body).split()[1:5])
        if phrase == phrase.lower():
            words.append(phrase)
    assert len(words) > len(CONTENT_WORDS), "no demo words to look for"

    dayone = _dayone_zip(exports)
    broken = _broken_inputs(exports, export)
    rednotebook = exports / "rednotebook"
    shutil.copytree(SAMPLES / "rednotebook-broken", rednotebook)
    latin = exports / "latin-1 notes"
    latin.mkdir()
    (latin / "2024-05-01 market.md").write_bytes(
        "Caf\u00e9 au lait at the market with Ren\u00e9e; we talked about the weekend.\n".encode(
            "latin-1"
        )
    )

    _, output = walk.run_window(
        lambda: _use_the_window(walk, dayone, export, demo_counts, broken, rednotebook, latin)
    )
    for word in words:
        assert word not in output.lower(), word
    for name in ("config", "tmp"):
        assert files_containing(walk.folders[name], words) == [], name
    # Qt's own file dialog settings keep no trace of the folders chosen.
    for path in walk.folders["home"].rglob("*"):
        if "QtProject" in str(path) and path.is_file():
            settings = path.read_text(errors="replace")
            assert "Old journals" not in settings, settings
    print(f"data imports window test: {time.monotonic() - started:.1f} s")


def _use_the_window(
    walk: Walk,
    dayone: Path,
    export: Path,
    demo_counts: dict[str, int],
    broken: dict[str, Path],
    rednotebook: Path,
    latin: Path,
) -> None:
    walk.settle("the lock screen")
    walk.unlock()
    xdotool("windowsize", walk.window.id, "1280", "800")
    walk.settle("the bigger window")
    fresh = _table_counts(walk.vault)
    assert SECTIONS[-1] == "data"
    walk.keys("ctrl+1", "F6", "End", "F6", what="the data page")

    _day_one(walk, dayone)
    _round_trip(walk, export, demo_counts, fresh)
    _broken_files(walk, broken, rednotebook)
    _latin_1_markdown(walk, latin)

    assert_no_word_in_window_titles(CONTENT_WORDS)
    walk.lock()
    walk.shot("locked")


def _day_one(walk: Walk, dayone: Path) -> None:
    """Step 1: the Day One zip, then the journal page."""
    from app.exchange.importers import plan_import

    # What the page's summary says (the same plan, read here): the photos and the
    # entry without text are counted, not silently dropped.
    summary = plan_import(dayone).summary()
    assert "3 photos and other attachments left out." in summary, summary
    assert any(line.startswith("1 entry without text skipped") for line in summary), summary
    _choose_file(walk, dayone)
    _show_plan(walk)
    walk.shot("dayone-plan")
    assert _live_count(walk) == 0, "nothing is written before Import"
    walk.keys("alt+i", what="the import")
    walk.wait_for(lambda: _live_count(walk) == 4, "four Day One entries imported")
    walk.shot("dayone-imported")
    rows = walk.rows(
        "SELECT id, title, body, created, created_day, created_utc, bring_to_therapy"
        " FROM entries WHERE deleted_at IS NULL ORDER BY created_utc"
    )
    stored = []
    for entry_id, title, body, created, day, utc, flag in rows:
        tags = walk.rows(
            "SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY position", (entry_id,)
        )
        # The photo's placeholder leaves the text; how many blank lines stay where it
        # was is not what this walk is about (one blank line between paragraphs).
        text = re.sub(r"\n{3,}", "\n\n", str(body))
        stored.append((title, text, created, day, utc, flag, [str(t[0]) for t in tags]))
    assert stored == [tuple(row) for row in DAYONE_STORED]
    assert not any("dayone-moment" in str(row[2]) for row in rows)

    # The journal lists them, newest first, with their own days and times.
    walk.keys("ctrl+2", what="the journal")
    walk.shot("dayone-journal")
    assert_no_word_in_window_titles(CONTENT_WORDS)
    walk.keys("ctrl+1", "F6", "End", "F6", what="the data page")


def _round_trip(
    walk: Walk, export: Path, demo_counts: dict[str, int], fresh: dict[str, int]
) -> None:
    """Step 2: the demo vault's export, into a vault that has only step 1's entries."""
    before = _module_tables(_table_counts(walk.vault))
    _choose_file(walk, export)
    _show_plan(walk)
    walk.shot("mooring-export-plan")
    assert _module_tables(_table_counts(walk.vault)) == before, "nothing written before Import"
    walk.keys("alt+i", what="the import")
    walk.wait_for(
        lambda: _live_count(walk) == before["entries"] + demo_counts["entries"],
        "the demo's entries imported",
        timeout=60,
    )
    walk.shot("mooring-export-imported")
    after = _module_tables(_table_counts(walk.vault))
    # The walking vault was fresh apart from step 1's entries (in the journal's tables).
    fresh_modules = _module_tables(fresh)
    assert {t: n for t, n in before.items() if t not in JOURNAL_TABLES} == {
        t: n for t, n in fresh_modules.items() if t not in JOURNAL_TABLES
    }
    assert set(after) == set(demo_counts), set(after) ^ set(demo_counts)
    mismatched = {}
    for table, in_demo in demo_counts.items():
        # Step 1's entries stay and the demo's join them; every other module's table
        # holds what the demo vault holds: the ones a new vault leaves empty, and the
        # one it starts with a row in (the sessions' settings: the demo's replace it).
        expected = before[table] + in_demo if table in JOURNAL_TABLES else in_demo
        if after[table] != expected:
            mismatched[table] = (after[table], expected)
    assert mismatched == {}, mismatched
    filled = [t for t, n in fresh_modules.items() if not n and demo_counts[t]]
    filled = sorted(set(filled) - set(JOURNAL_TABLES))
    print(f"round trip: the journal's tables add up; {len(filled)} others match: {filled}")


def _broken_files(walk: Walk, broken: dict[str, Path], rednotebook: Path) -> None:
    """Step 3: a broken file of each kind; one sentence each, nothing changed."""
    before = _table_counts(walk.vault)
    for kind, path in broken.items():
        if not kind.startswith("mooring"):
            print(f"{kind}: {_expected_problem(path)}")
        if path.is_dir():
            _choose_folder(walk, path)
        else:
            _choose_file(walk, path)
        walk.shot(f"broken-{kind}")
        # No Import button to press: Alt+I does nothing.
        walk.keys("alt+i", what=f"Alt+I after {kind}")
        assert _table_counts(walk.vault) == before, kind

    # A RedNotebook folder with a month that can't be read: the other months are
    # offered, and the summary names the broken one. Cancel.
    from app.exchange.importers import plan_import

    plan = plan_import(rednotebook)
    assert len(plan.entries) == 3 and any("2024-02.txt" in p for p in plan.problems), plan
    _choose_folder(walk, rednotebook)
    _show_plan(walk)
    walk.shot("broken-rednotebook-month")
    walk.keys("alt+l", what="the plan cancelled")
    walk.shot("broken-rednotebook-cancelled")
    assert _table_counts(walk.vault) == before
    assert_no_word_in_window_titles(CONTENT_WORDS)


def _latin_1_markdown(walk: Walk, latin: Path) -> None:
    """A Markdown file in Latin-1 imports, read as Western European text."""
    count = _live_count(walk)
    _choose_folder(walk, latin)
    _show_plan(walk)
    walk.shot("markdown-latin-1-plan")
    walk.keys("alt+i", what="the import")
    walk.wait_for(lambda: _live_count(walk) == count + 1, "the Latin-1 file imported")
    walk.shot("markdown-latin-1-imported")
    rows = walk.rows(
        "SELECT title, body, created, created_day FROM entries"
        " WHERE deleted_at IS NULL AND created_day = '2024-05-01'"
    )
    assert rows == [
        (
            "market",
            "Caf\u00e9 au lait at the market with Ren\u00e9e; we talked about the weekend.",
            # A date without a time: 12:00 in this computer's zone (the app's is ours).
            datetime(2024, 5, 1, 12, 0).astimezone().isoformat(),
            "2024-05-01",
        )
    ], rows
