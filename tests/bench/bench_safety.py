"""Safety benchmark: the help lines, the safety check saved and read, and the safety
panel built in a window. Prints figures; not a test.

Run with the venv's python::

    python tests/bench/bench_safety.py

Measured:
- loading and validating the crisis lines file, the questions and the planning steps
  (first load in the process, then p50 / p95 of 50);
- ``lines_for`` for every region (p50 / p95 of 500 calls over the loaded lines);
- in a real vault (small KDF parameters) holding 10 years of weekly saved checks
  (520): saving one check (``ops.save_check``, its own transaction), reading the
  page's list (``recent``) and a year of the timeline; p50 / p95 of 50;
- building the safety panel (offscreen Qt: its cards, planning and device note) and
  switching it to another region; p50 / p95 of 20.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _shared import PASSPHRASE, machine_text, ms, percentile  # noqa: E402

from app.content.crisis_lines import REGIONS, lines_for, load_crisis_lines  # noqa: E402
from app.safety import ops  # noqa: E402
from app.safety.content import load_planning, load_questions  # noqa: E402
from app.safety.model import Answer, CheckDraft  # noqa: E402
from app.safety.module import timeline  # noqa: E402
from app.safety.repository import SafetyRepository  # noqa: E402
from app.vault.kdf import KdfParams  # noqa: E402
from app.vault.vault import Vault  # noqa: E402

SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
WEEKS = 520


def timed(fn: Callable[[], Any], rounds: int) -> list[float]:
    out: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def report(name: str, values: list[float]) -> None:
    print(
        f"  {name:<44} p50 {ms(statistics.median(values)):>9}"
        f"  p95 {ms(percentile(values, 0.95)):>9}"
    )


def main() -> None:
    print("Safety benchmark")
    print(machine_text())

    start = time.perf_counter()
    lines = load_crisis_lines()
    questions = load_questions()
    load_planning()
    print(f"  first load of lines, questions, planning   {ms(time.perf_counter() - start):>9}")
    report(
        "load + validate all three files",
        timed(lambda: (load_crisis_lines(), load_questions(), load_planning()), 50),
    )
    regions = [*REGIONS, "other"]
    report(
        "lines_for (each region, loaded lines)",
        timed(lambda: [lines_for(r, lines=lines) for r in regions], 500),
    )

    ids = [q.id for q in questions]
    with tempfile.TemporaryDirectory() as folder:
        vault, _code = Vault.create(Path(folder) / "vault", PASSPHRASE, kdf=SMALL_KDF)
        first = datetime(2016, 12, 1, 20, 0).astimezone()
        db = vault.connection
        db.execute("BEGIN")
        for week in range(WEEKS):
            draft = CheckDraft(
                {qid: Answer.YES if (week + n) % 7 == 0 else Answer.NO for n, qid in enumerate(ids)}
            )
            moment = first + timedelta(weeks=week)
            SafetyRepository(db, lambda m=moment: m).save(draft)
        db.execute("COMMIT")
        print(f"  vault with {SafetyRepository(db).count()} saved checks")
        answered = CheckDraft({ids[0]: Answer.YES, ids[1]: Answer.NO})
        report("save one check (own transaction)", timed(lambda: ops.save_check(db, answered), 50))
        report("read the page's list (recent)", timed(lambda: SafetyRepository(db).recent(), 50))
        year = (date(2025, 1, 1), date(2025, 12, 31))
        report("timeline, one year", timed(lambda: list(timeline(db, *year)), 50))
        vault.close()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from ui.safety.panel import SafetyPanel

    def build() -> None:
        panel = SafetyPanel()
        panel.set_region("US")
        panel.deleteLater()

    report("build the safety panel (US)", timed(build, 20))
    panel = SafetyPanel()
    panel.set_region("US")
    flip = iter(["AU", "GB"] * 20)
    report("switch the panel to another region", timed(lambda: panel.set_region(next(flip)), 20))
    del app


if __name__ == "__main__":
    main()
