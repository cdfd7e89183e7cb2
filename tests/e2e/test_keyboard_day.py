"""A whole day with Mooring and no mouse (issue 15), in the real window over a real vault.

One run of the real ``mooring`` under Xvfb, driven by the keyboard alone (``xdotool key``
and ``xdotool type``; never a click): a vault made on the command line; unlock; an
entry written from a prompt (it autosaves); today's check-in; a therapy session added
on the sessions page; one exercise done to the end; help (F1) and Settings (Ctrl+,)
opened and closed with Escape; the lock shortcut. What each step stored is checked in
the file itself (``VaultPeek``, read-only, while the window runs), and every dialog
opened on the way must be gone from the screen after Escape.

Keyboard traps and a visible focus are checked from outside the process. Which control
has the focus is read over AT-SPI, as a screen reader reads it (the system Python's
pyatspi, on a private D-Bus session bus, with Qt's accessibility bridge on); whether a
person can see it is judged from screenshots (ImageMagick):

- no trap: at a few places (the prompt dialog, the check-in form, the session editor,
  the exercise, Help, Settings, the lock screen) Tab is pressed N times and Shift+Tab N
  times; the focus must end on the control it started on (AT-SPI) and the screen must
  look as it did;
- the focus shows: each of those presses must draw something the press before it did
  not (taking the old focus frame away is not enough); after Ctrl+<number> takes the
  keyboard into a page, F6 (to the sections list) must change something on the page;
- the focus is in sight: after the exercise's last answer, Shift+Tab and Tab (which
  scroll the focused control into view) must not move the picture.

Without pyatspi or dbus-daemon the AT-SPI part is left out and the screenshots judge
alone. A trap, or a dialog Escape does not close, fails at once; every place the focus
did not show, or was out of sight, is collected and reported together at the end (so
one run lists them all). Screenshots of every step land in the test's ``shots`` folder
and, at the end, in /tmp/walkthrough-keyboard-day/
(``MOORING_WALKTHROUGH`` moves it; an empty value turns the copy off).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from session_bus import private_session_bus
from walkthrough import SECTIONS, day_keys
from walkthrough import Walk as BaseWalk
from xdriver import Window, visible_windows, xdotool

pytestmark = pytest.mark.e2e

PASSPHRASE = "quiet harbour morning tide"
WALKTHROUGH = os.environ.get("MOORING_WALKTHROUGH", "/tmp/walkthrough-keyboard-day")

PROMPT_BODY = "Woke early and walked to the harbour wall before anyone was up."
CHECKIN_NOTE = "A steady day, one hard moment at lunch"
SESSION_KIND = "individual-therapy"  # the second kind in the list
SITUATION = "Dinner went quiet when I came back from my meeting."
NEED = "To be asked about my evening."
REQUEST = "Ask me one question about my meeting."
MESSAGE = (
    "I felt lonely at dinner when it went quiet. Would you be willing to ask me one"
    " question about my meeting tomorrow?"
)

# Pixels that may differ between two pictures of the same screen: a text cursor blinks
# (one or two pixels wide, a line of text high). A focus frame that moves changes far
# more (it leaves one control and is drawn round another).
SAME_SCREEN_PIXELS = 60
SCREEN = (1280, 800)  # Xvfb's screen (dev.sh), and the window's size
PAGE_LEFT = 215  # the pages start right of the sections list (200 wide, and margins)
TRAP_PRESSES = 3  # Tab this many times, then Shift+Tab as many
EDITOR_LEFT = 795  # the session editor's column (right of the splitter at 1280 wide)
EDITOR_GONE_PIXELS = 20_000  # a form's worth of fields and labels gone from it

# The focused control, read over AT-SPI as a screen reader reads it, by the system's
# Python (pyatspi is a Debian package, not a wheel for the venv's Python).
SYSTEM_PYTHON = os.environ.get("MOORING_ATSPI_PYTHON", "/usr/bin/python3")
FOCUS_SCRIPT = """
import sys, time, pyatspi
pid = int(sys.argv[1])
def application():
    for _ in range(50):
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                continue
        time.sleep(0.2)
