"""The person's choices in the preview, changed one step at a time.

Each function takes a :class:`Choices` and gives the next one (they are frozen
values), so an undo step only has to keep the choices before and after it. Every
change is a toggle: asking again for what is already chosen takes it back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from app.exchange.document import Choices, ItemKey, Packet, Place, apply_choices
from app.exchange.sections import SUMMARY

Span = tuple[int, int]
# A piece of selected text: where it is, and the span of that place's text.
Piece = tuple[Place, int, int]


def toggle_items(choices: Choices, keys: Iterable[ItemKey]) -> Choices:
    """Leave ``keys`` out; when every one of them is out already, bring them back."""
    wanted = frozenset(keys)
    if not wanted:
        return choices
    if wanted <= choices.left_out_items:
        return replace(choices, left_out_items=choices.left_out_items - wanted)
    return replace(choices, left_out_items=choices.left_out_items | wanted)


def toggle_section(choices: Choices, section_id: str) -> Choices:
    sections = choices.left_out_sections
    if section_id in sections:
        return replace(choices, left_out_sections=sections - {section_id})
    return replace(choices, left_out_sections=sections | {section_id})


def merged(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Spans in order, overlapping or touching ones joined, empty ones dropped."""
    out: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def without(spans: Sequence[Span], cut: Span) -> tuple[Span, ...]:
    """``spans`` with the characters of ``cut`` taken out of them."""
    out: list[Span] = []
    for start, end in spans:
        if end <= cut[0] or start >= cut[1]:
            out.append((start, end))
            continue
        if start < cut[0]:
            out.append((start, cut[0]))
        if end > cut[1]:
            out.append((cut[1], end))
    return merged(out)


def covered(spans: Sequence[Span], piece: Span) -> bool:
    """True when every character of ``piece`` is inside one of ``spans``."""
    return any(start <= piece[0] and piece[1] <= end for start, end in merged(spans))


def toggle_black_out(choices: Choices, pieces: Sequence[Piece]) -> Choices:
    """Black out the selected ``pieces``; when all of them are blacked out already,
    show those words again (only those: the rest of a longer span stays black)."""
    pieces = [p for p in pieces if p[2] > p[1]]
    if not pieces:
        return choices
    redactions: dict[Place, tuple[Span, ...]] = dict(choices.redactions)
    if all(covered(redactions.get(place, ()), (a, b)) for place, a, b in pieces):
        for place, a, b in pieces:
            left = without(redactions.get(place, ()), (a, b))
            if left:
                redactions[place] = left
            else:
                redactions.pop(place, None)
    else:
        for place, a, b in pieces:
            redactions[place] = merged((*redactions.get(place, ()), (a, b)))
    return replace(choices, redactions=_frozen(redactions))


def _frozen(redactions: Mapping[Place, tuple[Span, ...]]) -> Mapping[Place, tuple[Span, ...]]:
    # Sorted, so equal choices compare (and show in tests) the same.
    return dict(sorted(redactions.items()))


def count(choices: Choices) -> tuple[int, int, int]:
    """How many sections and items are left out, and how many passages blacked out."""
    return (
        len(choices.left_out_sections),
        len(choices.left_out_items),
        sum(len(spans) for spans in choices.redactions.values()),
    )


def written(packet: Packet, choices: Choices) -> Packet:
    """The packet as it will come out: :func:`apply_choices`, and with the summary page
    left out too when the person left it out (its lines belong to other sections, so
    ``apply_choices`` keeps them); a section left with nothing at all goes."""
    applied = apply_choices(packet, choices)
    if SUMMARY not in choices.left_out_sections:
        return applied
    sections = tuple(replace(section, summary=()) for section in applied.sections if section.blocks)
    return replace(applied, sections=sections)
