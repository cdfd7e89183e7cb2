"""The session tracker as a new user meets it, in the real window over a real vault file.

One run of the real ``mooring`` under Xvfb, driven with the keyboard only (mnemonics,
Tab, the shortcuts): a vault made on the command line; Today's empty cards; a repeating
IOP schedule (Tuesday and Thursday, 18:00, 180 minutes) whose first day lies three
weeks back; every session that is over marked with "How did these go?" (attended,
one missed, one cancelled); takeaways, feelings and the partner's answer ("said not
this time", in their words) written on the last one; homework added and one ticked
done; "bring up next time" topics queued on Upcoming and one ticked off at the next
session; a weekly target; a calendar file saved through the real file dialog; a lock
and an unlock, after which everything is still there.

What was stored is checked in the file itself (``VaultPeek``, read-only, while the
window runs). The words written (takeaways, topics, homework, the partner's words)
must not reach the calendar file, a window title, the app's output or any file
outside the vault folder. Screenshots of every step land in the test's ``shots``
folder and, at the end, in /tmp/walkthrough/ (``MOORING_WALKTHROUGH`` moves it; an
empty value turns the copy off).
"""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from walkthrough import SECTIONS, assert_no_word_in_window_titles
from walkthrough import Walk as BaseWalk
from xdriver import (
    VaultPeek,
    files_containing,
    read_clipboard,
    run_cli,
    visible_windows,
    wait_until,
    xdotool,
)

pytestmark = pytest.mark.e2e

PASSPHRASE = "quiet harbour morning tide"
WALKTHROUGH = os.environ.get("MOORING_WALKTHROUGH", "/tmp/walkthrough")

# What a person writes; each line holds a made-up word that is looked for everywhere
# it must not be.
TAKEAWAY_LINES = (
    "The group talked about marramgrass: roots that hold a dune together.",
    "I can name one thing each evening that keeps me steady.",
)
TAKEAWAYS = "\n".join(TAKEAWAY_LINES)
PARTNER_WORDS = "They said the dunefallow kind of talking is not for them yet"
HOMEWORK = ("Write the tidewrack letter to myself", "Call my sponsor on Saturday")
TOPICS = ("Ask about the brackenwhisper worksheet", "Evenings at home feel saltlantern heavy")
PROVIDER = "Harbourside IOP"
SECRET_WORDS = ["marramgrass", "dunefallow", "tidewrack", "brackenwhisper", "saltlantern"]

WEEKS_BACK = 3  # the schedule's first day: this many weeks before today
TUESDAY, THURSDAY = 1, 3
HORIZON_WEEKS = 12  # app.sessions.model.HORIZON_WEEKS: how far ahead a schedule plans
TARGET_HOURS = 9
# "How did these go?" buttons, in their order on each row.
ATTENDED, MISSED, CANCELLED = "attended", "missed", "cancelled"
MARK_COLUMNS = {ATTENDED: 0, MISSED: 1, CANCELLED: 2}


class Walk(BaseWalk):
    """The sessions walk: the shared driver, plus where the calendar file goes and what
    the walk remembers between its steps."""

    def __init__(self, root: Path) -> None:
        super().__init__(root, PASSPHRASE, WALKTHROUGH)
        self.exports = root / "exports"  # where the person saves the calendar file
        self.exports.mkdir()
        self.marked_at = ""  # when every session that was over had been marked (UTC key)
        self.topic_session: int | None = None  # where the first topic was ticked off

    # ----- what the vault holds ------------------------------------------------------

    def now_key(self) -> str:
        from app.platform import timestamps

        return timestamps.utc_key(datetime.now().astimezone())

    def unmarked(self, before: str = "") -> list[int]:
        """Sessions that are over (by ``before``, a UTC key; default now) and still
        "planned", newest first (as Upcoming lists them under "How did these go?")."""
        found = self.rows(
            "SELECT id FROM sessions WHERE deleted_at IS NULL AND status = 'planned'"
            " AND end_utc <= ? ORDER BY start_utc DESC, id DESC",
            (before or self.now_key(),),
        )
        return [int(row[0]) for row in found]

    def past(self) -> list[int]:
        """Sessions that have started, newest first (the Past list)."""
        found = self.rows(
            "SELECT id FROM sessions WHERE deleted_at IS NULL AND start_utc < ?"
            " ORDER BY start_utc DESC, id DESC",
            (self.now_key(),),
        )
        return [int(row[0]) for row in found]

    def next_session(self) -> int:
        """The soonest planned session not over yet (Upcoming's "Next session")."""
        found = self.rows(
            "SELECT id FROM sessions WHERE deleted_at IS NULL AND status = 'planned'"
            " AND end_utc > ? ORDER BY start_utc, id LIMIT 1",
            (self.now_key(),),
        )
        assert found, "no planned session ahead"
        return int(found[0][0])

    def status_of(self, session_id: int) -> str:
        return str(self.rows("SELECT status FROM sessions WHERE id = ?", (session_id,))[0][0])