# Qt marks every list's current item focused, the list focused or not: an item counts
# only inside a focused list (or table, or tree).
ITEMS = {"list item", "table cell", "tree item"}
def focused(node, found, depth=0, inside_focused=False):
    try:
        state = node.getState()
        if depth and not state.contains(pyatspi.STATE_SHOWING):
            return
        here = state.contains(pyatspi.STATE_FOCUSED)
        role = node.getRoleName()
        if here and (role not in ITEMS or inside_focused):
            found.append(f"{role}: {node.name}")
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return
    for child in children:
        if child is not None:
            focused(child, found, depth + 1, here and role not in ITEMS)
app = application()
found = []
if app is not None:
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window is not None and window.getState().contains(pyatspi.STATE_ACTIVE):
            focused(window, found)
print(" | ".join(found) or "nothing")
"""

PROMPT_DIALOG = "Write from a prompt"
HELP_DIALOG = "Get help now"
SETTINGS_DIALOG = "Settings"


class Walk(BaseWalk):
    """The keyboard day: the shared driver, plus the screen comparisons it makes."""

    def __init__(self, root: Path) -> None:
        super().__init__(root, PASSPHRASE, WALKTHROUGH)
        self.unseen_moves: list[str] = []  # Tab presses that drew no focus anywhere
        self.out_of_view: list[str] = []  # places where the focus was scrolled out of sight
        self.focus_seen: list[str] = []  # what AT-SPI said had the focus, step by step
        self.bus = ""  # the private D-Bus session bus AT-SPI uses ("" without AT-SPI)

    def section(self, section: str) -> None:
        """Ctrl+<place>: the section shown and the keyboard in its page, which must show
        where it is: F6 moves it to the sections list and something on the page must
        change (the focus drawn there goes); F6 again brings it back."""
        self.keys(f"ctrl+{SECTIONS.index(section) + 1}", what=f"the {section} page")
        landed = self.shot(section)
        on = self.focus()
        key = f"Ctrl+{SECTIONS.index(section) + 1}"
        self.focus_seen.append(f"{section} after {key}: {on}")
        self.keys("F6", what="the sections list")
        on_list = self.shot(f"{section}-f6-sections-list")
        if changed_pixels(landed, on_list, left=PAGE_LEFT) <= SAME_SCREEN_PIXELS:
            self.unseen_moves.append(
                f"{section}: nothing on the page shows the focus after {key}"
                f"{' (on ' + on + ')' if on else ''} ({landed.name})"
            )
        self.keys("F6", what=f"back to the {section} page")

    def focus(self) -> str:
        """The focused control's role and name as AT-SPI reports them ("" when AT-SPI
        cannot be asked here)."""
        if not self.bus:
            return ""
        assert self.app is not None
        env = {k: v for k, v in self.env.items() if k != "DISPLAY"}
        result = subprocess.run(
            [SYSTEM_PYTHON, "-c", FOCUS_SCRIPT, str(self.app.pid)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    def runs(self, exercise_id: str) -> list[tuple[Any, ...]]:
        found = self.rows(
            "SELECT id, answers, finished FROM exercise_runs"
            " WHERE exercise_id = ? AND deleted_at IS NULL ORDER BY id",
            (exercise_id,),
        )
        return [(row[0], json.loads(row[1]), row[2]) for row in found]


def changed_pixels(before: Path, after: Path, left: int = 0) -> int:
    """How many pixels differ between two screenshots (from ``left`` rightwards)."""
    result = subprocess.run(
        [
            "convert",
            str(before),
            str(after),
            "-crop",
            f"{SCREEN[0] - left}x{SCREEN[1]}+{left}+0",
            "+repage",
            "-compose",
            "difference",
            "-composite",
            "-colorspace",
            "gray",
            "-threshold",
            "3%",
            "-format",
            "%[fx:round(mean * w * h)]",
            "info:",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return int(result.stdout.strip())


def difference_mask(before: Path, after: Path, mask: Path) -> None:
    """White where two screenshots differ, black elsewhere."""
    subprocess.run(
        [
            "convert",
            str(before),
            str(after),
            "-compose",
            "difference",
            "-composite",
            "-colorspace",
            "gray",
            "-threshold",
            "3%",
            str(mask),
        ],
        timeout=60,
        check=True,
    )


def newly_drawn(mask: Path, earlier: Path | None) -> int:
    """Pixels changed in ``mask`` that did not change in ``earlier`` (widened by two
    pixels, for anti-aliased edges): what a Tab press drew, leaving out where the
    previous press had drawn the focus (which this press takes away)."""
    if earlier is None:
        command = ["convert", str(mask)]
    else:
        command = [
            "convert",
            str(mask),
            "(",
            str(earlier),
            "-morphology",
            "Dilate",
            "Square:2",
            "-negate",
            ")",
            "-compose",
            "multiply",
            "-composite",
        ]
    result = subprocess.run(
        [*command, "-format", "%[fx:round(mean * w * h)]", "info:"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return int(result.stdout.strip())


def tab_round(walk: Walk, where: str, window_id: str | None = None) -> None:
    """Tab ``TRAP_PRESSES`` times, then Shift+Tab as many.

    Every press must draw something on the screen that the press before it did not
    (the focus moved, and shows where it went: a press that only takes the previous
    focus frame away left the focus on something that does not show it). The first
    Shift+Tab is not judged so: it goes back to what the last Tab left, seen already.
    The way back must end on the picture the round started from (the focus got back
    to where it was: no control kept it). Whatever has the focus must not be scrolled
    out of sight before the round: the round scrolls it into view."""
    target = Window(window_id) if window_id else walk.window
    # Entered once by the keyboard first: a field reached with Tab has its text
    # selected, which the same field focused some other way may not.
    target.key("Tab", "shift+Tab")
    walk.settle(f"Tab and Shift+Tab on {where}", quiet=0.3)
    start = walk.shot(f"{where}-tab-start")
    focus_at_start = walk.focus()
    if walk.bus:  # AT-SPI answers: the round is judged by it, not by nothing
        assert focus_at_start not in ("", "nothing"), f"{where}: AT-SPI found no focus"
    masks = walk.shots / "masks"
    masks.mkdir(exist_ok=True)
    previous, earlier = start, None
    presses = [("Tab", n) for n in range(1, TRAP_PRESSES + 1)]
    presses += [("shift+Tab", n) for n in range(1, TRAP_PRESSES + 1)]
    for key, number in presses:
        target.key(key)
        walk.settle(f"{key} on {where}", quiet=0.25)
        now = walk.shot(f"{where}-{key.lower().replace('+', '-')}-{number}")
        mask = masks / now.name
        difference_mask(previous, now, mask)
        turning = key == "shift+Tab" and number == 1
        if not turning and newly_drawn(mask, earlier) <= SAME_SCREEN_PIXELS:
            on = walk.focus()
            walk.unseen_moves.append(
                f"{where}: {key} {number}{' to ' + on if on else ''} ({now.name})"
            )
        previous, earlier = now, mask
    focus_at_end = walk.focus()
    walk.focus_seen.append(f"{where}: {focus_at_start}")
    assert focus_at_end == focus_at_start, (
        f"{where}: the focus started on {focus_at_start!r} and came back to {focus_at_end!r}"
    )
    back = changed_pixels(start, previous)
    assert back <= SAME_SCREEN_PIXELS, (
        f"{where}: after Tab x{TRAP_PRESSES} and Shift+Tab x{TRAP_PRESSES} the screen is"
        f" not as it was ({back} pixels differ): the focus did not come back"
    )


def _atspi_missing() -> str | None:
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} does not exist"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, timeout=30
    )
    if probe.returncode != 0:
        return f"{SYSTEM_PYTHON} has no pyatspi"
    if not shutil.which("dbus-daemon"):
        return "dbus-daemon is not installed"
    return None


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[str]:
    """A private D-Bus session bus (its address), on which AT-SPI's accessibility bus
    starts when first asked for; "" when AT-SPI cannot be used here (the screenshots
    still judge the focus then)."""
    if _atspi_missing():
        yield ""
        return
    with private_session_bus(tmp_path / "bus") as address:
        yield address


@pytest.fixture
def walk(tmp_path: Path, session_bus: str) -> Walk:
    walk = Walk(tmp_path / "walk")
    if session_bus:
        walk.bus = session_bus
        walk.env.update(DBUS_SESSION_BUS_ADDRESS=session_bus, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    return walk


def test_a_whole_day_without_a_mouse(walk: Walk) -> None:
    started = time.monotonic()
    walk.create_vault()

    try:
        walk.run_window(lambda: _use_the_window(walk))
    finally:
        print("focus (AT-SPI):", *walk.focus_seen, sep="\n  ")
        print(f"keyboard day: {time.monotonic() - started:.1f} s")
    # Every key that moved the focus showed where it went, and the focus was in sight.
    problems = walk.unseen_moves + walk.out_of_view
    assert not problems, "focus not shown or out of sight:\n" + "\n".join(problems)


def _use_the_window(walk: Walk) -> None:
    walk.settle("the lock screen")
    xdotool("windowsize", walk.window.id, *map(str, SCREEN))
    walk.settle("the bigger window")
    walk.shot("lock-screen")
    walk.unlock()
    walk.shot("today")

    _write_from_a_prompt(walk)
    _check_in(walk)
    _log_a_session(walk)
    _do_an_exercise(walk)
    _open_and_close(walk, "F1", HELP_DIALOG, "help")
    _open_and_close(walk, "ctrl+comma", SETTINGS_DIALOG, "settings")

    walk.lock()  # Ctrl+L
    walk.shot("locked")
    assert not walk.is_open()
    tab_round(walk, "lock-screen")
    assert all(not visible_windows(t) for t in (PROMPT_DIALOG, HELP_DIALOG, SETTINGS_DIALOG))


def _write_from_a_prompt(walk: Walk) -> None:
    """Journal (Ctrl+2); "Write from a prompt…" (Ctrl+Shift+N) closed once with Escape,
    then the second theme's second prompt; the words typed save on their own."""
    from app.content.prompts import load_prompts

    themes, prompts = load_prompts()
    expected = [p for p in prompts if p.theme == themes[1].id][1]

    walk.section("journal")
    walk.window.key("ctrl+shift+n")
    dialog = walk.dialog(PROMPT_DIALOG)
    walk.shot("prompt-dialog")
    dialog.key("Escape")
    walk.closed(PROMPT_DIALOG)
    walk.settle("the prompt dialog closed")

    walk.window.key("ctrl+shift+n")
    dialog = walk.dialog(PROMPT_DIALOG)
    tab_round(walk, "prompt-dialog", dialog.id)
    dialog.key("Down", "Tab", "Down")  # the second theme, its second prompt
    walk.settle("the prompt chosen")
    walk.shot("prompt-chosen")
    dialog.key("Return")
    walk.closed(PROMPT_DIALOG)
    walk.settle("the entry from the prompt")
    walk.type(PROMPT_BODY)  # the text has the focus; no Ctrl+S: it autosaves

    def stored() -> list[tuple[Any, ...]]:
        return walk.rows(
            "SELECT body, prompt_id FROM entries WHERE deleted_at IS NULL AND body LIKE ?",
            (f"%{PROMPT_BODY}%",),
        )

    walk.wait_for(lambda: bool(stored()), "the entry autosaved", timeout=10)
    [(body, prompt_id)] = stored()
    assert prompt_id == expected.id
    assert PROMPT_BODY in str(body)
    walk.shot("entry-from-prompt")


