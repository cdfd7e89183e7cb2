"""Work that runs on the database worker thread (never call these on the UI thread).

Each function takes the open vault and builds its own repository, because a
repository wraps the connection, and the connection belongs to the worker thread.
Reads return values; writes are operations (``app/journal/ops.py``) that also say
what they changed, for ``session.run_op``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from app.journal import ops

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeVar

    from app.journal.entries import EntryRepository
    from app.journal.model import Entry, EntryFilter, EntrySummary, SearchResult
    from app.platform.changes import OpResult
    from app.vault.vault import Vault

    T = TypeVar("T")
    OnVault = Callable[[Vault], T]  # a read, run on the worker
    OpOnVault = Callable[[Vault], OpResult[T]]  # an operation, for session.run_op


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


# ----- writes --------------------------------------------------------------------------


def store(vault: Vault, handle: EntryHandle, edit: ops.EntryEdit) -> OpResult[ops.Saved | None]:
    """Create the entry on its first save, then write only what changed."""
    result = ops.save_entry(vault.connection, handle.id, edit, handle.prompt_id)
    if result.value is not None:
        handle.id = result.value.entry.id
    return result


def delete_handle(vault: Vault, handle: EntryHandle) -> OpResult[int | None]:
    """Move the handle's entry to the trash (None: it was never stored)."""
    from app.platform.changes import NOTHING, OpResult

    if handle.id is None:
        return OpResult(None, NOTHING)
    result = ops.delete_entry(vault.connection, handle.id)
    return OpResult(result.value, result.changes)


def delete(entry_id: int) -> OpOnVault[int]:
    return lambda vault: ops.delete_entry(vault.connection, entry_id)


def restore(entry_id: int) -> OpOnVault[int]:
    return lambda vault: ops.restore_entry(vault.connection, entry_id)


def purge(entry_id: int) -> OpOnVault[int]:
    return lambda vault: ops.purge_entry(vault.connection, entry_id)


def after_unlock(vault: Vault) -> OpResult[int]:
    """Housekeeping once per unlock: empty trash older than 30 days."""
    return ops.purge_expired(vault.connection)


# ----- reads ---------------------------------------------------------------------------


def get_entry(entry_id: int) -> OnVault[Entry]:
    return lambda vault: repository(vault).get(entry_id)


def trash(vault: Vault) -> list[EntrySummary]:
    return repository(vault).trash()


def count(entry_filter: EntryFilter) -> OnVault[int]:
    return lambda vault: repository(vault).count(entry_filter)


def search(text: str, entry_filter: EntryFilter, limit: int) -> OnVault[SearchResult]:
    return lambda vault: repository(vault).search(text, entry_filter, limit=limit)


def days_with_entries(year: int, month: int) -> OnVault[set[date]]:
    return lambda vault: repository(vault).days_with_entries(year, month)


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
