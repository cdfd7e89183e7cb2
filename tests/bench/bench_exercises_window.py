"""Exercise and boundary figures measured through the real window. Prints figures; not
a test.

Run with ``./dev.sh bench`` or directly with the venv's python (it starts its own Xvfb
when DISPLAY is unset)::

    python tests/bench/bench_exercises_window.py [--runs 3] [--only runner,boundaries,checker]

Every figure comes from a fresh child process running Mooring's real entry point
(``ui.entry.main``: the real ``MainWindow``, the single database worker, the production
KDF, xcb on an X server), driven by the ``Driver`` of bench_journal_window.py: it clicks
and types as a person would and reads timestamps from event filters. "Painted" is the
end of the repaint that first shows the result: the first paint event after the result
is on screen starts a window repaint, and a zero timer set then fires once that whole
repaint has returned to the event loop.

The vault (production KDF, cached beside the other bench vaults) holds:
- a run of a 30-step exercise built here (every step kind, two steps shown only after
  a "yes", half the steps answered, the message draft checked with "fight" and
  "craft" as the four-part message is), and a run of a one-step message exercise whose
  draft is 2,000 characters;
- two boundaries: one logged 5,000 times over about five years (through
  ``BoundaryRepository.log_event``), and a newer one logged twice.

1. runner: on the exercises page, the 30-step run's row in "Carry on" is clicked; the
   clock runs until the runner has painted the exercise with its first steps (the run
   read on the worker, the first steps built and filled; ``ui/exercises/runner.py``
   builds the rest just after, a few per turn of the event loop). Between rounds
   the other run is opened. The first round of each child (first steps built, checker
   rules read) is reported apart. Budget <= 100 ms.
2. boundaries: on the boundaries page, the 5,000-moment boundary's row is clicked (the
   small one was showing); the clock runs until the page has painted with its
   statement, its chart (``HeldPanel.show_held``) and the newest page of its log
   (``MomentList.add_events``) all in. The two calls are timed by wrapping them on the
   instance (the wrapper calls them as they are). Budget <= 150 ms.
3. checker: in the 2,000-character draft, at its end, one key is typed at a time. The
   checker runs when typing pauses (``CHECK_DELAY_MS`` = 150 ms after the last key), so
   a key's feedback is (a) the key handled and the character painted, then (b) from
   the pause timer's firing (its own QTimerEvent) until the check has run and the
   notes are set (the timer's slot has returned), and, when that changed what the
   notes or underlines show, until that has painted. The work per keystroke is
   (a) + (b); the budget is <= 30 ms p95. The wall time from the key to the notes,
   which includes the deliberate pause, is shown too.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from _shared import (  # noqa: E402  (this folder is on sys.path when run as a script)
    PASSPHRASE,
    load_text,
    machine_text,
    ms,
    percentile,
    start_xvfb,
)
from bench_journal_window import (  # noqa: E402
    Stamps,
    Step,
    drive_mooring,
    ensure_fresh_backup,
    run_script,
    sleep,
    time_kdf_in_unlock,
    vault_cache,
)
from bench_modules_window import _unlock  # noqa: E402

VAULT_NAME = "exercises-window-v1"
STEPS = 30
MOMENTS = 5_000
DRAFT_CHARS = 2_000
BIG_EXERCISE = "bench-thirty-steps"
BIG_TITLE = "Thirty steps (benchmark)"
MESSAGE_EXERCISE = "bench-message"
MESSAGE_TITLE = "A long message (benchmark)"
BIG_STATEMENT = "If voices get raised, I will say I need a break and go for a walk."
SMALL_STATEMENT = "If I'm asked to skip my meeting, I will say no kindly and go anyway."
DRAFT_SENTENCES = (
    "I felt hurt last night when the plans changed at the last minute.",
    "You never tell me until it's too late, and you always make me feel like an afterthought.",
    "I'm sorry I snapped, but you started it.",
    "Could we talk on Sunday morning about how we plan the week?",
    "I need to know what to expect, because it helps me stay steady in my recovery.",
    "Would you be willing to text me if something changes?",
)
TYPED = " I would like us to try this together, and I know I have a part in it too."


# ----- the vault (parent) ------------------------------------------------------------------


def thirty_step_exercise() -> Any:
    from app.exercises.model import Exercise, Option, ShowIf, StepKind
    from app.exercises.model import Step as ExerciseStep

    steps = []
    kinds = list(StepKind)
    for n in range(STEPS):
        kind = kinds[n % len(kinds)]
        options: tuple[Option, ...] = ()
        if kind in (StepKind.SINGLE, StepKind.MULTI):
            options = tuple(
                Option(f"o{k}", f"Option {k + 1}, a short plain answer") for k in range(5)
            )
        show_if = None
        if n in (13, 27):  # shown only when the yes/no step just before says yes
            assert kinds[(n - 1) % len(kinds)] is StepKind.YESNO
            show_if = ShowIf(f"s{n - 1}", (True,))
        steps.append(
            ExerciseStep(
                id=f"s{n}",
                kind=kind,
                prompt=f"Step {n + 1}: what comes up for you here, in a few words?",
                help="Take your time. A few words are enough; you can come back to it.",
                options=options,
                low_label="Not at all" if kind is StepKind.SCALE else "",
                high_label="Very much" if kind is StepKind.SCALE else "",
                show_if=show_if,
                checks=("fight", "craft") if kind is StepKind.MESSAGE else (),
            )
        )
    return Exercise(
        id=BIG_EXERCISE,
        title=BIG_TITLE,
        adapted_from="Adapted from nothing: a benchmark exercise",
        why="Thirty steps of every kind, to time how fast an exercise opens.",
        steps=tuple(steps),
        minutes=30,
    )


def message_exercise() -> Any:
    from app.exercises.model import Exercise, StepKind
    from app.exercises.model import Step as ExerciseStep

    step = ExerciseStep(
        id="draft",
        kind=StepKind.MESSAGE,
        prompt="Write the message you would like to send.",
        checks=("fight", "craft"),
    )
    return Exercise(
        id=MESSAGE_EXERCISE,
        title=MESSAGE_TITLE,
        adapted_from="Adapted from nothing: a benchmark exercise",
        why="One long draft, to time the checker while typing.",
        steps=(step,),
    )


def draft_text() -> str:
    words: list[str] = []
    n = 0
    while len(" ".join(words)) < DRAFT_CHARS:
        words.append(DRAFT_SENTENCES[n % len(DRAFT_SENTENCES)])
        n += 1
    return " ".join(words)[:DRAFT_CHARS]


def big_answers(exercise: Any) -> dict[str, Any]:
    from app.exercises.model import StepKind

    answers: dict[str, Any] = {}
    for n, step in enumerate(exercise.steps):
        if n % 2 and step.kind is not StepKind.YESNO:
            continue
        if step.kind is StepKind.TEXT:
            answers[step.id] = "It came up at dinner, and I stayed calm for most of it."
        elif step.kind is StepKind.MESSAGE:
            answers[step.id] = " ".join(DRAFT_SENTENCES[:4])
        elif step.kind is StepKind.LIST:
            answers[step.id] = ["a walk", "call my sponsor", "write it down"]
        elif step.kind is StepKind.SINGLE:
            answers[step.id] = "o2"
        elif step.kind is StepKind.MULTI:
            answers[step.id] = ["o1", "o3"]
        elif step.kind is StepKind.SCALE:
            answers[step.id] = 6
        elif step.kind is StepKind.YESNO:
            answers[step.id] = True
    return answers


def exercises_vault() -> Path:
    """A cached vault (production KDF) with the runs and boundaries described above."""
    from app.boundaries.model import BoundaryDraft, EventDraft, Outcome
    from app.boundaries.repository import BoundaryRepository
    from app.exercises.repository import RunRepository
    from app.platform.sql import transaction
    from app.vault.vault import Vault

    root = vault_cache() / VAULT_NAME
    if (root / "mooring.db").exists():
        return root
    partial = root.with_name(root.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    Vault.create(partial, PASSPHRASE)[0].close()
    vault = Vault.unlock(partial, PASSPHRASE)
    try:
        db = vault.connection
        runs = RunRepository(db)
        with transaction(db):
            message = runs.start(message_exercise())
            runs.save_answers(message.id, {"draft": draft_text()})
            big = thirty_step_exercise()
            run = runs.start(big)
            runs.save_answers(run.id, big_answers(big))
        boundaries = BoundaryRepository(db)
        rng = random.Random(11)
        today = date.today()
        with transaction(db):
            big_id = boundaries.create(BoundaryDraft(area="emotions", statement=BIG_STATEMENT)).id
            for i in range(MOMENTS):
                boundaries.log_event(
                    big_id,
                    EventDraft(
                        happened=today - timedelta(days=int(i * 0.36)),
                        outcome=rng.choices(list(Outcome), weights=(7, 2, 1))[0],
                        what_happened="Voices got loud over the dishes. I named it, stepped out.",
                        feeling=rng.randint(0, 10),
                        next_time="Say it sooner, before I'm tired.",
                    ),
                )
            small_id = boundaries.create(BoundaryDraft(area="time", statement=SMALL_STATEMENT)).id
            for days in (2, 9):
                boundaries.log_event(
                    small_id,
                    EventDraft(happened=today - timedelta(days=days), outcome=Outcome.HELD),
                )
    finally:
        vault.close()
    print(f"made the exercises bench vault in {time.perf_counter() - started:.1f} s")
    partial.rename(root)
    return root


# ----- the parent: figures -----------------------------------------------------------------


def _spread(values: list[float]) -> str:
    return (
        f"median {ms(statistics.median(values))}, p95 {ms(percentile(values, 0.95))}, "
        f"max {ms(max(values))}"
    )


def bench_runner(root: Path, runs: int) -> None:
    run_script(Path(__file__), "runner", root, [])  # not counted: bytecode, file cache
    first: list[float] = []
    warm: list[float] = []
    for _ in range(runs):
        result = run_script(Path(__file__), "runner", root, [])
        first.append(result["opened"][0])
        warm += result["opened"][1:]
        print(
            f"  30-step run: first open {ms(result['opened'][0])}, then "
            f"{', '.join(ms(v) for v in result['opened'][1:])}; medians: click -> steps "
            f"being built {ms(statistics.median(result['before']))}, building "
            f"{ms(statistics.median(result['building']))}, the rest is layout and paint "
            f"[{result['load']}]"
        )
    print(
        f"30-step exercise, click -> painted ({len(first)} fresh windows): first open in a "
        f"window {_spread(first)}; opened again {_spread(warm)} (budget <= 100 ms) "
        f"[{load_text()}]"
    )


def bench_boundaries(root: Path, runs: int) -> None:
    first: list[float] = []
    warm: list[float] = []
    for _ in range(runs):
        result = run_script(Path(__file__), "boundaries", root, [])
        first.append(result["opened"][0])
        warm += result["opened"][1:]
        print(
            f"  5,000-moment boundary: first {ms(result['opened'][0])}, then "
            f"{', '.join(ms(v) for v in result['opened'][1:])}; chart in "
            f"{ms(statistics.median(result['chart']))}, log in "
            f"{ms(statistics.median(result['log']))} (medians) [{result['load']}]"
        )
    print(
        f"boundary with {MOMENTS:,} moments, click -> log and chart painted ({len(first)} "
        f"fresh windows): first {_spread(first)}; again {_spread(warm)} (budget <= 150 ms) "
        f"[{load_text()}]"
    )


def bench_checker(root: Path, runs: int) -> None:
    keys: list[float] = []
    checks: list[float] = []
    work: list[float] = []
    wall: list[float] = []
    for _ in range(runs):
        result = run_script(Path(__file__), "checker", root, [])
        keys += result["key"]
        checks += result["check"]
        work += [a + b for a, b in zip(result["key"], result["check"], strict=True)]
        wall += result["wall"]
        print(
            f"  {len(result['key'])} keys ({result['repainted']} changed what the notes or"
            " underlines show): work p95 "
            f"{ms(percentile([a + b for a, b in zip(result['key'], result['check'], strict=True)], 0.95))}"
            f" [{result['load']}]"
        )
    print(f"checker on a {DRAFT_CHARS:,}-character draft, {len(work)} keystrokes:")
    print(f"  key handled -> character painted: {_spread(keys)}")
    print(
        f"  pause timer fired -> checked, notes set (and painted when changed): {_spread(checks)}"
    )
    print(f"  work per keystroke (both): {_spread(work)} (budget <= 30 ms p95) [{load_text()}]")
    print(f"  wall time key -> notes painted (with the 150 ms pause): {_spread(wall)}")


# ----- the child: scripts on Mooring's own event loop ---------------------------------------


class PaintClock:
    """Notes when a repaint that starts after ``arm()`` has fully returned."""

    def __init__(self, stamps: Stamps) -> None:
        self.stamps = stamps
        self.armed: Callable[[], bool] | None = None
        self.painted: float | None = None
        self.first_paint: float | None = None

    def watch(self, widgets: list[Any]) -> None:
        from PySide6.QtCore import QEvent

        def on_event(event: Any) -> None:
            if event.type() != QEvent.Type.Paint or self.armed is None or self.first_paint:
                return
            if not self.armed():
                return
            self.first_paint = time.perf_counter()
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._done)

        for widget in widgets:
            self.stamps.watch(widget, on_event)

    def _done(self) -> None:
        self.painted = time.perf_counter()

    def arm(self, ready: Callable[[], bool]) -> None:
        self.armed, self.painted, self.first_paint = ready, None, None


def _open_module(window: Any, module_id: str) -> Iterator[Step]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    workspace = window.workspace
    item = workspace.nav.item(workspace.module_ids.index(module_id))
    rect = workspace.nav.visualItemRect(item)
    QTest.mouseClick(workspace.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    yield lambda: workspace.pages.currentWidget() is not None


def _click_row(view: Any, item: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view.scrollToItem(item)
    rect = view.visualItemRect(item)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _run_row(page: Any, title: str) -> tuple[Any, int]:
    """The row of the run whose exercise has ``title``, and the run's id."""
    from ui.exercises.page import ID_ROLE

    for row in range(page.in_progress.count()):
        item = page.in_progress.item(row)
        if item.text().partition("\n")[0] == title:
            return item, int(item.data(ID_ROLE))
    raise LookupError("no such run in the list")


