"""Checking and tidying what a person enters, before anything is written.

Every check raises InvalidSession with one plain sentence that never repeats the
person's text. Text is made storable (``app.platform.text``): notes keep their line
breaks, one-line fields are tidied to one line.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Final

from app.platform import timestamps
from app.platform.sentence import sentence
from app.platform.text import one_line, storable
from app.sessions.errors import InvalidSession
from app.sessions.model import (
    EARLIEST_DAY,
    LATEST_DAY,
    MAX_FEELING,
    MAX_HOMEWORK_CHARS,
    MAX_MINUTES,
    MAX_NAME_CHARS,
    MAX_NOTES_CHARS,
    MAX_PARTNER_WORDS_CHARS,
    MAX_SOURCE_REF_CHARS,
    MAX_TOPIC_CHARS,
    MIN_MINUTES,
    DeclineReason,
    Format,
    Partner,
    PartnerResponse,
    SchedulePattern,
    SessionDraft,
    Status,
)

MESSAGE_DATE_RANGE: Final = "A session's date must be between 1 January 1970 and 31 December 2099."
MESSAGE_DAY_RANGE: Final = "Dates must be between 1 January 1970 and 31 December 2099."
MESSAGE_ENDS_BEFORE_START: Final = "A session can't end before it starts."
MESSAGE_TOO_SHORT: Final = "A session needs to last at least one minute."
MESSAGE_TOO_LONG: Final = "A session can last at most 24 hours."
MESSAGE_UNKNOWN_KIND: Final = "Please choose a kind of session from the list."

_SOURCE_KIND: Final = re.compile(r"[a-z][a-z0-9_-]{0,31}")
# Local and UTC dates differ by at most a day, so a moment this close to 1970..2099
# converts safely, and an end this many calendar days from its start (in any two
# offsets) is surely more than 24 hours after it, or before it.
_MARGIN: Final = timedelta(days=3)


@dataclass(frozen=True)
class CleanSession:
    """A draft after checking: what the repository writes."""

    start: datetime  # fixed offset, whole minutes
    minutes: int
    kind_id: str
    format: Format
    status: Status
    provider_id: int | None
    provider_text: str
    bring_up: str
    takeaways: str
    feeling_before: int | None
    feeling_after: int | None
    partner: Partner

    @property
    def start_text(self) -> str:
        return timestamps.to_text(self.start)

    @property
    def start_utc(self) -> str:
        return timestamps.utc_key(self.start)

    @property
    def start_day(self) -> str:
        return timestamps.day_key(self.start.date())

    @property
    def end_utc(self) -> str:
        return timestamps.utc_key(self.start + timedelta(minutes=self.minutes))


def session_start(start: object) -> datetime:
    """An aware start in whole minutes with the fixed offset of that local moment."""
    if not isinstance(start, datetime):
        raise InvalidSession("A session needs a date and a start time.")
    # Checked before converting too: astimezone() overflows on a far-off year (1, 9999).
    if not EARLIEST_DAY - _MARGIN <= start.date() <= LATEST_DAY + _MARGIN:
        raise InvalidSession(MESSAGE_DATE_RANGE)
    if start.tzinfo is None or start.utcoffset() is None:
        start = start.astimezone()
    # Through UTC and back: a time a clock change skipped becomes the real moment after.
    zone = start.tzinfo
    start = start.astimezone(UTC).astimezone(zone).replace(second=0, microsecond=0)
    if not EARLIEST_DAY <= start.date() <= LATEST_DAY:
        raise InvalidSession(MESSAGE_DATE_RANGE)
    # A fixed offset, so that adding minutes is real elapsed time.
    return timestamps.from_text(timestamps.to_text(start))


def minutes_value(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidSession("A session's length must be a whole number of minutes.")
    if value < MIN_MINUTES:
        raise InvalidSession(MESSAGE_TOO_SHORT)
    if value > MAX_MINUTES:
        raise InvalidSession(MESSAGE_TOO_LONG)
    return value


def session_length(start: datetime, minutes: object, end: object) -> int:
    """The length in minutes from ``minutes``, or from ``end`` when one is given."""
    if end is None:
        if minutes is None:
            raise InvalidSession("A session needs a length or an end time.")
        return minutes_value(minutes)
    if not isinstance(end, datetime):
        raise InvalidSession("A session's end must be a time.")
    # Days apart on the calendar: refused before converting, which a far-off year
    # (1, 9999) would overflow (see _MARGIN).
    if end.date() < start.date() - _MARGIN:
        raise InvalidSession(MESSAGE_ENDS_BEFORE_START)
    if end.date() > start.date() + _MARGIN:
        raise InvalidSession(MESSAGE_TOO_LONG)
    if end.tzinfo is None or end.utcoffset() is None:
        end = end.astimezone()
    seconds = (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds()
    if seconds < 0:
        raise InvalidSession(MESSAGE_ENDS_BEFORE_START)
    return minutes_value(round(seconds / 60))


def kind_id(value: object, known: Collection[str], keep: str | None = None) -> str:
    """A kind id from the content; ``keep`` (the stored one) is accepted even if it left."""
    if not isinstance(value, str) or (value not in known and value != keep):
        raise InvalidSession(MESSAGE_UNKNOWN_KIND)
    return value


def format_value(value: object) -> Format:
    try:
        return Format(str(value)) if isinstance(value, str) else Format("")
    except ValueError:
        raise InvalidSession(
            "Please choose how the session happens: video, phone or in person."
        ) from None


def status_value(value: object) -> Status:
    try:
        return Status(str(value)) if isinstance(value, str) else Status("")
    except ValueError:
        raise InvalidSession(
            "Please choose whether the session is planned, attended, missed or cancelled."
        ) from None


def feeling(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_FEELING:
        raise InvalidSession("How you felt is a number from 0 to 10, or left empty.")
    return value


def notes(value: object, what: str) -> str:
    """Free text with its line breaks, up to MAX_NOTES_CHARS; ``what`` names the field."""
    if not isinstance(value, str):
        raise InvalidSession(sentence("{what} must be text.", what=what))
    text = storable(value)
    if len(text) > MAX_NOTES_CHARS:
        raise InvalidSession(sentence("{what} can be at most 100,000 characters long.", what=what))
    return text


def line(value: object, what: str, limit: int, *, required: bool = False) -> str:
    """One line of text up to ``limit`` characters; ``what`` names the field."""
    if not isinstance(value, str):
        raise InvalidSession(sentence("{what} must be text.", what=what))
    text = one_line(value)
    if required and not text:
        raise InvalidSession(sentence("{what} needs a few words.", what=what))
    if len(text) > limit:
        raise InvalidSession(
            sentence("{what} can be at most {limit:,} characters long.", what=what, limit=limit)
        )
    return text


def provider_text(value: object) -> str:
    return line(value, "The provider or group name", MAX_NAME_CHARS)


def optional_id(value: object, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidSession(sentence("Please choose {what} from the list.", what=what))
    return value


def partner(value: object) -> Partner:
    """The partner's answer; a reason is kept only with "declined", words only with
    the reason "other" (otherwise they are dropped, not refused)."""
    if not isinstance(value, Partner):
        raise InvalidSession("Please choose how your partner answered.")
    try:
        response = PartnerResponse(value.response)
    except ValueError:
        raise InvalidSession("Please choose how your partner answered.") from None
    if response is not PartnerResponse.DECLINED:
        return Partner(response)
    if value.reason is None:
        return Partner(response)
    try:
        reason = DeclineReason(value.reason)
    except ValueError:
        raise InvalidSession("Please choose the reason they gave from the list.") from None
    if reason is not DeclineReason.OTHER:
        return Partner(response, reason)
    words = line(value.words, "Their reason, in their words,", MAX_PARTNER_WORDS_CHARS)
    return Partner(response, reason, words)


def session_draft(
    draft: object, known_kinds: Collection[str], keep_kind: str | None = None
) -> CleanSession:
    if not isinstance(draft, SessionDraft):
        raise InvalidSession("A session is needed here.")
    start = session_start(draft.start)
    return CleanSession(
        start=start,
        minutes=session_length(start, draft.minutes, draft.end),
        kind_id=kind_id(draft.kind_id, known_kinds, keep_kind),
        format=format_value(draft.format),
        status=status_value(draft.status),
        provider_id=optional_id(draft.provider_id, "a provider"),
        provider_text=provider_text(draft.provider_text),
        bring_up=notes(draft.bring_up, "What you want to bring up"),
        takeaways=notes(draft.takeaways, "Takeaways"),
        feeling_before=feeling(draft.feeling_before),
        feeling_after=feeling(draft.feeling_after),
        partner=partner(draft.partner),
    )


def day(value: object, what: str = "date") -> date:
    """A calendar date within 1970..2099."""
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidSession(sentence("The {what} must be a calendar date.", what=what))
    if not EARLIEST_DAY <= value <= LATEST_DAY:
        raise InvalidSession(MESSAGE_DAY_RANGE)
    return value


def optional_day(value: object, what: str = "date") -> date | None:
    return None if value is None else day(value, what)


def homework_text(value: object) -> str:
    return line(value, "Homework", MAX_HOMEWORK_CHARS, required=True)


def topic_text(value: object) -> str:
    return line(value, "A topic", MAX_TOPIC_CHARS, required=True)


def source(kind: object, ref: object) -> tuple[str, str]:
    """Where a topic came from: a short lowercase kind ("entry") and a reference."""
    if kind is None or kind == "":
        return "", ""
    if not isinstance(kind, str) or not _SOURCE_KIND.fullmatch(kind):
        raise InvalidSession("A topic's source must be a short lowercase name like 'entry'.")
    return kind, line(ref if ref is not None else "", "A topic's source", MAX_SOURCE_REF_CHARS)


def pattern(
    value: object, known_kinds: Collection[str], keep_kind: str | None = None
) -> SchedulePattern:
    if not isinstance(value, SchedulePattern):
        raise InvalidSession("A schedule needs its days, time and length.")
    weekdays = value.weekdays
    if (
        not isinstance(weekdays, frozenset | set | tuple | list)
        or not weekdays
        or any(isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6 for d in weekdays)
    ):
        raise InvalidSession("Choose at least one day of the week for the schedule.")
    if not isinstance(value.start_time, time):
        raise InvalidSession("A schedule needs a start time.")
    return SchedulePattern(
        weekdays=frozenset(weekdays),
        start_time=value.start_time.replace(second=0, microsecond=0, tzinfo=None),
        minutes=minutes_value(value.minutes),
        kind_id=kind_id(value.kind_id, known_kinds, keep_kind),
        format=format_value(value.format),
        provider_id=optional_id(value.provider_id, "a provider"),
        provider_text=provider_text(value.provider_text),
    )


def weekly_target(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 7 * 24 * 60:
        raise InvalidSession("A weekly target is between 1 minute and 168 hours, or none.")
    return value
