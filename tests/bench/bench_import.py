"""Import benchmark: a generated 20,000-entry jrnl export planned and imported into a
vault. Prints figures; not a test.

Run with the venv's python::

    python tests/bench/bench_import.py [--entries 20000] [--words 200] [--existing 0]

The export (``jrnl --export json``'s shape) is generated with a fixed seed: entries of
about ``--words`` words over ten years, 0 to 3 tags each from 40, a few starred. The
vault (small KDF parameters: unlocking is not what is measured) is empty, or holds
``--existing`` demo entries first. Timed:

- ``plan_import``: reading, checking and tidying every entry, and looking for
  duplicates in the vault;
- ``apply_import``: writing them in one transaction (budget with the plan: <= 20 s);
- planning the same file again (every entry is a duplicate; nothing to add);

and the process's peak resident memory (VmHWM).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from _shared import PASSPHRASE, load_text, machine_text  # noqa: E402

from app.exchange.importers import apply_import, plan_import  # noqa: E402
from app.vault.kdf import KdfParams  # noqa: E402
from app.vault.vault import Vault  # noqa: E402

SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
BUDGET_S = 20.0
WORDS = [
    "today",
    "meeting",
    "sponsor",
    "walked",
    "river",
    "kettle",
    "quiet",
    "tired",
    "angry",
    "calm",
    "called",
    "sister",
    "slept",
    "badly",
    "asked",
    "again",
    "counselling",
    "answer",
    "still",
    "no",
    "stayed",
    "home",
    "cooked",
    "soup",
    "craving",
    "passed",
    "twenty",
    "minutes",
    "wrote",
    "list",
    "grateful",
    "rain",
    "bus",
    "late",
    "work",
    "heavy",
    "light",
    "breathing",
    "slower",
    "park",
    "phone",
    "away",
    "argued",
    "softly",
    "listened",
    "kept",
    "boundary",
    "said",
]


def rss_peak_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def make_export(path: Path, entries: int, words: int, seed: int = 11) -> int:
    rng = random.Random(seed)
    tags = [f"@topic{n}" for n in range(40)]
    start = date.today() - timedelta(days=3650)
    items = []
    for n in range(entries):
        day = start + timedelta(days=n * 3650 // entries)
        body = " ".join(rng.choices(WORDS, k=words))
        items.append(
            {
                "title": f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)}.",
                "body": body[0].upper() + body[1:] + ".",
                "date": day.isoformat(),
                "time": f"{rng.randrange(6, 24):02}:{rng.randrange(60):02}",
                "tags": rng.sample(tags, rng.choice((0, 1, 1, 2, 3))),
                "starred": rng.random() < 0.05,
            }
        )
    data = json.dumps({"tags": {t: 0 for t in tags}, "entries": items}, indent=1)
    path.write_text(data, encoding="utf-8")
    return len(data.encode())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--words", type=int, default=200)
    parser.add_argument("--existing", type=int, default=0)
    args = parser.parse_args()
    print(machine_text())
    print(load_text())
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        export = root / "jrnl.json"
        size = make_export(export, args.entries, args.words)
        print(f"export: {args.entries:,} entries of {args.words} words, {size / 2**20:.1f} MiB")
        vault, _code = Vault.create(root / "vault", PASSPHRASE, kdf=SMALL_KDF)
        try:
            if args.existing:
                from app.journal import demo

                demo.generate(vault.connection, args.existing)
                print(f"vault holds {args.existing:,} demo entries first")
            started = time.perf_counter()
            plan = plan_import(export, connection=vault.connection)
            planned = time.perf_counter() - started
            steps: list[int] = []
            started = time.perf_counter()
            added = apply_import(vault.connection, plan, progress=lambda d, t: steps.append(d))
            applied = time.perf_counter() - started
            started = time.perf_counter()
            again = plan_import(export, connection=vault.connection)
            replanned = time.perf_counter() - started
        finally:
            vault.close()
    total = planned + applied
    print(
        f"plan_import:   {planned:6.2f} s  ({len(plan.entries):,} to add, {len(plan.tags())} tags)"
    )
    print(f"apply_import:  {applied:6.2f} s  ({added:,} added, {len(steps)} progress calls)")
    print(
        f"plan + apply:  {total:6.2f} s  (budget {BUDGET_S:.0f} s: {'within' if total <= BUDGET_S else 'OVER'})"
    )
    print(
        f"plan again:    {replanned:6.2f} s  ({again.duplicates:,} duplicates, {len(again.entries)} to add)"
    )
    print(f"peak memory:   {rss_peak_mib():6.1f} MiB")


if __name__ == "__main__":
    main()
