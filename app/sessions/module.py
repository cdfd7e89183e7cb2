"""The session tracker: therapy sessions, groups and visits, with homework, topics to
bring up, repeating schedules, program hours and the partner's answers.

Its window twin is ``ui/sessions``. Contributions:
- timeline: every live session (an item on its day), and homework ticked off;
- packet: a summary (attended, missed, hours, homework), the sessions with their
  takeaways, homework, the open "bring up" topics, and the partner's answers;
- export: every row of the module's tables, whole (the trash too), so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any, Final

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
from app.sessions import demo, kinds, ops, schema
from app.sessions.bring_up import TopicRepository
from app.sessions.homework import HomeworkRepository
from app.sessions.hours import ProgramHours
from app.sessions.model import PartnerResponse, Status
from app.sessions.partner import REASON_LABELS, RESPONSE_LABELS, PartnerHistory
from app.sessions.repository import SessionRepository

# The module's tables in the order a reader of the export needs them (parents first).
EXPORT_TABLES = (
    ("session_providers", "id"),
    ("session_schedules", "id"),
    ("sessions", "id"),
    ("session_homework", "id"),
    ("session_topics", "id"),
    ("session_entries", "session_id, entry_id"),
    ("session_settings", "key"),
)


def timeline(connection: Connection, start: date, end: date) -> Iterator[TimelineItem]:
    sessions = SessionRepository(connection)
    for session in sessions.between(start, end):
        yield TimelineItem(
            module="sessions",
            kind="session",
            ref=str(session.id),
            day=session.start.date(),
            title="",
            at=session.start,
            values={
                "kind": session.kind_id,
                "status": session.status.value,
                "minutes": session.minutes,
                "partner": session.partner.value,
            },
        )
    for item in HomeworkRepository(connection).done_between(start, end):
        done = item.done_at
        if done is None:  # done_between only returns ticked-off items
            continue
        yield TimelineItem(
            module="sessions",
            kind="homework",
            ref=str(item.id),
            day=done.date(),
            title=item.text,
            at=done,
            values={"session": item.session_id},
        )


def _hours(minutes: int) -> str:
    return f"{minutes / 60:.1f}"


# The sections' titles (English message ids), as the packet's catalogue names them.
SUMMARY_TITLE: Final = "Sessions at a glance"
LIST_TITLE: Final = "Sessions and takeaways"
HOMEWORK_TITLE: Final = "Homework"
TOPICS_TITLE: Final = "To bring up"
PARTNER_TITLE: Final = "My partner and my sessions"


def _summary_lines(counts: dict[Status, int], minutes: int, done: int, open_: int) -> list[str]:
    """The first page's figures: attendance and program hours, then homework."""
    attended = counts[Status.ATTENDED]
    sessions = "1 session" if attended == 1 else f"{attended} sessions"
    line = f"{sessions} attended, {counts[Status.MISSED]} missed"
    if counts[Status.CANCELLED]:
        line += f", {counts[Status.CANCELLED]} cancelled"
    lines = [f"{line}; {_hours(minutes)} program hours"]
    if done or open_:
        lines.append(f"Homework: {done} done, {open_} open")
    return lines


