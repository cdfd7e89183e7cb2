"""A background job's thread gives way to the window's: on Linux its own nice value is
raised, and no other thread's (the window's and the worker's stay as they were)."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from app.platform.background import BACKGROUND_NICE, as_background_thread


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_only_the_calling_thread_is_lowered() -> None:
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: list[tuple[bool, int]] = []

    def job() -> None:
        done = as_background_thread()
        seen.append((done, os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))

    worker = threading.Thread(target=job)
    worker.start()
    worker.join()
    assert seen == [(True, max(before, BACKGROUND_NICE))]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before
