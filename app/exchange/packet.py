"""Building the therapist packet for a period from every module's ``packet`` hook.

The result is plain data (:class:`app.exchange.document.Packet`): the preview shows it,
the person's choices are applied to it, and a renderer (Markdown, HTML, the window's
PDF) writes it. Nothing here formats or translates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from app.exchange.document import Packet
from app.exchange.period import Period
from app.exchange.sections import DEFAULT_SECTIONS, SECTION_IDS, SUMMARY
from app.platform import registry
from app.platform.contributions import PacketSection
from app.platform.sql import Connection
from app.platform.wording import ENGLISH, Wording

# Asked between modules: True stops the build (the person cancelled).
Cancelled = Callable[[], bool]


class BuildCancelled(Exception):
    """The person cancelled while the packet was being gathered."""


def _in_reading_order(sections: Iterable[PacketSection]) -> tuple[PacketSection, ...]:
    rank = {section_id: number for number, section_id in enumerate(SECTION_IDS)}
    # Sections not in the catalogue (a newer module) come last, in module order.
    numbered = list(enumerate(sections))
    numbered.sort(key=lambda pair: (rank.get(pair[1].id, len(rank)), pair[0]))
    return tuple(section for _, section in numbered)


def build_packet(
    connection: Connection,
    period: Period,
    today: date,
    wanted: frozenset[str] = DEFAULT_SECTIONS,
    cancelled: Cancelled | None = None,
    wording: Wording = ENGLISH,
) -> Packet:
    """What the modules offer for ``period``, only the ``wanted`` sections, in reading
    order. A section's first-page lines are kept only when both it and the summary page
    are wanted (leaving a section out in the preview drops its lines too)."""
    gathered: list[PacketSection] = []
    for module in registry.feature_modules():
        if cancelled is not None and cancelled():
            raise BuildCancelled
        if module.packet is None:
            continue
        for section in module.packet(connection, period.start, period.end, wording):
            if section.id not in wanted:
                # Its first-page figures go with it: a section the person did not tick
                # (their scores, say) must not come back on page one.
                continue
            if SUMMARY not in wanted and section.summary:
                section = PacketSection(section.id, section.title, section.blocks, ())
            gathered.append(section)
    return Packet(
        start=period.start,
        end=period.end,
        made=today,
        sections=_in_reading_order(gathered),
    )
