"""What changed in one reason or impact between two dated reflections.

The side-by-side view (``ui/reflection/compare_tab.py``) puts this in words on every row
that differs, so a change never shows by colour alone. A higher or lower score is only
that: for a reason it fits more or less, for an impact it weighs more or less; neither
is better or worse.
"""

from __future__ import annotations

from enum import StrEnum

from app.reflection.model import Answer


class Change(StrEnum):
    SAME = "same"
    NEW = "new"  # answered in the later reflection only
    GONE = "gone"  # answered in the earlier reflection only
    HIGHER = "higher"  # both scored, the later score is higher
    LOWER = "lower"  # both scored, the later score is lower
    CHANGED = "changed"  # a score became "not sure", or the other way round
    NOTE = "note"  # the same answer with a different note


def change(earlier: Answer | None, later: Answer | None) -> Change:
    """How ``later`` differs from ``earlier`` (None or an empty answer: not answered)."""
    before = earlier if earlier is not None and not earlier.is_empty() else None
    after = later if later is not None and not later.is_empty() else None
    if before is None and after is None:
        return Change.SAME
    if before is None:
        return Change.NEW
    if after is None:
        return Change.GONE
    if before.score is not None and after.score is not None and before.score != after.score:
        return Change.HIGHER if after.score > before.score else Change.LOWER
    if (before.score, before.unsure) != (after.score, after.unsure):
        return Change.CHANGED
    if before.note.strip() != after.note.strip():
        return Change.NOTE
    return Change.SAME