def packet(connection: Connection, start: date, end: date) -> Sequence[PacketSection]:
    """At a glance (attendance, hours, homework; the first page's figures too), the
    sessions with their takeaways, the homework given at them, the open topics to
    bring up, and what my partner said when asked to come."""
    sessions = SessionRepository(connection)
    in_period = sessions.between(start, end)
    homework = HomeworkRepository(connection)
    done, open_ = homework.counts(start, end)
    sections: list[PacketSection] = []
    if in_period:
        counts = {status: 0 for status in Status}
        for summary in in_period:
            counts[summary.status] += 1
        minutes = ProgramHours(connection).attended_minutes(start, end)
        sections.append(
            PacketSection(
                id="sessions.summary",
                title=SUMMARY_TITLE,
                blocks=(
                    Paragraph(
                        f"{counts[Status.ATTENDED]} attended, {counts[Status.MISSED]} missed,"
                        f" {counts[Status.CANCELLED]} cancelled; {_hours(minutes)} hours"
                        f" attended. Homework: {done} done, {open_} still open."
                    ),
                ),
                summary=tuple(_summary_lines(counts, minutes, done, open_)),
            )
        )
        table_rows: list[tuple[str, ...]] = []
        for summary in in_period:
            if summary.status is Status.PLANNED:
                continue
            full = sessions.get(summary.id)
            table_rows.append(
                (
                    full.start.date().isoformat(),
                    kinds.resolve(full.kind_id).name,
                    full.status.value,
                    full.takeaways,
                )
            )
        if table_rows:
            sections.append(
                PacketSection(
                    id="sessions.list",
                    title=LIST_TITLE,
                    blocks=(Table(("Date", "Kind", "Status", "Takeaways"), tuple(table_rows)),),
                )
            )
    items = [item for summary in in_period for item in homework.for_session(summary.id)]
    if items:
        sections.append(
            PacketSection(
                id="sessions.homework",
                title=HOMEWORK_TITLE,
                blocks=(
                    Table(
                        ("Given", "Homework", "Due", "Done"),
                        tuple(
                            (
                                item.session_start.date().isoformat(),
                                item.text,
                                "" if item.due is None else item.due.isoformat(),
                                "yes" if item.done else "not yet",
                            )
                            for item in items
                        ),
                    ),
                ),
            )
        )
    # Open topics already added by the period's end: a packet for an earlier period
    # (one with nothing in it, say) never lists topics from after it.
    topics = [t for t in TopicRepository(connection).open_topics() if t.added.date() <= end]
    if topics:
        sections.append(
            PacketSection(
                id="sessions.topics",
                title=TOPICS_TITLE,
                blocks=tuple(Paragraph(topic.text) for topic in topics),
            )
        )
    answers = tuple(
        (
            moment.day.isoformat(),
            RESPONSE_LABELS[moment.response],
            moment.words or ("" if moment.reason is None else REASON_LABELS[moment.reason]),
        )
        for moment in PartnerHistory(connection).history(start, end)
        if moment.response is not PartnerResponse.NOT_ASKED
    )
    if answers:
        sections.append(
            PacketSection(
                id="sessions.partner",
                title=PARTNER_TITLE,
                blocks=(Table(("Date", "Answer", "Reason"), answers),),
            )
        )
    return tuple(sections)


def export(connection: Connection) -> Iterator[ExportRecord]:
    """Every row of every sessions table, column by column (nothing left out)."""
    return export_tables(connection, "sessions", EXPORT_TABLES)


def export_count(connection: Connection) -> int:
    """How many records ``export`` gives."""
    return count_tables(connection, EXPORT_TABLES)


def restore(
    connection: Connection, records: Iterable[ExportRecord], context: RestoreContext
) -> RestoreResult:
    """The export's rows back, with their ids, into a vault with no sessions records yet
    (otherwise left out, and the result says so)."""
    return restore_tables(
        connection,
        "sessions",
        EXPORT_TABLES,
        records,
        context,
        settings=frozenset({"session_settings"}),
        links={("session_entries", "entry_id"): ("journal", "entry")},
        adjust=_topic_source,
    )


def _topic_source(table: str, row: dict[str, Any], context: RestoreContext) -> None:
    """A topic brought from a journal entry points at the entry's id in this vault (or,
    without it, at nothing: the topic's words stay). Other sources keep their refs."""
    if table != "session_topics" or row.get("source_kind") != "entry":
        return
    ref = row.get("source_ref")
    new = context.new_id("journal", "entry", int(str(ref))) if str(ref).isdigit() else None
    if new is None:
        row["source_kind"], row["source_ref"] = "", ""
    else:
        row["source_ref"] = str(new)


MODULE = FeatureModule(
    id="sessions",
    title="Sessions",
    schema=schema.STEPS,
    topics=ops.ALL_TOPICS,
    demo=demo.fill,
    timeline=timeline,
    packet=packet,
    export=export,
    export_count=export_count,
    restore=restore,
)
