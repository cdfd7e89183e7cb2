"""The sessions module's values: frozen dataclasses and enums handed to the UI.

Times are timezone-aware with the fixed UTC offset of that local moment (as the
journal stores them): a session at 18:00 in New York in July reads back as
18:00-04:00, one in January as 18:00-05:00. ``Session.end`` is the start plus the
length in real elapsed time, expressed in the start's offset: convert it with
``.astimezone()`` (or to a zone) to show the wall-clock end across a clock change.

Choices are stored as their ids (the enum values); the UI words them (see
``app.sessions.partner`` for the partner labels, ``app.sessions.kinds`` for kinds).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Final

# Sessions, homework due dates and schedule days lie within these dates.
EARLIEST_DAY: Final = date(1970, 1, 1)
LATEST_DAY: Final = date(2099, 12, 31)

MIN_MINUTES: Final = 1
MAX_MINUTES: Final = 24 * 60
MAX_NOTES_CHARS: Final = 100_000  # "what I want to bring up", takeaways, provider notes
MAX_HOMEWORK_CHARS: Final = 1_000
MAX_TOPIC_CHARS: Final = 500
MAX_PARTNER_WORDS_CHARS: Final = 500
MAX_NAME_CHARS: Final = 200  # provider name and role, free-text provider or group name
MAX_SOURCE_REF_CHARS: Final = 200
MAX_FEELING: Final = 10
MAX_WEEKLY_TARGET_MINUTES: Final = 7 * 24 * 60

# Days a session stays in the trash before it is removed for good (as entries).
TRASH_DAYS: Final = 30
# Creating or extending a schedule plans its sessions this far ahead of today.
HORIZON_WEEKS: Final = 12
# "Today" lists open homework without a due date from sessions this many days back.
UNDATED_HOMEWORK_DAYS: Final = 14


class Format(StrEnum):
    VIDEO = "video"
    PHONE = "phone"
    IN_PERSON = "in_person"


class Status(StrEnum):
    PLANNED = "planned"
    ATTENDED = "attended"
    MISSED = "missed"
    CANCELLED = "cancelled"


class PartnerResponse(StrEnum):
    """The partner and this session. Anything but NOT_ASKED means they were invited."""

    NOT_ASKED = "not_asked"
    INVITED = "invited"  # invited, no answer yet
    CAME = "came"
    MAYBE = "maybe"
    DECLINED = "declined"


class DeclineReason(StrEnum):
    """The reason they gave for saying no, as an id (labels: ``app.sessions.partner``)."""

    NO_NEED = "no_need"  # they don't see a need for it
    VULNERABLE = "vulnerable"  # opening up there feels like a lot
    HURT = "hurt"  # hurt or resentment between us
    PRIVACY = "privacy"  # they'd rather keep private things private
    OURSELVES = "ourselves"  # they'd rather we handle it ourselves
    OTHER = "other"  # in their own words (``partner_words``)


@dataclass(frozen=True)
class Partner:
    """How the partner answered for one session.

    ``reason`` is kept only with DECLINED and ``words`` (one line, up to 500
    characters) only with ``DeclineReason.OTHER``; otherwise they are dropped.
    """

    response: PartnerResponse = PartnerResponse.NOT_ASKED
    reason: DeclineReason | None = None
    words: str = ""


@dataclass(frozen=True)
class SessionDraft:
    """What a person enters for a session: used to create one and to save changes.

    Give either ``minutes`` or ``end`` (when ``end`` is set it wins, and the length is
    the real time between the two). A naive ``start`` is this computer's local time.
    ``provider_id`` links a provider record; ``provider_text`` is a free-text provider
    or group name (either, both or neither).
    """

    start: datetime
    minutes: int | None = 60
    end: datetime | None = None
    kind_id: str = "other"
    format: Format = Format.VIDEO
    status: Status = Status.PLANNED
    provider_id: int | None = None
    provider_text: str = ""
    bring_up: str = ""
    takeaways: str = ""
    feeling_before: int | None = None
    feeling_after: int | None = None
    partner: Partner = Partner()


@dataclass(frozen=True)
class Session:
    """One session, in full (lists use SessionSummary, without the notes)."""

    id: int
    start: datetime
    minutes: int
    kind_id: str  # as stored; ``kinds.resolve`` shows an unknown id as "other"
    format: Format
    status: Status
    provider_id: int | None
    provider_name: str  # the linked provider's name, "" when none is linked
    provider_text: str  # the free-text provider or group name
    bring_up: str
    takeaways: str
    feeling_before: int | None
    feeling_after: int | None
    partner: Partner
    schedule_id: int | None  # the schedule it came from, if any
    schedule_day: date | None  # the schedule's day it stands for (None without one)
    changed: bool  # changed by hand: later schedule edits leave it alone
    created: datetime
    edited: datetime
    deleted_at: datetime | None  # set while it is in the trash

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)

    def draft(self) -> SessionDraft:
        """This session as a draft, to change a field or two and save."""
        return SessionDraft(
            start=self.start,
            minutes=self.minutes,
            kind_id=self.kind_id,
            format=self.format,
            status=self.status,
            provider_id=self.provider_id,
            provider_text=self.provider_text,
            bring_up=self.bring_up,
            takeaways=self.takeaways,
            feeling_before=self.feeling_before,
            feeling_after=self.feeling_after,
            partner=self.partner,
        )


@dataclass(frozen=True)
class SessionSummary:
    """What a list row or a calendar cell needs."""

    id: int
    start: datetime
    minutes: int
    kind_id: str
    format: Format
    status: Status
    provider_name: str
    provider_text: str
    partner: PartnerResponse
    schedule_id: int | None
    changed: bool

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class SessionFilter:
    """Which past sessions a list shows. ``kind_id="other"`` also finds sessions whose
    kind is no longer in the content (they show as "other")."""

    kind_id: str | None = None
    status: Status | None = None
    partner: PartnerResponse | None = None


@dataclass(frozen=True)
class DeletionInfo:
    """What goes to the trash with a session (for the UI's question before deleting)."""

    homework: int
    open_homework: int
    topics: int  # "bring up" topics ticked off at this session
    entries: int  # linked journal entries (the entries themselves stay)


@dataclass(frozen=True)
class Provider:
    id: int
    name: str
    role: str
    notes: str
    created: datetime
    edited: datetime


@dataclass(frozen=True)
class HomeworkItem:
    id: int
    session_id: int
    session_start: datetime
    text: str
    due: date | None
    done_at: datetime | None
    created: datetime

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class TodayHomework:
    """Open homework for a day: overdue and due that day (soonest due first), and items
    with no due date from sessions in the UNDATED_HOMEWORK_DAYS up to it (newest first)."""

    overdue: tuple[HomeworkItem, ...]
    due_today: tuple[HomeworkItem, ...]
    undated: tuple[HomeworkItem, ...]


@dataclass(frozen=True)
class Topic:
    """Something to bring up next time. Open while ``done_at`` is None."""

    id: int
    text: str
    source_kind: str  # where it came from: "entry", "checkin", "exercise"... or ""
    source_ref: str  # which one there (the module's own id), or ""
    added: datetime
    done_session_id: int | None
    done_at: datetime | None


@dataclass(frozen=True)
class SessionDetail:
    """One session with everything that hangs off it."""

    session: Session
    homework: tuple[HomeworkItem, ...]  # oldest first
    topics: tuple[Topic, ...]  # open topics, then those ticked off at this session
    entry_ids: tuple[int, ...]  # linked journal entries that are not in the trash


@dataclass(frozen=True)
class SchedulePattern:
    """How a schedule repeats. ``weekdays``: 0 = Monday .. 6 = Sunday; ``start_time``
    is the local wall-clock time on each of those days."""

    weekdays: frozenset[int]
    start_time: time
    minutes: int
    kind_id: str
    format: Format = Format.VIDEO
    provider_id: int | None = None
    provider_text: str = ""


@dataclass(frozen=True)
class Schedule:
    id: int
    pattern: SchedulePattern
    first_day: date
    last_day: date | None  # None: no end
    planned_through: date  # sessions exist (or were made) up to this day
    follows_id: int | None  # the schedule it continues ("this and all following")
    created: datetime


@dataclass(frozen=True)
class WeekHours:
    """Attended minutes in one week against the weekly target (None: no target set)."""

    week_start: date
    minutes: int
    target_minutes: int | None

    @property
    def met(self) -> bool | None:
        return None if self.target_minutes is None else self.minutes >= self.target_minutes


@dataclass(frozen=True)
class Attendance:
    """Counts per kind over a range (an unknown kind id is counted as "other")."""

    kind_id: str
    attended: int
    missed: int
    cancelled: int
    planned: int


@dataclass(frozen=True)
class Streaks:
    """``weeks_meeting_target``: the run of weeks up to this one at or over the target
    (this week counts once met; until then the run ends last week); 0 with no target.
    ``attended_in_a_row``: sessions attended since the last one missed (cancelled and
    still-planned ones neither count nor break it). ``best_attended_in_a_row``: the
    longest such run ever."""

    weeks_meeting_target: int
    attended_in_a_row: int
    best_attended_in_a_row: int
