"""How times are stored: ISO-8601 with their offset, plus a UTC sort key.

The offset is kept so an entry shows the wall-clock time it was written at; the UTC
key (fixed width, so text order is time order) is what lists sort and page on.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Final

from app.platform.errors import InvalidValue
from app.platform.sentence import sentence

EARLIEST: Final = date(1900, 1, 1)
LATEST: Final = date(2100, 12, 31)

# Local midnight is at most this far from UTC midnight (UTC-12 .. UTC+14, and the
# odd historical offset); used to turn local-date ranges into UTC index ranges.
_OFFSET_MARGIN: Final = timedelta(days=1)


def local_now() -> datetime:
    """Now, aware, in this computer's current offset."""
    return datetime.now().astimezone()


def require_aware(moment: datetime, what: str = "time") -> datetime:
    """``moment`` as an aware datetime; a naive one is taken as this computer's local time."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.astimezone()
    if not EARLIEST <= moment.date() <= LATEST:
        raise InvalidValue(
            sentence(
                "The {what} must be between {first_year} and {last_year}; it is {date:%Y-%m-%d}.",
                what=what,
                first_year=EARLIEST.year,
                last_year=LATEST.year,
                date=moment.date(),
            )
        )
    return moment


def require_day(day: object, what: str = "date") -> date:
    """``day`` if it is a plain date inside the supported range, else InvalidValue."""
    if not isinstance(day, date) or isinstance(day, datetime):
        raise InvalidValue(sentence("The {what} must be a calendar date.", what=what))
    if not EARLIEST <= day <= LATEST:
        raise InvalidValue(
            sentence(
                "The {what} must be between {first_year} and {last_year}; it is {day:%Y-%m-%d}.",
                what=what,
                first_year=EARLIEST.year,
                last_year=LATEST.year,
                day=day,
            )
        )
    return day


def to_text(moment: datetime) -> str:
    """ISO-8601 with the offset, e.g. ``2024-03-10T01:59:00-05:00``."""
    return moment.isoformat()


def from_text(text: str) -> datetime:
    return datetime.fromisoformat(text)


def utc_key(moment: datetime) -> str:
    """Fixed-width UTC text that sorts in time order: ``YYYY-MM-DDTHH:MM:SS.ffffff``."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")


def day_key(day: date) -> str:
    return day.isoformat()


def utc_bounds(start: date | None, end: date | None) -> tuple[str | None, str | None]:
    """UTC keys that surely contain every moment whose local date is in [start, end].

    The caller still filters on the exact local date; these only narrow the index scan.
    """
    low = high = None
    if start is not None:
        low = (datetime.combine(start, datetime.min.time()) - _OFFSET_MARGIN).isoformat(
            timespec="microseconds"
        )
    if end is not None:
        high = (
            datetime.combine(end, datetime.min.time()) + timedelta(days=1) + _OFFSET_MARGIN
        ).isoformat(timespec="microseconds")
    return low, high
