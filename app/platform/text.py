"""Text every module stores: without unstorable characters, or tidied to one line."""

from __future__ import annotations

import re

# C0/C1 control characters other than tab, newline and carriage return, and lone
# surrogates (which cannot be stored as UTF-8). Removing them keeps the snippet
# highlight markers (\x02, \x03) unambiguous and the database valid UTF-8.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def storable(text: str) -> str:
    """``text`` without characters the journal never stores (see _UNSTORABLE)."""
    if _UNSTORABLE.search(text) is None:
        return text
    return _UNSTORABLE.sub("", text)


def one_line(text: str) -> str:
    """Storable, every run of whitespace (newlines included) made one space, stripped."""
    return " ".join(storable(text).split())
