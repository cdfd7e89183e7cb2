"""Module-platform figures measured through the real window. Prints figures; not a test.

Run with ``./dev.sh bench`` or directly with the venv's python (it starts its own Xvfb
when DISPLAY is unset)::

    python tests/bench/bench_modules_window.py [--runs 5] [--only today,sessions,changes]

Every figure comes from a fresh child process running Mooring's real entry point
(``ui.entry.main``: the real ``MainWindow``, the single database worker, the production
KDF, xcb on an X server), driven by the same ``Driver`` as bench_journal_window.py: it
types and clicks as a person would and reads timestamps from event filters and
signals. The vaults are demo vaults with five years of check-ins and sessions (about
800 sessions and 1,800 homework items) and 1,000 or 100,000 journal entries.

1. today: the passphrase is typed and Return pressed; the clock runs until the Today
   page (the first page after unlocking) has painted with every card filled (its
   ``loaded`` signal, then its next paint). "Beyond the KDF" subtracts the KDF inside
   that same unlock, as in bench_journal_window.py. Children alternate between the two
   vault sizes; the ratio compares the medians.
2. sessions (100,000 entries): after unlocking, the "Sessions" row of the navigation is
   clicked; the clock runs from the click until the sessions page has painted with its
   lists filled (its ``loaded`` signal, then its next paint). Measured once per child
   (the page is built on first show, as a person meets it).
3. changes (100,000 entries, every page built): a check-in is saved through
   ``Session.run_op``, as the check-in page does; the clock runs from the moment the
   operation's result is back on the window's thread (its ``on_done``) until the last
   page's ``apply_changes`` has returned, i.e. the notification has reached every open
   page and each has queued what it reloads. Reloads themselves run on the worker
   afterwards and are not part of this figure.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from _shared import (  # noqa: E402  (this folder is on sys.path when run as a script)
    PASSPHRASE,
    fill_with_demo,
    load_text,
    machine_text,
    ms,
    percentile,
    start_xvfb,
)
from bench_journal_window import (  # noqa: E402
    Stamps,
    Step,
    _main_window,
    drive_mooring,
    ensure_fresh_backup,
    run_script,
    sleep,
    time_kdf_in_unlock,
    vault_cache,
)

SIZES = (1_000, 100_000)
YEARS = 5


def modules_vault(entries: int) -> Path:
    """A cached demo vault: ``entries`` entries and YEARS years of the other modules."""
    from app.vault.vault import Vault

    root = vault_cache() / f"modules-{entries}-{YEARS}y"
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


def run_child(kind: str, root: Path) -> dict[str, Any]:
    return run_script(Path(__file__), kind, root, [])


# ----- the parent: figures ---------------------------------------------------------------


def bench_today(vaults: dict[int, Path], runs: int) -> None:
    results: dict[int, list[dict[str, Any]]] = {size: [] for size in vaults}
    for root in vaults.values():
        run_child("today", root)  # not counted: writes bytecode, warms the file cache
    for _ in range(runs):
        for size, root in vaults.items():
            result = run_child("today", root)
            results[size].append(result)
            print(
                f"  {size:>7,} entries: Today shown {ms(result['today_shown'])}, KDF in that "
                f"unlock {ms(result['kdf_in_unlock'])}, beyond it "
                f"{ms(result['today_shown'] - result['kdf_in_unlock'])} [{result['load']}]"
            )
    medians = {}
    for size, found in results.items():
        shown = statistics.median(r["today_shown"] for r in found)
        beyond = [r["today_shown"] - r["kdf_in_unlock"] for r in found]
        medians[size] = shown
        print(
            f"unlock -> Today shown, {size:,} entries + {YEARS} years of sessions, "
            f"{len(found)} runs: median {ms(shown)}; beyond the KDF median "
            f"{ms(statistics.median(beyond))}, max {ms(max(beyond))} (budget <= 300 ms) "
            f"[{load_text()}]"
        )
    small, large = min(medians), max(medians)
    print(
        f"unlock -> Today ratio {large:,} / {small:,} entries (medians): "
        f"{medians[large] / medians[small]:.2f} (budget <= 1.20)"
    )


def bench_sessions(root: Path, runs: int) -> None:
    shown = []
    for _ in range(runs):
        result = run_child("sessions", root)
        shown.append(result["sessions_shown"])
        print(
            f"  sessions page: built {ms(result['sessions_built'])}, lists loaded "
            f"{ms(result['sessions_loaded'])}, painted {ms(result['sessions_shown'])} "
            f"after the click [{result['load']}]"
        )
    print(
        f"sessions page shown after choosing it ({max(SIZES):,} entries + {YEARS} years, "
        f"{len(shown)} fresh windows): median {ms(statistics.median(shown))}, "
        f"max {ms(max(shown))} (budget <= 100 ms) [{load_text()}]"
    )


def bench_changes(root: Path, runs: int) -> None:
    values: list[float] = []
    pages = 0
    for _ in range(runs):
        result = run_child("changes", root)
        values += result["deliveries"]
        pages = result["pages"]
    print(
        f"change notification -> every open page ({pages} pages, {len(values)} changes): "
        f"p50 {ms(percentile(values, 0.5))}, p95 {ms(percentile(values, 0.95))}, "
        f"max {ms(max(values))} (budget <= 20 ms) [{load_text()}]"
    )


# ----- the child: scripts on Mooring's own event loop ------------------------------------


def _unlock(stamps: Stamps, out: dict[str, Any]) -> Iterator[Step]:
    """Type the passphrase, press Return; note when Today has painted, filled."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    yield lambda: _main_window() is not None and _main_window().isVisible()
    window = _main_window()
    yield sleep(1.5)  # the usual head start while a person types
    screen = window.unlock_screen
    QTest.keyClicks(screen.passphrase, PASSPHRASE)
    yield sleep(0.2)
    seen: dict[str, float] = {}

    def workspace_shown(_index: int) -> None:
        workspace = window.workspace
        if workspace is None or window.stack.currentWidget() is not workspace:
            return
        if "workspace" in seen:
            return
        seen["workspace"] = time.perf_counter()
        today = workspace.pages.currentWidget()
        loaded: list[float] = []
        today.loaded.connect(lambda: loaded.append(time.perf_counter()))

        def painted(event: Any) -> None:
            if event.type() == QEvent.Type.Paint and loaded:
                seen.setdefault("today_shown", time.perf_counter())

        for widget in [today, *today.findChildren(QWidget)]:
            stamps.watch(widget, painted)

    window.stack.currentChanged.connect(workspace_shown)
    started = time.perf_counter()
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    yield lambda: "today_shown" in seen
    for name, moment in seen.items():
        out[name] = moment - started
    out["load"] = load_text()
    out["window"] = window


