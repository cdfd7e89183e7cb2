"""Planned sessions as an iCalendar (.ics, RFC 5545) file for another calendar app.

Only what a calendar needs leaves the vault: when each planned session starts and
ends (in UTC), a stable UID, and a neutral title ("Appointment", or the kind's name
when the person asks for it). Never notes, takeaways, topics, homework, providers or
anything about the partner: a calendar is often synced and seen by others.

The UID is ``<vault token>-<session id>@mooring``: the same session keeps it across
exports (a calendar app updates the event instead of adding another), and two vaults
never share one (the token is made with the vault's sessions tables).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Final

from app.platform import timestamps
from app.platform.sql import Connection
from app.sessions import kinds as session_kinds
from app.sessions import rows, validation
from app.sessions.errors import CalendarFileError
from app.sessions.model import SessionSummary, Status
from app.sessions.repository import SessionRepository

PRODID: Final = "-//Mooring//Sessions//EN"
NEUTRAL_TITLE: Final = "Appointment"
MAX_LINE_OCTETS: Final = 75
CRLF: Final = "\r\n"


def escape_text(value: str) -> str:
    """A TEXT value with backslash, semicolon, comma and line breaks escaped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """``line`` folded so no physical line exceeds 75 octets (never inside a character)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= MAX_LINE_OCTETS:
        return line
    parts: list[str] = []
    current = ""
    size = 0
    limit = MAX_LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, MAX_LINE_OCTETS - 1  # the leading space counts
        current += char
        size += width
    parts.append(current)
    return (CRLF + " ").join(parts)


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar_text(
    sessions: Sequence[SessionSummary],
    *,
    token: str,
    stamp: datetime,
    titles: dict[str, str] | None = None,
) -> str:
    """The .ics text for ``sessions``; ``titles`` maps kind ids to event titles (None:
    every event is titled "Appointment")."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for session in sessions:
        title = NEUTRAL_TITLE if titles is None else titles.get(session.kind_id, NEUTRAL_TITLE)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{token}-{session.id}@mooring",
            f"DTSTAMP:{utc_text(stamp)}",
            f"DTSTART:{utc_text(session.start)}",
            f"DTEND:{utc_text(session.end)}",
            f"SUMMARY:{escape_text(title)}",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)


def build_calendar(
    connection: Connection,
    start: date,
    end: date,
    *,
    include_kind: bool = False,
    clock: rows.Clock = timestamps.local_now,
    kinds: Sequence[session_kinds.SessionKind] | None = None,
) -> str:
    """The .ics text for the planned sessions whose local start date is ``start`` ..
    ``end``; titles are neutral unless ``include_kind`` (then the kind's name)."""
    low, high = validation.day(start), validation.day(end)
    planned = [
        s
        for s in SessionRepository(connection, clock, kinds).between(low, high)
        if s.status is Status.PLANNED
    ]
    titles = None
    if include_kind:
        titles = {s.kind_id: session_kinds.resolve(s.kind_id, kinds).name for s in planned}
    row = connection.execute(
        "SELECT value FROM session_settings WHERE key = 'calendar_token'"
    ).fetchone()
    token = "mooring" if row is None else str(row[0])
    return calendar_text(planned, token=token, stamp=rows.now_of(clock), titles=titles)


def write_calendar(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` itself (no temporary file anywhere else); a file there
    is replaced. The folder must exist."""
    target = Path(path)
    if not target.parent.is_dir():
        raise CalendarFileError("That folder doesn't exist; please choose another place.")
    if target.is_dir():
        raise CalendarFileError("That is a folder; please give the calendar file a name.")
    try:
        # Readable by this account only when it is new (0600, as the vault's own files);
        # a file the person chose to replace keeps the permissions it had.
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(text.encode("utf-8"))
    except OSError:
        raise CalendarFileError("The calendar file couldn't be saved there.") from None
    return target
