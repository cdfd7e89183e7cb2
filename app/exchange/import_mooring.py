"""Reading a full export (Mooring-JSON, docs/export-format.md) back into a vault.

The file is read as a stream, record by record, never whole: its size is checked
first (MAX_IMPORT_BYTES), and one record may be at most MAX_RECORD_CHARS long. Each
module puts its own records back through its ``restore`` hook (journal entries merge,
check-ins merge by day, other modules only go into a vault that has none of theirs).

``read_summary`` does the whole import inside a transaction and rolls it back, so the
person sees exactly what would be added and left out before anything is written;
``import_mooring`` then does it again for real, in one transaction: all or nothing.
Every failure is one sentence naming the file (ImportFailed) and leaves the vault as
it was.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final, TextIO

from app.exchange.export_json import FORMAT_NAME, FORMAT_VERSION

# One "stopped, nothing kept" for every import, so callers catch one class.
from app.exchange.importers.model import ImportCancelled as ImportCancelled
from app.platform.changes import Changes, OpResult
from app.platform.contributions import ExportRecord, RestoreContext, RestoreError, RestoreResult
from app.platform.module import FeatureModule
from app.platform.registry import feature_modules
from app.platform.sentence import sentence
from app.platform.sql import Connection, transaction

# A sane cap: a 100,000-entry journal with five years of everything else exports to
# well under this. Larger files are refused before a byte is read.
MAX_IMPORT_BYTES: Final = 1024 * 1024 * 1024
MAX_RECORD_CHARS: Final = 128 * 1024 * 1024  # one record (an entry's body may be 20M)
_CHUNK: Final = 1024 * 1024
PROGRESS_EVERY: Final = 500

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportFailed(Exception):
    """The file cannot be imported; the message is one sentence naming it."""


@dataclass(frozen=True)
class ModuleSummary:
    id: str
    title: str
    in_file: int
    added: int
    skipped: int
    note: str = ""  # one English sentence when the module left its records out


@dataclass(frozen=True)
class ImportSummary:
    """What an import adds (or would add): per module, and the days the file covers."""

    path: Path
    app_version: str
    exported_at: str
    modules: tuple[ModuleSummary, ...] = ()
    first_day: date | None = None
    last_day: date | None = None

    @property
    def in_file(self) -> int:
        return sum(m.in_file for m in self.modules)

    @property
    def added(self) -> int:
        return sum(m.added for m in self.modules)

    @property
    def duplicates(self) -> int:
        """Records left out because the vault has them already (entries, check-ins)."""
        return sum(m.skipped for m in self.modules if not m.note)

    def lines(self) -> list[str]:
        """The summary in plain English lines (the CLI prints these)."""
        found = [f"{self.in_file:,} {'item' if self.in_file == 1 else 'items'} in {self.path.name}"]
        if self.first_day is not None and self.last_day is not None:
            found[0] += f", from {self.first_day.isoformat()} to {self.last_day.isoformat()}"
        found[0] += "."
        for module in self.modules:
            if not module.in_file:
                continue  # a part with nothing in the file has nothing to say
            line = f"{module.title}: {module.in_file:,} in the file, {module.added:,} to add"
            if module.skipped and not module.note:
                line += f", {module.skipped:,} already here"
            found.append(line + (f". {module.note}" if module.note else "."))
        return found


def read_summary(
    connection: Connection,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """What importing ``path`` would do, found by doing it and rolling it back."""
    return _run(connection, path, commit=False, progress=progress, cancelled=cancelled)


def import_mooring(
    connection: Connection,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    expected: int = 0,
) -> ImportSummary:
    """Import ``path`` in one transaction. ``expected`` (the summary's ``in_file``)
    is the total progress counts to. Raises ImportFailed or ImportCancelled; then
    nothing in the vault has changed."""
    return _run(
        connection, path, commit=True, progress=progress, cancelled=cancelled, total=expected
    )


def import_mooring_op(
    connection: Connection,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    expected: int = 0,
) -> OpResult[ImportSummary]:
    """``import_mooring`` as an operation for the window (Session.run_op): what changed
    is every topic of each module that added something."""
    summary = import_mooring(
        connection, path, progress=progress, cancelled=cancelled, expected=expected
    )
    added = {m.id for m in summary.modules if m.added}
    topics = [t for m in feature_modules() if m.id in added for t in m.topics]
    return OpResult(summary, Changes.of(*topics))


def is_mooring_export(source: Path) -> bool:
    """True for a file whose first bytes name Mooring's export format (the header
    comes first in every export, docs/export-format.md)."""
    if not source.is_file():
        return False
    try:
        with source.open("rb") as file:
            start = file.read(4096)
    except OSError:
        return False
    return f'"{FORMAT_NAME}"'.encode() in start


def _run(
    connection: Connection,
    path: Path,
    *,
    commit: bool,
    progress: Progress | None,
    cancelled: Cancelled | None,
    total: int = 0,
) -> ImportSummary:
    _check_file(path)
    modules = {m.id: m for m in feature_modules()}
    try:
        stream = open(path, encoding="utf-8", newline="")  # noqa: SIM115 (closed below)
    except OSError as error:
        raise ImportFailed(
            sentence("{path} could not be read ({strerror}).", path=path, strerror=error.strerror)
        ) from None
    try:
        reader = _Reader(stream, path)
        counter = _Counter(progress, cancelled, total)
        context = RestoreContext(dry_run=not commit)
        summaries: list[ModuleSummary] = []
        days = _Days()
        try:
            with transaction(connection):
                header = reader.header()
                for module_id, records in reader.modules():
                    module = modules.get(module_id)
                    if module is None or module.restore is None:
                        raise ImportFailed(
                            sentence(
                                "{name} has records of a part this Mooring doesn't know ({module_id}); "
                                "update Mooring to import it.",
                                name=path.name,
                                module_id=module_id[:40],
                            )
                        )
                    if any(s.id == module_id for s in summaries):
                        raise ImportFailed(
                            sentence(
                                "{name} lists {module_id} twice.",
                                name=path.name,
                                module_id=module_id,
                            )
                        )
                    seen = _Seen(records, counter, days)
                    result = module.restore(connection, seen, context)
                    seen.drain()
                    summaries.append(_summary_of(module, seen.count, result))
                counter.finish()
                if not commit:
                    raise _DryRun
        except _DryRun:
            pass
        except RestoreError as error:
            raise ImportFailed(
                f"{path.name} could not be imported: {_lower_first(error)}"
            ) from None
    except UnicodeDecodeError:
        raise ImportFailed(
            sentence("{name} is not UTF-8 text, so it is not a Mooring export.", name=path.name)
        ) from None
    except OSError as error:
        raise ImportFailed(
            sentence(
                "{name} could not be read ({strerror}).", name=path.name, strerror=error.strerror
            )
        ) from None
    finally:
        stream.close()
    return ImportSummary(
        path=path,
        app_version=str(header.get("app_version", "")),
        exported_at=str(header.get("exported_at", "")),
        modules=tuple(summaries),
        first_day=days.first,
        last_day=days.last,
    )


class _DryRun(Exception):
    """Rolls the summary's transaction back."""


