"""Exercise errors: ``str(error)`` is always one plain sentence a person can read.

No message ever repeats what the person wrote; each names only what to change.
"""

from __future__ import annotations

from app.platform.errors import InvalidValue, UserError


class ExercisesError(UserError):
    """Base class for every failure the exercises module reports to a person."""


class InvalidRun(ExercisesError, InvalidValue):
    """An answer, flag or time a run cannot hold. Nothing was written."""


class RunNotFound(ExercisesError):
    """The run no longer exists (a run in the trash counts as gone, except for saving
    answers, restore and purge)."""


class SessionNotFound(ExercisesError):
    """The session a run was to be linked to no longer exists (or is in the trash)."""
