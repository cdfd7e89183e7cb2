"""Background work yields the processor to the window and its autosaves.

A backup, a copy or an export reads and encrypts hundreds of megabytes on a thread of
its own. On a two-core machine that thread competed with the window's and the
worker's threads, and an autosave now and then waited over 50 ms for its turn
(tests/bench/bench_data_backups.py). On Linux a thread's nice value is its own, so the
long job's thread alone is lowered; elsewhere this does nothing (macOS and Windows
have no per-thread nice value through the standard library).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from typing import Final

BACKGROUND_NICE: Final = 10


def as_background_thread() -> bool:
    """Lower the calling thread's processor priority; True when that was done.

    It is not raised again afterwards (only a privileged process may), so call it only
    on threads that do background work alone, like the data page's pool.
    """
    if not sys.platform.startswith("linux") or not hasattr(os, "setpriority"):
        return False
    thread = threading.get_native_id()
    with contextlib.suppress(OSError):
        if os.getpriority(os.PRIO_PROCESS, thread) < BACKGROUND_NICE:
            os.setpriority(os.PRIO_PROCESS, thread, BACKGROUND_NICE)
        return True
    return False
