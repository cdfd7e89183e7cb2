"""Turning what a reader found into entries the journal will store as they are.

Text is tidied with the journal's own rules (app/journal/text.py) here, before the
plan is made, so the plan shows what will be stored and a duplicate is plain equality
with a stored entry. What cannot be stored is left out and counted in the ``Tally``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.exchange.importers.model import ImportedEntry, Tally
from app.journal.errors import InvalidEntry, InvalidTag
from app.journal.text import MAX_TITLE_CHARS, clean_body, clean_tag, clean_title
from app.platform import timestamps

MAX_TAGS_PER_ENTRY: Final = 100


def entry(
    tally: Tally,
    where: str,
    created: datetime | None,
    title: Any = "",
    body: Any = "",
    tags: Iterable[Any] = (),
    flagged: bool = False,
) -> ImportedEntry | None:
    """The entry as it will be stored, or None (counted in ``tally``) when it can't be."""
    if created is None:
        tally.skip("no_date", where)
        return None
    if not in_range(created):
        tally.skip("out_of_range", where)
        return None
    if not isinstance(title, str) or not isinstance(body, str):
        tally.skip("not_entry", where)
        return None
    line = " ".join(title.split())
    if len(line) > MAX_TITLE_CHARS:
        tally.skip("long_title", where)
        line = line[:MAX_TITLE_CHARS]
    try:
        clean_t = clean_title(line)
        clean_b = clean_body(body)
    except InvalidEntry:
        tally.skip("too_long", where)
        return None
    clean_tags = tidy_tags(tally, tags, where)
    if not (clean_t or clean_b.strip()):
        tally.skip("empty", where)
        return None
    return ImportedEntry(
        created=created,
        title=clean_t,
        body=clean_b,
        tags=clean_tags,
        flagged=bool(flagged),
        source_ref=where,
    )


def tidy_tags(tally: Tally, tags: Iterable[Any], where: str) -> tuple[str, ...]:
    """Tags as stored: tidied, duplicates (ignoring case) dropped, at most 100; a tag
    that can't be stored (too long, empty, not text) is left out and counted. A comma
    inside a tag becomes a space (commas separate tags in Mooring)."""
    kept: list[str] = []
    seen: set[str] = set()
    extra = 0
    for raw in tags:
        if not isinstance(raw, str):
            tally.skip("bad_tag", where)
            continue
        try:
            tag = clean_tag(raw.lstrip("@#").replace(",", " "))
        except InvalidTag:
            tally.skip("bad_tag", where)
            continue
        key = tag.casefold()
        if key in seen:
            continue
        if len(kept) >= MAX_TAGS_PER_ENTRY:
            extra += 1
            continue
        seen.add(key)
        kept.append(tag)
    tally.skip("extra_tags", where, extra)
    return tuple(kept)


def in_range(moment: datetime) -> bool:
    try:
        return timestamps.EARLIEST <= moment.date() <= timestamps.LATEST
    except (OverflowError, ValueError):
        return False


def local(moment: datetime) -> datetime | None:
    """A naive datetime as this computer's local time (aware), None when impossible."""
    try:
        return moment.astimezone()
    except (OverflowError, ValueError, OSError):
        return None


def in_zone(moment: datetime, zone_name: Any) -> datetime | None:
    """``moment`` (aware) in the named zone (Day One's ``timeZone``), None when the
    name is not one this computer knows."""
    if not isinstance(zone_name, str) or not zone_name:
        return None
    try:
        return moment.astimezone(ZoneInfo(zone_name))
    except (ZoneInfoNotFoundError, ValueError, OverflowError, OSError):
        return None


_ISO_Z: Final = re.compile(r"Z$")


def parse_iso(text: Any) -> datetime | None:
    """An ISO-8601 date and time (``Z`` allowed), or None."""
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(_ISO_Z.sub("+00:00", text.strip()))
    except ValueError:
        return None


def day_at(day: date, at: time) -> datetime | None:
    """The local moment ``at`` on ``day`` (aware; DST-aware offset). A day outside
    the journal's range comes back naive, for ``entry`` to count as out of range."""
    if not timestamps.EARLIEST <= day <= timestamps.LATEST:
        return datetime.combine(day, at)
    try:
        return local(datetime.combine(day, at))
    except (OverflowError, ValueError):
        return None


def from_timestamp(seconds: float) -> datetime | None:
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).astimezone()
    except (OverflowError, ValueError, OSError):
        return None
