"""Boundaries and exercises as a new user meets them, in the real window over a real vault.

One run of the real ``mooring`` under Xvfb, driven with the keyboard (mnemonics, Tab,
the arrows, the shortcuts) and, to get back to the sections list, one click on its
empty part, as a person would: a vault made on the command line; two boundaries
written in the boundary builder, each with moments logged on several days (held, not
held), and the chart of how often each held, by week and by month; the I-statement
builder, whose message first says "you never" (the checker underlines it in place)
and is then put right; that exercise left half-done, a lock and an unlock, and the
exercise picked up again from "Carry on", flagged for therapy and marked done; a hard
conversation prepared and then debriefed, the boundary that came up picked from the
person's own.

What was stored is checked in the file itself (``VaultPeek``, read-only, while the
window runs). Made-up words typed into the boundaries, the moments and the exercises
must not reach a window title, the app's output or any file outside the vault folder.
Screenshots of every step land in the test's ``shots`` folder and, at the end, in
/tmp/walkthrough-exercises/ (``MOORING_WALKTHROUGH`` moves it; an empty value turns
the copy off).
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from walkthrough import SECTIONS, assert_no_word_in_window_titles, day_keys
from walkthrough import Walk as BaseWalk
from xdriver import (
    files_containing,
    run_cli,
    xdotool,
)

pytestmark = pytest.mark.e2e

PASSPHRASE = "quiet harbour morning tide"
WALKTHROUGH = os.environ.get("MOORING_WALKTHROUGH", "/tmp/walkthrough-exercises")

# The sections list, top to bottom (ui/*/__init__.py register them in this order).
# Below the last section, in the sections list of a 1280 x 800 window: a click there
# gives the list the keyboard focus and leaves the section shown as it is.
NAV_EMPTY_SPOT = ("100", "700")

# ----- what a person writes (each made-up word is looked for where it must not be) -----

MOMENT = tuple[int, str, str, int, str]  # days ago, outcome, what happened, feeling, next time
BOUNDARIES: tuple[dict[str, Any], ...] = (
    {
        "area": "alcohol-or-drugs-at-home",
        "need": "Evenings where staying sober does not take all my kelpmarrow strength.",
        "statement": "If there is drink in the house, I will spend the evening at my sister's.",
        "rehearsal": "I am going to my sister's tonight; driftquill, I will be back by ten.",
        "moments": (
            (6, "held", "Wine on the table after work; a shoalbright walk to my sister's.", 4, ""),
            (4, "not_held", "Stayed home and went quiet; a fenwhistle evening.", 2, "Text first"),
            (2, "held", "Packed a bag early and went.", 7, ""),
            (0, "held", "Left before dinner, no argument.", 8, "Brineloft: same again"),
        ),
    },
    {
        "area": "my-therapy-and-recovery",
        "need": "My meetings are not up for debate.",
        "statement": "If my meeting night is questioned, I will go to my meeting and talk after.",
        "rehearsal": "Tuesday is my meeting. I will be home by nine and we can talk then.",
        "moments": (
            (5, "not_held", "Skipped the larkspindle meeting to keep the peace.", 3, "Go anyway"),
            (3, "held", "Went, and said when I would be back.", 6, ""),
        ),
    },
)
I_STATEMENT = {
    "situation": "Tuesday dinner went quiet when I came back from the saltmarrow meeting.",
    "need": "Being asked about my evening, a little moorglass warmth.",
    "request": "Ask me one question about my meeting.",
}
FIGHTING_WORDS = "You never ask how my cobblewhin meetings went."
FIXED_MESSAGE = (
    "I felt lonely on Tuesday evening when dinner went quiet. Would you be willing to"
    " ask me one question about my meeting tomorrow?"
)
PREP = {
    "goal": "That they know how the pebblemoss evenings feel for me.",
    "another_time": "Eat first and talk on Sunday morning instead.",
    "when_where": "Sunday morning, a walk by the river.",
    "opening": "I feel nervous raising this. Could we talk about the evenings?",
    "time_out": "I will say I need twenty minutes, walk round the block and come back.",
    "support": ["My sponsor", "My sister"],
}
DEBRIEF = {
    "how": 6,
    "worked": ["Starting with how I felt", "Taking the walk"],
    "change": "Choose a morning with no gorsebight rush.",
    "boundary": "It came up at dinner.",
    "care": "An early night and a call to my sponsor.",
}
# In a multiple-choice step every check box is a Tab stop of its own (they once
# shared a button group, which left all but the first out of reach of the keyboard).
SECRET_WORDS = [
    "kelpmarrow",
    "driftquill",
    "shoalbright",
    "fenwhistle",
    "brineloft",
    "larkspindle",
    "saltmarrow",
    "moorglass",
    "cobblewhin",
    "pebblemoss",
    "gorsebight",
]


class Walk(BaseWalk):
    """The exercises and boundaries walk: the shared driver and the runs it reads."""

    def __init__(self, root: Path) -> None:
        super().__init__(root, PASSPHRASE, WALKTHROUGH)

    # ----- what the vault holds ------------------------------------------------------

    def runs(self, exercise_id: str) -> list[tuple[Any, ...]]:
        """(id, answers as a dict, bring_to_therapy, finished) of each run, oldest first."""
        found = self.rows(
            "SELECT id, answers, bring_to_therapy, finished FROM exercise_runs"
            " WHERE exercise_id = ? AND deleted_at IS NULL ORDER BY id",
            (exercise_id,),
        )
        return [(row[0], json.loads(row[1]), row[2], row[3]) for row in found]

    def answers(self, exercise_id: str) -> dict[str, Any]:
        runs = self.runs(exercise_id)
        return runs[-1][1] if runs else {}

    def wait_for_answers(self, exercise_id: str, expected: dict[str, Any]) -> None:
        """Until the newest run of ``exercise_id`` holds ``expected`` (autosaved a
        moment after the last change); on a timeout, says what it holds."""
        try:
            self.wait_for(lambda: self.answers(exercise_id) == expected, f"{exercise_id} saved")
        except AssertionError:
            assert self.answers(exercise_id) == expected
            raise


@pytest.fixture
def walk(tmp_path: Path) -> Walk:
    return Walk(tmp_path)


def test_a_new_user_keeps_boundaries_and_practises_hard_conversations(walk: Walk) -> None:
    started = time.monotonic()
    walk.create_vault()

    _, output = walk.run_window(lambda: _use_the_window(walk))
    checked = run_cli(walk.env, walk.passphrase_file, "check", "--data-dir", str(walk.data))
    assert checked.returncode == 0 and checked.stdout.startswith("ok"), checked

    # ----- nothing written left the vault -------------------------------------------
    for word in SECRET_WORDS:
        assert word not in output, word
        assert word not in checked.stdout + checked.stderr, word
    for name in ("config", "tmp", "home"):
        assert files_containing(walk.folders[name], SECRET_WORDS) == [], name
    print(f"exercises window test: {time.monotonic() - started:.1f} s")


# ----- the walk through the window ------------------------------------------------------


def _use_the_window(walk: Walk) -> None:
    walk.settle("the lock screen")
    walk.unlock()
    xdotool("windowsize", walk.window.id, "1280", "800")
    walk.settle("the bigger window")
    # The sections list has the focus after unlocking: down to Boundaries.
    walk.keys(*["Down"] * SECTIONS.index("boundaries"), what="the boundaries page")
    walk.shot("boundaries-empty")

    for number, boundary in enumerate(BOUNDARIES, start=1):
        _build_boundary(walk, boundary, number)
        for moment in boundary["moments"]:
            _log_moment(walk, number, moment)
        walk.shot(f"boundary-{number}-chart-weeks")
    _check_the_boundaries(walk)
    walk.keys("alt+o", what="the chart by month")  # Months
    walk.shot("boundary-2-chart-months")
    # The first boundary again: from the sections list, Tab passes "New boundary…"
    # and reaches the list of boundaries in use (the newest first).
    _go_to_section(walk, "boundaries")
    walk.keys("Tab", "Tab", "End", what="the first boundary")
    walk.shot("boundary-1-chart-months")

    _write_an_i_statement(walk)
    _resume_after_locking(walk)
    _prepare_a_hard_conversation(walk)
    _debrief_it(walk)
    _assert_no_secret_in_window_titles()


def _go_to_section(walk: Walk, section: str) -> None:
    """Back to the sections list with a click on its empty part (no key leads there
    from a page), then Home and the arrows."""
    xdotool("mousemove", "--window", walk.window.id, *NAV_EMPTY_SPOT, "click", "1")
    walk.keys("Home", *["Down"] * SECTIONS.index(section), what=f"the {section} section")


# ----- boundaries ---------------------------------------------------------------------------


def _build_boundary(walk: Walk, boundary: dict[str, Any], number: int) -> None:
    """Ctrl+N: the area, the need, the boundary and what to say; Ctrl+Return saves."""
    from app.boundaries.areas import bundled_areas

    walk.window.key("ctrl+n")
    dialog = walk.dialog("New boundary")
    area = [a.id for a in bundled_areas()].index(boundary["area"])
    dialog.key("alt+a", *["Down"] * (area + 1))  # nothing is chosen at first
    dialog.key("alt+n")
    dialog.type(boundary["need"], delay_ms=5)
    dialog.key("alt+b")
    dialog.type(boundary["statement"], delay_ms=5)
    dialog.key("alt+r")
    dialog.type(boundary["rehearsal"], delay_ms=5)
    walk.settle("the gentle checks")
    _assert_no_secret_in_window_titles()  # typed, not saved yet
    walk.shot(f"boundary-{number}-builder")
    dialog.key("ctrl+Return")
    walk.closed("New boundary")
    walk.wait_for(
        lambda: walk.rows("SELECT count(*) FROM boundaries") == [(number,)],
        f"boundary {number} in the vault",
    )
    stored = walk.rows(
        "SELECT area, need, statement, rehearsal, bring_to_therapy, archived_at, deleted_at"
        " FROM boundaries ORDER BY id DESC LIMIT 1"
    )
    assert stored == [
        (
            boundary["area"],
            boundary["need"],
            boundary["statement"],
            boundary["rehearsal"],
            0,
            None,
            None,
        )
    ]


OUTCOME_KEYS = {"held": "alt+h", "bent": "alt+b", "not_held": "alt+n"}


def _log_moment(walk: Walk, number: int, moment: MOMENT) -> None:
    """Log a moment…: what happened, the day, how it went, how I felt, next time."""
    days_ago, outcome, what, feeling, next_time = moment
    before = walk.rows("SELECT count(*) FROM boundary_events")[0][0]
    walk.window.key("alt+l")
    dialog = walk.dialog("Log a moment")
    dialog.type(what, delay_ms=5)  # "What happened" has the focus
    today = date.today()
    dialog.key(*day_keys("alt+d", today, today - timedelta(days=days_ago)))
    # The outcome's mnemonic; Tab from it reaches "Say how I felt" (its own mnemonic
    # clicks it after a short animation, too late for the keys that follow), then the
    # scale.
    dialog.key(OUTCOME_KEYS[outcome], "Tab", "space", "Tab", "Home", *["Right"] * feeling)
    if next_time:
        dialog.key("alt+x")
        dialog.type(next_time, delay_ms=5)
    walk.settle("the moment filled in")
    if moment is BOUNDARIES[0]["moments"][1]:
        walk.shot("moment-not-held")
    dialog.key("ctrl+Return")
    walk.closed("Log a moment")
    walk.wait_for(
        lambda: walk.rows("SELECT count(*) FROM boundary_events")[0][0] == before + 1,
        "the moment in the vault",
    )
    stored = walk.rows(
        "SELECT b.statement, e.happened, e.outcome, e.feeling, e.what_happened, e.next_time"
        " FROM boundary_events e JOIN boundaries b ON b.id = e.boundary_id"
        " ORDER BY e.id DESC LIMIT 1"
    )
    happened = (today - timedelta(days=days_ago)).isoformat()
    statement = BOUNDARIES[number - 1]["statement"]
    assert stored == [(statement, happened, outcome, feeling, what, next_time)], stored


def _check_the_boundaries(walk: Walk) -> None:
    """Each boundary's moments, by day and outcome, as logged: what its chart draws."""
    today = date.today()
    for boundary in BOUNDARIES:
        stored = walk.rows(
            "SELECT e.happened, e.outcome FROM boundary_events e"
            " JOIN boundaries b ON b.id = e.boundary_id WHERE b.statement = ?"
            " ORDER BY e.happened",
            (boundary["statement"],),
        )
        logged = sorted(
            ((today - timedelta(days=m[0])).isoformat(), m[1]) for m in boundary["moments"]
        )
        assert stored == logged, stored
        outcomes = [outcome for _day, outcome in stored]
        assert "held" in outcomes and "not_held" in outcomes
        assert len({day for day, _outcome in stored}) == len(stored)  # several days


