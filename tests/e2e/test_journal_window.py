"""The journal as a new user meets it, in the real window over a real vault file.

One run of the real ``mooring`` under Xvfb, driven with the keyboard: check-ins on
two days, an entry written from a prompt with a title and tags, a search, delete and
restore, a lock in the middle of a sentence, and a SIGKILL while typing. What was
stored is checked in the file itself: through the command line once the window is
gone, and through a read-only look into the vault (``VaultPeek``) while it runs.
Screenshots of every step land in the test's ``shots`` folder.
"""

from __future__ import annotations

import json
import re
import signal
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from xdriver import (
    App,
    ClipboardOwner,
    VaultPeek,
    Window,
    isolated_env,
    read_clipboard,
    run_cli,
    screenshot,
    visible_windows,
    wait_idle,
    wait_until,
    xdotool,
)

pytestmark = pytest.mark.e2e

PASSPHRASE = "quiet harbour morning tide"

# Every entry holds TIDE, so one search at the end lists them all.
TIDE = "tidewater"
PROMPT_TITLE = "Evening by the marram dunes"
PROMPT_BODY = (
    f"{TIDE} We talked about the counselling idea again and it went quiet. "
    "I walked along the marramgrass path afterwards and felt steadier."
)
SHORT_BODY = f"{TIDE} A short note about the sandpiper that I may delete."
# Typed and locked at once: the last word must survive the lock.
SENTENCE = f"{TIDE} Halfway through this sentence someone came in so I lock zephyrtail"
CLI_TITLE = "Added from the terminal"
CLI_BODY = f"{TIDE} Written in a terminal about the saltmarsh walk.\n"
KILL_WORDS = [f"k{i:02d}word" for i in range(16)]
KILL_GAP_S = 0.25  # between typed words: a person typing steadily
KILL_MARGIN_S = 1.5  # what was typed longer ago than this must have been kept


class Journal:
    """The running app, its window and the checks made on it."""

    def __init__(self, root: Path) -> None:
        self.env, self.folders = isolated_env(root)
        self.data = self.folders["data"]
        self.shots = self.folders["shots"]
        inputs = self.folders["inputs"]
        self.passphrase_file = inputs / "passphrase"
        self.passphrase_file.write_text(PASSPHRASE + "\n")
        self.app: App | None = None
        self._shot = 0
        self.started = time.monotonic()

    @property
    def window(self) -> Window:
        assert self.app is not None
        return self.app.window

    def cli(self, *args: str) -> Any:
        done = run_cli(self.env, self.passphrase_file, *args, "--data-dir", str(self.data))
        assert done.returncode == 0, (args, done.returncode, done.stderr)
        assert "Traceback" not in done.stderr
        return json.loads(done.stdout) if "--json" in args else done.stdout.strip()

    def is_open(self) -> bool:
        return (self.data / "mooring.db-wal").exists()

    def shot(self, name: str) -> None:
        self._shot += 1
        print(f"{time.monotonic() - self.started:5.1f} s: {name}")
        screenshot(self.shots / f"{self._shot:02d}-{name}.png")

    def settle(self, what: str, quiet: float = 0.4) -> None:
        """Wait until the app has finished what it was doing (no CPU used for a moment):
        background jobs done, screen painted. (Unlike comparing screenshots, a
        blinking text cursor does not keep this waiting.)"""
        assert self.app is not None
        wait_idle(self.app.pid, what, quiet=quiet)

    def unlock(self) -> None:
        self.window.key("ctrl+a")
        self.window.type(PASSPHRASE, delay_ms=5)
        self.window.key("Return")
        wait_until(self.is_open, "unlock to open the vault")
        self.settle("the workspace after unlocking")

    def lock(self) -> None:
        self.window.key("ctrl+l")
        wait_until(lambda: not self.is_open(), "lock to close the vault")

    def keep_pressing(self, keys: list[str], done: Callable[[], bool], what: str) -> None:
        """Press ``keys`` until ``done()``: for a key whose target appears once a
        background job has finished (a search's results, the trash's rows)."""

        def pressed() -> bool:
            self.window.key(*keys)
            return done()

        wait_until(pressed, what, timeout=15)

    def open_best_hit(self, word: str, expected_text: str) -> None:
        """Search for ``word`` (Ctrl+F), go Down into the results (the best hit opens)
        and Enter into its text; checks the opened text through the clipboard."""
        self.window.key("ctrl+f")
        self.window.type(word, delay_ms=5)
        seen = ""

        def shown() -> bool:
            nonlocal seen
            seen = read_clipboard(self.env)
            return seen == expected_text

        try:
            # Until the results are there and the entry has loaded into the editor.
            self.keep_pressing(
                ["ctrl+f", "Down", "Return", "ctrl+a", "ctrl+c"], shown, f"{word!r} found"
            )
        except AssertionError:
            raise AssertionError(f"searching {word!r} opened {seen!r}") from None


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path)


