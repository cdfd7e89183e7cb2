"""Journal errors. ``str(error)`` is always one plain sentence a person can read."""

from __future__ import annotations

from app.platform.errors import InvalidValue, UserError


class JournalError(UserError):
    """Base class for every failure the journal reports to a person."""


class EntryNotFound(JournalError):
    """No entry with that id (or not where the operation expects it, e.g. in the trash)."""


class InvalidEntry(JournalError, InvalidValue):
    """A title, body, date or prompt link the journal cannot store."""


class InvalidTag(JournalError):
    """A tag that is empty or too long after tidying."""


class JournalNotEmpty(JournalError):
    """The demo generator refuses a journal that already has entries."""
