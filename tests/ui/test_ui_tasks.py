"""The background worker: results and errors come back on the UI thread, in order."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from ui.tasks import TaskManager


def test_threaded_jobs_run_off_the_ui_thread_and_report_back_in_order(qtbot: Any) -> None:
    tasks = TaskManager()
    ui_thread = threading.get_ident()
    ran_on: list[int] = []
    results: list[int] = []
    callback_threads: list[int] = []

    def job(n: int) -> int:
        ran_on.append(threading.get_ident())
        return n * 10

    def done(value: int) -> None:
        callback_threads.append(threading.get_ident())
        results.append(value)

    try:
        with qtbot.waitSignal(tasks.busy_changed, check_params_cb=lambda busy: not busy):
            for n in range(5):
                tasks.run(lambda n=n: job(n), done)
        assert results == [0, 10, 20, 30, 40]
        assert all(t != ui_thread for t in ran_on)
        assert len(set(ran_on)) == 1, "every job must run on the same worker thread"
        assert callback_threads == [ui_thread] * 5
    finally:
        tasks.shutdown()


def test_errors_reach_the_error_callback(qtbot: Any) -> None:
    tasks = TaskManager()
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("nope")

    try:
        tasks.run(boom, lambda _r: pytest.fail("must not succeed"), errors.append)
        qtbot.waitUntil(lambda: bool(errors))
        assert isinstance(errors[0], ValueError)
        assert not tasks.is_busy()
    finally:
        tasks.shutdown()


def test_synchronous_mode_runs_inline() -> None:
    tasks = TaskManager(synchronous=True)
    seen: list[Any] = []
    tasks.run(lambda: threading.get_ident(), seen.append)
    assert seen == [threading.get_ident()]
    tasks.run(lambda: 1 / 0, None, seen.append)
    assert isinstance(seen[-1], ZeroDivisionError)
    tasks.shutdown()
    with pytest.raises(RuntimeError):
        tasks.run(lambda: None)
