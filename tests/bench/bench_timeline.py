"""Timeline benchmark: the first page and paging at 1,000 and 100,000 entries. Prints
figures; not a test.

Run with the venv's python::

    python tests/bench/bench_timeline.py [--sizes 1000,100000] [--rounds 30]

For each size, a demo vault (``mooring demo --entries N --years 5``: every module's demo
data over five years, production KDF) is made once and kept under
``$MOORING_BENCH_VAULTS`` (default ``/tmp/mooring-bench-vaults``) as ``timeline-N``; a
100,000-entry vault takes about a minute to make. Then, with the modules imported (the
window imports them while the lock screen waits):

- first page after unlocking: ``read_page`` of 60 items (the list's first page), once,
  before SQLite's page cache holds anything of the vault;
- first page again (warm): p50 / p95 of ``--rounds``, and how many windows it read;
- the next page (200 items, from the first page's cursor), and a page 100 pages deep;
- filters: only check-ins, only what is marked to bring, one month, the first page each;
- scrolling to the end: every page of 200 to the oldest day, the worst page and the
  total, with the rows' words made as the window makes them (offscreen Qt), so the
  figure is what one ``fetchMore`` costs the worker and the window together.

Then, in the real window (``--window-runs``, default 2; 0 skips it): a fresh child
process runs Mooring's own entry point on the 100,000-entry vault under Xvfb (xcb, the
single database worker, the production KDF), unlocks as a person would, clicks
"Timeline" in the navigation and times it until the page has painted its first rows;
then it presses End each time a page has come in, until the list reaches the oldest
day, noting how long each End took to bring its rows and the longest the window's
event loop went without running (a 5 ms timer), i.e. whether scrolling stays smooth.

The budget (issue 13): the first page within 100 ms at 100,000 entries, and flat from
1,000 to 100,000.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _shared import (  # noqa: E402  (this folder is on sys.path when run as a script)
    PASSPHRASE,
    fill_with_demo,
    load_text,
    machine_text,
    ms,
    percentile,
    start_xvfb,
)

YEARS = 5
FIRST = 60  # ui/timeline/rows.py FIRST_PAGE_SIZE
PAGE = 200  # ui/timeline/rows.py PAGE_SIZE


def vault_cache() -> Path:
    return Path(os.environ.get("MOORING_BENCH_VAULTS") or "/tmp/mooring-bench-vaults")


def timeline_vault(entries: int) -> Path:
    """A cached demo vault of ``entries`` entries and YEARS years of the other modules."""
    from app.vault.vault import Vault

    root = vault_cache() / f"timeline-{entries}"
    if (root / "mooring.db").exists():
        return root
    partial = root.with_name(root.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.parent.mkdir(parents=True, exist_ok=True)
    Vault.create(partial, PASSPHRASE)[0].close()
    took, _cpu = fill_with_demo(partial, entries, YEARS)
    print(f"made a {entries:,}-entry, {YEARS}-year demo vault in {took:.1f} s")
    partial.rename(root)
    return root


def _timed(fn: Callable[[], Any], rounds: int) -> tuple[list[float], Any]:
    times, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return times, result


def _figure(times: list[float]) -> str:
    return f"p50 {ms(statistics.median(times))}, p95 {ms(percentile(times, 0.95))}"


def bench(entries: int, rounds: int) -> dict[str, float]:
    from app.platform.registry import feature_modules
    from app.timeline import TimelineFilter, read_page
    from app.timeline.kinds import CHECKIN
    from app.vault.vault import Vault
    from ui.timeline.rows import Row

    root = timeline_vault(entries)
    feature_modules()  # imported before unlocking, as in the window
    figures: dict[str, float] = {}
    # After each unlock SQLite's page cache is empty: the first page as the person sees
    # it on opening the timeline right after unlocking (the KDF is not counted).
    colds = []
    for _ in range(3):
        vault = Vault.unlock(root, PASSPHRASE)
        started = time.perf_counter()
        read_page(vault.connection, size=FIRST)
        colds.append(time.perf_counter() - started)
        vault.close()
    figures["cold"] = statistics.median(colds)
    vault = Vault.unlock(root, PASSPHRASE)
    try:
        connection = vault.connection
        first = read_page(connection, size=FIRST)
        warm, first = _timed(lambda: read_page(connection, size=FIRST), rounds)
        figures["warm"] = statistics.median(warm)
        (total_entries,) = connection.execute(
            "SELECT count(*) FROM entries WHERE deleted_at IS NULL"
        ).fetchone()
        print(f"  {total_entries:,} entries; {load_text()}")
        print(
            f"  first page ({FIRST}) right after unlocking (empty page cache): median of 3 "
            f"{ms(figures['cold'])}, worst {ms(max(colds))}"
        )
        print(
            f"  first page ({FIRST}) again: {_figure(warm)}; {first.windows} windows read"
            " (budget <= 100 ms at 100,000, flat)"
        )
        cursor = first.cursor
        following, page = _timed(lambda: read_page(connection, cursor=cursor, size=PAGE), rounds)
        print(f"  next page ({PAGE}): {_figure(following)}; {page.windows} windows read")
        deep = first.cursor
        for _ in range(100):
            deep = read_page(connection, cursor=deep, size=PAGE).cursor
            if deep is None:
                break
        if deep is not None:
            deep_times, _page = _timed(
                lambda: read_page(connection, cursor=deep, size=PAGE), rounds
            )
            print(f"  a page 100 pages deep: {_figure(deep_times)}")

        newest = first.items[0].day if first.items else date.today()
        for label, wanted in (
            ("only check-ins", TimelineFilter(kinds=frozenset({CHECKIN}))),
            ("only marked to bring", TimelineFilter(flagged_only=True)),
            ("one month", TimelineFilter(start=newest - timedelta(days=30), end=newest)),
        ):
            times, page = _timed(lambda w=wanted: read_page(connection, w, size=FIRST), rounds)
            print(f"  first page, {label}: {_figure(times)} ({len(page.items)} items)")

        from PySide6.QtWidgets import QApplication

        _app = QApplication.instance() or QApplication([])
        page_times: list[float] = []
        shown, walk_cursor = 0, None
        while True:
            started = time.perf_counter()
            page = read_page(connection, cursor=walk_cursor, size=PAGE)
            rows = [Row.of(item) for item in page.items]
            page_times.append(time.perf_counter() - started)
            shown += len(rows)
            walk_cursor = page.cursor
            if walk_cursor is None:
                break
        print(
            f"  scrolling to the oldest day: {shown:,} rows in {len(page_times)} pages of "
            f"{PAGE}, {sum(page_times):.1f} s in all; a page with its rows' words "
            f"{_figure(page_times)}, worst {ms(max(page_times))} [{load_text()}]"
        )
    finally:
        vault.close()
    return figures


# ----- the real window (a child process on Mooring's own event loop) --------------------


def child_window(out: dict[str, Any]) -> Iterator[Any]:
    from bench_journal_window import Stamps, sleep
    from bench_modules_window import _unlock
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    stamps = Stamps()
    yield from _unlock(stamps, out)
    window = out.pop("window")
    workspace = window.workspace
    yield sleep(1.0)  # the person looks at Today first
    item = workspace.nav.item(workspace.module_ids.index("timeline"))
    seen: dict[str, float] = {}
    loaded: list[float] = []

    def page_changed(index: int) -> None:
        page = workspace.pages.widget(index)
        if not hasattr(page, "model"):
            return
        seen.setdefault("built", time.perf_counter())
        page.loaded.connect(lambda: loaded.append(time.perf_counter()))

        def painted(event: Any) -> None:
            if event.type() == QEvent.Type.Paint and loaded:
                seen.setdefault("shown", time.perf_counter())

        for widget in [page, *page.findChildren(QWidget)]:
            stamps.watch(widget, painted)

    workspace.pages.currentChanged.connect(page_changed)
    rect = workspace.nav.visualItemRect(item)
    started = time.perf_counter()
    QTest.mouseClick(workspace.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    yield lambda: "shown" in seen
    out["shown"] = seen["shown"] - started
    out["built"] = seen["built"] - started
    out["first_rows"] = loaded[0] - started
    page = workspace.pages.currentWidget()
    model = page.model
    yield sleep(0.5)

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    page.table.setFocus()
    fetches: list[float] = []
    scroll_started = time.perf_counter()
    while model.canFetchMore() or model.is_loading():
        before = model.rowCount()
        pressed = time.perf_counter()
        QTest.keyClick(page.table, Qt.Key.Key_End)
        yield (
            lambda b=before: (
                model.rowCount() > b or not (model.canFetchMore() or model.is_loading())
            )
        )
        fetches.append(time.perf_counter() - pressed)
    QTest.keyClick(page.table, Qt.Key.Key_End)
    yield sleep(0.2)
    timer.stop()
    out["scroll_total"] = time.perf_counter() - scroll_started
    out["rows"] = model.rowCount()
    out["fetches"] = fetches
    out["worst_gap"] = max(gaps)
    out["gap_p99"] = percentile(gaps, 0.99)
    out["load"] = load_text()
    window.close()


def child(kind: str, root: Path) -> None:
    from bench_journal_window import drive_mooring, time_kdf_in_unlock
    from PySide6.QtWidgets import QApplication

    import ui.timeline  # registers the page (as the window does at its first unlock)

    assert ui.timeline.MODULE_ID == "timeline" and kind == "window"
    kdf_in_unlock = time_kdf_in_unlock()
    out: dict[str, Any] = {}
    app = QApplication([sys.argv[0]])
    drive_mooring(app, child_window(out), root, out, kdf_in_unlock)


def bench_window(root: Path, runs: int) -> None:
    from bench_journal_window import ensure_fresh_backup, run_script

    ensure_fresh_backup(root)
    server = start_xvfb()
    try:
        run_script(Path(__file__), "window", root, [])  # not counted: bytecode, file cache
        for _ in range(runs):
            result = run_script(Path(__file__), "window", root, [])
            fetches = result["fetches"]
            print(
                f"  window: Timeline clicked -> first rows painted {ms(result['shown'])} "
                f"(page built {ms(result['built'])}, rows in {ms(result['first_rows'])}); End to the oldest day: "
                f"{result['rows']:,} rows in {result['scroll_total']:.1f} s, "
                f"{len(fetches)} Ends, each bringing its page in p50 "
                f"{ms(percentile(fetches, 0.5))}, p95 {ms(percentile(fetches, 0.95))}; "
                f"longest the event loop waited {ms(result['worst_gap'])} "
                f"(p99 {ms(result['gap_p99'])}) [{result['load']}]"
            )
    finally:
        if server is not None:
            server.kill()
            server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--window-runs", type=int, default=2)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--vault", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.vault)
        return
    sizes = [int(s) for s in args.sizes.split(",") if s]
    print(f"machine: {machine_text()}; load average at start {os.getloadavg()[0]:.2f}")
    results = {}
    for size in sizes:
        print(f"{size:,}-entry demo vault ({YEARS} years of every module):")
        results[size] = bench(size, args.rounds)
    if len(results) > 1:
        small, large = results[min(results)], results[max(results)]
        print(
            f"first page, warm: {ms(small['warm'])} at {min(results):,} entries, "
            f"{ms(large['warm'])} at {max(results):,} (x{large['warm'] / small['warm']:.2f}); "
            f"after unlocking: {ms(small['cold'])} and {ms(large['cold'])}"
        )
    if args.window_runs > 0:
        print(f"the real window, {max(sizes):,}-entry vault:")
        bench_window(timeline_vault(max(sizes)), args.window_runs)


if __name__ == "__main__":
    main()
