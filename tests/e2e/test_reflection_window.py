"""Inviting a partner, reflecting, a questionnaire and the safety check as a new user meets
them, in the real window over a real vault.

One run of the real ``mooring`` under Xvfb, driven with the keyboard (mnemonics, Tab,
the arrows, Ctrl+1…9 and F6 for the sections), as a person would, with "Where you
live" set to the United States in the settings file first (so the crisis lines are the
US ones, 988 among them):

- the invitation planner: a plan (a calm moment, no argument, a possible reason, one
  session to offer) whose draft first says "you never" (the checker underlines it and
  says why) and is then put right; an attempt noted ten days back, answered "not now"
  with the reason they gave; a new ask met by the gentle "wait before asking again"
  (14 days by default), gone on with anyway, and noted as "maybe";
- the reasons-and-impacts reflection done twice, a month apart, and the two side by side;
- the PHQ-9 with item 9 above zero: the calm crisis screen comes first, and the score
  is nowhere on it (looked for, pixel for pixel, as it shows after "I'm safe right now");
- the relationship-safety check answered with a "yes": the safety panel, "Don't save",
  and no row in ``safety_checks``, before and after locking.

What was stored is checked in the file itself (``VaultPeek``, read-only, while the
window runs). Made-up words typed into the plan, the attempts and the reflections must
not reach a window title, the app's output or any file outside the vault folder.
Screenshots of every step land in the test's ``shots`` folder and, at the end, in
/tmp/walkthrough-reflection/ (``MOORING_WALKTHROUGH`` moves it; an empty value turns
the copy off).
"""

from __future__ import annotations

import os
import subprocess
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from walkthrough import SECTIONS, assert_no_word_in_window_titles, day_keys
from walkthrough import Walk as BaseWalk
from xdriver import files_containing, run_cli, visible_windows, xdotool

pytestmark = pytest.mark.e2e

PASSPHRASE = "quiet harbour morning tide"
WALKTHROUGH = os.environ.get("MOORING_WALKTHROUGH", "/tmp/walkthrough-reflection")
TODAY = date.today()

# ----- what a person writes (each made-up word is looked for where it must not be) -----

PLAN_TITLE = "Sunday walk, kelpmarrow bench"
FIGHTING_WORDS = "You never want to talk about my cobblewhin meetings."
FIXED_DRAFT = (
    "I feel hopeful when we talk on our Sunday walks. I know work has been a lot lately,"
    " and I know I've been short with you. Would you be willing to come to one session"
    " with me next week? Would it help if I booked a time that suits you?"
)
FIRST_ASK: dict[str, Any] = {
    "day": TODAY - timedelta(days=10),  # inside the 14-day pause
    "answer": "not_now",
    "reason": "privacy",  # the fourth reason in the list
    "their_words": "Not now; maybe after the holidays, driftquill.",
    "feeling": 3,
    "next_step": "A shoalbright walk with my sister, and my Tuesday meeting.",
}
LATER_ASK: dict[str, Any] = {
    "day": TODAY,
    "answer": "maybe",
    "their_words": "Maybe, if it is one fenwhistle session and online.",
    "next_step": "Find two therapists who see couples online.",
}
# One row per reason (score or None, "not sure", note), then per impact (score, note).
REASONS = (
    "not-seeing-a-need",
    "fear-of-being-vulnerable",
    "blame-or-resentment",
    "privacy-worries",
    "handle-it-ourselves",
    "something-else",
)
IMPACTS = (
    "isolation",
    "strain-on-us",
    "feeling-unsupported",
    "risk-to-my-recovery",
    "children-and-family",
)
MONTH_AGO = TODAY - timedelta(days=30)
REFLECTIONS: tuple[dict[str, Any], ...] = (
    {
        "day": MONTH_AGO,
        "reasons": (
            (7, False, "They say we are fine; brineloft."),
            (5, False, ""),
            (None, True, ""),
            (8, False, "Their family never talks to outsiders."),
            (6, False, ""),
            (1, False, ""),
        ),
        "impacts": (
            (8, "Most evenings I sit alone; larkspindle."),
            (6, ""),
            (7, ""),
            (5, "Two close calls this month."),
            (3, ""),
        ),
    },
    {
        "day": TODAY,
        "reasons": (
            (5, False, ""),
            (4, False, ""),
            (2, False, "Less hurt since the holidays; saltmarrow."),
            (6, False, "The online option helped."),
            (4, False, ""),
            (1, False, ""),
        ),
        "impacts": (
            (5, "My Thursday group helps; moorglass."),
            (4, ""),
            (4, ""),
            (3, ""),
            (2, ""),
        ),
    },
)
# PHQ-9: the answers to items 1 to 9 (0 "Not at all" … 3 "Nearly every day"), item 9
# above zero, and the follow-up question (1: "Somewhat difficult").
PHQ9 = (0, 2, 1, 1, 0, 1, 1, 0, 1)
PHQ9_FOLLOW_UP = 1
# The safety check: afraid of the partner, hurt or threatened, checks phone or money or
# movements, forced into anything sexual.
SAFETY_ANSWERS = ("no", "no", "yes", "no")

