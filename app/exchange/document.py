"""The therapist packet as plain data, and the person's choices applied to it.

A :class:`Packet` is what the modules offered for a period (their ``packet`` hooks),
in module order. The person then leaves things out and blacks out passages; those
choices are a :class:`Choices`, and :func:`apply_choices` gives the packet that is
written. Redaction removes the words: the text that comes out holds :data:`REDACTED`
where they were, so no renderer can leak them (a box drawn over text would still
leave the text in the file).

Everything here is content from the vault: never logged, never kept after the lock.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from app.platform.contributions import Block, Chart, PacketSection, Paragraph, Table

# What stands where blacked-out words were: always the same length, so it says
# nothing about how long the passage was.
REDACTED = "\u2588\u2588\u2588\u2588\u2588"


@dataclass(frozen=True)
class Packet:
    start: date
    end: date
    made: date
    sections: tuple[PacketSection, ...]

    def section(self, section_id: str) -> PacketSection | None:
        return next((s for s in self.sections if s.id == section_id), None)

    @property
    def summary(self) -> tuple[str, ...]:
        """The first page's lines, from every section that has some."""
        return tuple(line for s in self.sections for line in s.summary)

    def is_empty(self) -> bool:
        return not any(s.blocks or s.summary for s in self.sections)


@dataclass(frozen=True, order=True)
class Place:
    """One piece of text in a packet: a paragraph (``row`` -1) or a table cell."""

    section: str
    block: int
    row: int = -1
    column: int = -1


@dataclass(frozen=True, order=True)
class ItemKey:
    """One thing that can be left out: a paragraph group or a table row."""

    section: str
    item: str  # the paragraphs' ``item`` ("b<block>" when they have none) or "b<block>r<row>"


@dataclass(frozen=True)
class Choices:
    """What the person chose in the preview."""

    left_out_sections: frozenset[str] = frozenset()
    left_out_items: frozenset[ItemKey] = frozenset()
    # Spans [start, end) of the text at each place, to black out.
    redactions: Mapping[Place, tuple[tuple[int, int], ...]] = field(default_factory=dict)


def paragraph_item(section: str, block: int, paragraph: Paragraph) -> ItemKey:
    return ItemKey(section, paragraph.item or f"b{block}")


def row_item(section: str, block: int, row: int) -> ItemKey:
    return ItemKey(section, f"b{block}r{row}")


def items(section: PacketSection) -> Iterator[ItemKey]:
    """The section's items in order, each once."""
    seen: set[ItemKey] = set()
    for number, block in enumerate(section.blocks):
        keys: Sequence[ItemKey]
        if isinstance(block, Paragraph):
            keys = (paragraph_item(section.id, number, block),)
        elif isinstance(block, Table):
            keys = [row_item(section.id, number, r) for r in range(len(block.rows))]
        else:
            keys = (ItemKey(section.id, f"b{number}"),)
        for key in keys:
            if key not in seen:
                seen.add(key)
                yield key


def redact(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each span replaced by :data:`REDACTED` (overlapping spans merge)."""
    cleaned = sorted((max(0, a), min(len(text), b)) for a, b in spans if b > a)
    merged: list[tuple[int, int]] = []
    for start, end in cleaned:
        if start >= len(text):
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    parts: list[str] = []
    at = 0
    for start, end in merged:
        parts.append(text[at:start])
        parts.append(REDACTED)
        at = end
    parts.append(text[at:])
    return "".join(parts)


def _apply_to_section(section: PacketSection, choices: Choices) -> PacketSection | None:
    blocks: list[Block] = []
    for number, block in enumerate(section.blocks):
        if isinstance(block, Paragraph):
            if paragraph_item(section.id, number, block) in choices.left_out_items:
                continue
            spans = choices.redactions.get(Place(section.id, number))
            blocks.append(replace(block, text=redact(block.text, spans)) if spans else block)
        elif isinstance(block, Table):
            rows: list[tuple[str, ...]] = []
            for r, row in enumerate(block.rows):
                if row_item(section.id, number, r) in choices.left_out_items:
                    continue
                cells = tuple(
                    redact(cell, choices.redactions.get(Place(section.id, number, r, c), ()))
                    for c, cell in enumerate(row)
                )
                rows.append(cells)
            if rows:
                blocks.append(replace(block, rows=tuple(rows)))
        elif isinstance(block, Chart) and (
            ItemKey(section.id, f"b{number}") not in choices.left_out_items
        ):
            blocks.append(block)
    if not blocks and not section.summary:
        return None
    return replace(section, blocks=tuple(blocks))


def apply_choices(packet: Packet, choices: Choices) -> Packet:
    """The packet as it will be written: left-out sections and items gone, blacked-out
    passages replaced by :data:`REDACTED`. Sections left with nothing are dropped."""
    kept: list[PacketSection] = []
    for section in packet.sections:
        if section.id in choices.left_out_sections:
            continue
        applied = _apply_to_section(section, choices)
        if applied is not None:
            kept.append(applied)
    return replace(packet, sections=tuple(kept))