def test_a_new_user_day_with_the_journal(journal: Journal) -> None:
    started = time.monotonic()
    data = journal.data
    twice = journal.folders["inputs"] / "passphrase-twice"
    twice.write_text(f"{PASSPHRASE}\n{PASSPHRASE}\n")  # init asks for it twice
    created = run_cli(journal.env, twice, "init", "--data-dir", str(data))
    assert created.returncode == 0, created.stderr

    # An entry added from the command line before the window opens (an older date).
    body_file = journal.folders["inputs"] / "cli-body.txt"
    body_file.write_text(CLI_BODY)
    added = journal.cli(
        "add",
        "--title",
        CLI_TITLE,
        "--tag",
        "terminal",
        "--tag",
        "evening",
        "--date",
        "2024-03-05T21:30",
        "--body-file",
        str(body_file),
    )
    assert added.isdigit(), added
    peek = VaultPeek(data, PASSPHRASE)
    assert peek.rows(
        "SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY position", (int(added),)
    ) == [("terminal",), ("evening",)]

    journal.app = App(data, journal.env, journal.shots / "app-output.txt")
    try:
        typed_at, killed_at = _use_the_window(journal, peek)
    except BaseException:
        journal.shot("failure")
        raise
    finally:
        if journal.app.process.poll() is None:
            journal.app.stop()
    assert journal.app.process.returncode == -signal.SIGKILL
    output = journal.app.output()
    assert "Traceback" not in output, output

    # ----- after SIGKILL: the command line finds everything that was written ------------
    hits = journal.cli("search", TIDE, "--json", "--limit", "50")
    assert isinstance(hits, list)
    assert len(hits) == 5, hits  # CLI, prompt, sandpiper (restored), sentence, kill
    by_title = {str(hit["title"]): hit for hit in hits}
    assert by_title[CLI_TITLE]["id"] == int(added)
    assert by_title[CLI_TITLE]["date"] == "2024-03-05"
    assert "saltmarsh" in str(by_title[CLI_TITLE]["snippet"])
    assert PROMPT_TITLE in by_title  # the entry from the prompt, with its title
    snippets = [str(hit["snippet"]) for hit in hits]
    assert any("sandpiper" in s for s in snippets)  # deleted, then restored
    assert any(s.endswith("so I lock zephyrtail") for s in snippets)  # kept by the lock
    _assert_kill_lost_at_most_a_second(snippets, typed_at, killed_at)
    # The kill left the vault whole (and its stale instance lock did not get in the way).
    assert journal.cli("check").startswith("ok")
    print(f"journal window test: {time.monotonic() - started:.1f} s")


def _use_the_window(journal: Journal, peek: VaultPeek) -> tuple[list[float], float]:
    """Everything done in the window; returns when each kill word was typed, and when
    the process was killed."""
    window, data = journal.window, journal.data
    journal.settle("the lock screen")
    journal.shot("lock-screen")
    # The default size first (what a new user sees), then the whole virtual screen.
    journal.unlock()
    journal.shot("welcome-900x640")
    window.key("Down")  # the navigation has the focus: Journal
    journal.settle("the journal page")
    journal.shot("journal-empty-900x640")
    xdotool("windowsize", window.id, "1280", "800")
    window.key("Down")  # Check-ins
    journal.settle("the check-in page")
    _check_in_today_and_yesterday(journal, peek)

    # Lock; the command line may not open a vault a running window holds. What
    # another program put on the clipboard is left alone by the lock.
    elsewhere = ClipboardOwner("copied in another program")
    try:
        journal.lock()
        assert read_clipboard(journal.env) == "copied in another program"
    finally:
        elsewhere.close()
    busy = run_cli(journal.env, journal.passphrase_file, "search", TIDE, "--data-dir", str(data))
    assert busy.returncode == 5, busy.stderr
    journal.unlock()
    # Unlocking returns to the page the lock found (Check-ins); one up is Journal.
    window.key("Up")
    journal.settle("the journal page")

    _write_from_a_prompt(journal, peek)
    _search_delete_and_restore(journal, peek)
    _lock_mid_sentence(journal, peek)
    return _type_until_killed(journal)


