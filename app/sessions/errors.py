"""Session errors: ``str(error)`` is always one plain sentence a person can read.

No message ever repeats what the person wrote; each names only what to change.
"""

from __future__ import annotations

from app.platform.errors import InvalidValue, UserError


class SessionsError(UserError):
    """Base class for every failure the sessions module reports to a person."""


class InvalidSession(SessionsError, InvalidValue):
    """A value (time, length, text, choice) a session, homework item, topic, provider,
    schedule or setting cannot hold. Nothing was written."""


class NotFound(SessionsError):
    """The session, homework item, topic, provider or schedule no longer exists
    (a session in the trash counts as gone, except for restore and purge)."""


class CalendarFileError(SessionsError):
    """The calendar (.ics) file cannot be written where the person chose."""