@pytest.fixture
def walk(tmp_path: Path) -> Walk:
    return Walk(tmp_path)


def test_a_new_user_sets_up_and_keeps_track_of_sessions(walk: Walk) -> None:
    started = time.monotonic()
    walk.create_vault()

    def use() -> Path:
        ics = _use_the_window(walk)
        _check_the_vault(walk)
        return ics

    ics, output = walk.run_window(use)
    checked = run_cli(walk.env, walk.passphrase_file, "check", "--data-dir", str(walk.data))
    assert checked.returncode == 0 and checked.stdout.startswith("ok"), checked

    # ----- the calendar file: times only, neutral titles, CRLF ----------------------
    _check_the_calendar_file(walk, ics)

    # ----- nothing written left the vault -------------------------------------------
    for word in SECRET_WORDS:
        assert word not in output, word
    swept = [walk.folders[name] for name in ("config", "tmp", "home")] + [walk.exports]
    for folder in swept:
        assert files_containing(folder, SECRET_WORDS) == [], folder
    print(f"sessions window test: {time.monotonic() - started:.1f} s")


# ----- the walk through the window ------------------------------------------------------


def _use_the_window(walk: Walk) -> Path:
    """Everything done in the window; returns the calendar file it saved."""
    walk.settle("the lock screen")
    walk.unlock()
    xdotool("windowsize", walk.window.id, "1280", "800")
    walk.settle("the bigger window")
    assert walk.rows("SELECT count(*) FROM sessions") == [(0,)]
    walk.shot("today-empty")  # no session, homework or topic yet: the empty cards

    walk.keys(*["Down"] * SECTIONS.index("sessions"), what="the sessions page")
    walk.shot("sessions-empty")

    first_day = _set_up_the_schedule(walk)
    _mark_what_is_over(walk)
    session_id = _write_about_the_last_session(walk)
    _queue_topics(walk)
    _set_a_weekly_target(walk)
    ics = _export_the_calendar(walk)

    # ----- lock and unlock: everything is still there -------------------------------
    walk.lock()
    walk.shot("locked")
    _assert_no_secret_in_window_titles()
    walk.unlock()  # back on the sessions page, where the lock found it
    walk.shot("sessions-after-unlock")
    _open_past_session(walk, session_id)
    walk.shot("session-after-unlock")
    # The editor shows the takeaways as stored (copied out through the clipboard).
    walk.keys("alt+t", "ctrl+a", "ctrl+c", what="copying the takeaways")
    assert read_clipboard(walk.env) == TAKEAWAYS
    walk.keys("alt+w", "Tab", what="the homework in view")  # the partner, then homework
    walk.shot("session-homework-after-unlock")
    _assert_no_secret_in_window_titles()
    assert first_day == date.fromisoformat(
        str(walk.rows("SELECT first_day FROM session_schedules")[0][0])
    )
    return ics


