"""What modules give the shared views: timeline items, packet sections, export records.

These are plain values with no Qt and no formatting: the timeline, the therapist
packet and the full export (later modules) decide how they look. Everything here is
content from the vault, so none of it may be logged or kept once the vault locks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

Connection = Any  # sqlcipher3.dbapi2.Connection

JsonValue = None | bool | int | float | str | Sequence["JsonValue"] | Mapping[str, "JsonValue"]


@dataclass(frozen=True)
class TimelineItem:
    """One thing that happened, for the timeline across modules.

    ``day`` is the local date it belongs to; ``at`` the moment, when it has one (a
    check-in is a day, an entry a moment). ``ref`` finds it again in its module.
    """

    module: str
    kind: str
    ref: str
    day: date
    title: str  # what the person wrote as its title, or "" (the window words the rest)
    at: datetime | None = None
    flagged: bool = False
    # Figures the window shows with its own translated words (scores, a status...).
    values: Mapping[str, JsonValue] = field(default_factory=dict)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the packet. Paragraphs of one section that share a non-empty
    ``item`` are one thing the person can leave out together (an entry's heading and its
    paragraphs); a paragraph without one is an item by itself."""

    text: str
    item: str = ""


@dataclass(frozen=True)
class Table:
    """A table; each row is one thing the person can leave out."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class ChartLine:
    label: str  # an English message id ("Mood"), translated when laid out
    points: tuple[tuple[date, float], ...]


@dataclass(frozen=True)
class Chart:
    """A chart of figures over the period, drawn as vectors where the output allows
    (the PDF, the HTML) and as a table of its points where it does not (Markdown)."""

    title: str  # an English message id
    lines: tuple[ChartLine, ...]
    y_min: float = 0.0
    y_max: float = 10.0
    whole_numbers: bool = False


Block = Paragraph | Table | Chart


@dataclass(frozen=True)
class PacketSection:
    """One section a module offers the therapist packet, for a period.

    Headings and labels are English message ids the window translates when it lays
    the packet out; the values in them are the person's own words and figures.
    """

    id: str  # "module.section", stable so a person's choice can be remembered
    title: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    # One-line figures for the packet's first page ("3 attended, 1 missed"), if any.
    summary: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportRecord:
    """One stored record, whole, for the full export (lossless: every field kept)."""

    module: str
    kind: str
    data: Mapping[str, JsonValue]


@dataclass(frozen=True)
class DemoPlan:
    """What ``mooring demo`` asks every module to fill: the same day, seed and years.

    ``entries`` is for the journal; other modules fill ``years`` years ending on
    ``today`` (and may plan a few weeks after it). ``progress(done, total)`` is called
    by modules with long work (the journal's entries).
    """

    today: date
    entries: int = 1000
    seed: int = 7
    years: int = 1
    force: bool = False
    progress: Callable[[int, int], None] | None = field(default=None, compare=False)


TimelineSource = Callable[[Connection, date, date], Iterable[TimelineItem]]
PacketSource = Callable[[Connection, date, date], Sequence[PacketSection]]
ExportSource = Callable[[Connection], Iterable[ExportRecord]]


def export_tables(
    connection: Connection, module: str, tables: Sequence[tuple[str, str]]
) -> Iterator[ExportRecord]:
    """Every row of each ``(table, order by)`` in turn, column by column (nothing left
    out, the trash included): the export of a module whose tables are its records.
    Table and column names come from the module's own constants, never from input."""
    for table, order in tables:
        cursor = connection.execute(f"SELECT * FROM {table} ORDER BY {order}")
        names = [column[0] for column in cursor.description]
        for row in cursor:
            data: dict[str, JsonValue] = dict(zip(names, row, strict=True))
            yield ExportRecord(module=module, kind=table, data=data)


DemoSource = Callable[[Connection, DemoPlan], int]