SECRET_WORDS = [
    "kelpmarrow",
    "cobblewhin",
    "driftquill",
    "shoalbright",
    "fenwhistle",
    "brineloft",
    "larkspindle",
    "saltmarrow",
    "moorglass",
]


class Walk(BaseWalk):
    """The reflection walk: the shared driver."""

    def __init__(self, root: Path) -> None:
        super().__init__(root, PASSPHRASE, WALKTHROUGH)

    def count(self, table: str) -> int:
        return int(self.rows(f"SELECT count(*) FROM {table}")[0][0])

    def wait_for_rows(self, sql: str, expected: list[tuple[Any, ...]], what: str) -> None:
        """Until ``sql`` gives ``expected`` (saved a moment after the last change); on a
        timeout, says what it gives."""
        try:
            self.wait_for(lambda: self.rows(sql) == expected, what)
        except AssertionError:
            assert self.rows(sql) == expected
            raise


@pytest.fixture
def walk(tmp_path: Path) -> Walk:
    return Walk(tmp_path)


def test_a_new_user_invites_reflects_screens_and_checks_safety(walk: Walk) -> None:
    from app import settings as schema
    from ui.shell.settings_store import SettingsStore

    started = time.monotonic()
    walk.create_vault()
    # Settings, "Where you live": the United States (the crisis screen shows 988).
    SettingsStore(walk.folders["config"]).set(schema.HELP_REGION, "us")

    _, output = walk.run_window(lambda: _use_the_window(walk))
    checked = run_cli(walk.env, walk.passphrase_file, "check", "--data-dir", str(walk.data))
    assert checked.returncode == 0 and checked.stdout.startswith("ok"), checked
    assert walk.count("safety_checks") == 0  # "Don't save", still after quitting

    # ----- nothing written left the vault -------------------------------------------
    for word in SECRET_WORDS:
        assert word not in output, word
        assert word not in checked.stdout + checked.stderr, word
    for name in ("config", "tmp", "home"):
        assert files_containing(walk.folders[name], SECRET_WORDS) == [], name
    print(f"reflection window test: {time.monotonic() - started:.1f} s")


# ----- the walk through the window ------------------------------------------------------


def _use_the_window(walk: Walk) -> None:
    walk.settle("the lock screen")
    walk.unlock()
    xdotool("windowsize", walk.window.id, "1280", "800")
    walk.settle("the bigger window")

    _plan_an_invitation(walk)
    _note_a_not_now(walk)
    _ask_again_too_soon(walk)
    _assert_no_secret_in_window_titles()

    _reflect_twice(walk)
    _assert_no_secret_in_window_titles()

    _phq9_with_item_9(walk)
    _safety_check_not_saved(walk)

    walk.lock()
    walk.shot("locked")
    assert walk.count("safety_checks") == 0  # the lock saved nothing either
    _assert_no_secret_in_window_titles()