def _check_in(walk: Walk) -> None:
    """Check-ins (Ctrl+3): mood 6, stress 4, craving 1, tired, a note; Ctrl+S."""
    walk.section("checkins")
    walk.window.key("alt+m", "Home", *["Right"] * 6)
    walk.window.key("alt+s", "Home", *["Right"] * 4)
    walk.window.key("alt+c", "Home", *["Right"] * 1)
    walk.window.key("alt+t", "alt+n")
    walk.type(CHECKIN_NOTE)
    walk.window.key("ctrl+s")

    def today_row() -> list[tuple[Any, ...]]:
        return walk.rows(
            "SELECT mood, stress, craving, hungry, angry, lonely, tired, note"
            " FROM checkins WHERE day = ?",
            (date.today().isoformat(),),
        )

    walk.wait_for(lambda: bool(today_row()), "today's check-in in the vault", timeout=10)
    assert today_row() == [(6, 4, 1, 0, 0, 0, 1, CHECKIN_NOTE)]
    walk.shot("checkin-saved")
    walk.window.key("alt+m")  # the mood scale: a round of Tab from there
    walk.settle("the mood scale")
    tab_round(walk, "checkins")


def _log_a_session(walk: Walk) -> None:
    """Sessions (Ctrl+5): New session (Ctrl+N), the kind and yesterday's date, Ctrl+S;
    Escape closes the editor."""
    walk.section("sessions")
    assert walk.rows("SELECT count(*) FROM sessions") == [(0,)]
    walk.keys("ctrl+n", what="a new session in the editor")
    today = date.today()
    yesterday = today - timedelta(days=1)
    walk.window.key("alt+k", "Down")  # Kind: the second, individual therapy
    walk.window.key(*day_keys("alt+d", today, yesterday))
    walk.settle("the session filled in")
    walk.shot("session-filled-in")
    walk.window.key("ctrl+s")

    def stored() -> list[tuple[Any, ...]]:
        return walk.rows("SELECT kind_id, start_day, status FROM sessions WHERE deleted_at IS NULL")

    walk.wait_for(lambda: bool(stored()), "the session in the vault", timeout=10)
    assert stored() == [(SESSION_KIND, yesterday.isoformat(), "planned")], stored()
    walk.shot("session-saved")
    tab_round(walk, "session-editor")
    before = walk.shot("session-editor-before-escape")
    walk.keys("Escape", what="the editor closing")  # saved: it closes without asking
    closed = walk.shot("session-editor-closed")
    # The editor's column gives way to the program hours and the partner's answers.
    assert changed_pixels(before, closed, left=EDITOR_LEFT) > EDITOR_GONE_PIXELS, (
        "Escape did not close the session editor (Sessions, Ctrl+N, Escape)"
    )


