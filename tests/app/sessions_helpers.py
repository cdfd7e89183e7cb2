"""Shared helpers for the sessions tests: a vault, a clock that moves only when told,
a snapshot of every sessions table, and the check that a refusal is one plain sentence
and changed nothing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.platform.errors import UserError
from app.sessions.errors import InvalidSession, SessionsError
from app.sessions.model import SessionDraft
from app.vault.vault import Vault

NY = ZoneInfo("America/New_York")
# "Now" for most tests: Wednesday 4 March 2026, noon in New York (before the clocks
# change on Sunday 8 March).
NOW = datetime(2026, 3, 4, 12, 0, tzinfo=NY)

SESSION_TABLES = (
    "session_providers",
    "session_schedules",
    "sessions",
    "session_homework",
    "session_topics",
    "session_entries",
    "session_settings",
)


class Clock:
    """An injectable clock that only moves when told to."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def open_vault(tmp_path: Path) -> Iterator[Vault]:
    """A fresh vault with the small KDF (for a fixture: ``yield from open_vault(...)``)."""
    vault, _code = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=SMALL_KDF)
    try:
        yield vault
    finally:
        vault.close()


def at(day: int, hour: int = 10, minute: int = 0, month: int = 3, year: int = 2026) -> datetime:
    """A moment in New York (March 2026 unless told)."""
    return datetime(year, month, day, hour, minute, tzinfo=NY)


def draft(**changes: Any) -> SessionDraft:
    """A plain session draft: Monday 2 March 2026, 10:00 in New York, one hour."""
    return replace(SessionDraft(start=at(2)), **changes)


def snapshot(connection: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every sessions table (to prove a refusal wrote nothing)."""
    return {
        table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in SESSION_TABLES
    }


def count(connection: Any, table: str, where: str = "1") -> int:
    return int(connection.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])


def assert_plain_sentence(message: str, *typed: str) -> None:
    """One readable sentence: no traceback, no line break, no exception names, and none
    of what the person typed (``typed``)."""
    assert message, "empty message"
    assert "\n" not in message and "\r" not in message
    assert "Traceback" not in message and "Error" not in message and "File " not in message
    assert re.fullmatch(r"[A-Z][^\n]*[.?!]", message), message
    # One sentence: no sentence end followed by another sentence inside it.
    assert not re.search(r"[.?!] [A-Z]", message), message
    for text in typed:
        assert text not in message, f"the message repeats {text!r}"


def refused(
    connection: Any,
    call: Callable[[], object],
    *typed: str,
    error: type[SessionsError] = InvalidSession,
) -> str:
    """Run ``call``, expecting ``error``; assert the vault did not change and the message
    is one plain sentence. Returns the message."""
    before = snapshot(connection)
    with pytest.raises(error) as caught:
        call()
    assert isinstance(caught.value, UserError)
    message = str(caught.value)
    assert_plain_sentence(message, *typed)
    assert snapshot(connection) == before
    assert not connection.in_transaction
    return message
