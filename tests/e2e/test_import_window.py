"""Importing from other journals as a new user does it, in the real window over a real
vault.

One run of the real ``mooring`` under Xvfb, driven with the keyboard only (the
sections list and the section's mnemonics), through Qt's own file dialogs:

- "Your data", Choose a file… (Alt+F): a jrnl export; the summary; Import (Alt+I);
- Choose a folder… (Alt+D): a RedNotebook data folder; Import;
- the same jrnl export again: nothing new to add, and Close (Alt+L);
- a file cut short: its one sentence, nothing changed;
- the journal page lists the imported entries.

What was stored is checked in the vault file (``VaultPeek``). Nothing of the entries
reaches a window title, the app's output or a file outside the vault, and Qt's file
dialog settings keep no trace of the folders chosen. Screenshots land in the test's
``shots`` folder and, at the end, in /tmp/walkthrough-import/ (``MOORING_WALKTHROUGH``
moves it; empty turns it off).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from walkthrough import SECTIONS, Walk, assert_no_word_in_window_titles
from xdriver import files_containing, visible_windows, wait_until, xdotool

pytestmark = pytest.mark.e2e

PASSPHRASE = "quiet harbour morning import"
WALKTHROUGH = os.environ.get("MOORING_WALKTHROUGH", "/tmp/walkthrough-import")
SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
# Words of the sample entries that must stay inside the vault.
CONTENT_WORDS = ["tuesday group", "rolled my eyes", "walked to the river"]
JRNL_TITLES = {"First meeting in a while.", "Long walk after the argument.", "Quick note."}


def _live_titles(walk: Walk) -> list[str]:
    rows = walk.rows("SELECT title FROM entries WHERE deleted_at IS NULL ORDER BY created_utc")
    return [str(row[0]) for row in rows]


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


def test_a_new_user_imports_jrnl_and_rednotebook_then_finds_the_entries(tmp_path: Path) -> None:
    started = time.monotonic()
    walk = Walk(tmp_path, PASSPHRASE, WALKTHROUGH)
    walk.create_vault()
    # The exports as the person keeps them, in a folder of their own.
    exports = walk.folders["home"] / "Old journals"
    exports.mkdir()
    jrnl = exports / "jrnl.json"
    shutil.copy2(SAMPLES / "jrnl.json", jrnl)
    rednotebook = exports / "rednotebook"
    shutil.copytree(SAMPLES / "rednotebook", rednotebook)
    broken = exports / "cut-short.json"
    broken.write_text(jrnl.read_text(encoding="utf-8")[:200], encoding="utf-8")

    _, output = walk.run_window(lambda: _use_the_window(walk, jrnl, rednotebook, broken))
    for word in CONTENT_WORDS:
        assert word not in output.lower(), word
    for name in ("config", "tmp"):
        assert files_containing(walk.folders[name], CONTENT_WORDS) == [], name
    # Qt's own file dialog settings keep no trace of the folders chosen.
    for path in walk.folders["home"].rglob("*"):
        if "QtProject" in str(path) and path.is_file():
            settings = path.read_text(errors="replace")
            assert "Old journals" not in settings, settings
    print(f"import window test: {time.monotonic() - started:.1f} s")


def _use_the_window(walk: Walk, jrnl: Path, rednotebook: Path, broken: Path) -> None:
    walk.settle("the lock screen")
    walk.unlock()
    xdotool("windowsize", walk.window.id, "1280", "800")
    walk.settle("the bigger window")
    # "Your data" is the last of the sections: Ctrl+1 puts the keyboard in the first
    # page, F6 moves it to the sections list, End to the last one, F6 into its page.
    assert SECTIONS[-1] == "data"
    walk.keys("ctrl+1", "F6", "End", "F6", what="the data page")
    walk.shot("data-page")

    # A jrnl export: the summary first, nothing written yet.
    _choose(walk, "alt+f", "Choose the file to import", jrnl)
    walk.shot("jrnl-plan")
    assert _live_titles(walk) == []
    walk.keys("alt+i", what="the import")
    walk.wait_for(lambda: len(_live_titles(walk)) == 3, "three entries imported")
    walk.shot("jrnl-imported")
    assert set(_live_titles(walk)) == JRNL_TITLES
    flagged = walk.rows("SELECT title FROM entries WHERE bring_to_therapy = 1")
    assert [str(r[0]) for r in flagged] == ["First meeting in a while."]

    # A RedNotebook data folder.
    _choose(walk, "alt+d", "Choose the folder to import", rednotebook)
    walk.shot("rednotebook-plan")
    walk.keys("alt+i", what="the import")
    walk.wait_for(lambda: len(_live_titles(walk)) == 7, "four more entries imported")
    walk.shot("rednotebook-imported")

    # The same export again: nothing new; Close.
    _choose(walk, "alt+f", "Choose the file to import", jrnl)
    walk.shot("jrnl-again")
    walk.keys("alt+l", what="the plan closed")
    assert len(_live_titles(walk)) == 7

    # A file cut short: one sentence, nothing changed.
    _choose(walk, "alt+f", "Choose the file to import", broken)
    walk.shot("broken-file")
    assert len(_live_titles(walk)) == 7
    assert_no_word_in_window_titles(CONTENT_WORDS)

    # The journal lists them.
    walk.keys("ctrl+2", what="the journal")
    walk.shot("journal")
    walk.lock()
    walk.shot("locked")
