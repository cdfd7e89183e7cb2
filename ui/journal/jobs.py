"""Work that runs on the database worker thread (never call these on the UI thread).

Each function takes the open vault and builds its own repository, because a
repository wraps the connection, and the connection belongs to the worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.journal.entries import EntryRepository
    from app.journal.model import Entry, EntryFilter, EntrySummary
    from app.vault.vault import Vault


def repository(vault: Vault) -> EntryRepository:
    """The journal repository over the vault's connection (worker thread only)."""
    from app.journal.entries import EntryRepository

    return EntryRepository(vault.connection)


@dataclass
class EntryHandle:
    """Which stored entry an editor shows, shared between the UI and the worker.

    A new entry is stored only once something is written. Its id is set by the job that
    creates it, on the worker; jobs queued after that one (the worker runs them in
    order) read the id there, so typing fast never creates the same entry twice.
    """

    id: int | None = None
    prompt_id: str | None = None


@dataclass(frozen=True)
class Changes:
    """What to write for one entry; None means "unchanged"."""

    title: str | None = None
    body: str | None = None
    tags: tuple[str, ...] | None = None
    bring_to_therapy: bool | None = None

    def is_empty(self) -> bool:
        return (
            self.title is None
            and self.body is None
            and self.tags is None
            and self.bring_to_therapy is None
        )


@dataclass(frozen=True)
class Stored:
    """The result of a save: the entry as stored, and whether it was created just now."""

    entry: Entry
    created: bool


def store(vault: Vault, handle: EntryHandle, changes: Changes) -> Stored | None:
    """Create the entry on its first save, then write only what changed."""
    repo = repository(vault)
    if handle.id is None:
        if not (changes.title or changes.body or changes.tags or changes.bring_to_therapy):
            return None  # nothing worth keeping yet
        entry = repo.create(
            title=changes.title or "",
            body=changes.body or "",
            tags=changes.tags or (),
            bring_to_therapy=bool(changes.bring_to_therapy),
            prompt_id=handle.prompt_id,
        )
        handle.id = entry.id
        return Stored(entry, created=True)
    entry_id = handle.id
    entry = None
    if changes.title is not None or changes.body is not None:
        if changes.title is None or changes.body is None:
            current = repo.get(entry_id)
            title = current.title if changes.title is None else changes.title
            body = current.body if changes.body is None else changes.body
        else:
            title, body = changes.title, changes.body
        entry = repo.save(entry_id, title=title, body=body)
    if changes.tags is not None:
        entry = repo.set_tags(entry_id, changes.tags)
    if changes.bring_to_therapy is not None:
        entry = repo.set_therapy_flag(entry_id, changes.bring_to_therapy)
    if entry is None:
        entry = repo.get(entry_id)
    return Stored(entry, created=False)


def delete(vault: Vault, handle: EntryHandle) -> int | None:
    """Move the handle's entry to the trash; returns its id (None if never stored)."""
    if handle.id is None:
        return None
    repository(vault).delete(handle.id)
    return handle.id


@dataclass(frozen=True)
class Page:
    """One keyset page of the entry list."""

    rows: list[EntrySummary]
    cursor: tuple[str, int] | None


def next_page(
    vault: Vault, entry_filter: EntryFilter, after: tuple[str, int] | None, limit: int
) -> Page:
    repo = repository(vault)
    rows = repo.page(entry_filter, after=after, limit=limit)
    cursor = repo.cursor_of(rows[-1]) if rows else after
    return Page(rows, cursor)


@dataclass(frozen=True)
class Overview:
    """What the filters and calendar need after an unlock or a change."""

    tags: list[tuple[str, int]]
    days: set[date] = field(default_factory=set)


def overview(vault: Vault, year: int, month: int) -> Overview:
    repo = repository(vault)
    return Overview(repo.all_tags(), repo.days_with_entries(year, month))


def after_unlock(vault: Vault) -> int:
    """Housekeeping once per unlock: empty trash older than 30 days."""
    return int(repository(vault).purge_expired())


def call(method: str, *args: Any, **kwargs: Any) -> Any:
    """A job that calls one repository method: ``session.submit(call("get", 3), ...)``."""

    def job(vault: Vault) -> Any:
        return getattr(repository(vault), method)(*args, **kwargs)

    return job
