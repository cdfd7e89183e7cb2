"""How an entry is named wherever it is listed: its title, else its first words.

One rule for the entry list, the search results, the sessions' entry picker and the
command line's ``mooring search``: an entry with a title is named by it (on one line);
an untitled one by the first few words of its text (``EntrySummary.preview`` or
``SearchHit.preview``, Markdown marks left out); an entry with neither is called
"Untitled entry" (the caller passes that word in its own language).
"""

from __future__ import annotations

import re
from typing import Final

UNTITLED: Final = "Untitled entry"
NAME_WORDS: Final = 8  # words of the text that name an untitled entry

_WORDS: Final = re.compile(r"\S+")
# Marks that are Markdown rather than words (previews are already mostly plain).
_MARKDOWN_NOISE: Final = re.compile(r"[#>*_`~\[\]()!|-]+")


def _words(text: str) -> list[str]:
    return _WORDS.findall(_MARKDOWN_NOISE.sub(" ", text))


def first_words(text: str, count: int = NAME_WORDS) -> str:
    """The first ``count`` words of ``text`` without Markdown marks, "…" if there are more."""
    words = _words(text)
    shown = " ".join(words[:count])
    return shown + ("…" if len(words) > count else "")


def entry_name(title: str, preview: str, untitled: str = UNTITLED) -> str:
    """The name of an entry with ``title`` whose text starts with ``preview``."""
    title = " ".join(title.split())
    if title:
        return title
    return first_words(preview) or untitled


def after_name(title: str, preview: str) -> str:
    """What of ``preview`` is not already in the entry's name: all of it for an entry
    with a title, the words after the first few for an untitled one (so a row never
    shows the same words twice)."""
    tokens = preview.split()
    if " ".join(title.split()):
        return " ".join(tokens)
    named = 0
    for position, token in enumerate(tokens):
        named += len(_words(token))
        if named >= NAME_WORDS:
            return " ".join(tokens[position + 1 :])
    return ""
