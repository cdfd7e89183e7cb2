"""A draft read as words, each with its place in the text, for phrase matching.

Matching works on words, never on the raw text, so every check stays linear in the
length of the draft (no regular expression ever runs over the whole text with nested
repetition). A word is casefolded, its curly apostrophes made straight and removed,
its accents folded away when the language's rules say so ("estás" reads "estas"),
and a contraction is expanded ("you're", "youre" and "you are" all read "you are");
the expanded words keep the place of the word as written, so a match can be
highlighted where it stands.

Punctuation splits the words into *clauses* (a comma, a dash, an emoji...) and
*sentences* (``. ! ? ; …`` or a line break); a phrase matches only inside one clause
unless its pattern says a comma may fall between two of its words. Words inside a
closed pair of double quotes are *quoted* (reported speech: "when you said "you're
lazy", I felt hurt") and no phrase matches on them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

# Words longer than this are no word any rule looks for (a pasted link, a long run of
# letters); they still count as words but never match, which keeps every matcher's
# work per word bounded.
MAX_WORD_CHARS: Final = 40

_APOSTROPHES: Final = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc\uff07`\u00b4", "'"))
_WORD: Final = re.compile(r"\w+(?:'\w+)*")
_QUOTE_MARKS: Final = re.compile('["\u201c\u201d\u00ab\u00bb\u201e\n]')
_OPENING_QUOTES: Final = frozenset('"\u201c\u00ab\u201e')
_SENTENCE_ENDS: Final = frozenset(".!?;\u2026\n\u3002\uff01\uff1f\u061f")


@dataclass(frozen=True, slots=True)
class Word:
    text: str  # normalised: casefolded, no apostrophes; "" when too long to match
    start: int  # the place of the word as written (for an expanded contraction: all of it)
    end: int
    clause: int
    sentence: int
    quoted: bool
    written: int  # index of the word as written (expanded parts share it)


@dataclass(frozen=True, slots=True)
class Draft:
    text: str
    words: tuple[Word, ...]
    word_count: int  # words as written
    questions: frozenset[int]  # sentences that end with a question mark


def fold_accents(text: str) -> str:
    """``text`` without its accents and other combining marks ("está" -> "esta")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Normaliser:
    """How a language's words are normalised (from its rules file)."""

    contractions: Mapping[str, tuple[str, ...]]  # "you're"/"youre" -> ("you", "are")
    suffixes: Mapping[str, str]  # "n't" -> "not", "'re" -> "are" (after the stem)
    # Accents folded away, in the draft and in the rules alike, for languages whose
    # writers often leave them out ("estás" and "estas" read the same).
    fold: bool = False

    def word(self, text: str) -> str:
        """A word (or pattern) of the rules, folded as the draft's words are."""
        return fold_accents(text) if self.fold else text

    def expand(self, written: str) -> tuple[str, ...]:
        lowered = self.word(written.translate(_APOSTROPHES).casefold())
        whole = self.contractions.get(lowered)
        if whole is not None:
            return whole
        if "'" in lowered:
            for suffix, word in self.suffixes.items():
                if lowered.endswith(suffix) and len(lowered) > len(suffix):
                    stem = lowered[: -len(suffix)].replace("'", "")
                    return (stem, word)
        return (lowered.replace("'", ""),)


def read_draft(text: str, normaliser: Normaliser) -> Draft:
    """The words of ``text`` with their places, clauses, sentences and quoting."""
    text_apostrophes = text.translate(_APOSTROPHES)
    quoted_spans = _closed_quotes(text)
    words: list[Word] = []
    questions: set[int] = set()
    clause = sentence = 0
    previous_end = 0
    span_index = 0
    written_count = 0
    for found in _WORD.finditer(text_apostrophes):
        start, end = found.span()
        if written_count:
            gap = text[previous_end:start]
            if any(ch in _SENTENCE_ENDS for ch in gap):
                if "?" in gap or "\uff1f" in gap or "\u061f" in gap:
                    questions.add(sentence)
                sentence += 1
                clause += 1
            elif gap.strip() and gap != "-":
                clause += 1
        while span_index < len(quoted_spans) and quoted_spans[span_index][1] <= start:
            span_index += 1
        quoted = span_index < len(quoted_spans) and quoted_spans[span_index][0] <= start
        written = found.group()
        parts = ("",) if len(written) > MAX_WORD_CHARS else normaliser.expand(written)
        for part in parts:
            words.append(Word(part, start, end, clause, sentence, quoted, written_count))
        written_count += 1
        previous_end = end
    if "?" in text[previous_end:] or "\uff1f" in text[previous_end:]:
        questions.add(sentence)
    return Draft(text, tuple(words), written_count, frozenset(questions))


def _closed_quotes(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each closed double-quoted stretch, within one line."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _QUOTE_MARKS.finditer(text):
        char = mark.group()
        if char == "\n":
            opened = None
        elif opened is None:
            if char in _OPENING_QUOTES:
                opened = mark.end()
        else:
            spans.append((opened, mark.start()))
            opened = None
    return spans
