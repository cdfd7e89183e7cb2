"""Text direction controls in shown text: isolated in the window, escaped on a terminal.

A right-to-left override (U+202E) or another bidi control typed into a title, a tag or
an entry can reorder what is shown around it: "abc<U+202E>fdp.exe" reads "abcexe.pdf",
and an unclosed override spills into the next column. The stored text never changes;
only what is shown does, by one of two rules:

- ``isolated(field)`` (the window): a field with no direction controls is shown as
  written. One with any has its unbalanced controls removed (an opener never closed, a
  closer never opened) and is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL
  ISOLATE, so nothing in it can reorder the text around it.
- ``visible(text)`` (the command line's plain-text output): every direction control
  becomes a visible ``<U+202E>``, so a terminal shows exactly what is stored.
"""

from __future__ import annotations

import re
from typing import Final

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
LRM, RLM, ALM = "\u200e", "\u200f", "\u061c"

BIDI_CONTROLS: Final = frozenset((LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM))
_EMBEDDINGS: Final = frozenset((LRE, RLE, LRO, RLO))  # closed by PDF
_ISOLATES: Final = frozenset((LRI, RLI, FSI))  # closed by PDI
_ANY_CONTROL: Final = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")


def has_bidi_controls(text: str) -> bool:
    return _ANY_CONTROL.search(text) is not None


def visible(text: str) -> str:
    """``text`` with each direction control written out, e.g. ``<U+202E>``."""
    if not has_bidi_controls(text):
        return text
    return _ANY_CONTROL.sub(lambda match: f"<U+{ord(match.group()):04X}>", text)


def balanced(text: str) -> str:
    """``text`` without the direction controls that are not properly paired.

    Pairing follows the Unicode bidi algorithm: a PDF closes the innermost embedding or
    override only when no isolate was opened after it; a PDI closes the innermost open
    isolate (and any embedding still open inside it, which is then left out).
    The marks LRM, RLM and ALM are kept: they reorder nothing across an isolate.
    """
    keep = [True] * len(text)
    stack: list[tuple[int, str]] = []  # (position, opener)
    for position, char in enumerate(text):
        if char in _EMBEDDINGS or char in _ISOLATES:
            stack.append((position, char))
        elif char == PDF:
            if stack and stack[-1][1] in _EMBEDDINGS:
                stack.pop()
            else:
                keep[position] = False
        elif char == PDI:
            if any(opener in _ISOLATES for _, opener in stack):
                while True:
                    opened_at, opener = stack.pop()
                    if opener in _ISOLATES:
                        break
                    keep[opened_at] = False  # an embedding never closed
            else:
                keep[position] = False
    for opened_at, _ in stack:
        keep[opened_at] = False
    return "".join(char for char, kept in zip(text, keep, strict=True) if kept)


def isolated(field: str) -> str:
    """``field`` made safe to show next to other text (see the module's rule)."""
    if not has_bidi_controls(field):
        return field
    return f"{FSI}{balanced(field)}{PDI}"
