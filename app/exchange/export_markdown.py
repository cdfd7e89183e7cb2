"""The whole vault as a folder of Markdown files, to read with any editor.

Layout, inside the folder the person picks (created new; an existing one must be
empty unless ``into_existing``):

- ``journal/YYYY-MM-DD-slug.md``: one file per journal entry (entries in the trash
  are left out; the JSON export keeps them), a small front matter (date, title, tags,
  bring_to_therapy; YAML double-quoted, so any title is safe), then the body as written.
- ``<module>.md``: one file per other module, its records as tables, one per kind.

File names never come from the person's text unfiltered: the slug keeps only ASCII
letters and digits joined by "-", after a date, so no "/", "..", control character
or reserved Windows name can appear. Files are written straight into the folder
(``output.open_new_file``: no temporary files); on a failure or a cancel every file
written so far is removed, and the folder too if this export made it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final

from app.exchange.export_json import (
    PROGRESS_EVERY,
    ExportCancelled,
    count_records,
    read_snapshot,
)
from app.exchange.markdown import escape_inline
from app.exchange.output import OutputError, open_new_file, sync_files
from app.platform.contributions import ExportRecord, JsonValue
from app.platform.module import FeatureModule
from app.platform.registry import feature_modules
from app.platform.sentence import sentence
from app.platform.sql import Connection

JOURNAL_FOLDER: Final = "journal"
SLUG_CHARS: Final = 50
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{n}" for n in range(1, 10)}
    | {f"lpt{n}" for n in range(1, 10)}
)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SAFE_NAME = re.compile(r"[a-z0-9][a-z0-9.-]*")
_YAML_BREAKS = {"\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P", "\ufeff": "\\uFEFF"}

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class MarkdownSummary:
    folder: Path
    entries: int  # entry files written
    files: int  # every file written


def slug(title: str) -> str:
    """ASCII letters and digits of ``title`` joined by "-", at most SLUG_CHARS long;
    "entry" when nothing is left."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words = _NOT_SLUG.sub("-", plain.lower()).strip("-")
    cut = words[:SLUG_CHARS].rstrip("-")
    return cut or "entry"


def safe_file_name(name: str) -> bool:
    """True for a name that stays in its folder on every system Mooring runs on."""
    stem = name.split(".", 1)[0]
    return bool(_SAFE_NAME.fullmatch(name)) and ".." not in name and stem not in _RESERVED


def yaml_text(value: str) -> str:
    """``value`` as a YAML double-quoted scalar (JSON's escapes are YAML's; the line
    breaks YAML knows beyond JSON's are escaped too)."""
    quoted = json.dumps(value, ensure_ascii=False)
    for char, escaped in _YAML_BREAKS.items():
        quoted = quoted.replace(char, escaped)
    return quoted


