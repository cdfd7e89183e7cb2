"""The journal module: entries, tags, search, trash. Its window twin is ``ui/journal``."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Final

from app.journal import demo, schema
from app.journal.errors import JournalError
from app.journal.ops import ENTRIES, ENTRY_TEXT, TAGS, TRASH
from app.journal.text import clean_body, clean_prompt_id, clean_tags, clean_title, tag_text
from app.journal.text import preview as make_preview
from app.platform import timestamps
from app.platform.contributions import (
    DemoPlan,
    ExportRecord,
    JsonValue,
    PacketSection,
    Paragraph,
    RestoreContext,
    RestoreError,
    RestoreResult,
    TimelineItem,
)
from app.platform.errors import InvalidValue
from app.platform.module import FeatureModule
from app.platform.sentence import sentence
from app.platform.sql import Connection
from app.platform.wording import ENGLISH, Wording, message
from app.vault import search_index


def _demo(connection: Connection, plan: DemoPlan) -> int:
    return demo.generate(
        connection,
        plan.entries,
        seed=plan.seed,
        force=plan.force,
        today=plan.today,
        progress=plan.progress,
    )


def timeline(connection: Connection, start: date, end: date) -> Iterator[TimelineItem]:
    # The UTC range narrows the scan to the days asked for (index entries_live); the
    # local day decides. Without it, every window read the whole index.
    low, high = timestamps.utc_bounds(start, end)
    rows = connection.execute(
        "SELECT id, created, created_day, title, preview, bring_to_therapy FROM entries"
        " WHERE deleted_at IS NULL AND created_utc >= ? AND created_utc < ?"
        " AND created_day BETWEEN ? AND ? ORDER BY created_utc, id",
        (low, high, timestamps.day_key(start), timestamps.day_key(end)),
    )
    for entry_id, created, day, title, preview, flag in rows:
        yield TimelineItem(
            module="journal",
            kind="entry",
            ref=str(entry_id),
            day=date.fromisoformat(day),
            title=title,
            at=timestamps.from_text(created),
            flagged=bool(flag),
            values={"preview": preview},
        )


# Paragraphs of one entry: a blank line (spaces allowed in it) between them.
_PARAGRAPH_BREAK: Final = re.compile(r"\n\s*\n")


PACKET_TITLE: Final = message("Entries to bring")


def packet(
    connection: Connection, start: date, end: date, wording: Wording = ENGLISH
) -> Sequence[PacketSection]:
    """The entries flagged "bring to therapy" in the period, whole, oldest first; each
    entry (its heading and its paragraphs) is one thing the person can leave out."""
    rows = connection.execute(
        "SELECT id, created_day, title, body FROM entries WHERE deleted_at IS NULL"
        " AND bring_to_therapy = 1 AND created_day BETWEEN ? AND ? ORDER BY created_utc, id",
        (timestamps.day_key(start), timestamps.day_key(end)),
    ).fetchall()
    if not rows:
        return ()
    blocks: list[Paragraph] = []
    for entry_id, day, title, body in rows:
        item = f"entry-{entry_id}"
        written = wording.day(date.fromisoformat(day))
        heading = (
            wording.say("{day} \u2014 {title}", day=written, title=title) if title else written
        )
        blocks.append(Paragraph(heading, item))
        blocks.extend(
            Paragraph(part.strip("\r\n"), item)
            for part in _PARAGRAPH_BREAK.split(body)
            if part.strip()
        )
    return (PacketSection(id="journal.flagged", title=PACKET_TITLE, blocks=tuple(blocks)),)


def export(connection: Connection) -> Iterator[ExportRecord]:
    """Every entry (the trash too, marked), with its tags in order."""
    tags: dict[int, list[str]] = {}
    for entry_id, tag in connection.execute(
        "SELECT entry_id, tag FROM entry_tags ORDER BY entry_id, position"
    ):
        tags.setdefault(int(entry_id), []).append(tag)
    rows = connection.execute(
        "SELECT id, created, edited, title, body, bring_to_therapy, prompt_id, deleted_at"
        " FROM entries ORDER BY created_utc, id"
    )
    for entry_id, created, edited, title, body, flag, prompt_id, deleted_at in rows:
        yield ExportRecord(
            module="journal",
            kind="entry",
            data={
                "id": entry_id,
                "created": created,
                "edited": edited,
                "title": title,
                "body": body,
                "tags": tags.get(int(entry_id), []),
                "bring_to_therapy": bool(flag),
                "prompt_id": prompt_id,
                "deleted_at": deleted_at,
            },
        )


def export_count(connection: Connection) -> int:
    """How many records ``export`` gives (every entry, the trash too)."""
    return int(connection.execute("SELECT count(*) FROM entries").fetchone()[0])


def _entry_key(created: str, title: str, body: str) -> tuple[str, str, bytes]:
    """What makes two entries the same for an import: created time, title and body
    (the body as a digest, so a large journal's keys stay small)."""
    return created, title, hashlib.sha256(body.encode("utf-8", "surrogatepass")).digest()


def restore(
    connection: Connection, records: Iterable[ExportRecord], context: RestoreContext
) -> RestoreResult:
    """Entries back, merged: one already here (same created time, title and body) is
    left out and its id in the file stands for the one here, so importing twice adds
    nothing. Each added entry gets a new id; its tags, flag, edited time and trash
    state are kept. Runs inside the import's transaction."""
    known: dict[tuple[str, str, bytes], int] = {}
    for entry_id, created, title, body in connection.execute(
        "SELECT id, created, title, body FROM entries"
    ):
        known[_entry_key(created, title, body)] = int(entry_id)
    # The index triggers are set aside and the new entries indexed in a few statements
    # at the end: per-row triggers are many times slower (app/vault/search_index.py).
    if context.dry_run:  # rolled back: the index need not be filled, only kept out of it
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            " AND tbl_name IN ('entries', 'entry_tag_text')"
        ).fetchall():
            connection.execute(f'DROP TRIGGER "{name}"')
        return _restore_entries(connection, records, context, known)
    with search_index.indexed_in_bulk(connection):
        return _restore_entries(connection, records, context, known)


