"""The journal module: entries, tags, search, trash. Its window twin is ``ui/journal``."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Final

from app.journal import demo, schema
from app.journal.ops import ENTRIES, ENTRY_TEXT, TAGS, TRASH
from app.platform import timestamps
from app.platform.contributions import (
    DemoPlan,
    ExportRecord,
    PacketSection,
    Paragraph,
    TimelineItem,
)
from app.platform.module import FeatureModule
from app.platform.sql import Connection


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


def packet(connection: Connection, start: date, end: date) -> Sequence[PacketSection]:
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
        blocks.append(Paragraph(f"{day} \u2014 {title}" if title else day, item))
        blocks.extend(
            Paragraph(part.strip("\r\n"), item)
            for part in _PARAGRAPH_BREAK.split(body)
            if part.strip()
        )
    return (PacketSection(id="journal.flagged", title="Entries to bring", blocks=tuple(blocks)),)


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


MODULE = FeatureModule(
    id="journal",
    title="Journal",
    schema=schema.STEPS,
    topics=(ENTRIES, ENTRY_TEXT, TAGS, TRASH),
    demo=_demo,
    timeline=timeline,
    packet=packet,
    export=export,
)
