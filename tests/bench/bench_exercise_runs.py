"""Exercise runs benchmark: autosave and opening a run of a 30-step exercise in a vault
holding thousands of runs. Prints figures; not a test.

Run with the venv's python::

    python tests/bench/bench_exercise_runs.py [--runs 3000]

A real vault (small KDF) gets ``--runs`` finished runs of a 30-step exercise with every
step kind, each with answers (about 6 KB), then one run being written. Measured:
- autosave (``ops.save_answers``: check every answer against the run's snapshot, write,
  commit), with 30 answers of which nine texts grow to 20,000 characters: p50 / p95.
  The journal's autosave budget is 20 ms p95.
- opening a run (``RunRepository.get`` + ``run_document``): the app side of "an
  exercise with 30 steps opens <= 100 ms".
- the first page of each list (``in_progress``, ``finished``), and the deepest page
  of ``finished`` through keyset cursors.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from _shared import PASSPHRASE, machine_text, ms, percentile  # noqa: E402

from app.exercises import ops  # noqa: E402
from app.exercises.document import run_document  # noqa: E402
from app.exercises.model import Exercise, Option, Step, StepKind  # noqa: E402
from app.exercises.repository import RunRepository  # noqa: E402
from app.platform.sql import transaction  # noqa: E402
from app.vault.kdf import KdfParams  # noqa: E402
from app.vault.vault import Vault  # noqa: E402

SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
ROUNDS = 200
KINDS = (
    StepKind.TEXT,
    StepKind.SINGLE,
    StepKind.MULTI,
    StepKind.SCALE,
    StepKind.LIST,
    StepKind.YESNO,
    StepKind.MESSAGE,
)


def _exercise() -> Exercise:
    options = tuple(Option(f"o{n}", f"Option number {n}") for n in range(12))
    steps = tuple(
        Step(
            f"step{n}",
            KINDS[n % len(KINDS)],
            f"Question {n}: what would you like to say about this part?",
            options=options if KINDS[n % len(KINDS)] in (StepKind.SINGLE, StepKind.MULTI) else (),
        )
        for n in range(30)
    )
    return Exercise("bench", "A long exercise", "Adapted from CRAFT", "Why.", steps)


def _answers(exercise: Exercise, text: str) -> dict[str, Any]:
    values: dict[StepKind, Any] = {
        StepKind.TEXT: text,
        StepKind.MESSAGE: text,
        StepKind.SINGLE: "o3",
        StepKind.MULTI: ["o1", "o4", "o7"],
        StepKind.SCALE: 6,
        StepKind.LIST: ["Walk", "Call my sponsor", "Tea"],
        StepKind.YESNO: True,
    }
    return {step.id: values[step.kind] for step in exercise.steps}


def _spread(values: list[float]) -> str:
    return f"p50 {ms(statistics.median(values))}, p95 {ms(percentile(values, 0.95))}"


def _timed(fn: Callable[[], Any], rounds: int = ROUNDS) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3000)
    args = parser.parse_args()
    print(machine_text())
    exercise = _exercise()
    zone = timezone(timedelta(hours=1))
    start = datetime(2022, 1, 1, 20, 0, tzinfo=zone)
    with tempfile.TemporaryDirectory() as folder:
        vault, _code = Vault.create(Path(folder) / "vault", PASSPHRASE, kdf=SMALL_KDF)
        try:
            db = vault.connection
            runs = RunRepository(db)
            made = time.perf_counter()
            with transaction(db):
                short = _answers(exercise, "A few sentences about how it went. " * 5)
                for n in range(args.runs):
                    moment = start + timedelta(hours=13 * n)
                    run = runs.start(exercise, moment)
                    runs.save_answers(run.id, short, moment)
                    runs.finish(run.id, moment + timedelta(minutes=20))
            print(f"{args.runs} finished runs of 30 steps: {time.perf_counter() - made:.1f} s")

            run_id = ops.start_run(db, exercise).value.id
            grown = [0]

            def autosave() -> None:
                grown[0] += 100
                text = ("I keep writing, a little more each second. " * 500)[: grown[0]]
                ops.save_answers(db, run_id, _answers(exercise, text))

            times = _timed(autosave)
            print(f"autosave, 30 answers, texts up to {grown[0]:,} chars x 9: {_spread(times)}")

            def open_run() -> None:
                run_document(runs.get(run_id))

            print(f"open a run (get + document): {_spread(_timed(open_run))}")
            print(f"in_progress first page: {_spread(_timed(runs.in_progress))}")
            print(f"finished first page: {_spread(_timed(runs.finished))}")
            page = runs.finished(limit=50)
            while len(page) == 50:
                last = page
                page = runs.finished(limit=50, before=RunRepository.cursor_of(page[-1]))
            cursor = RunRepository.cursor_of(last[-1])
            deep = _timed(lambda: runs.finished(limit=50, before=cursor))
            print(f"finished, deepest page: {_spread(deep)}")
        finally:
            vault.close()


if __name__ == "__main__":
    main()