def child_today(out: dict[str, Any]) -> Iterator[Step]:
    yield from _unlock(Stamps(), out)
    out["window"].close()


def child_sessions(out: dict[str, Any]) -> Iterator[Step]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    stamps = Stamps()
    yield from _unlock(stamps, out)
    window = out["window"]
    workspace = window.workspace
    yield sleep(1.0)  # the person looks at Today first
    row = workspace.module_ids.index("sessions")
    item = workspace.nav.item(row)
    seen: dict[str, float] = {}
    loaded: list[float] = []

    def page_changed(index: int) -> None:
        page = workspace.pages.widget(index)
        if not hasattr(page, "loaded"):
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
    out["sessions_shown"] = seen["shown"] - started
    out["sessions_built"] = seen["built"] - started
    out["sessions_loaded"] = loaded[0] - started
    window.close()


def child_changes(out: dict[str, Any], rounds: int = 20) -> Iterator[Step]:
    from app.checkins import ops
    from app.checkins.model import CheckIn

    stamps = Stamps()
    yield from _unlock(stamps, out)
    window = out["window"]
    workspace = window.workspace
    for module_id in workspace.module_ids:  # every page built, as after a day's use
        workspace.show_module(module_id)
        yield sleep(0.5)
    workspace.show_module(workspace.module_ids[0])
    yield sleep(2.0)
    pages = [p for p in workspace.built_pages() if hasattr(p, "apply_changes")]
    returned: list[float] = []
    for page in pages:
        inner = page.apply_changes

        def timed(changes: Any, inner: Any = inner) -> None:
            inner(changes)
            returned.append(time.perf_counter())

        page.apply_changes = timed
    deliveries: list[float] = []
    for n in range(rounds):
        returned.clear()
        back: list[float] = []
        checkin = CheckIn(date.today(), n % 11, 5, 2, False, False, False, False, None, "")
        window.session.run_op(
            lambda vault, c=checkin: ops.save(vault.connection, c),
            lambda _value, back=back: back.append(time.perf_counter()),
        )
        yield lambda: len(returned) == len(pages)
        deliveries.append(max(returned) - back[0])
        yield sleep(0.3)  # let each page's reload finish before the next change
    out["deliveries"] = deliveries
    out["pages"] = len(pages)
    window.close()


def child(kind: str, root: Path) -> None:
    from PySide6.QtWidgets import QApplication

    kdf_in_unlock = time_kdf_in_unlock()
    out: dict[str, Any] = {}
    app = QApplication([sys.argv[0]])
    scripts = {"today": child_today, "sessions": child_sessions, "changes": child_changes}
    drive_mooring(app, scripts[kind](out), root, out, kdf_in_unlock)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (and size)")
    parser.add_argument("--only", default="today,sessions,changes")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--vault", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.vault)
        return

    import PySide6

    print(f"machine: {machine_text()}, PySide6 {PySide6.__version__}; {load_text()} at start")
    vaults = {size: modules_vault(size) for size in SIZES}
    for root in vaults.values():
        ensure_fresh_backup(root)
    server = start_xvfb()
    try:
        wanted = args.only.split(",")
        if "today" in wanted:
            bench_today(vaults, args.runs)
        if "sessions" in wanted:
            bench_sessions(vaults[max(SIZES)], args.runs)
        if "changes" in wanted:
            bench_changes(vaults[max(SIZES)], args.runs)
    finally:
        if server is not None:
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