def child_runner(out: dict[str, Any], rounds: int = 6) -> Iterator[Step]:
    from PySide6.QtWidgets import QWidget

    stamps = Stamps()
    yield from _unlock(stamps, out)
    window = out["window"]
    yield sleep(1.0)
    yield from _open_module(window, "exercises")
    page = window.workspace.pages.currentWidget()
    yield lambda: page.in_progress.count() == 2
    yield sleep(1.0)
    clock = PaintClock(stamps)
    clock.watch([page, *page.findChildren(QWidget)])
    built: dict[str, float] = {}
    show_exercise = page.runner.show_exercise

    def timed_show(exercise: Any, answers: Any) -> None:
        built["start"] = time.perf_counter()
        show_exercise(exercise, answers)
        built["end"] = time.perf_counter()

    page.runner.show_exercise = timed_show
    opened: list[float] = []
    before: list[float] = []
    building: list[float] = []
    for _ in range(rounds):
        item, run_id = _run_row(page, BIG_TITLE)

        def ready(run_id: int = run_id) -> bool:
            run = page.run
            # The exercise showing with its first steps (the rest are built just after,
            # a few per turn of the event loop; reading ``blocks`` would build them now).
            return run is not None and run.id == run_id and bool(page.runner._blocks)

        clock.arm(ready)
        started = time.perf_counter()
        _click_row(page.in_progress, item)
        yield lambda: clock.painted is not None
        opened.append(clock.painted - started)
        yield lambda: not page.runner._pending  # every step built before the next round
        before.append(built["start"] - started)
        building.append(built["end"] - built["start"])
        yield sleep(0.5)
        other, other_id = _run_row(page, MESSAGE_TITLE)
        _click_row(page.in_progress, other)
        yield lambda other_id=other_id: page.run is not None and page.run.id == other_id
        yield sleep(0.5)
    out["opened"], out["before"], out["building"] = opened, before, building
    window.close()


