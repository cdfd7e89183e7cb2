"""The search-index tidier: short steps after a quiet spell, paused by any change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ui.journal.index_tidier import IndexTidier


class FakeWorker:
    """Answers each step with the next scripted "more to do?" value."""

    def __init__(self, answers: list[bool]) -> None:
        self.answers = answers
        self.held: list[Callable[[], None]] = []
        self.hold = False

    def submit(self, job: Any, done: Callable[[bool], None], failed: Any) -> None:
        answer = self.answers.pop(0)
        if self.hold:  # a step still running on the worker
            self.held.append(lambda: done(answer))
        else:
            done(answer)


def test_steps_run_after_a_quiet_spell_until_nothing_is_left(qtbot: Any) -> None:
    worker = FakeWorker([True, True, True, False])
    tidier = IndexTidier(worker.submit)
    tidier.quiet_timer.setInterval(30)
    assert tidier.busy(), "tidies once after every unlock"
    tidier.start()
    assert tidier.steps_run == 0, "waits for the quiet spell first"
    qtbot.waitUntil(lambda: not tidier.busy(), timeout=3000)
    assert tidier.steps_run == 4 and worker.answers == []

    worker.answers = [False]
    tidier.note_change()
    assert tidier.busy()
    qtbot.waitUntil(lambda: not tidier.busy(), timeout=3000)
    assert tidier.steps_run == 5


def test_a_change_pauses_the_steps_until_the_next_quiet_spell(qtbot: Any) -> None:
    worker = FakeWorker([True] * 3 + [False])
    tidier = IndexTidier(worker.submit)
    tidier.quiet_timer.setInterval(30)
    worker.hold = True
    tidier.start()
    qtbot.waitUntil(lambda: bool(worker.held), timeout=3000)
    tidier.note_change()  # someone types while a step runs
    worker.hold = False
    worker.held.pop()()  # that step finishes; no next step yet
    assert tidier.steps_run == 1
    qtbot.wait(10)
    assert tidier.steps_run == 1 and tidier.quiet_timer.isActive()
    qtbot.waitUntil(lambda: not tidier.busy(), timeout=3000)
    assert tidier.steps_run == 4


def test_stop_ends_everything_and_failures_stop_quietly(qtbot: Any) -> None:
    worker = FakeWorker([True] * 10)
    tidier = IndexTidier(worker.submit)
    tidier.quiet_timer.setInterval(10)
    tidier.start()
    tidier.stop()
    qtbot.wait(50)
    assert tidier.steps_run == 0
    tidier.note_change()
    qtbot.wait(50)
    assert tidier.steps_run == 0, "nothing after a lock"

    def failing(job: Any, done: Any, failed: Callable[[BaseException], None]) -> None:
        failed(OSError("disk"))

    broken = IndexTidier(failing)
    broken.quiet_timer.setInterval(10)
    broken.start()
    qtbot.waitUntil(lambda: not broken.quiet_timer.isActive(), timeout=3000)
    qtbot.wait(30)
    broken.note_change()
    assert not broken.quiet_timer.isActive(), "stopped after a failure"


@pytest.mark.usefixtures("existing_vault")
def test_the_journal_page_tidies_words_edited_away(qtbot: Any, make_shell: Any) -> None:
    from journal_helpers import unlock, worker

    shell = make_shell()
    page = unlock(qtbot, shell)
    page.tidier.quiet_timer.setInterval(50)

    def in_index_pages(word: str) -> bool:
        def read(repo: Any) -> bool:
            blocks = repo._db.execute("SELECT block FROM entries_fts_data").fetchall()
            return any(word.encode() in bytes(block) for (block,) in blocks if block)

        return bool(worker(shell, read))

    page.new_entry()
    page.editor.body.setPlainText("a zanzibarian evening")
    page.save_now()
    for n in range(30):  # more entries, so the index has pieces to merge
        worker(shell, lambda repo, n=n: repo.create(body=f"ordinary words {n}"))
    page.editor.body.setPlainText("a quiet evening")
    page.save_now()
    assert in_index_pages("zanzibarian"), "an autosave leaves the old words behind"
    assert page.tidier.busy()
    qtbot.waitUntil(lambda: not page.tidier.busy(), timeout=10_000)
    assert page.tidier.steps_run >= 1
    assert not in_index_pages("zanzibarian")

    page.editor.body.setPlainText("a calm evening")
    page.save_now()
    assert page.tidier.busy(), "each save asks for another tidy"
    shell.window.lock()
    assert not page.tidier.quiet_timer.isActive()