def _lower_first(error: Exception) -> str:
    text = str(error)
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _summary_of(module: FeatureModule, count: int, result: RestoreResult) -> ModuleSummary:
    return ModuleSummary(
        id=module.id,
        title=module.title,
        in_file=count,
        added=result.added,
        skipped=result.skipped,
        note=result.note,
    )


def _check_file(path: Path) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportFailed(sentence("{path} does not exist.", path=path)) from None
    except OSError as error:
        raise ImportFailed(
            sentence("{path} could not be read ({strerror}).", path=path, strerror=error.strerror)
        ) from None
    if path.is_dir():
        raise ImportFailed(sentence("{path} is a folder; choose the export file.", path=path))
    if size > MAX_IMPORT_BYTES:
        raise ImportFailed(
            sentence(
                "{name} is larger than {gigabytes} GB, more than Mooring imports at once.",
                name=path.name,
                gigabytes=MAX_IMPORT_BYTES // 1024**3,
            )
        )
    if not os.access(path, os.R_OK):
        raise ImportFailed(sentence("{path} cannot be read.", path=path))


class _Counter:
    """Progress and cancel, every PROGRESS_EVERY records."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None, total: int):
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._total = total

    def tick(self) -> None:
        self.done += 1
        if self.done % PROGRESS_EVERY == 0:
            self._check()

    def _check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled("The import was stopped; nothing was changed.")
        if self._progress is not None:
            self._progress(self.done, max(self._total, self.done))

    def finish(self) -> None:
        self._check()


class _Days:
    """The first and last day the file's entries and check-ins cover."""

    def __init__(self) -> None:
        self.first: date | None = None
        self.last: date | None = None

    def see(self, record: ExportRecord) -> None:
        value = record.data.get("created") or record.data.get("day")
        if record.kind not in ("entry", "checkin") or not isinstance(value, str):
            return
        try:
            day = (
                datetime.fromisoformat(value).date() if "T" in value else date.fromisoformat(value)
            )
        except ValueError:
            return  # the module's restore refuses it with its own sentence
        self.first = day if self.first is None else min(self.first, day)
        self.last = day if self.last is None else max(self.last, day)


