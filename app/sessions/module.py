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
from app.platform.wording import ENGLISH, Wording, message
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


def _hours(minutes: int, wording: Wording) -> str:
    return wording.number(minutes / 60, 1)


# The sections' titles (English message ids), as the packet's catalogue names them.
SUMMARY_TITLE: Final = message("Sessions at a glance")
LIST_TITLE: Final = message("Sessions and takeaways")
HOMEWORK_TITLE: Final = message("Homework")
TOPICS_TITLE: Final = message("To bring up")
PARTNER_TITLE: Final = message("My partner and my sessions")
LIST_HEADER: Final = (message("Date"), message("Kind"), message("Status"), message("Takeaways"))
HOMEWORK_HEADER: Final = (message("Given"), message("Homework"), message("Due"), message("Done"))
PARTNER_HEADER: Final = (message("Date"), message("Answer"), message("Reason"))
# A session's status in the packet's table (message ids).
STATUS_WORDS: Final = {
    Status.PLANNED: message("planned"),
    Status.ATTENDED: message("attended"),
    Status.MISSED: message("missed"),
    Status.CANCELLED: message("cancelled"),
}
# The partner's answers and reasons (message ids in the "Packet" context, as the
# window's pages show them too). The invitations packet uses them as well.
PACKET_RESPONSES: Final = RESPONSE_LABELS
PACKET_REASONS: Final = REASON_LABELS


def _summary_lines(
    counts: dict[Status, int], minutes: int, done: int, open_: int, wording: Wording
) -> list[str]:
    """The first page's figures: attendance and program hours, then homework."""
    attended = counts[Status.ATTENDED]
    figures = {
        "attended": attended,
        "missed": counts[Status.MISSED],
        "cancelled": counts[Status.CANCELLED],
        "hours": _hours(minutes, wording),
    }
    if counts[Status.CANCELLED]:
        if attended == 1:
            line = wording.say(
                "1 session attended, {missed} missed, {cancelled} cancelled; {hours} program hours",
                **figures,
            )
        else:
            line = wording.say(
                "{attended} sessions attended, {missed} missed, {cancelled} cancelled;"
                " {hours} program hours",
                **figures,
            )
    elif attended == 1:
        line = wording.say("1 session attended, {missed} missed; {hours} program hours", **figures)
    else:
        line = wording.say(
            "{attended} sessions attended, {missed} missed; {hours} program hours", **figures
        )
    lines = [line]
    if done or open_:
        lines.append(wording.say("Homework: {done} done, {open} open", done=done, open=open_))
    return lines


def packet(
    connection: Connection, start: date, end: date, wording: Wording = ENGLISH
) -> Sequence[PacketSection]:
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
                        wording.say(
                            "{attended} attended, {missed} missed, {cancelled} cancelled;"
                            " {hours} hours attended. Homework: {done} done, {open} still open.",
                            attended=counts[Status.ATTENDED],
                            missed=counts[Status.MISSED],
                            cancelled=counts[Status.CANCELLED],
                            hours=_hours(minutes, wording),
                            done=done,
                            open=open_,
                        )
                    ),
                ),
                summary=tuple(_summary_lines(counts, minutes, done, open_, wording)),
            )
        )
        table_rows: list[tuple[str, ...]] = []
        for summary in in_period:
            if summary.status is Status.PLANNED:
                continue
            full = sessions.get(summary.id)
            table_rows.append(
                (
                    wording.day(full.start.date()),
                    kinds.resolve(full.kind_id).name,
                    wording.translate(STATUS_WORDS[full.status]),
                    full.takeaways,
                )
            )
        if table_rows:
            sections.append(
                PacketSection(
                    id="sessions.list",
                    title=LIST_TITLE,
                    blocks=(Table(LIST_HEADER, tuple(table_rows)),),
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
                        HOMEWORK_HEADER,
                        tuple(
                            (
                                wording.day(item.session_start.date()),
                                item.text,
                                "" if item.due is None else wording.day(item.due),
                                wording.say("yes") if item.done else wording.say("not yet"),
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
            wording.day(moment.day),
            wording.translate(PACKET_RESPONSES[moment.response]),
            moment.words
            or ("" if moment.reason is None else wording.translate(PACKET_REASONS[moment.reason])),
        )
        for moment in PartnerHistory(connection).history(start, end)
        if moment.response is not PartnerResponse.NOT_ASKED
    )
    if answers:
        sections.append(
            PacketSection(
                id="sessions.partner",
                title=PARTNER_TITLE,
                blocks=(Table(PARTNER_HEADER, answers),),
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
