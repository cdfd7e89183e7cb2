"""The crisis lines the calm screen shows before a PHQ-9 score when item 9 is above 0.

One function chooses them, so the window never picks lines itself: the crisis lines of
the person's region (the Settings choice, "Where you live"), in file order so that the
US's 988 leads, then the international directory line. Someone whose region has no
lines of ours gets the directory, and the screen's own line about the local emergency
number.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from app.content.crisis_lines import CrisisLine, lines_for

CRISIS_KIND: Final = "crisis"


def screen_lines(region: str, lines: Sequence[CrisisLine] | None = None) -> list[CrisisLine]:
    """The crisis lines for the screen, in the order shown (``lines``: default the
    bundled file). Raises ContentError when the file cannot be read."""
    return lines_for(region, {CRISIS_KIND}, lines=lines)
