"""Invitation planner benchmark: the planner page opened on a vault with 500 attempts.
Prints figures; not a test.

Run with the venv's python::

    python tests/bench/bench_invitations.py [--attempts 500] [--rounds 20]

The vault is made with small KDF parameters and given three plans and ``--attempts``
attempts over about ten years, each logged through ``InvitationRepository.log_attempt``
(so every one is checked as a person's would be).

Measured: the real ``InvitationsPage`` built in an offscreen Qt application on a real
``Session`` whose database work runs on the real worker thread. The clock runs from
building the page until the plan list, the pause, the chosen plan's five steps, the
newest 50 attempts and the 12-month chart are all in and the page has painted (the
first round apart: checker rules and content are read once). Budget: <= 150 ms.
Also the app side alone: what the page's jobs read on the worker.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from datetime import time as day_time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from _shared import PASSPHRASE, machine_text, ms, percentile  # noqa: E402

from app.invitations.model import Answer, AttemptDraft, How, PlanDraft  # noqa: E402
from app.invitations.repository import InvitationRepository  # noqa: E402
from app.platform.sql import transaction  # noqa: E402
from app.sessions.model import DeclineReason  # noqa: E402
from app.vault.kdf import KdfParams  # noqa: E402
from app.vault.vault import Vault  # noqa: E402

SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def make_vault(root: Path, attempts: int) -> None:
    Vault.create(root, PASSPHRASE, kdf=SMALL_KDF)[0].close()
    vault = Vault.unlock(root, PASSPHRASE)
    try:
        rng = random.Random(12)
        today = date.today()
        repo = InvitationRepository(vault.connection)
        started = time.perf_counter()
        with transaction(vault.connection):
            plan_ids = [
                repo.create_plan(
                    PlanDraft(
                        title=f"Plan {n}",
                        reasons=(DeclineReason.PRIVACY, DeclineReason.HURT),
                        offer="one-session",
                        draft="Would you come to one session with me? It would mean a lot." * 5,
                        keep_doing="My group, my sponsor, my walks.",
                    )
                ).id
                for n in range(3)
            ]
            for i in range(attempts):
                repo.log_attempt(
                    AttemptDraft(
                        happened=today - timedelta(days=int(i * 7.3)),
                        how=rng.choice(list(How)),
                        answer=rng.choice(list(Answer)),
                        at=day_time(20, 0) if i % 2 else None,
                        reason=rng.choice([None, *DeclineReason]),
                        their_words="They said they'd think about it.",
                        feeling=rng.randint(0, 10),
                        next_step="Look after myself and wait a few weeks.",
                        plan_id=rng.choice(plan_ids),
                    )
                )
        print(
            f"logged {attempts:,} attempts through log_attempt in {time.perf_counter() - started:.1f} s"
        )
    finally:
        vault.close()


def bench_app(root: Path, rounds: int) -> None:
    from app.invitations import stats

    vault = Vault.unlock(root, PASSPHRASE)
    try:
        repo = InvitationRepository(vault.connection)
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            plans = repo.plans()
            repo.spacing()
            repo.count()
            repo.get_plan(plans[0].plan.id)
            repo.attempts(51)
            stats.summary(stats.months(vault.connection, date.today()))
            times.append(time.perf_counter() - started)
        print(
            f"app side (plans, pause, plan, newest 51, 12 months + words): median"
            f" {ms(statistics.median(times))}, max {ms(max(times))}"
        )
    finally:
        vault.close()


def bench_page(root: Path, config: Path, rounds: int) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.invitations.page import InvitationsPage
    from ui.shell.context import ModuleContext
    from ui.shell.session import Session
    from ui.shell.settings_store import SettingsStore
    from ui.tasks import TaskManager

    app = QApplication.instance() or QApplication([])
    tasks = TaskManager()
    session = Session(root, tasks, kdf=SMALL_KDF)
    opened: list[object] = []
    session.unlock(PASSPHRASE, opened.append, lambda e: opened.append(e))
    while not opened:
        app.processEvents()
        time.sleep(0.001)
    context = ModuleContext(session, SettingsStore(config))
    times: list[float] = []
    for _ in range(rounds + 1):
        state = {"plans": False, "history": False, "chart": False}
        started = time.perf_counter()
        page = InvitationsPage(context)
        page.loaded.connect(lambda st=state: st.update(plans=True))
        page.history_loaded.connect(lambda st=state: st.update(history=True))
        page.outcomes.chart.summary_changed.connect(lambda _s, st=state: st.update(chart=True))
        page.resize(1280, 760)
        page.show()
        while not (all(state.values()) and page._plan is not None):
            app.processEvents()
        page.repaint()
        times.append(time.perf_counter() - started)
        assert page.attempt_list.count() == 50
        page.before_lock()
        page.close()
        page.deleteLater()
        app.processEvents()
    first, rest = times[0], times[1:]
    print(f"planner page opened, first time (rules and content read): {ms(first)}")
    print(
        "planner page opened (500 attempts):"
        f" median {ms(statistics.median(rest))}, p95 {ms(percentile(rest, 0.95))},"
        f" max {ms(max(rest))} (budget <= 150 ms)"
    )
    session.lock()
    while session.is_unlocked():
        app.processEvents()
    tasks.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    print(f"machine: {machine_text()}; load average at start {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="mooring-bench-invitations-") as temp:
        root = Path(temp) / "vault"
        make_vault(root, args.attempts)
        bench_app(root, args.rounds)
        config = Path(temp) / "config"
        config.mkdir()
        bench_page(root, config, args.rounds)


if __name__ == "__main__":
    main()
