"""Phrase patterns over words (see ``text.py``): the small language the rules use.

A pattern is words separated by spaces, each a *slot*:

- ``never``: that word (normalised: lowercase, no apostrophes, contractions expanded,
  so write "you are", never "you're");
- ``always|never``: any of these; ``@labels``: any word of the list "labels";
  ``*``: any one word; ``/apologi[sz]e[sd]?/``: a word the expression matches whole
  (it may hold "|" but not "/");
  alternatives mix (``@labels|idiot``);
- a trailing ``?`` makes the slot optional (``you are|were? always``);
- a lone ``,`` between two slots lets a comma (or dash...) fall between them; without
  it the words must be in one clause. A pattern never spans two sentences.

Expressions match one word at a time and may not repeat a group (``(ab)+``), so no
pattern can backtrack for long; words longer than ``text.MAX_WORD_CHARS`` never match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from app.communication.text import Draft, Word

MAX_VARIANTS: Final = 64
_REPEATED_GROUP: Final = re.compile(r"\)[*+{]")
_PLAIN_WORD: Final = re.compile(r"[^\W_]+")


class PatternError(ValueError):
    """A pattern that cannot be used; ``str()`` is one line (without the pattern's file)."""


@dataclass(frozen=True, slots=True)
class Slot:
    words: frozenset[str]
    expressions: tuple[re.Pattern[str], ...] = ()
    any_word: bool = False

    def matches(self, word: str) -> bool:
        if not word:
            return False
        if self.any_word or word in self.words:
            return True
        return any(expression.fullmatch(word) for expression in self.expressions)


@dataclass(frozen=True, slots=True)
class _Variant:
    slots: tuple[Slot, ...]
    comma_before: tuple[bool, ...]  # per slot: may a clause break fall just before it


@dataclass(frozen=True, slots=True)
class Match:
    first: int  # index of the first word in Draft.words
    stop: int  # index after the last word
    pattern: int  # index of the pattern in its PhraseSet


def compile_pattern(source: str, lists: Mapping[str, frozenset[str]]) -> tuple[_Variant, ...]:
    """The pattern's variants (one per choice of optional slots); raises PatternError."""
    items = source.split()
    if not items or items[0] == "," or items[-1] == ",":
        raise PatternError("a pattern needs words, and a comma only between words")
    slots: list[tuple[Slot, bool, bool]] = []  # slot, optional, comma before it
    comma = False
    for item in items:
        if item == ",":
            if comma:
                raise PatternError("two commas in a row")
            comma = True
            continue
        optional = len(item) > 1 and item.endswith("?")
        slots.append((_slot(item[:-1] if optional else item, lists), optional, comma))
        comma = False
    if all(optional for _, optional, _ in slots):
        raise PatternError("a pattern needs at least one word that is not optional")
    # Each variant: the slots chosen, per chosen slot whether a comma may come before
    # it, and whether a comma is pending (it stood before a skipped optional slot).
    variants: list[tuple[tuple[Slot, ...], tuple[bool, ...], bool]] = [((), (), False)]
    for slot, optional, comma_before in slots:
        grown = []
        for chosen, commas, pending in variants:
            comma_here = pending or comma_before
            grown.append(((*chosen, slot), (*commas, comma_here), False))
            if optional:
                grown.append((chosen, commas, comma_here))
        variants = grown
        if len(variants) > MAX_VARIANTS:
            raise PatternError(f"more than {MAX_VARIANTS} ways to read it; use fewer '?'")
    return tuple(_Variant(chosen, commas) for chosen, commas, _ in variants)


def _slot(item: str, lists: Mapping[str, frozenset[str]]) -> Slot:
    words: set[str] = set()
    expressions: list[re.Pattern[str]] = []
    any_word = False
    for alternative in _alternatives(item):
        if alternative == "*":
            any_word = True
        elif alternative.startswith("@"):
            name = alternative[1:]
            if name not in lists:
                raise PatternError(f"unknown word list {name!r}")
            words |= lists[name]
        elif alternative.startswith("/"):
            expressions.append(_expression(alternative))
        elif _PLAIN_WORD.fullmatch(alternative) and alternative == alternative.casefold():
            words.add(alternative)
        else:
            raise PatternError(f"{alternative!r} is not a lowercase word, @list, * or /expression/")
    return Slot(frozenset(words), tuple(expressions), any_word)


def _alternatives(item: str) -> list[str]:
    """``a|@b|/x|y/``: split on "|" outside /expressions/ (which hold no "/")."""
    found: list[str] = []
    position = 0
    while position <= len(item):
        if item.startswith("/", position):
            close = item.find("/", position + 1)
            stop = len(item) if close < 0 else close + 1
        else:
            bar = item.find("|", position)
            stop = len(item) if bar < 0 else bar
        found.append(item[position:stop])
        if stop < len(item) and item[stop] != "|":
            raise PatternError(f"{item[:40]!r}: write '|' between alternatives")
        position = stop + 1
    return found


def _expression(alternative: str) -> re.Pattern[str]:
    body = alternative[1:-1] if len(alternative) > 2 and alternative.endswith("/") else ""
    if not body:
        raise PatternError(f"bad word expression {alternative!r} (write it as /.../)")
    if _REPEATED_GROUP.search(body):
        raise PatternError(f"bad word expression {alternative!r} (a group may not repeat)")
    try:
        return re.compile(body)
    except re.error as error:
        raise PatternError(f"bad word expression {alternative!r} ({error.msg})") from None


class PhraseSet:
    """Patterns compiled once; ``find`` walks the words once, trying only the patterns
    whose first word could start there."""

    def __init__(self, sources: Sequence[str], lists: Mapping[str, frozenset[str]]) -> None:
        self.sources = tuple(sources)
        # Variants indexed by their first two words where both slots are plain word
        # sets (most are), else by the first word; the rest are tried everywhere.
        self._by_pair: dict[tuple[str, str], list[tuple[int, _Variant]]] = {}
        self._by_first: dict[str, list[tuple[int, _Variant]]] = {}
        self._open: list[tuple[int, _Variant]] = []
        for index, source in enumerate(self.sources):
            try:
                variants = compile_pattern(source, lists)
            except PatternError as error:
                raise PatternError(f"pattern {index + 1}: {error}") from None
            for variant in variants:
                first = variant.slots[0]
                second = variant.slots[1] if len(variant.slots) > 1 else None
                if first.any_word or first.expressions:
                    self._open.append((index, variant))
                elif second is None or second.any_word or second.expressions:
                    for word in first.words:
                        self._by_first.setdefault(word, []).append((index, variant))
                else:
                    for word in first.words:
                        for then in second.words:
                            self._by_pair.setdefault((word, then), []).append((index, variant))

    def __bool__(self) -> bool:
        return bool(self.sources)

    def find(self, draft: Draft, first: int = 0, stop: int | None = None) -> Iterator[Match]:
        """Every match starting at a word in ``first``..``stop``, in text order (the
        longest first when several start at one word)."""
        words = draft.words
        end = len(words) if stop is None else stop
        for index in range(first, end):
            yield from self.match_at(words, index)

    def match_at(self, words: Sequence[Word], index: int) -> list[Match]:
        """The matches that start at word ``index``, longest first."""
        word = words[index]
        if word.quoted or not word.text:
            return []
        candidates = self._by_first.get(word.text, [])
        if index + 1 < len(words):
            paired = self._by_pair.get((word.text, words[index + 1].text))
            if paired:
                candidates = [*candidates, *paired]
        if self._open:
            candidates = [*candidates, *self._open]
        if not candidates:
            return []
        found = [
            Match(index, stop, pattern)
            for pattern, variant in candidates
            if (stop := _match_variant(variant, words, index)) is not None
        ]
        found.sort(key=lambda match: match.first - match.stop)
        return found

    def contains(self, draft: Draft) -> bool:
        return next(self.find(draft), None) is not None


def _match_variant(variant: _Variant, words: Sequence[Word], index: int) -> int | None:
    position = index
    for number, slot in enumerate(variant.slots):
        if position >= len(words):
            return None
        word = words[position]
        if word.quoted or not slot.matches(word.text):
            return None
        if number:
            before = words[position - 1]
            if word.sentence != before.sentence:
                return None
            if word.clause != before.clause and not variant.comma_before[number]:
                return None
        position += 1
    return position


def without_exceptions(matches: Sequence[Match], exceptions: Sequence[Match]) -> list[Match]:
    """The matches no exception match contains ("not your fault" holds "your fault").

    One sweep in text order: a match is contained when the furthest-reaching exception
    that starts at or before it reaches at least as far.
    """
    ordered = sorted(exceptions, key=lambda e: e.first)
    kept: list[Match] = []
    reach = -1
    position = 0
    for match in sorted(matches, key=lambda m: (m.first, m.stop)):
        while position < len(ordered) and ordered[position].first <= match.first:
            reach = max(reach, ordered[position].stop)
            position += 1
        if reach < match.stop:
            kept.append(match)
    return kept