def _set_up_the_schedule(walk: Walk) -> date:
    """Repeat…: Tuesday and Thursday, 18:00, 180 minutes, IOP group, in person, with a
    provider, from three weeks ago. Returns the first day."""
    today = date.today()
    first_day = today - timedelta(weeks=WEEKS_BACK)
    walk.window.key("alt+r")
    dialog = walk.dialog("Repeating sessions")
    # The weekdays come first (Monday has the focus); start 18:00, 180 minutes and the
    # kind "IOP group" are what the dialog offers.
    dialog.key("Tab", "space", "Tab", "Tab", "space")  # Tuesday, Thursday
    dialog.key("alt+h", "End")  # How: In person (the last)
    dialog.key("alt+p")
    dialog.type(PROVIDER, delay_ms=5)
    dialog.key(*_first_day_keys(today, first_day))
    walk.settle("the filled-in dialog")
    walk.shot("repeat-dialog")
    dialog.key("Return")  # Plan these sessions (the default button)
    wait_until(lambda: not visible_windows("Repeating sessions"), "the dialog to close")
    walk.wait_for(
        lambda: walk.rows("SELECT count(*) FROM session_schedules") == [(1,)],
        "the schedule in the vault",
    )
    walk.shot("schedule-planned")

    # The provider typed in: kept as text, or as a provider of its own.
    schedule = walk.rows(
        "SELECT s.id, s.weekdays, s.start_time, s.minutes, s.kind_id, s.format,"
        " coalesce(p.name, s.provider_text), s.first_day, s.last_day"
        " FROM session_schedules s LEFT JOIN session_providers p ON p.id = s.provider_id"
    )[0]
    weekdays = (1 << TUESDAY) | (1 << THURSDAY)
    assert schedule[1:] == (
        weekdays,
        "18:00",
        180,
        "iop-group",
        "in_person",
        PROVIDER,
        first_day.isoformat(),
        None,
    ), schedule
    # Every Tuesday and Thursday from the first day up to the horizon, at 18:00 local.
    horizon = today + timedelta(weeks=HORIZON_WEEKS)
    expected_days = [
        first_day + timedelta(days=n)
        for n in range((horizon - first_day).days + 1)
        if (first_day + timedelta(days=n)).weekday() in (TUESDAY, THURSDAY)
    ]
    planned = walk.rows(
        "SELECT start, start_day, minutes, status, kind_id, schedule_id FROM sessions"
        " ORDER BY start_utc"
    )
    assert [row[1] for row in planned] == [d.isoformat() for d in expected_days]
    for start, _day, minutes, status, kind_id, schedule_id in planned:
        moment = datetime.fromisoformat(str(start))
        assert (moment.hour, moment.minute) == (18, 0), start
        assert (minutes, status, kind_id, schedule_id) == (180, "planned", "iop-group", schedule[0])
    return first_day


def _first_day_keys(today: date, first_day: date) -> list[str]:
    """Keys that move the dialog's "First day" (showing ``today``) to ``first_day``.

    The field reads "Wed 2 Dec 2026"; Tab steps from one part to the next and the
    arrows change one part without touching the others. The day goes to 1 first, so
    no month is ever short of it."""
    keys = ["alt+f", "Tab"]  # the day of the month
    keys += ["Down"] * (today.day - 1)
    keys += ["Tab"]  # the month
    months = first_day.month - today.month
    keys += ["Up" if months > 0 else "Down"] * abs(months)
    keys += ["Tab"]  # the year
    years = first_day.year - today.year
    keys += ["Up" if years > 0 else "Down"] * abs(years)
    keys += ["shift+Tab", "shift+Tab"]  # back to the day
    keys += ["Up"] * (first_day.day - 1)
    return keys


def _statuses_for(unmarked_newest_first: list[int]) -> dict[int, str]:
    """Oldest first: the third missed, the fifth cancelled, every other one attended."""
    oldest_first = list(reversed(unmarked_newest_first))
    chosen = {}
    for number, session_id in enumerate(oldest_first):
        chosen[session_id] = MISSED if number == 2 else CANCELLED if number == 4 else ATTENDED
    return chosen


def _mark_what_is_over(walk: Walk) -> None:
    """ "How did these go?": one click per session on its first row (the newest), until
    none waits. The buttons come last in the window's Tab order: from the weekly
    target (Alt+T), past the chart and the side panel."""
    unmarked = walk.unmarked()
    # Three weeks of Tuesdays and Thursdays, and today's when it is already over.
    assert len(unmarked) in (2 * WEEKS_BACK, 2 * WEEKS_BACK + 1), unmarked
    chosen = _statuses_for(unmarked)
    for session_id in unmarked:
        assert walk.unmarked()[0] == session_id
        status = chosen[session_id]
        walk.window.key("alt+t", *["Tab"] * (3 + MARK_COLUMNS[status]), "space")
        walk.wait_for(
            lambda s=session_id, st=status: walk.status_of(s) == st,
            f"session {session_id} marked {status}",
        )
        if session_id == unmarked[0]:
            walk.shot("first-one-marked")
    assert walk.unmarked() == []
    walk.marked_at = walk.now_key()
    counts = dict(walk.rows("SELECT status, count(*) FROM sessions GROUP BY status"))
    assert counts[MISSED] == 1 and counts[CANCELLED] == 1, counts
    assert counts[ATTENDED] == len(unmarked) - 2, counts
    walk.keys("alt+p", what="the past sessions")
    walk.shot("past-marked")
    walk.keys("alt+u", what="the upcoming sessions")


