"""Safety-check errors: ``str(error)`` is always one plain sentence a person can read,
and never repeats an answer."""

from __future__ import annotations

from app.platform.errors import InvalidValue, UserError


class SafetyError(UserError):
    """Base class for every failure the safety module reports to a person."""


class InvalidCheck(SafetyError, InvalidValue):
    """Answers a saved check cannot hold. Nothing was written."""


class NotFound(SafetyError):
    """The saved check no longer exists."""
