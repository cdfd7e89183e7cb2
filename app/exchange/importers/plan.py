"""Planning an import (read everything, write nothing) and carrying it out.

``plan_import(path, format=None, connection=None)`` reads the source, detects its
format from its content when none is given (and refuses a wrong guess with one
sentence), tidies every entry the way the journal stores it, leaves out what cannot
be stored (each with a reason and a count) and, given the vault's connection, the
entries already in the vault. Nothing is written.

``apply_import(connection, plan, progress, cancelled)`` writes the plan's entries
through the journal's repository in one transaction: all of them or none. It checks
for duplicates again inside the transaction, so applying a plan twice, or importing
the same source twice, adds nothing the second time. A duplicate is an entry with the
same moment (to the microsecond, in UTC), title and text as one in the vault (live or
in the trash) or earlier in the same source; tags and flag don't count.
"""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Final

from app.exchange.importers import dayone, jrnl, markdown, reading, rednotebook
from app.exchange.importers.model import (
    DAYONE,
    FORMAT_NAMES,
    FORMATS,
    JRNL,
    MARKDOWN,
    REDNOTEBOOK,
    ImportCancelled,
    ImportedEntry,
    ImportPlan,
    ImportProblem,
    Tally,
)
from app.journal.entries import EntryRepository
from app.journal.ops import ENTRIES, TAGS
from app.platform import timestamps
from app.platform.changes import Changes, OpResult
from app.platform.errors import UserError
from app.platform.sentence import sentence
from app.platform.sql import Connection, transaction
from app.vault import search_index

Progress = Callable[[int, int], None]  # (entries written, entries in all)
Cancelled = Callable[[], bool]  # asked between batches: True stops and rolls back

PROGRESS_EVERY: Final = 250
# From this many entries, the search index is filled in bulk at the end
# (search_index.indexed_in_bulk).
BULK_FROM: Final = 500
MAX_ENTRIES: Final = 1_000_000

Key = tuple[str, str, str]


def _key(entry: ImportedEntry) -> Key:
    return timestamps.utc_key(entry.created), entry.title, entry.body


def _wrong_guess(path: Path, asked: str, found: str) -> ImportProblem:
    return ImportProblem(
        f"{path.name} looks like {FORMAT_NAMES[found]}, not {FORMAT_NAMES[asked]};"
        f" import it as {found}."
    )


def plan_import(
    path: str | Path, format: str | None = None, connection: Connection | None = None
) -> ImportPlan:
    """What importing ``path`` would add; raises ImportProblem (one sentence) when it
    cannot be imported at all. Reads the source; writes nothing anywhere."""
    source = Path(path)
    if format is not None and format not in FORMATS:
        raise ImportProblem(
            sentence(
                "I don't know the format {format!r}; choose one of {join}.",
                format=format,
                join=", ".join(FORMATS),
            )
        )
    if not source.exists():
        raise ImportProblem(sentence("{source} does not exist.", source=source))
    tally = Tally()
    if source.is_dir():
        chosen, entries = _read_folder(source, format, tally)
    else:
        chosen, entries = _read_file(source, format, tally)
    if len(entries) > MAX_ENTRIES:
        raise ImportProblem(
            sentence(
                "{name} holds more than {max_entries:,} entries; I can't import that many at once.",
                name=source.name,
                max_entries=MAX_ENTRIES,
            )
        )
    unique: list[ImportedEntry] = []
    seen: set[Key] = set()
    # Oldest first, so the journal's ids follow the order the entries were written in.
    entries.sort(key=lambda entry: timestamps.utc_key(entry.created))
    for entry in entries:
        key = _key(entry)
        if key in seen:
            tally.skip("repeated", entry.source_ref)
            continue
        seen.add(key)
        unique.append(entry)
    found = len(unique)
    duplicates = 0
    if connection is not None and unique:
        existing = _existing(connection, unique)
        fresh = [entry for entry in unique if _key(entry) not in existing]
        duplicates = len(unique) - len(fresh)
        unique = fresh
    return ImportPlan(
        format=chosen,
        source=source,
        entries=tuple(unique),
        duplicates=duplicates,
        found=found,
        skipped=tally.skipped(),
        notes=tuple(tally.notes),
        problems=tuple(tally.problems),
    )