def _do_an_exercise(walk: Walk) -> None:
    """Exercises (Ctrl+6): the I-statement from "Start an exercise", every step
    answered, then Done (Alt+D)."""
    from app.exercises.content import bundled_catalogue

    walk.section("exercises")  # the keyboard lands in "Start an exercise"
    row = [e.id for e in bundled_catalogue().exercises].index("i-statement")
    walk.keys("Home", *["Down"] * row, "Return", what="the I-statement started")
    walk.wait_for(lambda: len(walk.runs("i-statement")) == 1, "a run of the I-statement")
    walk.type(SITUATION)  # the first step has the focus
    walk.keys("Tab", "Down", "Down", "space", "Tab", what="Lonely")  # Hurt, Worried, Lonely
    walk.type(NEED)
    walk.keys("Tab", what="the request")
    walk.type(REQUEST)
    walk.keys("Tab", what="the message")
    # Tab straight after the last word, as a quick typist does (within the checker's
    # 150 ms pause: its notes under the message appear after the focus has moved on).
    walk.type(MESSAGE + "\t")
    walk.keys("space", what="a calm moment: yes")
    expected = {
        "situation": SITUATION,
        "feeling": "lonely",
        "need": NEED,
        "request": REQUEST,
        "message": MESSAGE,
        "calm_moment": True,
    }
    walk.wait_for(lambda: walk.runs("i-statement")[0][1] == expected, "the answers saved")
    answered = walk.shot("exercise-answered")
    # The focus is on "Yes": it must be in sight. Shift+Tab and Tab come back to it
    # and scroll it into view: the picture changes only if it was out of sight.
    walk.keys("shift+Tab", "Tab", what="back to Yes")
    in_view = walk.shot("exercise-yes-in-view")
    if changed_pixels(answered, in_view) > SAME_SCREEN_PIXELS:
        walk.out_of_view.append(
            'exercise: "Yes" (step 6, after Tab from the message and Space) is below the'
            f" visible part of the steps ({answered.name})"
        )
    tab_round(walk, "exercise")
    walk.keys("alt+d", what="Done")
    walk.wait_for(lambda: walk.runs("i-statement")[0][2] is not None, "the exercise done")
    [(_id, answers, finished)] = walk.runs("i-statement")
    assert answers == expected and finished is not None
    walk.shot("exercise-done")


def _open_and_close(walk: Walk, key: str, title: str, name: str) -> None:
    """``key`` opens the dialog ``title``; a round of Tab in it; Escape closes it."""
    walk.window.key(key)
    dialog = walk.dialog(title)
    walk.shot(name)
    tab_round(walk, name, dialog.id)
    dialog.key("Escape")
    try:
        walk.closed(title)
    except AssertionError:
        raise AssertionError(f"Escape did not close {title!r} (opened with {key})") from None
    walk.settle(f"{title} closed")
    walk.shot(f"{name}-closed")
