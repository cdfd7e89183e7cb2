"""The invitation planner: plan an invitation to therapy, ask, note how it went, and
look after myself either way.

Its window twin is ``ui/invitations``. Contributions:
- timeline: every attempt, on its day;
- packet: "Inviting my partner": attempts in the period with their answers and
  reasons, counted and listed (newest first, up to a few);
- export: every row of the module's tables, whole (the trash and settings too).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Final

from app.invitations import demo, ops, schema
from app.invitations.model import Answer, Attempt, How
from app.invitations.repository import InvitationRepository
from app.platform.contributions import (
    ExportRecord,
    PacketSection,
    Paragraph,
    RestoreContext,
    RestoreResult,
    Table,
    TimelineItem,
    count_tables,
    export_tables,
    restore_tables,
)
from app.platform.module import FeatureModule
from app.platform.sql import Connection
from app.platform.wording import ENGLISH, Wording, message
from app.sessions.module import PACKET_REASONS

EXPORT_TABLES: Final = (
    ("invitation_plans", "id"),
    ("invitation_attempts", "id"),
    ("invitation_settings", "id"),
)
PACKET_ATTEMPTS: Final = 8
# The packet's words for an attempt (message ids, translated when written).
ANSWER_LABELS: Final = {
    Answer.YES: message("yes"),
    Answer.MAYBE: message("maybe"),
    Answer.NOT_NOW: message("not now"),
    Answer.NO: message("no"),
    Answer.NOT_REACHED: message("we didn't get to it"),
}
HOW_LABELS: Final = {
    How.IN_PERSON: message("in person"),
    How.MESSAGE: message("by message"),
    How.CALL: message("by call"),
    How.OTHER: message("another way"),
}
PACKET_TITLE: Final = message("Inviting my partner")
ATTEMPTS_HEADER: Final = (
    message("Date"),
    message("How"),
    message("Answer"),
    message("Reason they gave"),
    message("Feeling"),
    message("What I do next"),
)


def _moment(attempt: Attempt) -> datetime | None:
    if attempt.at is None:
        return None
    return datetime.combine(attempt.happened, attempt.at).astimezone()


def timeline(connection: Connection, start: date, end: date) -> Iterator[TimelineItem]:
    for attempt in InvitationRepository(connection).attempts_between(start, end):
        yield TimelineItem(
            module="invitations",
            kind="invitation_attempt",
            ref=str(attempt.id),
            day=attempt.happened,
            title="",
            at=_moment(attempt),
            values={
                "plan": attempt.plan_id,
                "how": attempt.how.value,
                "answer": attempt.answer.value,
                "reason": None if attempt.reason is None else attempt.reason.value,
                "feeling": attempt.feeling,
                "they_raised": attempt.they_raised,
                "their_words": attempt.their_words,
                "next_step": attempt.next_step,
            },
        )


def packet(
    connection: Connection, start: date, end: date, wording: Wording = ENGLISH
) -> Sequence[PacketSection]:
    attempts = InvitationRepository(connection).attempts_between(start, end)
    if not attempts:
        return ()
    counts = {a: sum(1 for x in attempts if x.answer is a) for a in Answer}
    said = ", ".join(
        wording.say("{answer} {count}", answer=wording.translate(ANSWER_LABELS[a]), count=n)
        for a, n in counts.items()
        if n
    )
    latest = sorted(attempts, key=InvitationRepository.cursor_of, reverse=True)[:PACKET_ATTEMPTS]
    rows = tuple(
        (
            _when(a, wording),
            wording.translate(HOW_LABELS[a.how]),
            wording.translate(ANSWER_LABELS[a.answer]),
            "" if a.reason is None else wording.translate(PACKET_REASONS[a.reason]),
            "" if a.feeling is None else wording.number(a.feeling, 0),
            a.next_step,
        )
        for a in latest
    )
    if len(attempts) == 1:
        asked = wording.say("Asked 1 time in this period: {answers}.", answers=said)
    else:
        asked = wording.say(
            "Asked {count} times in this period: {answers}.", count=len(attempts), answers=said
        )
    blocks: tuple[Paragraph | Table, ...] = (Paragraph(asked), Table(ATTEMPTS_HEADER, rows))
    return (PacketSection(id="invitations.attempts", title=PACKET_TITLE, blocks=blocks),)


def _when(attempt: Attempt, wording: Wording) -> str:
    """The attempt's day as the reader writes days, and its time when it has one."""
    day = wording.day(attempt.happened)
    return day if attempt.at is None else f"{day} {attempt.at:%H:%M}"


def export(connection: Connection) -> Iterator[ExportRecord]:
    return export_tables(connection, "invitations", EXPORT_TABLES)


def export_count(connection: Connection) -> int:
    """How many records ``export`` gives."""
    return count_tables(connection, EXPORT_TABLES)


def restore(
    connection: Connection, records: Iterable[ExportRecord], context: RestoreContext
) -> RestoreResult:
    """The export's rows back, with their ids, into a vault with no invitations records yet
    (otherwise left out, and the result says so)."""
    return restore_tables(
        connection,
        "invitations",
        EXPORT_TABLES,
        records,
        context,
        settings=frozenset({"invitation_settings"}),
    )


MODULE = FeatureModule(
    id="invitations",
    title="Invitation planner",
    schema=schema.STEPS,
    topics=ops.ALL_TOPICS,
    demo=demo.fill,
    timeline=timeline,
    packet=packet,
    export=export,
    export_count=export_count,
    restore=restore,
)