def child_boundaries(out: dict[str, Any], rounds: int = 6) -> Iterator[Step]:
    from PySide6.QtWidgets import QWidget

    stamps = Stamps()
    yield from _unlock(stamps, out)
    window = out["window"]
    yield sleep(1.0)
    yield from _open_module(window, "boundaries")
    page = window.workspace.pages.currentWidget()
    yield lambda: page.active_list.count() == 2 and page.selected_id() is not None
    yield sleep(1.0)
    ids = page.active_list.ids()
    rows = {page.active_list.item(n).text(): n for n in range(page.active_list.count())}
    big_row = next(n for text, n in rows.items() if text.startswith("If voices"))
    small_row = next(n for text, n in rows.items() if text.startswith("If I'm asked"))
    big_id = ids[big_row]
    calls: dict[str, float] = {}
    show_held, add_events = page.held.show_held, page.moments.add_events

    def timed_held(held: Any) -> None:
        show_held(held)
        calls["chart"] = time.perf_counter()

    def timed_events(events: Any, today: Any) -> None:
        add_events(events, today)
        calls["log"] = time.perf_counter()

    page.held.show_held = timed_held
    page.moments.add_events = timed_events
    clock = PaintClock(stamps)
    clock.watch([page, *page.findChildren(QWidget)])

    def ready() -> bool:
        boundary = page._boundary
        return (
            boundary is not None
            and boundary.id == big_id
            and "chart" in calls
            and "log" in calls
            and page.moments.count() > 0
        )

    opened: list[float] = []
    chart: list[float] = []
    log: list[float] = []
    for _ in range(rounds):
        small = page.active_list.item(small_row)
        _click_row(page.active_list, small)
        yield lambda: page._boundary is not None and page._boundary.id == ids[small_row]
        yield sleep(0.7)
        calls.clear()
        clock.arm(ready)
        started = time.perf_counter()
        _click_row(page.active_list, page.active_list.item(big_row))
        yield lambda: clock.painted is not None
        opened.append(clock.painted - started)
        chart.append(calls["chart"] - started)
        log.append(calls["log"] - started)
        yield sleep(0.5)
    out["opened"], out["chart"], out["log"] = opened, chart, log
    window.close()


