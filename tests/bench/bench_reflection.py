"""Reflection page benchmark: 10 years of monthly relationship check-ins (120), a dozen
dated reflections and the values page in a real vault. Prints figures; not a test.

Run with the venv's python (offscreen Qt; no display needed)::

    python tests/bench/bench_reflection.py [--rounds 20]

The vault is made with small KDF parameters and filled through ``ReflectionRepository``
(every value checked as a person's would be). Measured, after closing and unlocking
the vault again:
- "read": the one job the page submits when it opens (``ui.reflection.jobs.overview``:
  the list of reflections, the latest two whole, the values page, all 120 check-ins);
- "open": building ``ReflectionPage`` on that vault until it has shown everything
  (``loaded``) and painted once (``grab``), with the worker run synchronously in this
  thread, so the figure is the read plus the window's own work (the chart of 120
  months and six lines, its words, the forms). Budget: opens in <= 150 ms.
The first round (cold page cache, first paint) is reported apart; then median and max.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from _shared import PASSPHRASE, machine_text, ms  # noqa: E402

from app.platform.sql import transaction  # noqa: E402
from app.reflection.model import (  # noqa: E402
    Answer,
    CheckInDraft,
    Leaning,
    OptionAnswer,
    ReflectionDraft,
    ValuesDraft,
)
from app.reflection.repository import ReflectionRepository  # noqa: E402
from app.vault.kdf import KdfParams  # noqa: E402
from app.vault.vault import Vault  # noqa: E402

SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
MONTHS = 120
REFLECTIONS = 12


def _clock(day: date) -> Callable[[], datetime]:
    moment = datetime.combine(day, datetime.min.time()).astimezone()
    return lambda: moment


def make_vault(root: Path) -> None:
    vault, _code = Vault.create(root, PASSPHRASE, kdf=SMALL_KDF)
    rng = random.Random(3)
    today = date.today()
    try:
        with transaction(vault.connection):
            month = today.replace(day=1)
            months = []
            for _ in range(MONTHS):
                months.append(month)
                month = (month - timedelta(days=1)).replace(day=1)
            for first in reversed(months):
                repo = ReflectionRepository(vault.connection, _clock(first + timedelta(days=20)))
                content = repo.content
                scores = {q.id: rng.randint(2, 9) for q in content.checkin}
                repo.save_checkin(CheckInDraft(first, scores, "A month with ups and downs."))
            for n in range(REFLECTIONS):
                day = today - timedelta(days=300 * (REFLECTIONS - 1 - n))
                repo = ReflectionRepository(vault.connection, _clock(day))
                note = "It seems to fit some days more than others. " * 20
                repo.create(
                    ReflectionDraft(
                        day,
                        {i.id: Answer(rng.randint(0, 10), note=note) for i in content.reasons},
                        {i.id: Answer(rng.randint(0, 10), note=note) for i in content.impacts},
                    )
                )
            ReflectionRepository(vault.connection).save_values(
                ValuesDraft(
                    "Honesty. " * 200,
                    "Rest. " * 200,
                    "Some distance. " * 100,
                    "Drink at home. " * 100,
                    {i.id: OptionAnswer(Leaning.SOMEWHAT, "Thinking.") for i in content.options},
                )
            )
    finally:
        vault.close()


class SyncSession:
    """The window's session, reduced to what the page calls, running jobs at once."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def submit(self, fn: Any, on_done: Any = None, on_error: Any = None) -> None:
        try:
            value = fn(self.vault)
        except Exception as error:
            if on_error is None:
                raise
            on_error(error)
            return
        if on_done is not None:
            on_done(value)

    def run_op(self, op: Any, on_done: Any = None, on_error: Any = None, **_kw: Any) -> None:
        self.submit(lambda v: op(v).value, on_done, on_error)


def bench(root: Path, rounds: int) -> None:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from ui.common.theme import apply_theme
    from ui.reflection import jobs
    from ui.reflection.page import ReflectionPage
    from ui.shell.context import ModuleContext

    # The offscreen platform says it can't pass on size hints; nothing else is hidden.
    qInstallMessageHandler(
        lambda _kind, _ctx, text: (
            None if "propagateSizeHints" in text else print(text, file=sys.stderr)
        )
    )
    app = QApplication.instance() or QApplication([])
    apply_theme("light")
    vault = Vault.unlock(root, PASSPHRASE)
    try:
        db = vault.connection
        (months,) = db.execute("SELECT count(*) FROM relationship_checkins").fetchone()
        (reflections,) = db.execute("SELECT count(*) FROM reflections").fetchone()
        print(f"monthly check-ins: {months}, reflections: {reflections}")

        def read() -> float:
            started = time.perf_counter()
            jobs.overview()(vault)
            return time.perf_counter() - started

        cold = read()
        warm = [read() for _ in range(rounds)]
        print(
            f"read (the page's one job), first after unlock: {ms(cold)};"
            f" median {ms(statistics.median(warm))}, max {ms(max(warm))}"
        )
        context = ModuleContext(SyncSession(vault), None)  # type: ignore[arg-type]

        def open_page() -> float:
            started = time.perf_counter()
            page = ReflectionPage(context)
            page.resize(1280, 760)
            page.show()
            assert page.overview is not None and len(page.checkin._checkins) == months
            page.grab()
            took = time.perf_counter() - started
            page.before_lock()
            page.close()
            page.deleteLater()
            app.processEvents()
            return took

        first = open_page()
        times = [open_page() for _ in range(rounds)]
        print(
            f"open the page (read + build + chart + first paint), first: {ms(first)};"
            f" median {ms(statistics.median(times))}, max {ms(max(times))} (budget <= 150 ms)"
        )
    finally:
        vault.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    print(f"machine: {machine_text()}; load average at start {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="mooring-bench-reflection-") as temp:
        root = Path(temp) / "vault"
        make_vault(root)
        bench(root, args.rounds)


if __name__ == "__main__":
    main()
