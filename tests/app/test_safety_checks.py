"""The safety module: saving only what the person chose, the answers' checks, removing
for good, its contributions (timeline and export of saved checks only, no packet, no
demo), its schema step, and "Don't save" leaving nothing in the database file."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.platform.changes import Changes
from app.platform.contributions import DemoPlan
from app.platform.registry import find
from app.safety import ops, schema
from app.safety.content import bundled_questions
from app.safety.errors import InvalidCheck, NotFound
from app.safety.model import Answer, CheckDraft
from app.safety.module import MODULE, export, timeline
from app.safety.repository import SafetyRepository
from app.vault import engine, migrations
from app.vault.vault import Vault

NOW = datetime(2026, 3, 4, 21, 30, tzinfo=ZoneInfo("Europe/Dublin"))
QUESTIONS = [q.id for q in bundled_questions()]


def clock() -> datetime:
    return NOW


def draft(*yes: str, no: tuple[str, ...] = ()) -> CheckDraft:
    answers = {qid: Answer.YES for qid in yes}
    answers.update({qid: Answer.NO for qid in no})
    return CheckDraft(answers)


def rows(connection: Any) -> list[tuple[Any, ...]]:
    return list(connection.execute("SELECT * FROM safety_checks ORDER BY id").fetchall())


def test_the_module_is_registered_with_step_11_and_gives_the_packet_nothing() -> None:
    assert find("safety") is MODULE
    assert [s.version for s in schema.STEPS] == [11]
    assert schema.STEPS[0] in migrations.MIGRATIONS
    assert MODULE.packet is not None
    assert MODULE.packet(None, date(2000, 1, 1), date(2100, 1, 1)) == ()
    assert {t.name for t in MODULE.topics} == {"safety.checks"}
    assert len(QUESTIONS) == 4


def test_saving_stores_the_answers_in_question_order(vault: Vault) -> None:
    db = vault.connection
    result = ops.save_check(db, draft(QUESTIONS[2], no=(QUESTIONS[0],)), clock=clock)
    assert result.changes == Changes.of(ops.CHECKS)
    check = result.value
    assert check.taken == NOW and check.day == date(2026, 3, 4)
    assert check.answers == ((QUESTIONS[0], Answer.NO), (QUESTIONS[2], Answer.YES))
    assert check.yes_count == 1 and check.any_yes
    [(check_id, taken, day, yes_count, answers)] = rows(db)
    assert taken == NOW.isoformat() and answers.startswith("{")
    assert (day, yes_count) == ("2026-03-04", 1)
    assert SafetyRepository(db).get(check_id) == check


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (CheckDraft({}), "no answers"),
        (CheckDraft({"not-a-question": Answer.YES}), "doesn't ask"),
        (CheckDraft({QUESTIONS[0]: "maybe"}), "yes or no"),  # type: ignore[dict-item]
        (CheckDraft({QUESTIONS[0]: True}), "yes or no"),  # type: ignore[dict-item]
        ("yes", "needed here"),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_written(
    vault: Vault, bad: Any, message: str
) -> None:
    with pytest.raises(InvalidCheck) as raised:
        ops.save_check(vault.connection, bad, clock=clock)
    assert message in str(raised.value) and "\n" not in str(raised.value)
    assert rows(vault.connection) == [] and not vault.connection.in_transaction


def test_the_table_refuses_what_the_repository_would_never_write(vault: Vault) -> None:
    db = vault.connection
    for values in (
        ("t", "2026-3-4", 0, "{}"),
        ("t", "2026-03-04", -1, "{}"),
        ("t", "2026-03-04", 0, "not json"),
        ("t", "2026-03-04", 0, "[1]"),
    ):
        with pytest.raises(Exception, match="CHECK"):
            db.execute(
                "INSERT INTO safety_checks (taken, day, yes_count, answers) VALUES (?, ?, ?, ?)",
                values,
            )


def test_removing_is_for_good_and_a_gone_check_says_so(vault: Vault) -> None:
    db = vault.connection
    first = ops.save_check(db, draft(QUESTIONS[0]), clock=clock).value
    ops.save_check(db, draft(no=(QUESTIONS[1],)), clock=clock)
    assert ops.delete_check(db, first.id).changes == Changes.of(ops.CHECKS)
    assert [c.id for c in SafetyRepository(db).recent()] != [first.id]
    with pytest.raises(NotFound, match="no longer exists"):
        ops.delete_check(db, first.id)
    assert ops.delete_all_checks(db).value == 1
    assert ops.delete_all_checks(db).changes.is_empty()
    assert SafetyRepository(db).count() == 0


def test_timeline_and_export_show_saved_checks_only(vault: Vault) -> None:
    db = vault.connection
    assert list(timeline(db, date(2026, 1, 1), date(2026, 12, 31))) == []
    assert list(export(db)) == []
    saved = ops.save_check(db, draft(QUESTIONS[0], QUESTIONS[3]), clock=clock).value
    later = ops.save_check(db, draft(no=tuple(QUESTIONS)), clock=lambda: NOW + timedelta(days=40))
    [item] = timeline(db, date(2026, 3, 1), date(2026, 3, 31))
    assert (item.module, item.kind, item.ref, item.day) == (
        "safety",
        "safety_check",
        str(saved.id),
        saved.day,
    )
    assert item.title == "" and item.values == {"answered": 2, "yes": 2}
    records = list(export(db))
    assert [r.data["id"] for r in records] == [saved.id, later.value.id]
    assert set(records[0].data) == {"id", "taken", "day", "yes_count", "answers"}


def test_the_demo_adds_no_safety_checks(vault: Vault) -> None:
    from app.platform import demo

    added = demo.fill(vault.connection, DemoPlan(today=date(2026, 12, 2), years=2))
    assert "safety" not in added and added["journal"] > 0
    assert rows(vault.connection) == []


def _plain_copy(database: Path, data_key: bytes, target: Path) -> bytes:
    """The whole database decrypted into ``target`` (a test-only copy), as bytes."""
    connection = engine.open_file_only(database, data_key)
    try:
        connection.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")
    finally:
        connection.close()
    return target.read_bytes()


def test_dont_save_leaves_nothing_in_the_database_file(tmp_path: Path) -> None:
    vault, _code = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=SMALL_KDF)
    # The person answers yes: the answers exist only in memory (a draft); they choose
    # not to save, so no operation runs. Other writes still happen meanwhile.
    answered = draft(*QUESTIONS)
    assert answered.any_yes
    vault.connection.execute("INSERT INTO meta (key, value) VALUES ('probe', 'x')")
    vault.connection.commit()
    database, key = vault.paths.database, vault.data_key
    vault.close()
    connection = engine.open_file_only(database, key)
    try:
        assert connection.execute("SELECT count(*) FROM safety_checks").fetchone() == (0,)
    finally:
        connection.close()
    plain = _plain_copy(database, key, tmp_path / "plain.db")
    assert b"probe" in plain  # the copy does hold what was written
    for qid in QUESTIONS:
        assert qid.encode() not in plain


def test_a_saved_check_is_in_the_file_and_removing_it_leaves_no_trace(tmp_path: Path) -> None:
    vault, _code = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=SMALL_KDF)
    check = ops.save_check(vault.connection, draft(QUESTIONS[0]), clock=clock).value
    database, key = vault.paths.database, vault.data_key
    vault.close()
    assert QUESTIONS[0].encode() in _plain_copy(database, key, tmp_path / "one.db")
    vault = Vault.unlock_with_data_key(tmp_path / "vault", key)
    ops.delete_check(vault.connection, check.id)
    vault.close()
    assert QUESTIONS[0].encode() not in _plain_copy(database, key, tmp_path / "two.db")
