"""The journal operations that change data; each returns what it changed.

Run on the database worker (docs/ARCHITECTURE.md, "Threads"). Every operation is one
transaction: saving an entry writes its title, body, tags and flag together or not at
all.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.journal.entries import EntryRepository
from app.journal.model import Entry
from app.platform.changes import Changes, OpResult, Topic
from app.platform.sql import Connection

ENTRIES = Topic("journal.entries")  # which entries are live changed (new, trashed, back)
ENTRY_TEXT = Topic("journal.entry_text")  # a live entry's title, body or flag changed
TAGS = Topic("journal.tags")  # the tags in use (or how many entries have them) changed
TRASH = Topic("journal.trash")  # what is in the trash changed


@dataclass(frozen=True)
class EntryEdit:
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

    def has_content(self) -> bool:
        """Something worth keeping as a new entry."""
        return bool(self.title or self.body or self.tags or self.bring_to_therapy)


@dataclass(frozen=True)
class Saved:
    """The entry as stored, and whether this save created it."""

    entry: Entry
    created: bool


def save_entry(
    connection: Connection, entry_id: int | None, edit: EntryEdit, prompt_id: str | None = None
) -> OpResult[Saved | None]:
    """Create the entry (``entry_id`` None) or write what changed, in one transaction.

    A new entry with nothing in it is not stored: the value is None.
    """
    repo = EntryRepository(connection)
    if entry_id is None:
        if not edit.has_content():
            return OpResult(None, Changes())
        entry = repo.create(
            title=edit.title or "",
            body=edit.body or "",
            tags=edit.tags or (),
            bring_to_therapy=bool(edit.bring_to_therapy),
            prompt_id=prompt_id,
        )
        topics = (ENTRIES, TAGS) if entry.tags else (ENTRIES,)
        return OpResult(Saved(entry, created=True), Changes.of(*topics))
    if edit.tags is None and edit.bring_to_therapy is None and not edit.is_empty():
        # The autosave path: one UPDATE, without reading the body back.
        if edit.title is None or edit.body is None:
            current = repo.get(entry_id)
            title = current.title if edit.title is None else edit.title
            body = current.body if edit.body is None else edit.body
        else:
            title, body = edit.title, edit.body
        entry = repo.save(entry_id, title=title, body=body)
    elif edit.is_empty():
        entry = repo.get(entry_id)
        return OpResult(Saved(entry, created=False), Changes())
    else:
        entry = repo.update(
            entry_id,
            title=edit.title,
            body=edit.body,
            tags=edit.tags,
            bring_to_therapy=edit.bring_to_therapy,
        )
    topics = (ENTRY_TEXT, TAGS) if edit.tags is not None else (ENTRY_TEXT,)
    return OpResult(Saved(entry, created=False), Changes.of(*topics))


def delete_entry(connection: Connection, entry_id: int) -> OpResult[int]:
    """Move the entry to the trash."""
    EntryRepository(connection).delete(entry_id)
    return OpResult(entry_id, Changes.of(ENTRIES, TAGS, TRASH))


def restore_entry(connection: Connection, entry_id: int) -> OpResult[int]:
    """Bring the entry back from the trash."""
    EntryRepository(connection).restore(entry_id)
    return OpResult(entry_id, Changes.of(ENTRIES, TAGS, TRASH))


def purge_entry(connection: Connection, entry_id: int) -> OpResult[int]:
    """Remove an entry in the trash for good."""
    EntryRepository(connection).purge(entry_id)
    return OpResult(entry_id, Changes.of(TRASH))


def purge_expired(connection: Connection) -> OpResult[int]:
    """Empty the trash of entries deleted more than 30 days ago."""
    purged = EntryRepository(connection).purge_expired()
    return OpResult(purged, Changes.of(TRASH) if purged else Changes())
