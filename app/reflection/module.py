"""The reflection module: why my partner might be saying no and what it does to me
(dated and repeatable), values and the future, and a monthly relationship check-in.

Its window twin is ``ui/reflection``. Contributions:
- timeline: each reflection on its day; each monthly check-in on the first of its month;
- packet: "Relationship reflection": the latest reflection in the period (with how it
  compares to the one before), the values page, and the period's monthly check-ins;
- export: every row of the module's tables, whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Final

from app.platform.contributions import (
    Block,
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
from app.reflection import content as reflection_content
from app.reflection import demo, ops, schema
from app.reflection.model import Answer, Reflection
from app.reflection.repository import ReflectionRepository

EXPORT_TABLES: Final = (
    ("reflections", "id"),
    ("reflection_answers", "reflection_id, kind, item"),
    ("reflection_values", "id"),
    ("reflection_options", "option"),
    ("relationship_checkins", "month"),
    ("relationship_checkin_scores", "month, question"),
)
LEANING_WORDS: Final = {
    "not_at_all": message("not at all"),
    "a_little": message("a little"),
    "somewhat": message("somewhat"),
    "quite_a_lot": message("quite a lot"),
    "strongly": message("strongly"),
}
# The packet's fixed words (message ids, translated when written or laid out).
PACKET_TITLE: Final = message("Relationship reflection")
REFLECTION_HEADER: Final = (message("Item"), message("Before"), message("Latest"), message("Note"))
OPTIONS_HEADER: Final = (message("Option I am weighing"), message("Leaning"), message("Note"))
MONTH_HEADER: Final = message("Month")
VALUES_LABELS: Final = (
    ("what_i_value", message("What I value")),
    ("what_i_need", message("What I need")),
    ("can_live_with", message("What I can live with")),
    ("cannot_live_with", message("What I cannot live with")),
)


def timeline(connection: Connection, start: date, end: date) -> Iterator[TimelineItem]:
    repo = ReflectionRepository(connection)
    for reflection in repo.between(start, end):
        yield TimelineItem(
            module="reflection",
            kind="reflection",
            ref=f"reflection:{reflection.id}",
            day=reflection.day,
            title="",
            values={
                "reasons": {k: a.score for k, a in reflection.reasons.items()},
                "impacts": {k: a.score for k, a in reflection.impacts.items()},
            },
        )
    for checkin in repo.checkins(start, end):
        if not start <= checkin.month <= end:
            continue
        yield TimelineItem(
            module="reflection",
            kind="relationship_checkin",
            ref=f"checkin:{checkin.month:%Y-%m}",
            day=checkin.month,
            title="",
            values=dict(checkin.scores),
        )


def _score(answer: Answer | None, wording: Wording) -> str:
    if answer is None:
        return ""
    if answer.unsure:
        return wording.say("not sure")
    return "" if answer.score is None else wording.say("{score} of 10", score=answer.score)


def _reflection_table(latest: Reflection, before: Reflection | None, wording: Wording) -> Table:
    content = reflection_content.bundled()
    rows = []
    for kind, items in (("reasons", content.reasons), ("impacts", content.impacts)):
        for item in items:
            now = getattr(latest, kind).get(item.id)
            then = None if before is None else getattr(before, kind).get(item.id)
            if now is None and then is None:
                continue
            rows.append(
                (
                    item.title_in(),
                    _score(then, wording),
                    _score(now, wording),
                    "" if now is None else now.note,
                )
            )
    # Fixed words in the header (message ids); the two dates are said above the table.
    return Table(REFLECTION_HEADER, tuple(rows))


def _dates_line(latest: Reflection, before: Reflection | None, wording: Wording) -> str:
    if before is None:
        return wording.say("Latest: {latest} (the first one).", latest=wording.day(latest.day))
    return wording.say(
        "Latest: {latest}; before: {before}.",
        latest=wording.day(latest.day),
        before=wording.day(before.day),
    )


def _month(month: date, wording: Wording) -> str:
    """A month of the monthly check-ins ("2026-11" in English)."""
    return wording.say("{year}-{month}", year=month.year, month=f"{month.month:02d}")


def packet(
    connection: Connection, start: date, end: date, wording: Wording = ENGLISH
) -> Sequence[PacketSection]:
    repo = ReflectionRepository(connection)
    content = repo.content
    blocks: list[Block] = []
    inside = repo.between(start, end)
    if inside:
        latest = inside[-1]
        older = [
            s
            for s in repo.summaries()
            if s.day < latest.day or (s.day == latest.day and s.id < latest.id)
        ]
        before = repo.get(older[0].id) if older else None
        item = f"reflection-{latest.id}"
        blocks.append(
            Paragraph(
                wording.say(
                    "Why my partner might be saying no, and what it does to me (possibilities,"
                    " not a verdict on my partner)."
                ),
                item,
            )
        )
        blocks.append(Paragraph(_dates_line(latest, before, wording), item))
        blocks.append(_reflection_table(latest, before, wording))
    values = repo.values()
    if values.updated is not None and values.updated.date() <= end:
        for name, label in VALUES_LABELS:
            text: str = getattr(values, name)
            if text.strip():
                # The values page's paragraphs are left out together.
                said = wording.say(
                    "{label}: {text}", label=wording.translate(label), text=text.strip()
                )
                blocks.append(Paragraph(said, "values"))
        rows = tuple(
            (
                item.title_in(),
                ""
                if (a := values.options.get(item.id)) is None or a.leaning is None
                else wording.translate(LEANING_WORDS[a.leaning.value]),
                "" if a is None else a.note,
            )
            for item in content.options
            if item.id in values.options
        )
        if rows:
            blocks.append(Table(OPTIONS_HEADER, rows))
    checkins = [c for c in repo.checkins(start, end) if start <= c.month <= end]
    if checkins:
        blocks.append(
            Paragraph(
                wording.say(
                    "Monthly relationship check-ins (a personal reflection, not a clinical"
                    " measure)."
                )
            )
        )
        header = (MONTH_HEADER, *(item.title_in() for item in content.checkin))
        blocks.append(
            Table(
                header,
                tuple(
                    (
                        _month(c.month, wording),
                        *(
                            "" if item.id not in c.scores else wording.number(c.scores[item.id], 0)
                            for item in content.checkin
                        ),
                    )
                    for c in checkins
                ),
            )
        )
    if not blocks:
        return ()
    return (PacketSection(id="reflection.summary", title=PACKET_TITLE, blocks=tuple(blocks)),)


def export(connection: Connection) -> Iterator[ExportRecord]:
    """Every row of every table, column by column (nothing left out)."""
    return export_tables(connection, "reflection", EXPORT_TABLES)


def export_count(connection: Connection) -> int:
    """How many records ``export`` gives."""
    return count_tables(connection, EXPORT_TABLES)


def restore(
    connection: Connection, records: Iterable[ExportRecord], context: RestoreContext
) -> RestoreResult:
    """The export's rows back, with their ids, into a vault with no reflection records yet
    (otherwise left out, and the result says so)."""
    return restore_tables(connection, "reflection", EXPORT_TABLES, records, context)


MODULE = FeatureModule(
    id="reflection",
    title="Reflection",
    schema=schema.STEPS,
    topics=ops.ALL_TOPICS,
    demo=demo.fill,
    timeline=timeline,
    packet=packet,
    export=export,
    export_count=export_count,
    restore=restore,
)
