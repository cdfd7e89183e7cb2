"""The full export: every module's records, whole, as one JSON document (format 1).

The document is written as it is read (record by record, straight into the chosen
file through ``output.open_new_file``), so memory does not grow with the vault; a
failure or a cancel removes the partial file. docs/export-format.md describes the
format for anyone who wants to read it without Mooring.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import BinaryIO, Final

from app.exchange.output import open_new_file
from app.platform.contributions import ExportRecord
from app.platform.module import FeatureModule
from app.platform.registry import feature_modules
from app.platform.sql import Connection

FORMAT_NAME: Final = "mooring-export"
FORMAT_VERSION: Final = 1
# How often (in records) progress is told and a cancel is looked for.
PROGRESS_EVERY: Final = 500

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The person stopped the export; the partial file is gone."""


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    records: dict[str, int] = field(default_factory=dict)  # per module id

    @property
    def total(self) -> int:
        return sum(self.records.values())


def app_version() -> str:
    try:
        return metadata.version("mooring")
    except metadata.PackageNotFoundError:
        return "unknown"


def schema_version(connection: Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def count_records(connection: Connection, modules: tuple[FeatureModule, ...]) -> dict[str, int]:
    """How many records each module's export gives (asked before writing, for progress)."""
    counts: dict[str, int] = {}
    for module in modules:
        if module.export is None:
            continue
        counts[module.id] = module.export_count(connection) if module.export_count else 0
    return counts


@contextmanager
def read_snapshot(connection: Connection) -> Iterator[None]:
    """Every module read at one moment (one read transaction), unless the caller has
    a transaction open already. Nothing is written, so it ends in a rollback."""
    if connection.in_transaction:
        yield
        return
    connection.execute("BEGIN")
    try:
        yield
    finally:
        connection.execute("ROLLBACK")


def _dumps(value: object) -> bytes:
    # ensure_ascii=False keeps the person's words readable; the file is UTF-8.
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": ")).encode(
        "utf-8", "surrogatepass"
    )


def export_json(
    connection: Connection,
    path: Path,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    now: datetime | None = None,
) -> ExportSummary:
    """Write the whole vault to ``path`` as format 1. Raises OutputError (one sentence)
    when the file cannot be written and ExportCancelled when ``cancelled()`` turns
    true; either way no file is left behind (an existing one is never touched without
    ``overwrite``)."""
    modules = tuple(m for m in feature_modules() if m.export is not None)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    with read_snapshot(connection):
        counts = count_records(connection, modules)
        total = sum(counts.values())
        with open_new_file(path, overwrite) as stream:
            done = _write_document(connection, stream, modules, moment, total, progress, cancelled)
    if progress is not None:
        progress(sum(done.values()), max(total, sum(done.values())))
    return ExportSummary(path=path, records=done)


def _write_document(
    connection: Connection,
    stream: BinaryIO,
    modules: tuple[FeatureModule, ...],
    moment: datetime,
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> dict[str, int]:
    header = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": app_version(),
        "exported_at": moment.isoformat(timespec="seconds"),
        "schema_version": schema_version(connection),
    }
    stream.write(_dumps(header)[:-1] + b', "modules": [\n')
    done: dict[str, int] = {}
    written = 0
    for index, module in enumerate(modules):
        assert module.export is not None
        opening = _dumps({"id": module.id, "title": module.title})[:-1]
        stream.write((b",\n" if index else b"") + opening + b', "records": [\n')
        count = 0
        for record in module.export(connection):
            stream.write((b",\n" if count else b"") + _record_bytes(record))
            count += 1
            written += 1
            if written % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ExportCancelled("The export was stopped; no file was kept.")
                if progress is not None:
                    progress(written, max(total, written))
        stream.write(b"\n]}")
        done[module.id] = count
    stream.write(b"\n]}\n")
    if cancelled is not None and cancelled():
        raise ExportCancelled("The export was stopped; no file was kept.")
    return done


def _record_bytes(record: ExportRecord) -> bytes:
    return _dumps({"kind": record.kind, "data": record.data})