def _open_past_session(walk: Walk, session_id: int) -> None:
    """Past, then the session's row in the list (Enter opens it in the editor)."""
    walk.keys("alt+p", what="the past sessions")
    walk.keys("Tab", "Tab", "Tab", "Tab", what="the past list")  # past the three filters
    row = walk.past().index(session_id)
    walk.keys("Home", *["Down"] * row, "Return", what="the session in the editor")


def _write_about_the_last_session(walk: Walk) -> int:
    """Takeaways, feelings and the partner's answer on the newest attended session;
    two homework items, one ticked done. Returns the session's id."""
    attended = walk.rows(
        "SELECT id FROM sessions WHERE status = 'attended' ORDER BY start_utc DESC LIMIT 1"
    )
    session_id = int(attended[0][0])
    _open_past_session(walk, session_id)

    walk.window.key("alt+t")  # Takeaways
    walk.type(TAKEAWAY_LINES[0])
    walk.window.key("Return")
    walk.type(TAKEAWAY_LINES[1])
    walk.window.key("alt+f", "ctrl+a")  # Feeling before
    walk.type("4")
    walk.window.key("alt+e", "ctrl+a")  # after
    walk.type("7")
    # My partner: "Said not this time" (the last answer); the reason: in their words.
    walk.window.key("alt+y", "End", "alt+o", "End", "alt+w")
    walk.type(PARTNER_WORDS)
    _assert_no_secret_in_window_titles()  # typed, not saved yet
    walk.window.key("ctrl+s")

    def saved() -> bool:
        found = walk.rows(
            "SELECT takeaways, partner, partner_reason, partner_words, feeling_before,"
            " feeling_after, status FROM sessions WHERE id = ?",
            (session_id,),
        )
        return found == [(TAKEAWAYS, "declined", "other", PARTNER_WORDS, 4, 7, "attended")]

    walk.wait_for(saved, "the takeaways and the partner's answer in the vault")
    walk.shot("takeaways-and-partner")

    # Homework: from "Their words", Tab goes on to the homework's text; Enter adds it.
    walk.window.key("alt+w", "Tab")
    for number, text in enumerate(HOMEWORK, start=1):
        walk.type(text)
        walk.window.key("Return")
        walk.wait_for(
            lambda n=number: (
                walk.rows(
                    "SELECT count(*) FROM session_homework WHERE session_id = ?", (session_id,)
                )
                == [(n,)]
            ),
            f"homework {number} in the vault",
        )
    # Back to the list, the first item, Space ticks it done.
    walk.window.key("shift+Tab", "Home", "space")

    def homework() -> list[tuple[Any, ...]]:
        return walk.rows(
            "SELECT text, done_at IS NOT NULL, done_day FROM session_homework"
            " WHERE session_id = ? ORDER BY id",
            (session_id,),
        )

    walk.wait_for(lambda: homework()[0][1] == 1, "the first homework ticked done")
    today = date.today().isoformat()
    assert homework() == [(HOMEWORK[0], 1, today), (HOMEWORK[1], 0, None)]
    walk.shot("homework")
    walk.keys("Escape", what="the editor closing")  # nothing unsaved: it just closes
    return session_id


def _queue_topics(walk: Walk) -> None:
    """Upcoming: two topics for next time, the first ticked off at the next session."""
    # A button's mnemonic clicks it a moment later (Qt animates the press): the view
    # has switched only then, so the Tabs wait for it.
    walk.keys("alt+u", what="the upcoming sessions")
    walk.keys("Tab", "Tab", what="the field for a new topic")  # past "Open"
    for number, text in enumerate(TOPICS, start=1):
        walk.type(text)
        walk.window.key("Return")
        walk.wait_for(
            lambda n=number: walk.rows("SELECT count(*) FROM session_topics") == [(n,)],
            f"topic {number} in the vault",
        )
    walk.shot("topics-queued")
    next_id = walk.next_session()
    walk.window.key("shift+Tab", "Home", "space")  # the list, its first topic, tick

    def topics() -> list[tuple[Any, ...]]:
        return walk.rows("SELECT text, done_session_id FROM session_topics ORDER BY id")

    walk.wait_for(lambda: topics()[0][1] is not None, "the topic ticked off")
    assert topics() == [(TOPICS[0], next_id), (TOPICS[1], None)]
    walk.topic_session = next_id
    walk.shot("topic-ticked-off")


def _set_a_weekly_target(walk: Walk) -> None:
    walk.window.key("alt+t", "ctrl+a")  # My weekly target (the editor is closed)
    walk.type(str(TARGET_HOURS))
    walk.window.key("Return")
    walk.wait_for(
        lambda: (
            walk.rows("SELECT value FROM session_settings WHERE key = 'weekly_target_minutes'")
            == [(str(TARGET_HOURS * 60),)]
        ),
        "the weekly target in the vault",
    )
    walk.shot("weekly-target")