def _check_in_today_and_yesterday(journal: Journal, peek: VaultPeek) -> None:
    window = journal.window
    today = date.today()
    # Mood 7, stress 3, craving 2, hungry and tired, a note; Ctrl+S saves.
    window.key("alt+m", "Home", *["Right"] * 7)
    window.key("alt+s", "Home", *["Right"] * 3)
    window.key("alt+c", "Home", *["Right"] * 2)
    window.key("alt+h", "alt+t", "alt+n")
    window.type("Tired after a long day but steady")
    window.key("ctrl+s")

    def day_row(day: date) -> list[tuple[object, ...]]:
        return peek.rows(
            "SELECT mood, stress, craving, hungry, angry, lonely, tired, sleep_hours, note"
            " FROM checkins WHERE day = ?",
            (day.isoformat(),),
        )

    wait_until(lambda: bool(day_row(today)), "today's check-in in the vault", timeout=10)
    assert day_row(today) == [(7, 3, 2, 1, 0, 0, 1, None, "Tired after a long day but steady")]
    journal.settle("the saved check-in")
    journal.shot("checkin-today")

    # Yesterday: Alt+D goes to the day, Down steps back one.
    window.key("alt+d", "Down")
    # The day loads after a short pause (250 ms); then the form shows yesterday, empty.
    journal.settle("yesterday's (empty) check-in", quiet=0.6)
    window.key("alt+m", "Home", *["Right"] * 4)
    window.key("alt+s", "Home", *["Right"] * 6)
    window.key("alt+c", "Home", *["Right"] * 5)
    window.key("alt+l", "alt+n")
    window.type("Hard evening, called my sponsor")
    window.key("ctrl+s")
    yesterday = today - timedelta(days=1)
    wait_until(lambda: bool(day_row(yesterday)), "yesterday's check-in in the vault", timeout=10)
    assert day_row(yesterday) == [(4, 6, 5, 0, 0, 1, 0, None, "Hard evening, called my sponsor")]
    assert day_row(today)[0][0] == 7  # today's is untouched
    journal.settle("the trend chart with two days")
    journal.shot("checkin-yesterday-and-trends")


def _write_from_a_prompt(journal: Journal, peek: VaultPeek) -> None:
    from app.content.prompts import load_prompts

    window = journal.window
    themes, prompts = load_prompts()
    expected_prompt = [p for p in prompts if p.theme == themes[1].id][1]

    window.key("ctrl+shift+n")
    wait_until(lambda: bool(visible_windows("Write from a prompt")), "the prompt dialog")
    dialog = Window(visible_windows("Write from a prompt")[0])
    journal.settle("the prompt dialog")
    # Second theme, its second prompt, Enter starts writing.
    dialog.key("Down", "Tab", "Down")
    journal.shot("prompt-dialog")
    dialog.key("Return")
    wait_until(lambda: not visible_windows("Write from a prompt"), "the dialog to close")

    window.type(PROMPT_BODY, delay_ms=5)
    window.key("shift+Tab")  # from the text up to the title
    window.type(PROMPT_TITLE, delay_ms=5)
    window.key("alt+t")  # Tags
    window.type("walks, partner", delay_ms=5)
    window.key("Escape", "ctrl+s")  # Escape: no tag-completion popup left open

    def stored() -> list[tuple[object, ...]]:
        return peek.rows(
            "SELECT id, title, body, prompt_id FROM entries WHERE title = ?", (PROMPT_TITLE,)
        )

    wait_until(
        lambda: bool(stored()) and stored()[0][2] == PROMPT_BODY,
        "the entry from the prompt in the vault",
        timeout=10,
    )
    entry_id, _title, _body, prompt_id = stored()[0]
    assert prompt_id == expected_prompt.id
    wait_until(
        lambda: (
            peek.rows(
                "SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY position", (entry_id,)
            )
            == [("walks",), ("partner",)]
        ),
        "the tags in the vault",
        timeout=10,
    )
    journal.settle("the saved entry")
    journal.shot("entry-from-prompt")

    window.key("ctrl+n")
    window.type(SHORT_BODY, delay_ms=5)
    window.key("ctrl+s")
    wait_until(
        lambda: peek.rows("SELECT count(*) FROM entries WHERE body = ?", (SHORT_BODY,)) == [(1,)],
        "the second entry in the vault",
        timeout=10,
    )


