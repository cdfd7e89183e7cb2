"""Boundary log benchmark: a boundary tested 5,000 times in a real vault. Prints
figures; not a test.

Run with the venv's python::

    python tests/bench/bench_boundaries.py [--entries 2000] [--years 5] [--vault DIR]

The vault is made with small KDF parameters, filled by the real ``mooring demo``
command (journal, check-ins, sessions, exercises, boundaries), and then given one more
boundary whose log has 5,000 moments (logged through ``BoundaryRepository.log_event``,
so every one is checked as a person's would be), spread over about five years.

Measured, after closing and unlocking the vault again:
- "open the log" (what the boundary page asks for on a worker thread): the boundary
  list with counts (``active()``), the newest page of 50 moments (``events``) and the
  chart's weekly buckets over the whole log (``held_over_time``) with the summary
  sentence. The first time after unlocking (cold page cache), then p50 / p95 of 30.
  Budget: the log opens in <= 150 ms (this is the app side; the window adds its paint).
- the parts on their own, a page ~99% deep (keyset), and monthly buckets.

``--vault DIR`` reuses (or, if missing, creates and keeps) the vault in DIR.
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
from datetime import date, timedelta
from datetime import time as day_time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from _shared import (  # noqa: E402  (this folder is on sys.path when run as a script)
    PASSPHRASE,
    fill_with_demo,
    machine_text,
    ms,
    percentile,
)

from app.boundaries.model import BoundaryDraft, EventDraft, Outcome  # noqa: E402
from app.boundaries.repository import BoundaryRepository  # noqa: E402
from app.boundaries.stats import held_over_time, summary  # noqa: E402
from app.platform.sql import transaction  # noqa: E402
from app.vault.kdf import KdfParams  # noqa: E402
from app.vault.vault import Vault  # noqa: E402

SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
MOMENTS = 5000
ROUNDS = 30
STATEMENT = "If I'm shouted at, I will say I need a break and go for a twenty-minute walk."


def _timed(fn: Callable[[], Any], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


def _spread(values: list[float]) -> str:
    return f"p50 {ms(statistics.median(values))}, p95 {ms(percentile(values, 0.95))}"


def make_vault(root: Path, entries: int, years: int) -> None:
    Vault.create(root, PASSPHRASE, kdf=SMALL_KDF)[0].close()
    took, _cpu = fill_with_demo(root, entries, years)
    print(f"mooring demo --entries {entries} --years {years}: {took:.1f} s")
    vault = Vault.unlock(root, PASSPHRASE)
    try:
        rng = random.Random(5)
        today = date.today()
        repo = BoundaryRepository(vault.connection)
        started = time.perf_counter()
        with transaction(vault.connection):
            bid = repo.create(BoundaryDraft(area="emotions", statement=STATEMENT)).id
            for i in range(MOMENTS):
                day = today - timedelta(days=int(i * 0.36))
                outcome = rng.choices(list(Outcome), weights=(7, 2, 1))[0]
                at = day_time(rng.randrange(24), rng.choice((0, 30))) if i % 2 else None
                repo.log_event(
                    bid,
                    EventDraft(
                        happened=day,
                        outcome=outcome,
                        at=at,
                        what_happened="Voices got loud over the dishes. I named it, stepped out.",
                        feeling=rng.randint(0, 10),
                        next_time="Say it sooner, before I'm tired.",
                    ),
                )
        print(
            f"logged {MOMENTS:,} moments through log_event in {time.perf_counter() - started:.1f} s"
        )
    finally:
        vault.close()


def bench(root: Path) -> None:
    vault = Vault.unlock(root, PASSPHRASE)
    try:
        db = vault.connection
        (bid,) = db.execute(
            "SELECT boundary_id FROM boundary_events GROUP BY boundary_id"
            " ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        repo = BoundaryRepository(db)
        (first_text,) = db.execute(
            "SELECT min(happened) FROM boundary_events WHERE boundary_id = ?", (bid,)
        ).fetchone()
        first, today = date.fromisoformat(first_text[:10]), date.today()
        (boundaries,) = db.execute("SELECT count(*) FROM boundaries").fetchone()
        (moments,) = db.execute("SELECT count(*) FROM boundary_events").fetchone()
        print(
            f"boundaries: {boundaries}, moments in all: {moments:,},"
            f" in this one: {repo.counts(bid).total:,} ({first} .. {today})"
        )

        def open_log() -> None:
            repo.active()
            repo.events(bid, limit=50)
            buckets = held_over_time(db, bid, first, today, "week")
            summary(buckets, "week")

        cold = _timed(open_log, 1)[0]
        print(f"open the log, first time after unlock (cold cache): {ms(cold)}")
        warm = _timed(open_log, ROUNDS)
        print(
            f"open the log (list + newest 50 + weekly chart + summary): {_spread(warm)}"
            " (budget <= 150 ms)"
        )

        print(f"  list with counts:        {_spread(_timed(repo.active, ROUNDS))}")
        print(f"  newest page of 50:       {_spread(_timed(lambda: repo.events(bid, 50), ROUNDS))}")
        skipped, cursor = 0, None
        while skipped < 4500 and (chunk := repo.events(bid, 500, cursor)):
            skipped += len(chunk)
            cursor = BoundaryRepository.cursor_of(chunk[-1])
        print(
            f"  50 after {skipped:,} (keyset): "
            f"{_spread(_timed(lambda: repo.events(bid, 50, cursor), ROUNDS))}"
        )
        weeks = held_over_time(db, bid, first, today)
        print(
            f"  weekly buckets ({len(weeks)}):    "
            f"{_spread(_timed(lambda: held_over_time(db, bid, first, today), ROUNDS))}"
        )
        months = held_over_time(db, bid, first, today, "month")
        print(
            f"  monthly buckets ({len(months)}):    "
            f"{_spread(_timed(lambda: held_over_time(db, bid, first, today, 'month'), ROUNDS))}"
        )
        print(f"  summary: {summary(months, 'month')[:60]}...")
    finally:
        vault.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--vault", type=Path, help="reuse or keep the vault here")
    args = parser.parse_args()
    print(f"machine: {machine_text()}; load average at start {os.getloadavg()[0]:.2f}")
    if args.vault is not None:
        if not (args.vault / "mooring.db").exists():
            make_vault(args.vault, args.entries, args.years)
        bench(args.vault)
        return
    with tempfile.TemporaryDirectory(prefix="mooring-bench-boundaries-") as temp:
        root = Path(temp) / "vault"
        make_vault(root, args.entries, args.years)
        bench(root)


if __name__ == "__main__":
    main()
