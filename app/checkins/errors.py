"""Check-in errors: ``str(error)`` is one plain sentence a person can read."""

from __future__ import annotations

from app.platform.errors import InvalidValue


class InvalidCheckIn(InvalidValue):
    """A check-in with a value out of range or of the wrong kind."""