def _restore_entries(
    connection: Connection,
    records: Iterable[ExportRecord],
    context: RestoreContext,
    known: dict[tuple[str, str, bytes], int],
) -> RestoreResult:
    added = skipped = 0
    for record in records:
        if record.kind != "entry":
            raise RestoreError("The file has a journal record of an unknown kind.")
        entry = _entry_fields(record.data)
        key = _entry_key(entry["created"], entry["title"], entry["body"])
        old_id = record.data.get("id")
        if key in known:
            skipped += 1
            if isinstance(old_id, int):
                context.remember("journal", "entry", old_id, known[key])
            continue
        # Not added to ``known``: two alike entries in the file are both kept.
        new_id = _insert_entry(connection, entry)
        if isinstance(old_id, int):
            context.remember("journal", "entry", old_id, new_id)
        added += 1
    return RestoreResult(added=added, skipped=skipped)


def _moment(data: Mapping[str, JsonValue], name: str) -> datetime:
    value = data.get(name)
    problem = f"A journal entry in the file has no readable {name} time."
    if not isinstance(value, str):
        raise RestoreError(problem)
    try:
        moment = timestamps.from_text(value)
        timestamps.require_aware(moment, f"entry's {name} time")
    except ValueError:
        raise RestoreError(problem) from None
    except InvalidValue as error:
        raise RestoreError(f"A journal entry in the file: {error}") from None
    if moment.tzinfo is None:
        raise RestoreError(
            sentence("A journal entry's {name} time in the file has no offset.", name=name)
        )
    return moment


def _text(data: Mapping[str, JsonValue], name: str) -> str:
    value = data.get(name, "")
    if not isinstance(value, str):
        raise RestoreError(sentence("A journal entry's {name} in the file is not text.", name=name))
    return value


def _entry_fields(data: Mapping[str, JsonValue]) -> dict[str, Any]:
    created = _moment(data, "created")
    edited = _moment(data, "edited")
    deleted = _moment(data, "deleted_at") if data.get("deleted_at") is not None else None
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise RestoreError("A journal entry's tags in the file are not a list of words.")
    flag = data.get("bring_to_therapy", False)
    if not isinstance(flag, bool):
        raise RestoreError("A journal entry's bring_to_therapy in the file is not true/false.")
    prompt = data.get("prompt_id")
    if prompt is not None and not isinstance(prompt, str):
        raise RestoreError("A journal entry's prompt_id in the file is not text.")
    try:
        pairs = clean_tags([tag for tag in tags if isinstance(tag, str)])
        body = clean_body(_text(data, "body"))
        prompt_id = clean_prompt_id(prompt)
    except JournalError as error:  # the journal's own errors are one sentence
        raise RestoreError(f"A journal entry in the file: {error}") from None
    return {
        "created": timestamps.to_text(created),
        "created_utc": timestamps.utc_key(created),
        "created_day": timestamps.day_key(created.date()),
        "edited": timestamps.to_text(edited),
        "flag": int(flag),
        "prompt_id": prompt_id,
        "deleted_at": None if deleted is None else timestamps.to_text(deleted),
        "deleted_utc": None if deleted is None else timestamps.utc_key(deleted),
        "title": clean_title(_text(data, "title")),
        "body": body,
        "pairs": pairs,
    }


def _insert_entry(connection: Connection, entry: dict[str, Any]) -> int:
    cursor = connection.execute(
        "INSERT INTO entries (created, created_utc, created_day, edited, bring_to_therapy,"
        " prompt_id, deleted_at, deleted_utc, title, preview, body)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry["created"],
            entry["created_utc"],
            entry["created_day"],
            entry["edited"],
            entry["flag"],
            entry["prompt_id"],
            entry["deleted_at"],
            entry["deleted_utc"],
            entry["title"],
            make_preview(entry["body"]),
            entry["body"],
        ),
    )
    entry_id = int(cursor.lastrowid)
    pairs: list[tuple[str, str]] = entry["pairs"]
    connection.executemany(
        "INSERT INTO entry_tags (entry_id, tag_key, tag, position) VALUES (?, ?, ?, ?)",
        [(entry_id, key, tag, position) for position, (tag, key) in enumerate(pairs)],
    )
    if pairs:
        connection.execute(
            "INSERT INTO entry_tag_text (entry_id, tag_text) VALUES (?, ?)",
            (entry_id, tag_text(tag for tag, _ in pairs)),
        )
    return entry_id


MODULE = FeatureModule(
    id="journal",
    title="Journal",
    schema=schema.STEPS,
    topics=(ENTRIES, ENTRY_TEXT, TAGS, TRASH),
    demo=_demo,
    timeline=timeline,
    packet=packet,
    export=export,
    export_count=export_count,
    restore=restore,
)
