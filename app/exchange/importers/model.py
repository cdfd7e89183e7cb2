"""What an import reads and what it will do: plain values, no Qt, no writing.

A reader (jrnl, Day One, RedNotebook, a Markdown folder) turns a source into
``ImportedEntry`` values and a ``Tally`` of what it left out and why; ``plan_import``
makes them an ``ImportPlan``, the summary a person reads before anything is written.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Final

from app.platform.errors import UserError

# The formats this package reads (Mooring's own JSON export is app/exchange/import_mooring).
JRNL: Final = "jrnl"
DAYONE: Final = "dayone"
REDNOTEBOOK: Final = "rednotebook"
MARKDOWN: Final = "markdown"
FORMATS: Final = (JRNL, DAYONE, REDNOTEBOOK, MARKDOWN)
FORMAT_NAMES: Final = {
    JRNL: "a jrnl export",
    DAYONE: "a Day One export",
    REDNOTEBOOK: "a RedNotebook data folder",
    MARKDOWN: "a folder of Markdown or text files",
}


class ImportProblem(UserError):
    """The source cannot be imported; ``str()`` is one sentence naming the file and,
    where it helps, the line or entry. Raised before anything is written."""


class ImportCancelled(Exception):
    """The person cancelled while the entries were being written; nothing was kept."""


@dataclass(frozen=True)
class ImportedEntry:
    """One entry as it will be stored: text already tidied the way the journal stores
    it (so a duplicate is found by plain comparison), ``created`` timezone-aware."""

    created: datetime
    title: str
    body: str
    tags: tuple[str, ...]
    flagged: bool
    source_ref: str  # where it came from, for messages: "entry 12", "2021-03.txt, day 4"


@dataclass(frozen=True)
class Skipped:
    """Something left out: one sentence with its count, e.g. "3 photos left out", and
    what it is made of (a ``SKIP_WORDS`` kind, where the first one was) for the window
    to say in its own language."""

    count: int
    text: str
    kind: str = ""
    where: str = ""


def plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


@dataclass
class Tally:
    """What a reader left out, and the decisions a person should know about.

    ``skip(kind, where)`` counts one item of a kind and keeps where the first was, so
    the plan can say "2 entries had no date I could read (the first: entry 7)".
    """

    counts: Counter[str] = field(default_factory=Counter)
    first: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # whole files left out, one sentence each

    def skip(self, kind: str, where: str = "", count: int = 1) -> None:
        if count <= 0:
            return
        self.counts[kind] += count
        if where and kind not in self.first:
            self.first[kind] = where

    def note(self, sentence: str) -> None:
        if sentence not in self.notes:
            self.notes.append(sentence)

    def skipped(self) -> tuple[Skipped, ...]:
        result = []
        for kind, count in self.counts.items():
            one, many = SKIP_WORDS.get(kind, ("item left out", "items left out"))
            text = plural(count, one, many)
            if kind in self.first:
                where = self.first[kind]
                text += f" ({where})" if count == 1 else f" (the first: {where})"
            text += SKIP_REASONS.get(kind, "")
            result.append(Skipped(count, text + ".", kind, self.first.get(kind, "")))
        return tuple(result)


# How each kind of left-out thing is said, singular and plural (after the count).
SKIP_WORDS: Final = {
    "photo": ("photo or other attachment left out", "photos and other attachments left out"),
    "empty": ("entry without text skipped", "entries without text skipped"),
    "no_date": ("entry had no date I could read", "entries had no date I could read"),
    "out_of_range": (
        "entry dated outside 1900 to 2100 left out",
        "entries dated outside 1900 to 2100 left out",
    ),
    "not_entry": ("item was not an entry", "items were not entries"),
    "too_long": ("entry was too long to store", "entries were too long to store"),
    "repeated": (
        "entry appeared twice in the source; the copy was left out",
        "entries appeared twice in the source; the copies were left out",
    ),
    "bad_tag": (
        "tag could not be stored and was left out",
        "tags could not be stored and were left out",
    ),
    "extra_tags": (
        "tag beyond 100 on one entry left out",
        "tags beyond 100 on one entry left out",
    ),
    "unsafe_name": (
        "item in the zip with an unsafe name ignored",
        "items in the zip with unsafe names ignored",
    ),
    "bad_file": ("file could not be read", "files could not be read"),
    "too_big": ("file was too large to read", "files were too large to read"),
    "link": ("link to another place was not followed", "links to other places were not followed"),
    "long_title": ("title was cut to 300 characters", "titles were cut to 300 characters"),
}

# Said after the count and where: why that kind is left out, when it is not plain.
SKIP_REASONS: Final = {"empty": ": Mooring keeps no empty entries"}


@dataclass(frozen=True)
class ImportPlan:
    """What an import will add, before anything is written."""

    format: str
    source: Path
    entries: tuple[ImportedEntry, ...]  # the ones to add: duplicates already removed
    duplicates: int  # entries already in the vault (same moment, title and text)
    found: int  # entries read from the source, before duplicates were removed
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[str, ...] = ()  # decisions: "times without a time zone were taken as local"
    problems: tuple[str, ...] = ()  # files left out whole (the other files still import)

    @property
    def first_day(self) -> date | None:
        return min((e.created.date() for e in self.entries), default=None)

    @property
    def last_day(self) -> date | None:
        return max((e.created.date() for e in self.entries), default=None)

    def tags(self) -> list[tuple[str, int]]:
        """Tags on the entries to add, with how many carry each, most used first."""
        counts: Counter[str] = Counter()
        shown: dict[str, str] = {}
        for entry in self.entries:
            for tag in entry.tags:
                key = tag.casefold()
                shown.setdefault(key, tag)
                counts[key] += 1
        return [
            (shown[key], n) for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ]

    def summary(self, max_tags: int = 12) -> list[str]:
        """The plan as short lines for a person (the CLI prints them; the window too)."""
        lines = [f"From {FORMAT_NAMES.get(self.format, self.format)}: {self.source.name}."]
        if self.entries:
            span = f"{self.first_day:%Y-%m-%d}"
            if self.last_day != self.first_day:
                span += f" to {self.last_day:%Y-%m-%d}"
            lines.append(f"{plural(len(self.entries), 'entry', 'entries')} to add, {span}.")
        else:
            lines.append("No new entries to add.")
        if self.duplicates:
            lines.append(
                f"{plural(self.duplicates, 'entry is', 'entries are')} already in your journal"
                " and will not be added again."
            )
        tags = self.tags()
        if tags:
            named = ", ".join(tag for tag, _ in tags[:max_tags])
            more = f" and {len(tags) - max_tags:,} more" if len(tags) > max_tags else ""
            lines.append(f"Tags: {named}{more}.")
        lines.extend(self.problems)
        lines.extend(s.text for s in self.skipped)
        lines.extend(self.notes)
        return lines
