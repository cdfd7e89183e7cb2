"""The journal's values: frozen dataclasses handed between the core and the UI.

Every datetime here is timezone-aware and carries the UTC offset it was written with
(a fixed offset, not a named zone): an entry written at 23:30 in Berlin in winter
reads back as 23:30+01:00 wherever and whenever it is opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

# Matched terms in SearchHit.snippet are wrapped in these two control characters. They
# never occur in stored text (the repository removes control characters), so the UI can
# escape the snippet first and then turn the markers into highlighting.
HIGHLIGHT_START: Final = "\x02"
HIGHLIGHT_END: Final = "\x03"

# Days an entry stays in the trash before it is deleted for good.
TRASH_DAYS: Final = 30


@dataclass(frozen=True)
class Entry:
    """One journal entry, in full."""

    id: int
    title: str
    body: str  # Markdown, stored verbatim (rendering it safely is the UI's job)
    created: datetime
    edited: datetime
    tags: tuple[str, ...]  # in the order they were given
    bring_to_therapy: bool
    prompt_id: str | None
    deleted_at: datetime | None  # set while the entry is in the trash


@dataclass(frozen=True)
class EntrySummary:
    """What a list row needs: never the whole body."""

    id: int
    title: str
    preview: str  # the start of the body as one plain line, at most about 140 characters
    created: datetime
    edited: datetime
    tags: tuple[str, ...]
    bring_to_therapy: bool


@dataclass(frozen=True)
class EntryFilter:
    """Which live entries a list, count or search covers. Dates are inclusive and are
    the local dates of ``created`` (in the offset the entry was written with)."""

    tag: str | None = None
    start: date | None = None
    end: date | None = None
    therapy_only: bool = False


@dataclass(frozen=True)
class SearchHit:
    id: int
    title: str
    created: datetime
    snippet: str  # plain text, one line; matches wrapped in HIGHLIGHT_START/HIGHLIGHT_END
    tags: tuple[str, ...] = ()  # shown with the hit: a match may be in a tag
    preview: str = ""  # the start of the text (what names an untitled entry: naming.py)


@dataclass(frozen=True)
class SearchResult:
    hits: list[SearchHit]
    message: str | None  # a gentle one-liner when the text had nothing to search for
    # How many live entries match in all (None: not counted); ``hits`` may be one page.
    total: int | None = None


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    description: str


@dataclass(frozen=True)
class Prompt:
    id: str
    theme: str  # a Theme.id
    text: str
