"""Search snippets made from an entry's text: a short plain line around the first match.

FTS5 has its own ``snippet()``, but it has to run the whole query again to make one,
which for a prefix over a large journal costs more than the search itself. The words
to look for are known, so the snippet is cut here instead: a regular expression finds
the words (case-insensitively; the last one as a prefix when the search used one, and
words of a quoted phrase in sequence), with a slower pass that also ignores accents
when that finds nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Final

from app.journal.model import HIGHLIGHT_END, HIGHLIGHT_START
from app.journal.search_query import search_terms
from app.journal.text import snippet_line

SNIPPET_WORDS: Final = 24
_BEFORE: Final = 6  # words of context kept before the first match
# Past this many characters a long entry is not searched for a match to show.
_SCAN_CHARS: Final = 200_000
_WORD = r"[^\W_]"  # a letter or digit: roughly what the index counts as part of a word
_TOKEN = re.compile(f"{_WORD}+")
_CLINGING = re.compile(r"[^\s\w]{0,8}")


def fold(word: str) -> str:
    """A word as the index compares it: accents removed, case folded."""
    if word.isascii():
        return word.casefold()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


class Matcher:
    """Finds the words of a search (the text given to ``to_fts_query``) in an entry."""

    def __init__(self, text: str, *, prefix: bool) -> None:
        terms = [_TOKEN.findall(term) for term, _phrase in search_terms(text)]
        terms = [t for t in terms if t]
        patterns = []
        for index, tokens in enumerate(terms):
            parts = [re.escape(t) for t in tokens]
            if prefix and index == len(terms) - 1:
                parts[-1] += f"{_WORD}*"
            patterns.append(rf"(?<!{_WORD})" + r"[\W_]+".join(parts) + rf"(?!{_WORD})")
        self.exact = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None
        folded = [[fold(t) for t in tokens] for tokens in terms]
        self._folded_words = frozenset(t for tokens in folded for t in tokens)
        self._folded_prefix = folded[-1][-1] if prefix and folded else None

    def mark_folded(self, window: str) -> str:
        """``window`` with every accent- and case-insensitive match marked."""
        return _TOKEN.sub(
            lambda m: _wrap(m.group()) if self.folded_match(m.group()) else m.group(), window
        )

    def folded_match(self, word: str) -> bool:
        """Accent- and case-insensitive word test (for the slow pass)."""
        folded = fold(word)
        if folded in self._folded_words:
            return True
        return self._folded_prefix is not None and folded.startswith(self._folded_prefix)


def snippet(body: str, matcher: Matcher, words: int = SNIPPET_WORDS) -> str:
    """About ``words`` words of ``body`` around its first match, matches marked, one line."""
    limit = min(len(body), _SCAN_CHARS)
    exact = matcher.exact
    found = exact.search(body, 0, limit) if exact is not None else None
    if exact is not None and found is not None:
        return snippet_line(_around(body, found.start(), words, _marking(exact)))
    if not body.isascii():
        for token in _TOKEN.finditer(body, 0, limit):
            if matcher.folded_match(token.group()):
                return snippet_line(_around(body, token.start(), words, matcher.mark_folded))
    # The match is in the title (or beyond the scanned text): show the beginning.
    return snippet_line(_around(body, 0, words, lambda window: window))


Marker = Callable[[str], str]


def _wrap(text: str) -> str:
    return f"{HIGHLIGHT_START}{text}{HIGHLIGHT_END}"


def _marking(pattern: re.Pattern[str]) -> Marker:
    return lambda window: pattern.sub(lambda m: _wrap(m.group()), window)


def _around(body: str, at: int, words: int, mark: Marker) -> str:
    """``words`` words of ``body`` from a few words before offset ``at``, marked."""
    before = list(_TOKEN.finditer(body, max(0, at - 400), at))[-_BEFORE:]
    if before:
        start = before[0].start()
    else:
        head = _TOKEN.search(body, at)
        start = head.start() if head is not None else at
    end = start
    for count, token in enumerate(_TOKEN.finditer(body, start, min(len(body), start + 4000))):
        end = token.end()
        if count + 1 >= words:
            break
    # Keep punctuation that clings to the first and last words ("(so", "it.").
    clinging = _CLINGING.match(body, end)
    end = clinging.end() if clinging is not None else end
    while start > 0 and not body[start - 1].isspace() and not body[start - 1].isalnum():
        start -= 1
    more_before = _TOKEN.search(body, 0, start) is not None
    more_after = _TOKEN.search(body, end, min(len(body), end + 4000)) is not None
    # Stored text never holds the marker characters; this keeps any other text honest.
    window = body[start:end].replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
    return ("…" if more_before else "") + mark(window) + ("…" if more_after else "")
