"""Saved safety checks in the vault: save, read, remove for good.

Every method runs on the thread that owns the connection and returns values from
``app.safety.model``. Nothing is written until ``save``: the window keeps answers in
memory until the person chooses to save them. A refused value changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, Final

from app.platform import timestamps
from app.platform.errors import InvalidValue
from app.platform.sql import Connection
from app.safety import content, validation
from app.safety.errors import InvalidCheck, NotFound
from app.safety.model import MAX_LISTED, Answer, CheckDraft, SafetyCheck

Clock = Callable[[], datetime]

CHECK_GONE: Final = "That saved check no longer exists."
_COLUMNS: Final = "id, taken, answers"


class SafetyRepository:
    """The saved safety checks of one open vault."""

    def __init__(
        self,
        connection: Connection,
        clock: Clock = timestamps.local_now,
        questions: Sequence[content.Question] | None = None,
    ) -> None:
        self._db = connection
        self._clock = clock
        self._questions = questions

    def _order(self) -> list[str]:
        questions = content.bundled_questions() if self._questions is None else self._questions
        return [q.id for q in questions]

    def save(self, draft: CheckDraft) -> SafetyCheck:
        """Store the answers the person chose to save, dated now."""
        clean = validation.check_draft(draft, self._order())
        try:
            now = timestamps.require_aware(self._clock(), "current time")
        except InvalidValue as error:
            raise InvalidCheck(str(error)) from None
        cursor = self._db.execute(
            "INSERT INTO safety_checks (taken, day, yes_count, answers) VALUES (?, ?, ?, ?)",
            (
                timestamps.to_text(now),
                timestamps.day_key(now.date()),
                clean.yes_count,
                clean.as_json(),
            ),
        )
        return self.get(int(cursor.lastrowid))

    def get(self, check_id: int) -> SafetyCheck:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM safety_checks WHERE id = ?", (check_id,)
        ).fetchone()
        if row is None:
            raise NotFound(CHECK_GONE)
        return _check(row)

    def recent(self, limit: int = MAX_LISTED) -> list[SafetyCheck]:
        """The newest saved checks first."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM safety_checks ORDER BY day DESC, id DESC LIMIT ?",
            (max(0, min(limit, MAX_LISTED)),),
        )
        return [_check(row) for row in rows]

    def between(self, start: date, end: date) -> list[SafetyCheck]:
        """Saved checks whose local day is in [start, end], oldest first."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM safety_checks WHERE day BETWEEN ? AND ? ORDER BY day, id",
            (timestamps.day_key(start), timestamps.day_key(end)),
        )
        return [_check(row) for row in rows]

    def count(self) -> int:
        (n,) = self._db.execute("SELECT count(*) FROM safety_checks").fetchone()
        return int(n)

    def delete(self, check_id: int) -> None:
        """Remove a saved check for good (no trash: the vault overwrites what it deletes)."""
        cursor = self._db.execute("DELETE FROM safety_checks WHERE id = ?", (check_id,))
        if cursor.rowcount == 0:
            raise NotFound(CHECK_GONE)

    def delete_all(self) -> int:
        """Remove every saved check for good; returns how many there were."""
        cursor = self._db.execute("DELETE FROM safety_checks")
        return int(cursor.rowcount)


def _check(row: Any) -> SafetyCheck:
    check_id, taken, answers = row
    decoded = json.loads(answers)
    pairs = tuple(
        (str(qid), Answer(value)) for qid, value in decoded.items() if value in ("yes", "no")
    )
    return SafetyCheck(int(check_id), timestamps.from_text(taken), pairs)
