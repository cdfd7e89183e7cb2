"""The long kill-loop soak: ``./dev.sh soak [N]`` runs every scenario N times (1000).

    python tests/adversarial/soak.py [N] [--only add,demo,...] [--seed S] [--work DIR]

Prints a progress line every 50 iterations per scenario, then a table of the counts;
exits 1 when any failure count is not 0. Needs an X server for the window scenario
(``./dev.sh soak`` starts Xvfb); without DISPLAY that scenario is skipped and said so.
A scenario's folder is removed when it passed, kept (and named) when it failed.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import kill_scenarios
from _shared import load_text, machine_text

PROGRESS_EVERY = 50
COLUMNS = (
    ("iterations", "iter"),
    ("killed", "killed"),
    ("mid_write", "mid-write"),
    ("acknowledged", "acked"),
    ("lost", "lost"),
    ("integrity", "integrity"),
    ("unopenable", "neither-opens"),
    ("both_open", "both-open"),
    ("stray_notices", "stray-notice"),
    ("leftovers", "key-leftovers"),
    ("other", "other"),
)


def table(results: list[kill_scenarios.Counts]) -> str:
    header = ["scenario", *[label for _name, label in COLUMNS], "seconds"]
    rows = [
        [c.scenario, *[str(getattr(c, name)) for name, _label in COLUMNS], f"{c.seconds:.0f}"]
        for c in results
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        )

    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="soak", description=__doc__.splitlines()[0])
    parser.add_argument("iterations", nargs="?", type=int, default=1000)
    parser.add_argument("--only", default="", help="comma-separated scenario names")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--work", type=Path, default=None, help="folder for the vaults")
    args = parser.parse_args(argv)
    names = [n for n in args.only.split(",") if n] or list(kill_scenarios.SCENARIOS)
    unknown = [n for n in names if n not in kill_scenarios.SCENARIOS]
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(unknown)}")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    work = args.work or Path(tempfile.mkdtemp(prefix="mooring-soak-"))
    work.mkdir(parents=True, exist_ok=True)

    def say(text: str) -> None:
        print(text, flush=True)

    say(f"soak: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {machine_text()}, {load_text()}")
    say(f"soak: {args.iterations} iterations per scenario, seed {seed}, work folder {work}")
    results: list[kill_scenarios.Counts] = []
    for name in names:
        if name == "window" and not os.environ.get("DISPLAY"):
            say("soak: window skipped (no DISPLAY; ./dev.sh soak starts Xvfb)")
            continue
        folder = work / name
        folder.mkdir(exist_ok=True)

        shown = [0]  # notes already printed: each is printed as it comes, so a soak
        # stopped before its end still says what went wrong

        def progress(counts: kill_scenarios.Counts, shown: list[int] = shown) -> None:
            for note in counts.notes[shown[0] :]:
                say(f"  {counts.scenario}: {note}")
            shown[0] = len(counts.notes)
            if counts.iterations % PROGRESS_EVERY == 0 or counts.iterations == args.iterations:
                say(f"progress {counts.summary()}; {load_text()}")

        rng = random.Random(f"{seed}-{name}")
        started = time.monotonic()
        try:
            counts = kill_scenarios.SCENARIOS[name](folder, args.iterations, rng, progress)
        except Exception as error:  # a harness failure still ends in the table
            counts = kill_scenarios.Counts(name)
            where = traceback.format_exc().strip().splitlines()[-3:]
            counts.fail("other", f"the scenario stopped: {type(error).__name__}: {error} {where}")
            counts.seconds = time.monotonic() - started
        results.append(counts)
        say(f"done {counts.summary()}")
        for note in counts.notes[shown[0] :]:
            say(f"  {name}: {note}")
        if counts.failures() == 0:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            say(f"  {name}: its vaults are kept in {folder}")
    say("")
    say(table(results))
    failed = sum(c.failures() for c in results)
    say(f"soak: {'FAILED, ' + str(failed) + ' failures' if failed else 'ok, 0 failures'}")
    if not failed:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