def _export_the_calendar(walk: Walk) -> Path:
    """Add to calendar…: the warning, then the file dialog, a path typed into it."""
    ics = walk.exports / "iop-sessions.ics"
    walk.window.key("alt+c")
    warning = walk.dialog("Add to another calendar")
    walk.shot("calendar-warning")
    warning.key("Return")  # "Choose where to save…" (the default button)
    chooser = walk.dialog("Save calendar file")
    chooser.key("ctrl+a")
    chooser.type(str(ics), delay_ms=5)
    walk.settle("the typed path")
    walk.shot("calendar-file-dialog")
    chooser.key("Return")
    wait_until(lambda: not visible_windows("Save calendar file"), "the file dialog to close")
    walk.wait_for(
        lambda: ics.exists() and ics.read_bytes().endswith(b"END:VCALENDAR\r\n"),
        "the calendar file",
    )
    walk.shot("calendar-saved")
    return ics


# ----- checks ------------------------------------------------------------------------------


def _assert_no_secret_in_window_titles() -> None:
    assert_no_word_in_window_titles(SECRET_WORDS)


def _check_the_vault(walk: Walk) -> None:
    """After the lock and unlock, while the window runs: all that was done is stored."""
    sessions = walk.rows(
        "SELECT id, status, takeaways, partner, partner_reason, partner_words FROM sessions"
        " WHERE deleted_at IS NULL ORDER BY start_utc"
    )
    statuses = [row[1] for row in sessions]
    assert statuses.count(MISSED) == 1 and statuses.count(CANCELLED) == 1, statuses
    # (A session that ended while the test ran, on a Tuesday or Thursday evening, may
    # be waiting now: only those over when they were marked count.)
    assert walk.unmarked(before=walk.marked_at) == []
    written = [row for row in sessions if row[2]]
    assert len(written) == 1, written
    session_id, status, takeaways, partner, reason, words = written[0]
    assert (status, takeaways, partner, reason, words) == (
        ATTENDED,
        TAKEAWAYS,
        "declined",
        "other",
        PARTNER_WORDS,
    )
    assert [row for row in sessions if row[3] != "not_asked"] == [written[0]]
    homework = walk.rows(
        "SELECT session_id, text, done_at IS NOT NULL FROM session_homework ORDER BY id"
    )
    assert homework == [(session_id, HOMEWORK[0], 1), (session_id, HOMEWORK[1], 0)]
    topics = walk.rows("SELECT text, done_session_id, done_at IS NOT NULL FROM session_topics")
    assert topics == [(TOPICS[0], walk.topic_session, 1), (TOPICS[1], None, 0)]
    assert walk.status_of(walk.topic_session or 0) == "planned"  # ticked off ahead of it
    target = walk.rows("SELECT value FROM session_settings WHERE key = 'weekly_target_minutes'")
    assert target == [(str(TARGET_HOURS * 60),)]
    assert walk.rows("SELECT count(*) FROM session_schedules") == [(1,)]


def _check_the_calendar_file(walk: Walk, ics: Path) -> None:
    data = ics.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert data.count(b"\n") == data.count(b"\r\n")  # every line ends in CRLF
    text = data.decode("utf-8")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode()) <= 75 for line in lines)
    summaries = [line for line in lines if line.startswith("SUMMARY:")]
    assert summaries and set(summaries) == {"SUMMARY:Appointment"}
    for word in [*SECRET_WORDS, PROVIDER, "IOP", "partner", "homework"]:
        assert word.lower() not in text.lower(), word
    assert not [line for line in lines if line.startswith(("DESCRIPTION", "LOCATION"))]
    # One event per planned session from today on, at its start (in UTC).
    peek = VaultPeek(walk.data, PASSPHRASE)  # the window is gone: a new look
    planned = peek.rows(
        "SELECT start FROM sessions WHERE deleted_at IS NULL AND status = 'planned'"
        " AND start_day >= ? ORDER BY start_utc",
        (date.today().isoformat(),),
    )
    starts = [
        datetime.fromisoformat(str(row[0])).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        for row in planned
    ]
    assert [line[len("DTSTART:") :] for line in lines if line.startswith("DTSTART:")] == starts
    assert len(summaries) == len(starts) >= HORIZON_WEEKS * 2 - 1
    assert ics.parent == walk.exports and not str(ics).startswith(str(walk.data))
