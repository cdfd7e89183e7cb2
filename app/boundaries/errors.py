"""Boundary errors: ``str(error)`` is always one plain sentence a person can read.

No message ever repeats what the person wrote; each names only what to change.
"""

from __future__ import annotations

from app.platform.errors import InvalidValue, UserError


class BoundariesError(UserError):
    """Base class for every failure the boundaries module reports to a person."""


class InvalidBoundary(BoundariesError, InvalidValue):
    """A value a boundary or a logged moment cannot hold. Nothing was written."""


class NotFound(BoundariesError):
    """The boundary or moment no longer exists (a boundary in the trash counts as gone,
    except for reading it, saving it, restoring and purging)."""