# ----- exercises --------------------------------------------------------------------------


def _start_exercise(walk: Walk, exercise_id: str) -> None:
    """From the sections list: Tab into "Start an exercise" (the first list shown when
    nothing is in progress), the arrows to the exercise, Return."""
    from app.exercises.content import bundled_catalogue

    row = [e.id for e in bundled_catalogue().exercises].index(exercise_id)
    in_progress = "SELECT count(*) FROM exercise_runs WHERE finished IS NULL AND deleted_at IS NULL"
    assert walk.rows(in_progress) == [(0,)]  # so "Carry on" is not shown
    runs = len(walk.runs(exercise_id))
    walk.keys("Tab", "Home", *["Down"] * row, "Return", what=f"{exercise_id} started")
    walk.wait_for(lambda: len(walk.runs(exercise_id)) == runs + 1, f"a run of {exercise_id}")


def _underline_pixels(shot: Path) -> int:
    """Pixels of the checker's wavy underline (the theme's "problem" orange, drawn thin
    and pale) on the right of the page, where the open exercise is."""
    result = subprocess.run(
        [
            "convert",
            str(shot),
            "-crop",
            "600x660+600+90",
            "+repage",
            "-fx",
            "(r - b > 0.2 && r > g) ? 1 : 0",
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


def _write_an_i_statement(walk: Walk) -> None:
    """The I-statement builder: a moment, a feeling, a need, a request, then the message:
    first with "you never" (underlined, with notes under it), then put right."""
    _go_to_section(walk, "exercises")
    walk.shot("exercises")
    _start_exercise(walk, "i-statement")
    walk.shot("i-statement-started")
    walk.type(I_STATEMENT["situation"])  # the first step has the focus
    walk.keys("Tab", "Down", "Down", "space", "Tab", what="Lonely")  # Hurt, Worried, Lonely
    walk.type(I_STATEMENT["need"])
    walk.keys("Tab", what="the request")
    walk.type(I_STATEMENT["request"])
    walk.keys("Tab", what="the message")
    walk.type(FIGHTING_WORDS)
    walk.settle("the checker")
    # Tab on to the next step scrolls the notes under the message into view; Shift+Tab
    # comes back (the cursor at the end of the message).
    walk.keys("Tab", "shift+Tab", what="the notes in view")
    flagged = walk.shot("message-you-never")
    assert _underline_pixels(flagged) > 10, "no underline under the words that start fights"

    walk.keys("ctrl+a", what="the message selected")
    walk.type(FIXED_MESSAGE)
    walk.settle("the checker")
    walk.keys("Tab", "shift+Tab", what="the notes in view")
    fixed = walk.shot("message-put-right")
    assert _underline_pixels(fixed) == 0, "an underline is left on the message put right"

    # What the notes said (they cannot be read from outside the window): the checker
    # behind them, on the two messages.
    from app.communication.checker import check_message

    assert "always_never" in {flag.kind for flag in check_message(FIGHTING_WORDS)}
    assert [f for f in check_message(FIXED_MESSAGE) if not f.whole_message] == []


def _resume_after_locking(walk: Walk) -> None:
    """Half-done: lock (what is not saved yet is saved on the way), unlock, carry on
    from "Carry on", answer one more step, flag it for therapy and mark it done."""
    walk.lock()
    walk.shot("locked")
    _assert_no_secret_in_window_titles()
    # The lock saved everything typed, the message as put right.
    expected = dict(I_STATEMENT, feeling="lonely", message=FIXED_MESSAGE)
    [(run_id, answers, flagged, finished)] = walk.runs("i-statement")
    assert answers == expected, answers
    assert (flagged, finished) == (0, None)

    walk.unlock()  # back on Exercises, the sections list has the focus
    walk.shot("exercises-after-unlock")
    walk.keys("Tab", "Home", "Return", what="the exercise from Carry on")
    walk.shot("i-statement-resumed")
    # Tab from the first step: the feeling chosen, the need, the request, the message,
    # then "Could you say this at a calm moment?": Yes.
    walk.keys(*["Tab"] * 5, "space", what="a calm moment: yes")
    walk.wait_for(
        lambda: walk.answers("i-statement").get("calm_moment") is True, "the answer saved"
    )
    walk.keys("alt+b", what="Bring to therapy")
    walk.wait_for(lambda: walk.runs("i-statement")[0][2] == 1, "the run flagged for therapy")
    walk.keys("alt+d", what="Done")
    walk.wait_for(lambda: walk.runs("i-statement")[0][3] is not None, "the run done")
    walk.shot("i-statement-done")
    [(same_id, answers, flagged, finished)] = walk.runs("i-statement")
    assert same_id == run_id and flagged == 1 and finished is not None
    assert answers == dict(expected, calm_moment=True), answers


def _prepare_a_hard_conversation(walk: Walk) -> None:
    """The goal, HALT (tired: another time), safe, when and where, the opening line,
    a time-out plan and who can support me."""
    _go_to_section(walk, "exercises")
    _start_exercise(walk, "hard-conversation-prep")
    walk.type(PREP["goal"])
    # HALT: Hungry, Angry, Lonely, Tired, None of these. Hungry and Tired ticked, which
    # shows "another time" after the five boxes.
    walk.keys("Tab", "space", "Tab", "Tab", "Tab", "space", "Tab", "Tab", what="another time")
    walk.type(PREP["another_time"])
    walk.keys("Tab", "space", "Tab", what="safe: yes")  # Yes, then when and where
    walk.type(PREP["when_where"])
    walk.keys("Tab", what="the opening line")
    walk.type(PREP["opening"])
    walk.keys("Tab", what="the time-out plan")
    walk.type(PREP["time_out"])
    walk.keys("Tab", what="support")
    walk.type(PREP["support"][0])
    walk.keys("Return")
    walk.type(PREP["support"][1])
    expected = {
        "goal": PREP["goal"],
        "halt": ["hungry", "tired"],
        "another_time": PREP["another_time"],
        "safe": True,
        "when_where": PREP["when_where"],
        "opening": PREP["opening"],
        "time_out": PREP["time_out"],
        "support": PREP["support"],
    }
    walk.wait_for_answers("hard-conversation-prep", expected)
    walk.shot("hard-conversation-prepared")
    walk.keys("alt+d", what="Done")
    walk.wait_for(
        lambda: walk.runs("hard-conversation-prep")[0][3] is not None, "the preparation done"
    )


def _debrief_it(walk: Walk) -> None:
    """How it went, what worked, what to change, the break, which boundary came up
    (picked from my own), how I feel, and how I will look after myself."""
    _go_to_section(walk, "exercises")
    _start_exercise(walk, "hard-conversation-debrief")
    walk.keys("Home", *["Right"] * DEBRIEF["how"], what="how it went")  # the scale
    walk.keys("Tab", what="what worked")
    walk.type(DEBRIEF["worked"][0])
    walk.keys("Return")
    walk.type(DEBRIEF["worked"][1])
    walk.keys("Tab", what="what to change")
    walk.type(DEBRIEF["change"])
    # A break: Yes; "Did the break help?" shows: Yes, Partly.
    walk.keys("Tab", "space", "Tab", "Down", "space", "Tab", what="the boundary step")
    walk.type(DEBRIEF["boundary"])
    # Under the step, my boundaries in use (the newest first): the second one, the
    # first written, goes into the answer, and the focus back to it.
    walk.keys("Tab", "Tab", "space", what="a boundary picked")
    walk.shot("debrief-boundary-picked")
    # On past the two boundaries to "How do you feel now?" (ten boxes): Relieved, the
    # first, and the third, then past the rest.
    walk.keys(
        "Tab",
        "Tab",
        "Tab",
        "space",
        "Tab",
        "Tab",
        "space",
        *["Tab"] * 8,
        what="looking after myself",
    )
    walk.type(DEBRIEF["care"])
    expected = {
        "how": DEBRIEF["how"],
        "worked": DEBRIEF["worked"],
        "change": DEBRIEF["change"],
        "break_needed": True,
        "break_helped": "partly",
        "boundary": DEBRIEF["boundary"] + "\n" + BOUNDARIES[0]["statement"],
        "feelings_after": ["relieved", "calm"],
        "care": DEBRIEF["care"],
    }
    walk.wait_for_answers("hard-conversation-debrief", expected)
    walk.shot("debrief-answered")
    walk.keys("alt+d", what="Done")
    walk.wait_for(
        lambda: walk.runs("hard-conversation-debrief")[0][3] is not None, "the debrief done"
    )
    walk.shot("debrief-done")
    # Every run, as stored: three finished, the first one for therapy.
    runs = walk.rows(
        "SELECT exercise_id, bring_to_therapy, finished IS NOT NULL FROM exercise_runs"
        " WHERE deleted_at IS NULL ORDER BY id"
    )
    assert runs == [
        ("i-statement", 1, 1),
        ("hard-conversation-prep", 0, 1),
        ("hard-conversation-debrief", 0, 1),
    ], runs


# ----- checks ------------------------------------------------------------------------------


def _assert_no_secret_in_window_titles() -> None:
    assert_no_word_in_window_titles(SECRET_WORDS)
