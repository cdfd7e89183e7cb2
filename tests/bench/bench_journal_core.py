"""Journal core benchmark on a 100,000-entry demo vault. Prints figures; not a test.

Run with the venv's python::

    python tests/bench/bench_journal_core.py [--entries 100000] [--vault DIR]

- ``mooring demo --entries N``: the real command as a subprocess, end to end (the
  vault is made with small KDF parameters so unlocking does not blur the figure).
- unlock: ``Vault.unlock`` of the full vault with those small KDF parameters, i.e. what
  unlocking adds on top of the KDF (opening, checks, schema).
- search: ``EntryRepository.search`` (top 50, ranked, with snippets) for varied queries,
  each repeated; the median per query and the median of those medians; and the very
  first search after unlocking, before SQLite's page cache holds anything.
- autosave: ``EntryRepository.save`` of a ~250-word body into random entries (each a
  committed, fsynced write): p50 / p95 / max.
- list: ``page()`` first page and a page ~99% deep (keyset), with and without filters;
  ``count()``, ``days_with_entries()``, ``all_tags()``.

``--vault DIR`` reuses (or, if missing, creates and keeps) a demo vault in DIR.
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

from app.journal.entries import EntryRepository  # noqa: E402
from app.journal.model import EntryFilter  # noqa: E402
from app.vault.kdf import KdfParams  # noqa: E402
from app.vault.vault import Vault  # noqa: E402

SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
QUERIES = (
    "craving",  # in half of all entries
    "harbour",
    "walk",
    "Priya",  # a name
    "Tomasz laundromat",  # two rarer words
    "bakery on Elm",
    '"took the long way"',  # a phrase
    "lonely tired",
    "cra",  # a word being typed: prefix
    "therap",
    "wal",
    "w",  # one letter: matched as a word until a third letter is typed
    "zebra",  # no hits
)


def _timed(fn: Callable[[], Any], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


def make_demo_vault(root: Path, entries: int) -> None:
    Vault.create(root, PASSPHRASE, kdf=SMALL_KDF)[0].close()
    took, cpu = fill_with_demo(root, entries)
    size = sum(p.stat().st_size for p in root.iterdir() if p.is_file()) / 2**20
    print(
        f"mooring demo --entries {entries}: {took:.1f} s wall, {cpu:.1f} s CPU "
        f"(budget <= 60 s); vault {size:.0f} MiB"
    )


def bench(root: Path) -> None:
    unlocks = _timed(lambda: Vault.unlock(root, PASSPHRASE).close(), 5)
    print(f"unlock beyond the KDF (open, checks): median {ms(statistics.median(unlocks))}")
    vault = Vault.unlock(root, PASSPHRASE)
    try:
        repo = EntryRepository(vault.connection)
        total = repo.count()
        print(f"entries: {total:,}")

        started = time.perf_counter()
        repo.search("hopeful")
        print(f"first search after unlock (cold page cache): {ms(time.perf_counter() - started)}")
        medians = []
        for query in QUERIES:
            repo.search(query)  # the first run warms the page cache like a typed letter would
            times = _timed(lambda q=query: repo.search(q, limit=50), 5)
            hits = len(repo.search(query, limit=50).hits)
            medians.append(statistics.median(times))
            print(f"  search {query!r:24} {hits:3} hits  median {ms(medians[-1])}")
        print(
            f"search, first 50 results: median of medians {ms(statistics.median(medians))}, "
            f"worst {ms(max(medians))} (budget: median <= 50 ms)"
        )

        rng = random.Random(1)
        ids = [
            r[0]
            for r in vault.connection.execute(
                "SELECT id FROM entries WHERE deleted_at IS NULL ORDER BY random() LIMIT 1000"
            )
        ]
        bodies = [repo.get(i).body for i in ids[:20]]
        saves = []
        for entry_id in ids:
            body = rng.choice(bodies) + f" edited {rng.random()}"
            started = time.perf_counter()
            repo.save(entry_id, title="Autosaved", body=body)
            saves.append(time.perf_counter() - started)
        print(
            f"autosave save() of ~250 words, {len(saves)} entries: p50 {ms(percentile(saves, 0.5))}, "
            f"p95 {ms(percentile(saves, 0.95))}, max {ms(max(saves))} (budget: p95 <= 20 ms)"
        )

        for label, wanted in (
            ("all", EntryFilter()),
            ("tag 'sleep'", EntryFilter(tag="sleep")),
            ("therapy only", EntryFilter(therapy_only=True)),
            ("one year", EntryFilter(start=_year_ago(repo), end=None)),
        ):
            first = _timed(lambda f=wanted: repo.page(f, after=None, limit=50), 7)
            count = repo.count(wanted)
            deep_cursor = _cursor_at(repo, wanted, max(0, int(count * 0.99) - 50))
            deep = _timed(lambda f=wanted, c=deep_cursor: repo.page(f, after=c, limit=50), 7)
            counted = _timed(lambda f=wanted: repo.count(f), 5)
            print(
                f"  page {label:13} ({count:6} rows): first {ms(statistics.median(first))}, "
                f"99% deep {ms(statistics.median(deep))}, count() {ms(statistics.median(counted))}"
            )
        newest = repo.page(EntryFilter(), after=None, limit=1)[0].created
        month = _timed(lambda: repo.days_with_entries(newest.year, newest.month), 5)
        tags = _timed(repo.all_tags, 3)
        print(
            f"days_with_entries(month) {ms(statistics.median(month))}, "
            f"all_tags() {ms(statistics.median(tags))}"
        )
        got = _timed(lambda: repo.get(ids[0]), 7)
        print(f"get() one entry {ms(statistics.median(got))}")
    finally:
        vault.close()


def _year_ago(repo: EntryRepository) -> Any:
    newest = repo.page(EntryFilter(), after=None, limit=1)[0].created.date()
    return newest.replace(year=newest.year - 1)


def _cursor_at(repo: EntryRepository, wanted: EntryFilter, position: int) -> Any:
    """The cursor after ``position`` rows, found by walking pages of 1000."""
    cursor = None
    seen = 0
    while seen < position:
        page = repo.page(wanted, after=cursor, limit=min(1000, position - seen))
        if not page:
            break
        seen += len(page)
        cursor = repo.cursor_of(page[-1])
    return cursor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--vault", type=Path, help="reuse or keep the demo vault here")
    args = parser.parse_args()
    print(f"machine: {machine_text()}; load average at start {os.getloadavg()[0]:.2f}")
    if args.vault is not None:
        if not (args.vault / "mooring.db").exists():
            make_demo_vault(args.vault, args.entries)
        bench(args.vault)
        return
    with tempfile.TemporaryDirectory(prefix="mooring-bench-journal-") as temp:
        root = Path(temp) / "vault"
        make_demo_vault(root, args.entries)
        bench(root)


if __name__ == "__main__":
    main()
