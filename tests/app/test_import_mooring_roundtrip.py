"""Export -> import into an empty vault -> export gives the same document (ids aside).

Vaults are generated through the modules' own repositories and operations (small
sizes), so the property covers what a person can really store: entries with tags,
flags, the trash; check-ins; boundaries; sessions linked to entries.
"""

from __future__ import annotations

import itertools
import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.boundaries.model import BoundaryDraft
from app.boundaries.repository import BoundaryRepository
from app.checkins.model import CheckIn
from app.checkins.repository import CheckInRepository
from app.exchange.export_json import export_json
from app.exchange.import_mooring import import_mooring
from app.journal.entries import EntryRepository
from app.sessions import ops as session_ops
from app.sessions.model import SessionDraft
from app.vault.vault import Vault

_COUNTER = itertools.count()

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=0, max_size=40)
_tags = st.lists(st.from_regex(r"[A-Za-z][a-z0-9\-]{0,10}", fullmatch=True), max_size=3)
_offsets = st.sampled_from([0, 60, -300, 330, 840])
_entries = st.lists(
    st.tuples(
        _text,
        _text,
        _tags,
        st.booleans(),
        st.booleans(),
        st.integers(0, 3000),
        _offsets,
    ),
    max_size=6,
)
_checkins = st.lists(
    st.tuples(
        st.integers(0, 400),
        st.integers(0, 10),
        st.integers(0, 10),
        st.integers(0, 10),
        st.booleans(),
        st.one_of(st.none(), st.floats(0, 24).map(lambda v: round(v, 1))),
        st.text(alphabet="abc xyz", max_size=20),
    ),
    max_size=5,
    unique_by=lambda c: c[0],
)
_boundaries = st.lists(
    st.tuples(
        st.text(alphabet="abcdefgh ", min_size=1, max_size=30).filter(str.strip), st.booleans()
    ),
    max_size=3,
)
_sessions = st.lists(st.tuples(st.integers(0, 400), st.booleans()), max_size=3)


def _fill(vault: Vault, entries: Any, checkins: Any, boundaries: Any, sessions: Any) -> None:
    connection = vault.connection
    now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    repo = EntryRepository(connection, clock=lambda: now)
    entry_ids: list[int] = []
    for title, body, tags, flag, trashed, minutes, offset in entries:
        created = datetime(2025, 6, 1, 8, 0, tzinfo=timezone(timedelta(minutes=offset)))
        entry = repo.create(
            title=title,
            body=body,
            tags=tags,
            bring_to_therapy=flag,
            created=created + timedelta(minutes=minutes),
        )
        if trashed:
            repo.delete(entry.id)
        else:
            entry_ids.append(entry.id)
    checkin_repo = CheckInRepository(connection)
    for offset, mood, stress, craving, tired, sleep, note in checkins:
        checkin_repo.save(
            CheckIn(
                day=date(2025, 1, 1) + timedelta(days=offset),
                mood=mood,
                stress=stress,
                craving=craving,
                hungry=False,
                angry=mood > 5,
                lonely=False,
                tired=tired,
                sleep_hours=sleep,
                note=note,
            )
        )
    boundary_repo = BoundaryRepository(connection)
    for statement, flag in boundaries:
        boundary_repo.create(
            BoundaryDraft(area="money", statement=statement, bring_to_therapy=flag)
        )
    for offset, link in sessions:
        start = datetime(2025, 1, 1, 17, 0) + timedelta(days=offset)
        session = session_ops.create_session(connection, SessionDraft(start=start)).value
        if link and entry_ids:
            session_ops.link_entry(connection, session.id, entry_ids[0])


def _comparable(path: Path) -> dict[str, Any]:
    """The document without what may differ: the export time and journal ids (and the
    entry ids links point at, replaced by the linked entry's created time)."""
    document = json.loads(path.read_text(encoding="utf-8"))
    document.pop("exported_at")
    created: dict[int, str] = {}
    for module in document["modules"]:
        for record in module["records"]:
            if module["id"] == "journal":
                created[record["data"].pop("id")] = record["data"]["created"]
            if record["kind"] == "session_entries":
                record["data"]["entry_id"] = created[record["data"]["entry_id"]]
    return document


def _same(first: dict[str, Any], second: dict[str, Any]) -> None:
    """Assert equal, naming the first record that differs (a readable failure)."""
    assert {k: v for k, v in first.items() if k != "modules"} == {
        k: v for k, v in second.items() if k != "modules"
    }
    for one, two in zip(first["modules"], second["modules"], strict=True):
        assert len(one["records"]) == len(two["records"]), one["id"]
        for a, b in zip(one["records"], two["records"], strict=True):
            assert a == b, one["id"]


@settings(
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    max_examples=30,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(entries=_entries, checkins=_checkins, boundaries=_boundaries, sessions=_sessions)
def test_round_trip_into_an_empty_vault_is_lossless(
    tmp_path: Path, entries: Any, checkins: Any, boundaries: Any, sessions: Any
) -> None:
    case = tmp_path / f"case-{next(_COUNTER)}"
    source, _code = Vault.create(case / "source", PASSPHRASE, kdf=SMALL_KDF)
    target, _code = Vault.create(case / "target", PASSPHRASE, kdf=SMALL_KDF)
    try:
        _fill(source, entries, checkins, boundaries, sessions)
        export_json(source.connection, case / "first.json")
        summary = import_mooring(target.connection, case / "first.json")
        export_json(target.connection, case / "second.json")
        _same(_comparable(case / "first.json"), _comparable(case / "second.json"))
        assert summary.added == summary.in_file
        # Importing the same file again adds nothing anywhere.
        again = import_mooring(target.connection, case / "first.json")
        assert again.added == 0
        export_json(target.connection, case / "third.json")
        _same(_comparable(case / "third.json"), _comparable(case / "second.json"))
    finally:
        source.close()
        target.close()
