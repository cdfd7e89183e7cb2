"""What modules give the shared views: timeline items, packet sections, export records.

These are plain values with no Qt and no formatting: the timeline, the therapist
packet and the full export (later modules) decide how they look. Everything here is
content from the vault, so none of it may be logged or kept once the vault locks.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.platform.sentence import sentence
from app.platform.wording import Wording

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
# (connection, first day, last day, wording): the sections, their sentences and days
# written with the wording (app/platform/wording.py).
PacketSource = Callable[[Connection, date, date, Wording], Sequence[PacketSection]]
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


# ----- restoring a full export (Mooring-JSON import) ------------------------------------


class RestoreError(Exception):
    """A record in the file cannot go into the vault; one sentence for the person."""


@dataclass
class RestoreContext:
    """What one import shares across modules while it runs: the id each record got in
    this vault, by ``(module, kind)`` and the id it had in the file, so a module whose
    records point at another's (a session's linked journal entries) can follow them."""

    ids: dict[tuple[str, str], dict[int, int]] = field(default_factory=dict)
    # True while finding the summary: everything is rolled back afterwards, so work
    # that matters only once committed (filling the search index) may be skipped.
    dry_run: bool = False

    def remember(self, module: str, kind: str, old: int, new: int) -> None:
        self.ids.setdefault((module, kind), {})[old] = new

    def new_id(self, module: str, kind: str, old: int) -> int | None:
        return self.ids.get((module, kind), {}).get(old)


@dataclass(frozen=True)
class RestoreResult:
    """What a module did with its records from the file.

    ``skipped``: records it left out as already there (duplicates) or, with ``note``,
    all of them because the vault already held records of the module. ``note`` is one
    English sentence for the summary, or "".
    """

    added: int
    skipped: int = 0
    note: str = ""


RestoreSource = Callable[[Connection, Iterable[ExportRecord], RestoreContext], RestoreResult]
CountSource = Callable[[Connection], int]

# A date at the start of a text value ("2024-03-10", "2024-03-10T09:00:00+01:00");
# five-digit and signed years too, so they can be refused.
_DATE_LIKE = re.compile(r"[+-]?(\d{4,})-(\d\d)-(\d\d)(?:$|[T ])")
# The columns that hold days and moments, by the names every module uses for them.
_DATE_COLUMN = re.compile(
    r"^(created|edited|updated|start|started|finished|happened|taken|added|saved|day)$"
    r"|_(day|at|utc)$"
)
_EARLIEST_YEAR = 1900
_LATEST_YEAR = 2100


def check_date_text(value: str, module: str, kind: str, column: str) -> None:
    """Refuse a date-like text outside 1900..2100 or not a calendar date (RestoreError)."""
    found = _DATE_LIKE.match(value)
    if found is None:
        return
    problem = f"a {kind} record of {module} has a date in {column} that is out of range"
    if value[0] in "+-":
        raise RestoreError(problem + f" (Mooring keeps {_EARLIEST_YEAR}\u2013{_LATEST_YEAR}).")
    year, month, day = (int(part) for part in found.groups())
    if not _EARLIEST_YEAR <= year <= _LATEST_YEAR:
        raise RestoreError(problem + f" (Mooring keeps {_EARLIEST_YEAR}\u2013{_LATEST_YEAR}).")
    try:
        date(year, month, day)
    except ValueError:
        raise RestoreError(problem + " (not a calendar date).") from None


def count_tables(connection: Connection, tables: Sequence[tuple[str, str]]) -> int:
    """How many rows ``export_tables`` gives for these tables (the export's count)."""
    total = 0
    for table, _order in tables:
        total += int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    return total


def _columns(connection: Connection, table: str) -> frozenset[str]:
    return frozenset(str(row[1]) for row in connection.execute(f"PRAGMA table_info({table})"))


def restore_tables(
    connection: Connection,
    module: str,
    tables: Sequence[tuple[str, str]],
    records: Iterable[ExportRecord],
    context: RestoreContext,
    *,
    settings: frozenset[str] = frozenset(),
    json_columns: frozenset[str] = frozenset(),
    links: Mapping[tuple[str, str], tuple[str, str]] | None = None,
    kinds: Mapping[str, str] | None = None,
    adjust: Callable[[str, dict[str, Any], RestoreContext], None] | None = None,
) -> RestoreResult:
    """Put back the rows ``export_tables`` wrote, with their own ids (the inverse).

    Only into a module that holds nothing yet (its ``settings`` tables aside: those
    rows replace the vault's); otherwise nothing is added and the result says so, as
    ids inside the module point at each other and mixing two sets would break them.
    Every row's ``id`` is remembered in ``context`` as ``(module, table)``.
    ``json_columns`` were written as JSON values and go back as JSON text. ``links``
    maps ``(table, column)`` to the ``(module, kind)`` whose ids in this vault it
    holds (another module's records, restored earlier); pointing at a record not in
    this vault, the column becomes NULL, or the row is left out when the column
    cannot be empty (a pure link). ``kinds`` names the table of a record kind that
    is not its table's name; ``adjust(table, row, context)`` may change a row
    before it is written (soft references). Runs inside the caller's transaction;
    a record that does not fit raises RestoreError.
    """
    pending = iter(records)
    first = next(pending, None)
    if first is None:
        return RestoreResult(added=0)
    kept = [(table, order) for table, order in tables if table not in settings]
    if count_tables(connection, kept):
        return RestoreResult(
            added=0,
            skipped=1 + sum(1 for _ in pending),
            note=sentence("This vault already has its own, so the file's were left out."),
        )
    columns = {table: _columns(connection, table) for table, _order in tables}
    required = {table: _required(connection, table) for table, _order in tables}
    added = skipped = 0
    for record in itertools.chain((first,), pending):
        table = (kinds or {}).get(record.kind, record.kind)
        if table not in columns:
            raise RestoreError(
                sentence("The file has a {module} record of an unknown kind.", module=module)
            )
        row: dict[str, Any] = {}
        for name, value in record.data.items():
            if name not in columns[table]:
                raise RestoreError(
                    sentence(
                        "A {table} record of {module} has a field this vault lacks.",
                        table=table,
                        module=module,
                    )
                )
            row[name] = _stored(value, module, table, name, name in json_columns)
        if not _follow_links(row, table, links or {}, required[table], context):
            skipped += 1
            continue
        if adjust is not None:
            adjust(table, row, context)
        if table in settings and _has_row(connection, table, row):
            skipped += 1  # the same setting is here already
            continue
        names = ", ".join(f'"{name}"' for name in row)
        marks = ", ".join("?" for _ in row)
        verb = "INSERT OR REPLACE" if table in settings else "INSERT"
        try:
            connection.execute(
                f"{verb} INTO {table} ({names}) VALUES ({marks})", tuple(row.values())
            )
        except Exception as error:  # sqlcipher3 errors: a row the table refuses
            raise RestoreError(
                sentence(
                    "A {table} record of {module} does not fit this vault ({error}).",
                    table=table,
                    module=module,
                    error=error,
                )
            ) from None
        if isinstance(row.get("id"), int):
            context.remember(module, table, row["id"], row["id"])
        added += 1
    return RestoreResult(added=added, skipped=skipped)


def _follow_links(
    row: dict[str, Any],
    table: str,
    links: Mapping[tuple[str, str], tuple[str, str]],
    required: frozenset[str],
    context: RestoreContext,
) -> bool:
    """Point ``row``'s links at ids in this vault; False when a required one cannot be."""
    for (link_table, column), (other, kind) in links.items():
        if link_table != table or row.get(column) is None:
            continue
        old = row[column]
        row[column] = context.new_id(other, kind, old) if isinstance(old, int) else None
        if row[column] is None and column in required:
            return False
    return True


def _required(connection: Connection, table: str) -> frozenset[str]:
    return frozenset(
        str(row[1]) for row in connection.execute(f"PRAGMA table_info({table})") if row[3]
    )


def _has_row(connection: Connection, table: str, row: Mapping[str, Any]) -> bool:
    where = " AND ".join(f'"{name}" IS ?' for name in row)
    found = connection.execute(f"SELECT 1 FROM {table} WHERE {where}", tuple(row.values()))
    return found.fetchone() is not None


def _stored(value: JsonValue, module: str, table: str, column: str, as_json: bool) -> Any:
    if as_json:
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        if _DATE_COLUMN.search(column):  # only dates: a note may start with any text
            check_date_text(value, module, table, column)
        return value
    if value is None or isinstance(value, int | float):
        return value
    raise RestoreError(
        sentence(
            "A {table} record of {module} has a list or object in {column}.",
            table=table,
            module=module,
            column=column,
        )
    )
