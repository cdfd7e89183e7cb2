"""Changing when an entry was written, and whether an entry fits a filter.

``change_entry_date`` is the one way an entry's date changes after it was created
(``EntryRepository.create(created=...)`` sets it at creation, as ``mooring add
--date`` does). It moves the entry in every list, count and calendar, so it announces
``ENTRIES`` as well as ``ENTRY_TEXT``.

``matches`` is the Python twin of the SQL filter in ``app.journal.entries._where``:
the window uses it to tell whether the entry it shows is still among the filtered
ones without asking the database again.
"""

from __future__ import annotations

from datetime import datetime

from app.journal.entries import EntryRepository
from app.journal.errors import EntryNotFound, InvalidTag
from app.journal.model import Entry, EntryFilter
from app.journal.ops import ENTRIES, ENTRY_TEXT
from app.journal.text import tag_key
from app.platform import timestamps
from app.platform.changes import Changes, OpResult
from app.platform.sql import Connection, transaction

_NOT_FOUND = "That entry no longer exists."


def change_entry_date(connection: Connection, entry_id: int, when: datetime) -> OpResult[Entry]:
    """Set when entry ``entry_id`` was written to ``when`` (naive: this computer's local
    time), in one transaction; ``edited`` becomes now.

    Raises InvalidValue (a UserError) outside 1900..2100 and EntryNotFound for an
    unknown id. An entry in the trash can be re-dated too (a late autosave is never
    lost); it stays in the trash.
    """
    moment = timestamps.require_aware(when, "entry's date")
    now = timestamps.local_now()
    with transaction(connection):
        cursor = connection.execute(
            "UPDATE entries SET created = ?, created_utc = ?, created_day = ?, edited = ?"
            " WHERE id = ?",
            (
                timestamps.to_text(moment),
                timestamps.utc_key(moment),
                timestamps.day_key(moment.date()),
                timestamps.to_text(now),
                entry_id,
            ),
        )
        if cursor.rowcount == 0:
            raise EntryNotFound(_NOT_FOUND)
        entry = EntryRepository(connection).get(entry_id)
    return OpResult(entry, Changes.of(ENTRIES, ENTRY_TEXT))


def matches(
    entry_filter: EntryFilter, *, created: datetime, tags: tuple[str, ...], therapy: bool
) -> bool:
    """Whether a live entry with these values is listed under ``entry_filter``.

    Dates compare the calendar day the entry was written on, in the offset it was
    written with (as the list does).
    """
    if entry_filter.therapy_only and not therapy:
        return False
    day = created.date()
    if entry_filter.start is not None and day < entry_filter.start:
        return False
    if entry_filter.end is not None and day > entry_filter.end:
        return False
    if entry_filter.tag is not None:
        try:
            wanted = tag_key(entry_filter.tag)
        except InvalidTag:
            return False
        keys: set[str] = set()
        for tag in tags:
            try:
                keys.add(tag_key(tag))
            except InvalidTag:
                continue
        if wanted not in keys:
            return False
    return True