def export_markdown(
    connection: Connection,
    folder: Path,
    *,
    into_existing: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> MarkdownSummary:
    """Write the vault as Markdown files into ``folder``. Raises OutputError (one
    sentence) or ExportCancelled; either way nothing written is left behind."""
    made = _prepare_folder(folder, into_existing)
    writer = _Writer(folder, into_existing, progress, cancelled)
    try:
        with read_snapshot(connection):
            modules = tuple(m for m in feature_modules() if m.export is not None)
            writer.total = sum(count_records(connection, modules).values())
            for module in modules:
                assert module.export is not None
                records = module.export(connection)
                if module.id == "journal":
                    writer.entries(records)
                else:
                    writer.module_file(module, records)
            writer.check()
        try:
            sync_files(writer.written)
        except OSError as error:
            raise OutputError(
                sentence(
                    "The files could not be saved to the disk ({strerror}).",
                    strerror=error.strerror,
                )
            ) from None
    except BaseException:
        writer.remove_written()
        for made_folder in reversed(made + writer.made):
            with contextlib.suppress(OSError):
                made_folder.rmdir()
        raise
    return MarkdownSummary(folder=folder, entries=writer.entry_count, files=len(writer.written))


def _prepare_folder(folder: Path, into_existing: bool) -> list[Path]:
    """Check (or make) the folder; returns the folders this export made."""
    if folder.exists():
        if not folder.is_dir():
            raise OutputError(sentence("{folder} is a file; choose a folder.", folder=folder))
        if any(folder.iterdir()) and not into_existing:
            raise OutputError(
                sentence(
                    "The folder {folder} is not empty; choose an empty or new folder.",
                    folder=folder,
                )
            )
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputError(sentence("The folder {folder} cannot be written to.", folder=folder))
        return []
    parent = folder.parent
    if not parent.is_dir():
        raise OutputError(sentence("The folder {parent} does not exist.", parent=parent))
    try:
        folder.mkdir(mode=0o700)
    except OSError as error:
        raise OutputError(
            sentence(
                "The folder {folder} could not be made ({reason}).",
                folder=folder,
                reason=error.strerror or "unknown error",
            )
        ) from None
    return [folder]


class _Writer:
    def __init__(
        self,
        folder: Path,
        overwrite: bool,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        self.folder = folder
        self.overwrite = overwrite
        self.progress = progress
        self.cancelled = cancelled
        self.written: list[Path] = []
        self.made: list[Path] = []
        self.total = 0
        self.done = 0
        self.entry_count = 0

    def tick(self) -> None:
        self.done += 1
        if self.done % PROGRESS_EVERY == 0:
            self.check()

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled("The export was stopped; no files were kept.")
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done))

    def _open(self, path: Path) -> contextlib.AbstractContextManager[BinaryIO]:
        if not safe_file_name(path.name):  # never happens with the names made here
            raise OutputError(sentence("{name} is not a safe file name.", name=path.name))
        self.written.append(path)
        return open_new_file(path, self.overwrite, sync=False)

    def remove_written(self) -> None:
        for path in self.written:
            with contextlib.suppress(OSError):
                path.unlink()

    # ----- the journal -----------------------------------------------------------------

    def entries(self, records: Iterable[ExportRecord]) -> None:
        entries = self.folder / JOURNAL_FOLDER
        used: set[str] = set()
        for record in records:
            self.tick()
            data = record.data
            if record.kind != "entry" or data.get("deleted_at") is not None:
                continue
            if not entries.exists():
                try:
                    entries.mkdir(mode=0o700)
                except OSError as error:
                    raise OutputError(
                        sentence(
                            "The folder {entries} could not be made ({strerror}).",
                            entries=entries,
                            strerror=error.strerror,
                        )
                    ) from None
                self.made.append(entries)
            created = str(data.get("created", ""))[:10]
            day = created if _DAY.fullmatch(created) else "undated"
            name = _unique(f"{day}-{slug(str(data.get('title', '') or ''))}", used)
            with self._open(entries / name) as stream:
                stream.write(_entry_text(data).encode("utf-8", "surrogatepass"))
            self.entry_count += 1

    # ----- other modules ---------------------------------------------------------------

    def module_file(self, module: FeatureModule, records: Iterable[ExportRecord]) -> None:
        path = self.folder / f"{module.id}.md"
        with self._open(path) as stream:
            stream.write(f"# {escape_inline(module.title)}\n".encode())
            columns: tuple[str, ...] = ()
            kind = ""
            rows = 0
            for record in records:
                self.tick()
                keys = tuple(record.data)
                if record.kind != kind or keys != columns:
                    kind, columns = record.kind, keys
                    stream.write(_table_head(kind, columns).encode())
                stream.write(_table_row(record.data, columns).encode("utf-8", "surrogatepass"))
                rows += 1
            if rows == 0:
                stream.write(b"\nNothing here yet.\n")


def _unique(stem: str, used: set[str]) -> str:
    name, number = f"{stem}.md", 1
    while name in used:
        number += 1
        name = f"{stem}-{number}.md"
    used.add(name)
    return name


def _entry_text(data: Mapping[str, JsonValue]) -> str:
    tags = data.get("tags") or []
    tag_list = ", ".join(yaml_text(str(tag)) for tag in tags) if isinstance(tags, list) else ""
    body = str(data.get("body", "") or "").replace("\r\n", "\n").replace("\r", "\n")
    lines = [
        "---",
        f"date: {yaml_text(str(data.get('created', '')))}",
        f"title: {yaml_text(str(data.get('title', '') or ''))}",
        f"tags: [{tag_list}]",
        f"bring_to_therapy: {'true' if data.get('bring_to_therapy') else 'false'}",
        "---",
        "",
        body,
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


def _table_head(kind: str, columns: tuple[str, ...]) -> str:
    names = [escape_inline(column.replace("_", " ")) for column in columns]
    return (
        f"\n## {escape_inline(kind.replace('_', ' '))}\n\n"
        f"| {' | '.join(names)} |\n|{'---|' * len(columns)}\n"
    )


def _cell(value: JsonValue) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        text = value
    elif isinstance(value, int | float):
        text = str(value)
    else:
        text = json.dumps(value, ensure_ascii=False)
    text = _CONTROL.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "<br>".join(escape_inline(line) for line in text.split("\n"))


def _table_row(data: Mapping[str, JsonValue], columns: tuple[str, ...]) -> str:
    return f"| {' | '.join(_cell(data.get(column)) for column in columns)} |\n"
