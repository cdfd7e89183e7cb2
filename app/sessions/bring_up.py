"""The "bring up next time" queue: one-line topics added from anywhere.

A topic is open until it is ticked off at a session, which records that session and
when. A session shows the open topics plus the ones ticked off at it, so the next
planned session always carries the whole open queue. A topic ticked off at a session
goes to the trash with it (still ticked off) and is removed when it is purged.

``source_kind``/``source_ref`` say where a topic came from ("entry" and an entry id,
"checkin" and a day, "exercise"...), for the UI to link back; both may be empty.
"""

from __future__ import annotations

from typing import Final

from app.platform import timestamps
from app.platform.sql import Connection, transaction
from app.sessions import rows, validation
from app.sessions.errors import NotFound
from app.sessions.model import Topic

_OPEN_ORDER: Final = "t.added_utc, t.id"


class TopicRepository:
    """The topics of one open vault."""

    def __init__(self, connection: Connection, clock: rows.Clock = timestamps.local_now) -> None:
        self._db = connection
        self._clock = clock

    def add(self, text: str, source_kind: str = "", source_ref: str = "") -> Topic:
        clean = validation.topic_text(text)
        kind, ref = validation.source(source_kind, source_ref)
        now = rows.now_of(self._clock)
        cursor = self._db.execute(
            "INSERT INTO session_topics (source_kind, source_ref, added, added_utc, text)"
            " VALUES (?, ?, ?, ?, ?)",
            (kind, ref, timestamps.to_text(now), timestamps.utc_key(now), clean),
        )
        return self.get(int(cursor.lastrowid))

    def save(self, topic_id: int, text: str) -> Topic:
        clean = validation.topic_text(text)
        cursor = self._db.execute(
            "UPDATE session_topics SET text = ? WHERE id = ?", (clean, topic_id)
        )
        if cursor.rowcount == 0:
            raise NotFound(rows.TOPIC_GONE)
        return self.get(topic_id)

    def delete(self, topic_id: int) -> None:
        cursor = self._db.execute("DELETE FROM session_topics WHERE id = ?", (topic_id,))
        if cursor.rowcount == 0:
            raise NotFound(rows.TOPIC_GONE)

    def tick_off(self, topic_id: int, session_id: int) -> Topic:
        """Mark the topic as brought up at ``session_id`` (now)."""
        now = rows.now_of(self._clock)
        with transaction(self._db):
            rows.require_live_session(self._db, session_id)
            cursor = self._db.execute(
                "UPDATE session_topics SET done_session_id = ?, done_at = ? WHERE id = ?",
                (session_id, timestamps.to_text(now), topic_id),
            )
            if cursor.rowcount == 0:
                raise NotFound(rows.TOPIC_GONE)
        return self.get(topic_id)

    def reopen(self, topic_id: int) -> Topic:
        """Put a ticked-off topic back in the open queue."""
        cursor = self._db.execute(
            "UPDATE session_topics SET done_session_id = NULL, done_at = NULL WHERE id = ?",
            (topic_id,),
        )
        if cursor.rowcount == 0:
            raise NotFound(rows.TOPIC_GONE)
        return self.get(topic_id)

    def get(self, topic_id: int) -> Topic:
        row = self._db.execute(
            f"SELECT {rows.TOPIC_COLUMNS} FROM session_topics t WHERE t.id = ?", (topic_id,)
        ).fetchone()
        if row is None:
            raise NotFound(rows.TOPIC_GONE)
        return rows.topic(row)

    def open_topics(self) -> list[Topic]:
        """The open queue, oldest first."""
        found = self._db.execute(
            f"SELECT {rows.TOPIC_COLUMNS} FROM session_topics t WHERE t.done_at IS NULL"
            f" ORDER BY {_OPEN_ORDER}"
        ).fetchall()
        return [rows.topic(row) for row in found]

    def for_session(self, session_id: int) -> list[Topic]:
        """The open topics (oldest first), then those ticked off at this session."""
        found = self._db.execute(
            f"SELECT {rows.TOPIC_COLUMNS} FROM session_topics t WHERE t.done_at IS NULL"
            f" UNION ALL SELECT {rows.TOPIC_COLUMNS} FROM session_topics t"
            " WHERE t.done_session_id = ?",
            (session_id,),
        ).fetchall()
        topics = [rows.topic(row) for row in found]
        open_ = sorted((t for t in topics if t.done_at is None), key=_added_key)
        done = sorted((t for t in topics if t.done_at is not None), key=_done_key)
        return open_ + done

    def ticked_off_at(self, session_id: int) -> list[Topic]:
        found = self._db.execute(
            f"SELECT {rows.TOPIC_COLUMNS} FROM session_topics t WHERE t.done_session_id = ?"
            " ORDER BY t.done_at, t.id",
            (session_id,),
        ).fetchall()
        return [rows.topic(row) for row in found]


def _added_key(topic: Topic) -> tuple[str, int]:
    return timestamps.utc_key(topic.added), topic.id


def _done_key(topic: Topic) -> tuple[str, int]:
    done = topic.done_at
    return ("" if done is None else timestamps.utc_key(done)), topic.id