def child_checker(out: dict[str, Any], keys: int = 60) -> Iterator[Step]:
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtTest import QTest

    stamps = Stamps()
    yield from _unlock(stamps, out)
    window = out["window"]
    yield sleep(1.0)
    yield from _open_module(window, "exercises")
    page = window.workspace.pages.currentWidget()
    yield lambda: page.in_progress.count() == 2
    item, run_id = _run_row(page, MESSAGE_TITLE)
    _click_row(page.in_progress, item)
    yield lambda: page.run is not None and page.run.id == run_id and "draft" in page.runner.blocks
    yield sleep(1.0)
    field = page.runner.blocks["draft"].field
    edit = field.edit
    if len(edit.toPlainText()) < DRAFT_CHARS:
        raise RuntimeError("the draft is not the stored 2,000 characters")
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    yield sleep(0.5)

    seen: dict[str, float] = {}

    def later(name: str) -> Callable[[], None]:
        return lambda: seen.setdefault(name, time.perf_counter())

    def on_edit_paint(event: Any) -> None:
        if event.type() != QEvent.Type.Paint or "key" not in seen:
            return
        if "char_paint" not in seen:
            seen["char_paint"] = time.perf_counter()
            QTimer.singleShot(0, later("char_painted"))
        if "fired" in seen and "notes_paint" not in seen:
            seen["notes_paint"] = time.perf_counter()
            QTimer.singleShot(0, later("notes_painted"))

    def on_timer(event: Any) -> None:
        if event.type() == QEvent.Type.Timer and "key" in seen and "fired" not in seen:
            seen["fired"] = time.perf_counter()
            # Runs once the timer's slot (the check, the notes set) has returned.
            QTimer.singleShot(0, later("checked"))

    def settled() -> bool:
        if "char_painted" not in seen or "checked" not in seen:
            return False
        if "notes_paint" in seen:
            return "notes_painted" in seen
        # Nothing on screen changed (same notes, same underlines): no repaint comes.
        return time.perf_counter() - seen["checked"] > 0.1

    stamps.watch(field.timer, on_timer)
    for widget in (edit.viewport(), field.notes):
        stamps.watch(widget, on_edit_paint)
    key_times: list[float] = []
    check_times: list[float] = []
    wall: list[float] = []
    repainted = 0
    for n in range(keys):
        char = TYPED[n % len(TYPED)]
        seen.clear()
        seen["key"] = time.perf_counter()
        QTest.keyClicks(edit, char)
        yield settled
        done = seen.get("notes_painted", seen["checked"])
        key_times.append(seen["char_painted"] - seen["key"])
        check_times.append(done - seen["fired"])
        wall.append(done - seen["key"])
        repainted += "notes_painted" in seen
        yield sleep(0.1)
    out["key"], out["check"], out["wall"] = key_times, check_times, wall
    out["repainted"] = repainted
    window.close()


def child(kind: str, root: Path) -> None:
    from PySide6.QtWidgets import QApplication

    kdf_in_unlock = time_kdf_in_unlock()
    out: dict[str, Any] = {}
    app = QApplication([sys.argv[0]])
    scripts = {"runner": child_runner, "boundaries": child_boundaries, "checker": child_checker}
    drive_mooring(app, scripts[kind](out), root, out, kdf_in_unlock)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh windows per figure")
    parser.add_argument("--only", default="runner,boundaries,checker")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--vault", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.vault)
        return

    import PySide6

    print(f"machine: {machine_text()}, PySide6 {PySide6.__version__}; {load_text()} at start")
    root = exercises_vault()
    ensure_fresh_backup(root)
    server = start_xvfb()
    try:
        wanted = args.only.split(",")
        if "runner" in wanted:
            bench_runner(root, args.runs)
        if "boundaries" in wanted:
            bench_boundaries(root, args.runs)
        if "checker" in wanted:
            bench_checker(root, args.runs)
    finally:
        if server is not None:
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
