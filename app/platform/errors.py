"""The base of every error a person may read: ``str(error)`` is one plain sentence."""

from __future__ import annotations


class UserError(Exception):
    """A failure to show as it is: the message names the problem, never the content."""


class InvalidValue(UserError):
    """A date, time, number or text that cannot be stored as given."""