def _search_delete_and_restore(journal: Journal, peek: VaultPeek) -> None:
    window = journal.window
    # Search: the prefix "marram" finds "marramgrass" (and the title's "marram").
    journal.open_best_hit("marram", PROMPT_BODY)
    journal.shot("search-marram")

    # Delete the sandpiper entry from the search results (Delete in the list).
    (short_id,) = peek.rows("SELECT id FROM entries WHERE body = ?", (SHORT_BODY,))[0]

    def deleted() -> bool:
        rows = peek.rows("SELECT deleted_at IS NOT NULL FROM entries WHERE id = ?", (short_id,))
        return rows == [(1,)]

    journal.open_best_hit("sandpiper", SHORT_BODY)
    window.key("ctrl+f", "Down", "Delete")
    wait_until(deleted, "the entry to move to the trash", timeout=10)
    journal.settle("after deleting")
    journal.shot("deleted")

    window.key("alt+a")  # Trash
    journal.settle("the trash")
    journal.shot("trash")
    # Alt+R: Restore (the newest entry in the trash is selected once the list is in).
    journal.keep_pressing(["alt+r"], lambda: not deleted(), "the entry back from the trash")
    journal.settle("after restoring")
    journal.shot("restored")
    window.key("alt+b")  # Back to the journal
    journal.settle("the journal list")


def _lock_mid_sentence(journal: Journal, peek: VaultPeek) -> None:
    window = journal.window
    window.key("ctrl+n")
    window.type(SENTENCE, delay_ms=5)
    window.key("ctrl+l")  # at once: no waiting for the autosave
    wait_until(lambda: not journal.is_open(), "lock to close the vault")
    journal.settle("the lock screen")
    journal.shot("locked-mid-sentence")
    names = [name for name in _window_names() if name]
    assert not [n for n in names if "zephyrtail" in n or TIDE in n], names

    journal.unlock()  # back on the journal, where the lock found it
    journal.settle("the journal page")
    journal.open_best_hit("zephyrtail", SENTENCE)
    journal.shot("sentence-found-after-unlock")
    assert peek.rows("SELECT count(*) FROM entries WHERE body = ?", (SENTENCE,)) == [(1,)]

    # Words copied out of an entry (open_best_hit copied the sentence) do not outlive
    # a lock.
    assert read_clipboard(journal.env) == SENTENCE
    journal.lock()
    assert SENTENCE not in read_clipboard(journal.env)
    journal.unlock()  # the journal again
    journal.settle("the journal page")


def _window_names() -> list[str]:
    from xdriver import all_window_names

    return list(all_window_names().values())


def _type_until_killed(journal: Journal) -> tuple[list[float], float]:
    """A new entry, words typed one by one; SIGKILL right after the last."""
    window = journal.window
    window.key("ctrl+n")
    window.type(f"{TIDE} ", delay_ms=5)
    typed_at: list[float] = []
    for index, word in enumerate(KILL_WORDS):
        if index:
            time.sleep(KILL_GAP_S)
        # Straight to the focused window (no re-focusing between words).
        xdotool("type", "--delay", "5", f"{word} ")
        typed_at.append(time.monotonic())
        if index == len(KILL_WORDS) // 2:
            journal.shot("typing-before-kill")
    killed_at = time.monotonic()  # the kill follows the last word at once
    assert journal.app is not None
    journal.app.kill()
    return typed_at, killed_at


def _assert_kill_lost_at_most_a_second(
    snippets: list[str], typed_at: list[float], killed_at: float
) -> None:
    kept_snippets = [s for s in snippets if "k00word" in s]
    assert len(kept_snippets) == 1, snippets
    kept = re.findall(r"k\d\dword", kept_snippets[0])
    assert kept == KILL_WORDS[: len(kept)], kept  # in order, nothing made up
    must_keep = [
        w for w, at in zip(KILL_WORDS, typed_at, strict=True) if at < killed_at - KILL_MARGIN_S
    ]
    assert len(must_keep) >= 8  # the test typed long enough to mean something
    assert kept[: len(must_keep)] == must_keep, (kept, must_keep)
    lost = KILL_WORDS[len(kept) :]
    lost_span = killed_at - typed_at[len(kept)] if lost else 0.0
    print(f"SIGKILL kept {len(kept)}/{len(KILL_WORDS)} words; lost the last {lost_span:.2f} s")