def _read_folder(source: Path, format: str | None, tally: Tally) -> tuple[str, list[ImportedEntry]]:
    if format in (JRNL, DAYONE):
        raise ImportProblem(
            sentence(
                "{name} is a folder; {format_names} is one file.",
                name=source.name,
                format_names=FORMAT_NAMES[format],
            )
        )
    is_rednotebook = rednotebook.looks_like(source)
    if format is None:
        # RedNotebook's folder holds month files and its settings, never Markdown files.
        if is_rednotebook and not _has_markdown(source):
            format = REDNOTEBOOK
        elif markdown.looks_like(source):
            format = MARKDOWN
        else:
            raise ImportProblem(
                sentence(
                    "The folder {name} holds no journal I know: no RedNotebook month files "
                    "and no Markdown or text files.",
                    name=source.name,
                )
            )
    elif format == MARKDOWN and is_rednotebook and not _has_markdown(source):
        raise _wrong_guess(source, MARKDOWN, REDNOTEBOOK)
    if format == REDNOTEBOOK:
        return REDNOTEBOOK, rednotebook.read(source, tally)
    return MARKDOWN, markdown.read(source, tally)


def _has_markdown(folder: Path) -> bool:
    return any(p.suffix.lower() in (".md", ".markdown") for p in folder.iterdir() if p.is_file())


def _read_file(source: Path, format: str | None, tally: Tally) -> tuple[str, list[ImportedEntry]]:
    if format == REDNOTEBOOK:
        raise ImportProblem(
            sentence(
                "{name} is a file; a RedNotebook import takes its data folder (the one "
                "holding files like 2024-03.txt).",
                name=source.name,
            )
        )
    # A zip is never read whole (only its directory and its JSON members, with their
    # own caps), so a Day One export full of photos may be any size.
    if _is_zip(source):
        return _read_zip(source, format, tally)
    if source.suffix.lower() == ".zip":
        raise ImportProblem(sentence("{name} is not a zip file I can open.", name=source.name))
    reading.read_size_check(source)
    text, _latin = reading.decode_text(reading.read_bytes(source), source.name)
    stripped = text.lstrip()
    is_json = stripped.startswith(("{", "[")) or source.suffix.lower() == ".json"
    if format == MARKDOWN or (format is None and not is_json):
        if format is None and not markdown.looks_like(source):
            raise ImportProblem(
                sentence(
                    "{name} is not a journal export I know (jrnl or Day One JSON, a Day One "
                    "zip, or a Markdown or text file).",
                    name=source.name,
                )
            )
        if is_json and stripped.startswith("{"):
            guess = _guess_json(_try_json(text))
            if guess is not None:
                raise _wrong_guess(source, MARKDOWN, guess)
        return MARKDOWN, markdown.read(source, tally)
    document = reading.parse_json(text, source.name)
    found = _guess_json(document)
    if format is None:
        if found is None:
            raise ImportProblem(_shape_sentence(source.name, document))
        format = found
    elif found is not None and found != format:
        raise _wrong_guess(source, format, found)
    if format == DAYONE:
        return DAYONE, dayone.read(document, source.name, tally)
    return JRNL, jrnl.read(document, source.name, tally)


def _is_zip(path: Path) -> bool:
    try:
        return zipfile.is_zipfile(path)
    except OSError:
        return False


def _try_json(text: str) -> Any:
    try:
        return reading.parse_json(text, "")
    except ImportProblem:
        return None


def _guess_json(document: Any) -> str | None:
    if dayone.looks_like(document):
        return DAYONE
    if jrnl.looks_like(document):
        return JRNL
    return None


def _shape_sentence(name: str, document: Any) -> str:
    if not isinstance(document, dict):
        kind = "a list" if isinstance(document, list) else "a single value"
        return f'{name} is JSON but not a journal export I know: it is {kind}, not an object with "entries".'
    if "entries" not in document:
        return f'{name} is JSON but not a journal export I know: it has no "entries".'
    return f"{name} is JSON but not a journal export I know: its \"entries\" are not jrnl's or Day One's."


