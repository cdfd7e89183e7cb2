"""The safety module: the relationship-safety check and saved checks.

Its window twin is ``ui/safety`` (the check, the safety panel, the saved checks).
Contributions, for saved checks only (answers never saved leave no trace anywhere):
- timeline: each saved check on its day, with how many answers were yes;
- packet: nothing, by default. These answers are sensitive, and a packet may be
  printed, emailed or left open where a partner could see it; a person who wants their
  therapist to know can show the page or tell them. (``packet`` returns no section.)
- export: every saved row, whole (the full export is a complete copy of the vault).

No demo data, on purpose: a demo vault is for trying Mooring out and for screenshots;
invented answers about being afraid of a partner, hurt or forced would put frightening
words in front of someone who never wrote them, and could be mistaken for a real
person's answers in a screenshot. The check and its panel need no stored data to show.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from app.platform.contributions import (
    ExportRecord,
    PacketSection,
    RestoreContext,
    RestoreResult,
    TimelineItem,
    count_tables,
    export_tables,
    restore_tables,
)
from app.platform.module import FeatureModule
from app.platform.sql import Connection
from app.platform.wording import ENGLISH, Wording
from app.safety import ops, schema
from app.safety.repository import SafetyRepository


def timeline(connection: Connection, start: date, end: date) -> Iterator[TimelineItem]:
    for check in SafetyRepository(connection).between(start, end):
        yield TimelineItem(
            module="safety",
            kind="safety_check",
            ref=str(check.id),
            day=check.day,
            title="",
            at=check.taken,
            values={"answered": len(check.answers), "yes": check.yes_count},
        )


def packet(
    connection: Connection, start: date, end: date, wording: Wording = ENGLISH
) -> Sequence[PacketSection]:
    """No section: safety answers stay out of the therapist packet (see above)."""
    del connection, start, end, wording
    return ()


def export(connection: Connection) -> Iterator[ExportRecord]:
    """Every saved check, column by column (nothing left out)."""
    return export_tables(connection, "safety", (("safety_checks", "id"),))


_SAFETY_TABLES = (("safety_checks", "id"),)


def export_count(connection: Connection) -> int:
    """How many records ``export`` gives."""
    return count_tables(connection, _SAFETY_TABLES)


def restore(
    connection: Connection, records: Iterable[ExportRecord], context: RestoreContext
) -> RestoreResult:
    """The export's rows back, with their ids, into a vault with no safety records yet
    (otherwise left out, and the result says so)."""
    return restore_tables(connection, "safety", _SAFETY_TABLES, records, context)


MODULE = FeatureModule(
    id="safety",
    title="Safety",
    schema=schema.STEPS,
    topics=ops.ALL_TOPICS,
    timeline=timeline,
    packet=packet,
    export=export,
    export_count=export_count,
    restore=restore,
)