def _go_to_section(walk: Walk, section: str) -> None:
    """Ctrl+1…9 show a section and put the keyboard in its page; past the ninth, F6 to
    the sections list, Home and the arrows, F6 back into the page."""
    row = SECTIONS.index(section)
    if row < 9:
        walk.keys(f"ctrl+{row + 1}", what=f"the {section} section")
    else:
        walk.keys("F6", "Home", *["Down"] * row, "F6", what=f"the {section} section")


# ----- the invitation planner -----------------------------------------------------------


def _raw(shot: Path) -> tuple[int, int, bytes]:
    """Width, height and the RGB bytes of a screenshot."""
    size = subprocess.run(
        ["identify", "-format", "%w %h", str(shot)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.split()
    pixels = subprocess.run(
        ["convert", str(shot), "-depth", "8", "rgb:-"], capture_output=True, timeout=60, check=True
    ).stdout
    return int(size[0]), int(size[1]), pixels


def _underline_pixels(shot: Path) -> int:
    """Pixels of the checker's wavy underline (the theme's "problem" orange, drawn thin
    and pale) in the plan on the right of the page."""
    result = subprocess.run(
        [
            "convert",
            str(shot),
            "-crop",
            "700x650+530+130",
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


PLAN_SQL = (
    "SELECT title, calm, after_fight, hungry + angry + lonely + tired, reasons, offer, draft"
    " FROM invitation_plans WHERE deleted_at IS NULL"
)


def _plan_an_invitation(walk: Walk) -> None:
    """Ctrl+N: a name, "Is now a good time?" (calm, no argument, not hungry, angry,
    lonely or tired), what might be behind a no (privacy), one session to offer, and
    the ask: first with "you never" (underlined, with the checker's notes), then put
    right until nothing is left to underline."""
    from app.communication.checker import check_message

    _go_to_section(walk, "invitations")
    walk.shot("invitations-empty")
    walk.keys("ctrl+n", what="a new plan")
    walk.wait_for(lambda: walk.count("invitation_plans") == 1, "the plan in the vault")
    walk.type(PLAN_TITLE)  # the name has the keyboard
    # Calm (Tab stops at each radio button until one of its group is chosen), then
    # "Did you argue…": No; past HALT's four boxes and "It feels unsafe" to the fourth
    # possible reason, privacy.
    walk.keys("Tab", "space", "Tab", "Right", "space", *["Tab"] * 9, "space", what="timing")
    walk.keys("alt+o", "Down", what="one session to offer")
    walk.keys("alt+y", what="the draft")  # the field and the notes under it scroll into view
    walk.type(FIGHTING_WORDS)
    walk.settle("the checker")
    flagged = walk.shot("ask-you-never")
    assert _underline_pixels(flagged) > 10, "no underline under the words that start fights"
    expected = (PLAN_TITLE, "yes", 0, 0, "privacy", "one-session")
    walk.wait_for_rows(PLAN_SQL, [(*expected, FIGHTING_WORDS)], "the first draft saved")
    _assert_no_secret_in_window_titles()

    walk.keys("ctrl+a", what="the draft selected")
    walk.type(FIXED_DRAFT)
    walk.settle("the checker")
    fixed = walk.shot("ask-put-right")
    assert _underline_pixels(fixed) == 0, "an underline is left on the draft put right"
    walk.wait_for_rows(PLAN_SQL, [(*expected, FIXED_DRAFT)], "the draft put right saved")
    # What the notes said (they cannot be read from outside the window): the checker
    # behind them, on the two drafts.
    assert "always_never" in {flag.kind for flag in check_message(FIGHTING_WORDS)}
    assert check_message(FIXED_DRAFT) == []


ATTEMPT_SQL = (
    "SELECT a.happened, a.how, a.answer, a.reason, a.feeling, a.they_raised,"
    " a.their_words, a.next_step, p.title FROM invitation_attempts a"
    " LEFT JOIN invitation_plans p ON p.id = a.plan_id ORDER BY a.happened, a.id"
)


def _words(ask: dict[str, Any]) -> tuple[str, str]:
    return ask["their_words"], ask["next_step"]


def _first_attempt_row() -> tuple[Any, ...]:
    ask = FIRST_ASK
    return (
        ask["day"].isoformat(),
        "in_person",
        "not_now",
        "privacy",
        ask["feeling"],
        0,
        ask["their_words"],
        ask["next_step"],
        PLAN_TITLE,
    )


def _note_a_not_now(walk: Walk) -> None:
    """Note an attempt… (Alt+A): ten days ago, in person, "not now", the reason they
    gave (privacy), their words, how I felt and what I do next."""
    from app.sessions.model import DeclineReason

    ask = FIRST_ASK
    walk.keys("alt+a", what="Note an attempt")
    dialog = walk.dialog("Note an attempt")
    dialog.key(*day_keys("alt+d", TODAY, ask["day"]))
    reason = [r.value for r in DeclineReason].index(ask["reason"])
    dialog.key("alt+n", "alt+r", *["Down"] * (reason + 1))  # "No reason given" is first
    dialog.key("alt+i")
    dialog.type(ask["their_words"], delay_ms=5)
    # From what they said, Tab passes "They brought it up themselves" to "Say how I
    # felt" (ticked with Space), then to the scale.
    dialog.key("Tab", "Tab", "space", "Tab", "Home", *["Right"] * ask["feeling"])
    dialog.key("alt+x")
    dialog.type(ask["next_step"], delay_ms=5)
    walk.settle("the attempt filled in")
    _assert_no_secret_in_window_titles()  # typed, not saved yet
    walk.shot("attempt-not-now")
    dialog.key("ctrl+Return")
    walk.closed("Note an attempt")
    walk.wait_for_rows(ATTEMPT_SQL, [_first_attempt_row()], "the attempt in the vault")
    walk.shot("after-not-now")


def _ask_again_too_soon(walk: Walk) -> None:
    """Ten days after a "not now", a new ask: the page says kindly when asking again
    would be (14 days after it, by default) and offers "Go on anyway", which has the
    keyboard; Space goes on to a later attempt, answered "maybe"."""
    assert walk.rows("SELECT spacing_days FROM invitation_settings") in ([], [(14,)])
    assert FIRST_ASK["day"] + timedelta(days=14) > TODAY  # still inside the pause
    walk.keys("alt+a", what="a new ask")
    walk.shot("wait-before-asking-again")
    assert not visible_windows("Note an attempt"), "no pause before asking again"
    walk.keys("space", what="Go on anyway")
    dialog = walk.dialog("Note an attempt")
    ask = LATER_ASK
    dialog.key("alt+m", "alt+i")  # today; in person; maybe
    dialog.type(ask["their_words"], delay_ms=5)
    dialog.key("alt+x")
    dialog.type(ask["next_step"], delay_ms=5)
    walk.settle("the attempt filled in")
    walk.shot("attempt-maybe")
    dialog.key("ctrl+Return")
    walk.closed("Note an attempt")
    later = (TODAY.isoformat(), "in_person", "maybe", None, None, 0, *_words(ask), PLAN_TITLE)
    walk.wait_for_rows(ATTEMPT_SQL, [_first_attempt_row(), later], "the later attempt")
    walk.keys("alt+s", what="the history")  # Hi&story
    walk.shot("attempt-history")


# ----- the reflection ------------------------------------------------------------------


def _reflection_rows(reflection: dict[str, Any]) -> list[tuple[Any, ...]]:
    """What the vault holds for one reflection: (kind, item, score, unsure, note)."""
    rows: list[tuple[Any, ...]] = []
    for item, (score, unsure, note) in zip(REASONS, reflection["reasons"], strict=True):
        rows.append(("reason", item, score, int(unsure), note))
    for item, (score, note) in zip(IMPACTS, reflection["impacts"], strict=True):
        rows.append(("impact", item, score, 0, note))
    return sorted(r for r in rows if r[2] is not None or r[3] or r[4])


def _stored_reflection(walk: Walk, day: date) -> list[tuple[Any, ...]]:
    return sorted(
        walk.rows(
            "SELECT a.kind, a.item, a.score, a.unsure, a.note FROM reflection_answers a"
            " JOIN reflections r ON r.id = a.reflection_id WHERE r.day = ?",
            (day.isoformat(),),
        )
    )


def _answer_reflection(walk: Walk, reflection: dict[str, Any]) -> None:
    """From the first reason's scale (it has the keyboard): each reason's scale, "Not
    sure" and note, then each impact's scale and note, Tab from one to the next."""
    for score, unsure, note in reflection["reasons"]:
        walk.window.key(*["Right"] * (score or 0), "Tab", *(["space"] if unsure else []), "Tab")
        if note:
            walk.type(note)
        walk.window.key("Tab")
    for score, note in reflection["impacts"]:
        walk.window.key(*["Right"] * score, "Tab")
        if note:
            walk.type(note)
        walk.window.key("Tab")
    walk.settle("the reflection answered")


def _reflect_twice(walk: Walk) -> None:
    """Why they might be saying no and what it does to me, a month ago and today, then
    the two side by side."""
    _go_to_section(walk, "reflection")
    walk.shot("reflection-empty")
    for number, reflection in enumerate(REFLECTIONS, start=1):
        walk.keys("alt+n", what="a new reflection")  # the first reason's scale
        _answer_reflection(walk, reflection)
        if reflection["day"] != TODAY:
            walk.keys(*day_keys("alt+a", TODAY, reflection["day"]), what="its date")
        walk.wait_for(lambda n=number: walk.count("reflections") == n, f"reflection {number}")
        expected = _reflection_rows(reflection)
        try:
            walk.wait_for(
                lambda r=reflection, e=expected: _stored_reflection(walk, r["day"]) == e,
                f"reflection {number} saved",
            )
        except AssertionError:
            assert _stored_reflection(walk, reflection["day"]) == expected
            raise
        walk.shot(f"reflection-{number}")
    days = walk.rows("SELECT day FROM reflections ORDER BY day")
    assert days == [(MONTH_AGO.isoformat(),), (TODAY.isoformat(),)]
    walk.keys("alt+b", what="side by side")  # Side &by side: the latest and the one before
    walk.shot("reflections-side-by-side")


# ----- the PHQ-9 --------------------------------------------------------------------------

# The page's area below its title (the sections list and the page header left out).
PAGE_AREA = (230, 110, 1240, 790)
INK = 120  # a colour value below this in a pixel: text (the page and cards are pale)


def _ink_lines(raw: tuple[int, int, bytes], box: tuple[int, int, int, int]) -> list[range]:
    """The rows of text in ``box`` of a screenshot: runs of rows with a dark pixel."""
    width, _height, pixels = raw
    left, top, right, bottom = box
    lines: list[range] = []
    start: int | None = None
    for y in range(top, bottom):
        inked = min(pixels[(y * width + left) * 3 : (y * width + right) * 3]) < INK
        if inked and start is None:
            start = y
        elif not inked and start is not None:
            lines.append(range(start, y))
            start = None
    return lines


def _score_template(raw: tuple[int, int, bytes]) -> list[bytes]:
    """The pixels of the score on the result screen: the second line of text of the
    result card (under its title, in the biggest type), cut to its inked columns."""
    width, _height, pixels = raw
    left, _top, right, _bottom = PAGE_AREA
    title, score = _ink_lines(raw, PAGE_AREA)[:2]
    assert len(score) > len(title), "the second line on the result is not the score"
    columns = [
        x
        for x in range(left, right)
        if any(max(pixels[(y * width + x) * 3 : (y * width + x) * 3 + 3]) < INK for y in score)
    ]
    x0, x1 = columns[0] - 2, columns[-1] + 3
    return [pixels[(y * width + x0) * 3 : (y * width + x1) * 3] for y in score]


def _shows(raw: tuple[int, int, bytes], template: list[bytes]) -> bool:
    """Whether ``template`` (rows of pixels) appears anywhere in the screenshot, exactly."""
    width, _height, pixels = raw
    anchor = max(range(len(template)), key=lambda n: len(set(template[n])))
    stride = width * 3
    found = pixels.find(template[anchor])
    while found >= 0:
        y, x = divmod(found, stride)
        if x % 3 == 0 and x + len(template[anchor]) <= stride and y >= anchor:
            top = (y - anchor) * stride + x
            if all(
                pixels[top + n * stride : top + n * stride + len(row)] == row
                for n, row in enumerate(template)
            ):
                return True
        found = pixels.find(template[anchor], found + 1)
    return False


def _phq9_with_item_9(walk: Walk) -> None:
    """Take the PHQ-9 now (Alt+N): each answer with the arrows and Space, item 9 above
    zero; See your result (Alt+R) brings the crisis screen first, with no score on it;
    I'm safe right now (Alt+I) shows the score."""
    _go_to_section(walk, "measures")
    walk.shot("questionnaires")
    walk.keys("alt+n", what="the PHQ-9")  # the first answer of the first item has the keyboard
    for value in PHQ9:
        walk.window.key(*["Right"] * value, "space", "Tab")
    walk.keys(*["Right"] * PHQ9_FOLLOW_UP, "space", what="the answers")
    score = sum(PHQ9)
    runs_sql = "SELECT measure, status, score, crisis, follow_up FROM measure_runs"
    walk.wait_for_rows(runs_sql, [("phq9", "complete", score, 1, "somewhat")], "the PHQ-9 answered")
    answers = walk.rows("SELECT item, value FROM measure_answers ORDER BY item")
    from app.measures.content import bundled

    measure = bundled().get("phq9")
    assert measure is not None
    assert sorted(answers) == sorted((i.id, v) for i, v in zip(measure.items, PHQ9, strict=True))
    walk.shot("phq9-answered")

    walk.keys("alt+r", what="See your result")
    crisis = walk.shot("phq9-crisis-screen")
    walk.keys("alt+i", what="I'm safe right now")
    result = walk.shot("phq9-result")
    seen = _raw(result)
    template = _score_template(seen)
    assert _shows(seen, template)  # the search finds the score where it is
    assert not _shows(_raw(crisis), template), "the score shows on the crisis screen"
    walk.keys("alt+o", what="back to the overview")
    walk.shot("questionnaires-after")


# ----- the safety check -------------------------------------------------------------------


def _safety_check_not_saved(walk: Walk) -> None:
    """The four questions, one "yes"; Finish (Alt+F) shows the safety panel; "Don't
    save" (Alt+N) forgets the answers, and the vault has no safety check."""
    _go_to_section(walk, "safety")  # "Show the safety panel" has the keyboard
    for answer in SAFETY_ANSWERS:
        # Tab to the question's Yes; the right arrow to its No.
        walk.window.key("Tab", *(["Right"] if answer == "no" else []), "space")
    walk.settle("the answers")
    walk.shot("safety-check")
    walk.keys("alt+f", what="the safety panel")
    walk.shot("safety-panel")
    assert walk.count("safety_checks") == 0
    walk.keys("alt+n", what="Don't save")
    walk.shot("safety-not-saved")
    assert walk.rows("SELECT * FROM safety_checks") == []


# ----- checks ------------------------------------------------------------------------------


def _assert_no_secret_in_window_titles() -> None:
    assert_no_word_in_window_titles(SECRET_WORDS)