def _read_zip(source: Path, format: str | None, tally: Tally) -> tuple[str, list[ImportedEntry]]:
    if format not in (None, DAYONE):
        raise ImportProblem(
            sentence(
                "{name} is a zip; only a Day One export comes as a zip, so import it as dayone.",
                name=source.name,
            )
        )
    members, unsafe, media = reading.zip_json_members(source)
    tally.skip("unsafe_name", count=unsafe)
    entries: list[ImportedEntry] = []
    journals = 0
    for name, text in members:
        label = f"{name} in {source.name}"
        document = reading.parse_json(text, label)
        if not dayone.looks_like(document):
            tally.problems.append(f"{label} is not a Day One journal; it is left out.")
            continue
        journals += 1
        entries.extend(dayone.read(document, name, tally))
    if not journals:
        raise ImportProblem(
            sentence(
                "{name} holds no Day One journal (a .json file with its entries).", name=source.name
            )
        )
    if media and not tally.counts["photo"]:
        tally.skip("photo", count=media)
    return DAYONE, entries


def _existing(connection: Connection, entries: Iterable[ImportedEntry]) -> set[Key]:
    """The keys of ``entries`` that match an entry in the vault (live or in the trash)."""
    wanted = {_key(entry) for entry in entries}
    if not wanted:
        return set()
    moments = {key[0] for key in wanted}
    low, high = min(moments), max(moments)
    found: set[Key] = set()
    # Only the index is read to find moments in common; bodies are read only for them.
    rows = connection.execute(
        "SELECT created_utc FROM entries INDEXED BY entries_live"
        " WHERE deleted_at IS NULL AND created_utc BETWEEN ? AND ?",
        (low, high),
    )
    shared = {str(moment) for (moment,) in rows} & moments
    for moment in shared:
        for title, body in connection.execute(
            "SELECT title, body FROM entries WHERE deleted_at IS NULL AND created_utc = ?",
            (moment,),
        ):
            found.add((moment, str(title), str(body)))
    for moment, title, body in connection.execute(
        "SELECT created_utc, title, body FROM entries INDEXED BY entries_trash"
        " WHERE deleted_at IS NOT NULL"
    ):
        found.add((str(moment), str(title), str(body)))
    return found & wanted


def apply_import(
    connection: Connection,
    plan: ImportPlan,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the plan's entries in one transaction; returns how many were added.

    Cancelling (``cancelled()`` true between batches) raises ImportCancelled and keeps
    nothing; an entry the journal refuses raises ImportProblem naming it, and keeps
    nothing either.
    """
    total = len(plan.entries)
    repo = EntryRepository(connection)
    added = 0
    # From BULK_FROM entries, the search index is filled once at the end.
    bulk = search_index.indexed_in_bulk if total >= BULK_FROM else _unchanged
    with transaction(connection), bulk(connection):
        existing = _existing(connection, plan.entries)
        seen: set[Key] = set()
        for done, entry in enumerate(plan.entries):
            if done % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelled
                if progress is not None:
                    progress(done, total)
            key = _key(entry)
            if key in existing or key in seen:
                continue
            seen.add(key)
            try:
                repo.create(
                    title=entry.title,
                    body=entry.body,
                    tags=entry.tags,
                    bring_to_therapy=entry.flagged,
                    created=entry.created,
                    within_open_transaction=True,
                )
            except UserError as error:
                raise ImportProblem(
                    sentence(
                        "{source_ref} could not be stored: {error} Nothing was imported.",
                        source_ref=entry.source_ref,
                        error=error,
                    )
                ) from None
            added += 1
        if cancelled is not None and cancelled():
            raise ImportCancelled
    if progress is not None:
        progress(total, total)
    return added


@contextlib.contextmanager
def _unchanged(connection: Connection) -> Iterator[None]:
    yield


def import_entries(
    connection: Connection,
    plan: ImportPlan,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> OpResult[int]:
    """``apply_import`` as an operation for the window (Session.run_op)."""
    added = apply_import(connection, plan, progress, cancelled)
    return OpResult(added, Changes.of(ENTRIES, TAGS) if added else Changes())
