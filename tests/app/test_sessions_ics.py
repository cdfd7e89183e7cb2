"""Planned sessions as an .ics file: RFC 5545 line ends, folding and escaping, neutral
titles, stable UIDs, and nothing private ever in it. Also the reminder wording."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sessions_helpers import NOW, NY, Clock, assert_plain_sentence, at, draft, open_vault
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.sessions import ics, reminders
from app.sessions import kinds as session_kinds
from app.sessions.bring_up import TopicRepository
from app.sessions.errors import CalendarFileError
from app.sessions.homework import HomeworkRepository
from app.sessions.kinds import SessionKind
from app.sessions.model import DeclineReason, Partner, PartnerResponse, Status
from app.sessions.repository import ProviderRepository, SessionRepository
from app.vault.vault import Vault

LONG_NAME = "Grüße-Gruppe für Angehörige 🙂, Nächte; ohne \\ Ende — " * 3
KINDS = (
    *session_kinds.bundled_kinds(),
    SessionKind("long", LONG_NAME, "A kind with a long name."),
)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    yield from open_vault(tmp_path)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sessions(vault: Vault, clock: Clock) -> SessionRepository:
    return SessionRepository(vault.connection, clock, KINDS)


def _build(vault: Vault, clock: Clock, *, include_kind: bool = False) -> str:
    return ics.build_calendar(
        vault.connection,
        date(2026, 3, 1),
        date(2026, 3, 31),
        include_kind=include_kind,
        clock=clock,
        kinds=KINDS,
    )


def _physical_lines(text: str) -> list[bytes]:
    data = text.encode("utf-8")
    assert data.endswith(b"\r\n")
    return data[:-2].split(b"\r\n")


def _unfolded(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def _values(text: str, name: str) -> list[str]:
    return [line.partition(":")[2] for line in _unfolded(text) if line.startswith(name + ":")]


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


# ----- the format ----------------------------------------------------------------------


def test_escaping_text_values() -> None:
    assert ics.escape_text("a,b;c\\d\ne\r\nf\rg") == "a\\,b\\;c\\\\d\\ne\\nf\\ng"
    assert ics.escape_text("plain words") == "plain words"
    assert _unescape(ics.escape_text("x,;\\\ny")) == "x,;\\\ny"


def test_folding_keeps_lines_within_75_octets_without_splitting_a_character() -> None:
    assert ics.fold("X" * 75) == "X" * 75
    assert ics.fold("X" * 76) == "X" * 75 + "\r\n X"
    # 38 two-octet characters are 76 octets: the 38th moves to the next line.
    assert ics.fold("é" * 38) == "é" * 37 + "\r\n é"
    line = "SUMMARY:" + ("🙂é" * 40)
    folded = ics.fold(line)
    parts = folded.encode("utf-8").split(b"\r\n")
    assert len(parts) > 2
    assert all(len(part) <= 75 for part in parts)
    assert all(part.startswith(b" ") for part in parts[1:])
    for part in parts:
        part.decode("utf-8")  # each physical line is whole characters
    assert folded.replace("\r\n ", "") == line


def test_calendar_text_uses_crlf_and_folds_a_long_multibyte_title() -> None:
    from app.sessions.model import Format, SessionSummary

    summary = SessionSummary(
        id=7,
        start=datetime(2026, 3, 8, 1, 30, tzinfo=NY),
        minutes=60,
        kind_id="long",
        format=Format.VIDEO,
        status=Status.PLANNED,
        provider_name="",
        provider_text="",
        partner=PartnerResponse.NOT_ASKED,
        schedule_id=None,
        changed=False,
    )
    text = ics.calendar_text(
        [summary], token="abc123", stamp=NOW, titles={"long": LONG_NAME + "\nline two"}
    )
    assert "\n" not in text.replace("\r\n", "") and "\r" not in text.replace("\r\n", "")
    lines = _physical_lines(text)
    assert max(len(line) for line in lines) <= 75
    assert any(len(line) > 70 for line in lines)  # it did fold
    for line in lines:
        line.decode("utf-8")
    unfolded = _unfolded(text)
    assert unfolded[:5] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Mooring//Sessions//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    assert unfolded[-1] == "END:VCALENDAR"
    assert "UID:abc123-7@mooring" in unfolded
    assert "DTSTAMP:20260304T170000Z" in unfolded
    # Across the spring change: one real hour.
    assert "DTSTART:20260308T063000Z" in unfolded
    assert "DTEND:20260308T073000Z" in unfolded
    (title,) = _values(text, "SUMMARY")
    assert "\\," in title and "\\;" in title and "\\\\" in title and "\\n" in title
    assert _unescape(title) == LONG_NAME + "\nline two"


# ----- from the vault ------------------------------------------------------------------


def _private_vault(vault: Vault, sessions: SessionRepository, clock: Clock) -> list[int]:
    """Planned sessions carrying a canary in every private field; returns their ids."""
    providers = ProviderRepository(vault.connection, clock)
    provider = providers.add("CANARY-PROVIDER-NAME", "CANARY-ROLE", "CANARY-PROVIDER-NOTES")
    planned = [
        sessions.create(
            draft(
                start=at(10, 18),
                kind_id="long",
                provider_id=provider.id,
                provider_text="CANARY-PROVIDER-TEXT",
                bring_up="CANARY-BRING-UP",
                takeaways="CANARY-TAKEAWAYS",
                feeling_before=7,
                partner=Partner(PartnerResponse.DECLINED, DeclineReason.OTHER, "CANARY-WORDS"),
            )
        ).id,
        sessions.create(draft(start=at(12, 18), kind_id="iop-group", minutes=180)).id,
        sessions.create(draft(start=at(31, 23, 30), kind_id="couples-session")).id,
    ]
    HomeworkRepository(vault.connection, clock).add(planned[0], "CANARY-HOMEWORK")
    TopicRepository(vault.connection, clock).add("CANARY-TOPIC")
    # Not planned, in the trash, or outside the range: never in the file.
    for status in (Status.ATTENDED, Status.MISSED, Status.CANCELLED):
        sessions.create(draft(start=at(3, 9), status=status, bring_up="CANARY-X"))
    trashed = sessions.create(draft(start=at(20, 9)))
    sessions.delete(trashed.id)
    sessions.create(draft(start=datetime(2026, 4, 1, 0, 0, tzinfo=NY)))
    sessions.create(draft(start=datetime(2026, 2, 28, 23, 59, tzinfo=NY)))
    return planned


def test_the_calendar_holds_only_planned_sessions_in_the_range_with_neutral_titles(
    vault: Vault, sessions: SessionRepository, clock: Clock
) -> None:
    planned = _private_vault(vault, sessions, clock)
    text = _build(vault, clock)
    (token,) = vault.connection.execute(
        "SELECT value FROM session_settings WHERE key = 'calendar_token'"
    ).fetchone()
    assert re.fullmatch(r"[0-9a-f]{16}", token)
    assert _values(text, "UID") == [f"{token}-{i}@mooring" for i in planned]
    assert _values(text, "SUMMARY") == ["Appointment"] * 3
    assert _values(text, "DTSTART") == [
        "20260310T220000Z",
        "20260312T220000Z",
        "20260401T033000Z",
    ]
    assert _values(text, "DTEND")[1] == "20260313T010000Z"
    assert text.count("BEGIN:VEVENT") == text.count("END:VEVENT") == 3
    assert max(len(line) for line in _physical_lines(text)) <= 75

    named = _build(vault, clock, include_kind=True)
    assert [_unescape(v) for v in _values(named, "SUMMARY")] == [
        LONG_NAME,
        "IOP group",
        "Couples session",
    ]
    assert max(len(line) for line in _physical_lines(named)) <= 75


def test_the_calendar_never_holds_anything_private(
    vault: Vault, sessions: SessionRepository, clock: Clock
) -> None:
    _private_vault(vault, sessions, clock)
    for text in (_build(vault, clock), _build(vault, clock, include_kind=True)):
        flat = "".join(_unfolded(text))
        assert "CANARY" not in flat
        for word in ("DESCRIPTION", "LOCATION", "ATTENDEE", "ORGANIZER", "COMMENT", "CATEGORIES"):
            assert word not in flat


def test_uids_are_stable_across_exports_and_unique_to_the_vault(
    vault: Vault, sessions: SessionRepository, clock: Clock, tmp_path: Path
) -> None:
    _private_vault(vault, sessions, clock)
    first = _build(vault, clock)
    clock.advance(days=1)
    second = _build(vault, clock)
    assert _values(first, "UID") == _values(second, "UID")
    assert _values(first, "DTSTAMP") != _values(second, "DTSTAMP")
    other_vault, _code = Vault.create(tmp_path / "other", PASSPHRASE, kdf=SMALL_KDF)
    try:
        other = SessionRepository(other_vault.connection, clock, KINDS)
        other.create(draft(start=at(10, 18)))
        text = ics.build_calendar(
            other_vault.connection, date(2026, 3, 1), date(2026, 3, 31), clock=clock
        )
        (uid,) = _values(text, "UID")
        assert uid.endswith("-1@mooring") and uid not in _values(first, "UID")
    finally:
        other_vault.close()


def test_an_empty_range_is_an_empty_calendar(vault: Vault, clock: Clock) -> None:
    text = ics.build_calendar(vault.connection, date(2030, 1, 1), date(2030, 1, 31), clock=clock)
    assert _unfolded(text) == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Mooring//Sessions//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "END:VCALENDAR",
    ]


# ----- writing the file ---------------------------------------------------------------------


def test_write_calendar_writes_and_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "sessions.ics"
    target.write_text("old contents")
    text = "BEGIN:VCALENDAR\r\nSUMMARY:Grüße\r\nEND:VCALENDAR\r\n"
    assert ics.write_calendar(target, text) == target
    assert target.read_bytes() == text.encode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sessions.ics"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_calendar_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    target = ics.write_calendar(tmp_path / "calendar.ics", "BEGIN:VCALENDAR\r\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_write_calendar_refuses_a_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "sessions.ics"
    with pytest.raises(CalendarFileError) as caught:
        ics.write_calendar(target, "BEGIN:VCALENDAR\r\n")
    assert str(caught.value) == "That folder doesn't exist; please choose another place."
    assert_plain_sentence(str(caught.value), "no-such-folder")
    assert not target.parent.exists()


def test_write_calendar_refuses_a_folder_as_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "calendars"
    folder.mkdir()
    with pytest.raises(CalendarFileError) as caught:
        ics.write_calendar(folder, "BEGIN:VCALENDAR\r\n")
    assert str(caught.value) == "That is a folder; please give the calendar file a name."
    assert_plain_sentence(str(caught.value), "calendars")
    assert list(folder.iterdir()) == []


def test_write_calendar_reports_a_file_it_cannot_write(tmp_path: Path) -> None:
    # A link to a place that doesn't exist: the folder is there, the open fails
    # (a read-only file would not do: tests may run as root).
    target = tmp_path / "sessions.ics"
    target.symlink_to(tmp_path / "gone" / "elsewhere.ics")
    with pytest.raises(CalendarFileError) as caught:
        ics.write_calendar(target, "new")
    assert str(caught.value) == "The calendar file couldn't be saved there."
    assert_plain_sentence(str(caught.value), "gone", "elsewhere")
    assert not (tmp_path / "gone").exists()


# ----- reminders ---------------------------------------------------------------------------


def test_reminder_text_never_carries_session_data() -> None:
    assert reminders.reminder_text(discreet=False) == "Mooring: a reminder"
    assert reminders.reminder_text(discreet=True) == "A reminder"
    words = " ".join(reminders.reminder_text(d) for d in (False, True)).lower()
    for kind in session_kinds.bundled_kinds():
        assert kind.name.lower() not in words
    for private in ("session", "therapy", "group", "iop", ":00", "partner", "dr."):
        assert private not in words


def test_the_utc_time_format() -> None:
    assert ics.utc_text(datetime(2026, 7, 1, 18, 0, tzinfo=NY)) == "20260701T220000Z"
    assert ics.utc_text(datetime(2026, 1, 1, 0, 0, tzinfo=UTC)) == "20260101T000000Z"