class _Seen(Iterator[ExportRecord]):
    """A module's records as the restore hook reads them, counted on the way."""

    def __init__(self, records: Iterator[ExportRecord], counter: _Counter, days: _Days):
        self._records = records
        self._counter = counter
        self._days = days
        self.count = 0

    def __next__(self) -> ExportRecord:
        record = next(self._records)
        self.count += 1
        self._counter.tick()
        self._days.see(record)
        return record

    def drain(self) -> None:
        for _ in self:
            pass


_WHITESPACE: Final = frozenset(" \t\r\n")


class _Reader:
    """A pull reader for the export's outline (object, modules, records), decoding each
    record with ``json`` as it comes: memory holds one record, not the file.

    It relies on what docs/export-format.md promises: the header fields come before
    ``modules``, and a module's ``id`` before its ``records``.
    """

    def __init__(self, stream: TextIO, path: Path) -> None:
        self._stream = stream
        self._path = path
        self._buffer = ""
        self._pos = 0
        self._eof = False
        self._lines_before = 0  # newlines in text already dropped from the buffer
        self._column_before = 0  # characters after the last dropped newline
        self._decoder = json.JSONDecoder()

    # ----- the outline -------------------------------------------------------------

    def header(self) -> dict[str, Any]:
        self._expect("{", "a Mooring export begins with {")
        header: dict[str, Any] = {}
        while True:
            key = self._key(first=not header)
            if key is None:
                raise self._shape("it has no modules")
            if key == "modules":
                self._check_header(header)
                self._expect("[", "modules is a list")
                return header
            header[key] = self._value()

    def _check_header(self, header: dict[str, Any]) -> None:
        if header.get("format") != FORMAT_NAME:
            raise self._shape("its format is not mooring-export")
        version = header.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise self._shape("it has no format version")
        if version > FORMAT_VERSION:
            raise ImportFailed(
                sentence(
                    "{name} was made by a newer Mooring (format version {version}); update "
                    "Mooring to import it.",
                    name=self._path.name,
                    version=version,
                )
            )

    def modules(self) -> Iterator[tuple[str, Iterator[ExportRecord]]]:
        first = True
        while self._list_item(first):
            first = False
            self._expect("{", "each module is an object")
            module_id: str | None = None
            has_records = False
            key_first = True
            while (key := self._key(first=key_first)) is not None:
                key_first = False
                if key == "records":
                    if module_id is None:
                        raise self._shape("a module's records come before its id")
                    self._expect("[", "records is a list")
                    records = self._records(module_id)
                    yield module_id, records
                    for _ in records:  # what the module did not read
                        pass
                    has_records = True
                elif key == "id":
                    value = self._value()
                    if not isinstance(value, str) or not value:
                        raise self._shape("a module's id is not text")
                    module_id = value
                else:
                    self._value()
            if module_id is None or not has_records:
                raise self._shape("a module has no id or no records")
        self._expect("}", "the document ends after modules")
        self._skip()
        if self._peek() != "":
            raise self._syntax("there is more after the end of the document")

    def _records(self, module_id: str) -> Iterator[ExportRecord]:
        first = True
        while self._list_item(first):
            first = False
            value = self._value()
            if not isinstance(value, dict):
                raise self._shape("a record is not an object")
            kind, data = value.get("kind"), value.get("data")
            if not isinstance(kind, str) or not isinstance(data, dict):
                raise self._shape("a record has no kind or data")
            yield ExportRecord(module=module_id, kind=kind, data=data)

    # ----- tokens --------------------------------------------------------------------

    def _key(self, *, first: bool) -> str | None:
        """The next key of an object, or None at its end."""
        self._skip()
        char = self._peek()
        if char == "}":
            self._pos += 1
            return None
        if not first:
            if char != ",":
                raise self._syntax("expected , or }")
            self._pos += 1
        key = self._value()
        if not isinstance(key, str):
            raise self._syntax("expected a key in quotes")
        self._expect(":", "expected :")
        return key

    def _list_item(self, first: bool) -> bool:
        """True when another item of a list follows (its comma eaten)."""
        self._skip()
        char = self._peek()
        if char == "]":
            self._pos += 1
            return False
        if not first:
            if char != ",":
                raise self._syntax("expected , or ]")
            self._pos += 1
        return True

    def _expect(self, char: str, what: str) -> None:
        self._skip()
        if self._peek() != char:
            raise self._syntax(what) if self._peek() == "" or char == ":" else self._shape(what)
        self._pos += 1

    def _value(self) -> Any:
        self._skip()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buffer, self._pos)
            except json.JSONDecodeError as error:
                # A value cut by the end of the buffer: read on, unless the file ended
                # (truncated or malformed) or one record grew past the cap.
                if self._eof or len(self._buffer) - self._pos > MAX_RECORD_CHARS:
                    raise self._syntax(error.msg.lower(), error.pos) from None
                self._more(len(self._buffer) - self._pos)
                continue
            if (
                end == len(self._buffer)
                and not self._eof
                and not isinstance(value, dict | list | str)
            ):
                self._more(_CHUNK)  # a number or word may go on in the next chunk
                continue
            self._pos = end
            return value

    def _skip(self) -> None:
        while True:
            while self._pos < len(self._buffer) and self._buffer[self._pos] in _WHITESPACE:
                self._pos += 1
            if self._pos < len(self._buffer) or self._eof:
                return
            self._more(_CHUNK)

    def _peek(self) -> str:
        if self._pos >= len(self._buffer) and not self._eof:
            self._more(_CHUNK)
        return self._buffer[self._pos : self._pos + 1]

    def _more(self, at_least: int) -> None:
        """Read on (keeping only the text from the current position)."""
        if self._pos > 0:
            dropped = self._buffer[: self._pos]
            newlines = dropped.count("\n")
            if newlines:
                self._lines_before += newlines
                self._column_before = len(dropped) - dropped.rfind("\n") - 1
            else:
                self._column_before += len(dropped)
            self._buffer = self._buffer[self._pos :]
            self._pos = 0
        chunk = self._stream.read(max(_CHUNK, at_least))
        if not chunk:
            self._eof = True
        self._buffer += chunk

    # ----- errors --------------------------------------------------------------------

    def _where(self, at: int) -> tuple[int, int]:
        text = self._buffer[:at]
        newlines = text.count("\n")
        if newlines:
            return self._lines_before + newlines + 1, len(text) - text.rfind("\n")
        return self._lines_before + 1, self._column_before + len(text) + 1

    def _syntax(self, what: str, at: int | None = None) -> ImportFailed:
        at = self._pos if at is None else at
        # A string left open runs to the end (a raw line break would have stopped it
        # sooner), so it, like running out after the last value, means a cut file.
        if self._eof and (at >= len(self._buffer.rstrip()) or what.startswith("unterminated")):
            line, column = self._where(len(self._buffer))
            return ImportFailed(
                f"{self._path.name} ends too soon (line {line}, column {column}); it may be"
                " cut short."
            )
        line, column = self._where(at)
        return ImportFailed(
            f"{self._path.name} is not valid JSON at line {line}, column {column} ({what})."
        )

    def _shape(self, what: str) -> ImportFailed:
        return ImportFailed(f"{self._path.name} is not a Mooring export: {what}.")
