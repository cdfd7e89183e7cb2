"""Turning whatever a person types into a safe FTS5 query.

FTS5 has its own query language (AND, OR, NOT, NEAR(...), column filters, ``*``,
``^``, parentheses). A person typing into a search box means none of it, and a stray
quote or bracket would be a syntax error. So every word becomes a quoted FTS5 string:
inside quotes FTS5 treats everything literally and runs the table's own tokenizer, so
"don't" or "e-mail" match exactly as they were indexed. Words in a pair of double
quotes stay together as a phrase. The last word is matched as a prefix (search as
you type) unless the text ends in a space or a closing quote, or the word is shorter
than MIN_PREFIX_CHARS: one or two letters would match a large part of every journal
(costly, and no help), so they are matched as whole words until a third is typed.
Words in scripts written without spaces (CJK) are matched as prefixes from one
character.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Uppercase words FTS5 would read as operators; a search box user means nothing by them.
_OPERATORS: Final = frozenset({"AND", "OR", "NOT", "NEAR"})
_QUOTES: Final = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
_MAX_CHARS: Final = 1000
_MAX_TERMS: Final = 32
MIN_PREFIX_CHARS: Final = 3
_UNSEARCHABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_QUOTE_SPLIT = re.compile(f"[{_QUOTES}]")
# Outside quotes, brackets only ever mean FTS5 grouping (or NEAR(...)): words split there.
_BRACKETS = re.compile(r"[()\[\]{}]")


def _has_token_character(text: str) -> bool:
    """True when the unicode61 tokenizer would find a token in ``text`` (letters,
    numbers, private-use characters); emoji and punctuation alone are separators."""
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] in "LN" or category == "Co":
            return True
    return False


def _prefix_worthy(word: str) -> bool:
    """True when the last token of ``word`` (the part a ``*`` applies to) is long enough."""
    token = ""
    for ch in reversed(word):
        if unicodedata.category(ch)[0] in "LN" or unicodedata.category(ch) == "Co":
            token += ch
        elif token:
            break
    if len(token) >= MIN_PREFIX_CHARS:
        return True
    return any(unicodedata.east_asian_width(ch) in "WF" for ch in token)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def search_terms(text: str) -> list[tuple[str, bool]]:
    """The (term, is_phrase) pairs a query is made of, in order (exposed for tests)."""
    cleaned = _UNSEARCHABLE.sub(" ", text[:_MAX_CHARS])
    parts = _QUOTE_SPLIT.split(cleaned)
    # Odd-numbered parts sit between a pair of quotes. With an unbalanced quote the
    # last part has no closing quote: it is searched as ordinary words.
    balanced = len(parts) % 2 == 1
    terms: list[tuple[str, bool]] = []
    for index, part in enumerate(parts):
        inside = index % 2 == 1 and (balanced or index < len(parts) - 1)
        if inside:
            phrase = " ".join(part.split())
            if _has_token_character(phrase):
                terms.append((phrase, True))
            continue
        for word in _BRACKETS.sub(" ", part).split():
            if word in _OPERATORS or not _has_token_character(word):
                continue
            terms.append((word, False))
    return terms[:_MAX_TERMS]


def to_fts_query(text: str) -> str | None:
    """A safe FTS5 MATCH expression for ``text``, or None when it has nothing to search."""
    if not isinstance(text, str):
        return None
    terms = search_terms(text)
    if not terms:
        return None
    quoted = [_quote(term) for term, _ in terms]
    last_is_phrase = terms[-1][1]
    trimmed = _UNSEARCHABLE.sub(" ", text[:_MAX_CHARS])
    finished = trimmed[-1:].isspace() or last_is_phrase
    if not finished and _prefix_worthy(terms[-1][0]):
        quoted[-1] += "*"
    return " ".join(quoted)
