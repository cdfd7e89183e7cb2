"""The live message checker: what in a draft to the partner tends to start a fight.

``check_message(text)`` returns ``Flag``s, each with the kind of check, the place of
the matched words (``text[flag.start:flag.end]``, for highlighting in place), one
kind sentence on what tends to happen, and a wording to consider (specific to the
words when the rules have one: "you never help" -> "I'd like help with …").

Most checks are phrases (``rules.py``, ``patterns.py``). A few need a little code:

- ``but_cancels``: an apology, then "but" in the same sentence. A bare polite "sorry"
  straight before the "but" ("I'm sorry, but I need to go") is not flagged: nothing
  was apologised for, so nothing is cancelled. It is flagged when something stands
  between the apology and the "but" ("Sorry I yelled, but I was tired") or when the
  "but" turns to the partner ("I'm sorry, but you started it").
- ``demand``: "you need to / have to / must ...", and a sentence that starts with a
  command ("Clean the kitchen.") unless it is a question or softened anywhere
  ("please", "could you", "when you can"...).
- ``kitchen_sink``: "and another thing", or complaints in several sentences.
- ``no_feeling`` and ``no_request`` are notes on the whole message (``whole_message``),
  only for messages of at least ``min_words_for_notes`` words.

Words inside double quotes are reported speech and never flagged. The checker never
raises on any text; when the rules file is broken it returns no flags and
``rules.rules_problem`` says why in one line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.communication.patterns import Match, without_exceptions
from app.communication.rules import (
    CHECK_KINDS,
    CheckRule,
    FeelingGroup,
    MessageRules,
    message_rules,
)
from app.communication.text import Draft, read_draft

_MAX_QUOTED_CHARS = 60
_COMPLAINT_KINDS = frozenset(
    {"always_never", "you_make_me_feel", "labels", "blame", "sarcasm", "demand", "but_cancels"}
)
_PHRASE_KINDS = ("always_never", "you_make_me_feel", "labels", "blame", "sarcasm", "demand")


@dataclass(frozen=True)
class Flag:
    kind: str  # one of rules.CHECK_KINDS
    start: int  # text[start:end] is what the flag is about
    end: int
    title: str  # a short name for the kind ("You always / you never")
    why: str  # one kind sentence: what tends to happen
    suggestion: str  # a wording to consider
    whole_message: bool = False  # a note on the message as a whole, not on these words


def check_message(text: str, language: str | None = None) -> list[Flag]:
    """The flags for ``text`` in text order (whole-message notes last); [] when the
    rules for ``language`` (by default the language content is shown in) are missing
    or broken (see ``rules.rules_problem``)."""
    rules = message_rules(language)
    if rules is None:
        return []
    return check_with_rules(text, rules)


def feeling_words(language: str | None = None) -> tuple[FeelingGroup, ...]:
    """The feeling words, grouped gently (sad, scared, angry...); () when unavailable."""
    rules = message_rules(language)
    return () if rules is None else rules.feelings


def check_with_rules(text: str, rules: MessageRules) -> list[Flag]:
    """``check_message`` with rules given (a test's or another language's)."""
    draft = read_draft(text, rules.normaliser)
    flags: list[Flag] = []
    for kind in _PHRASE_KINDS:
        flags += _phrase_flags(draft, rules.checks[kind])
    flags += _mark_flags(draft, rules.checks["sarcasm"])
    flags += _imperative_flags(draft, rules)
    flags += _but_flags(draft, rules)
    flags += _phrase_flags(draft, rules.checks["kitchen_sink"])
    flags += _whole_message_notes(draft, rules, flags)
    order = {kind: number for number, kind in enumerate(CHECK_KINDS)}
    flags.sort(key=lambda flag: (flag.whole_message, flag.start, order[flag.kind], flag.end))
    return _without_repeats(flags)


def names_a_feeling(draft: Draft, rules: MessageRules) -> bool:
    """Does the draft say how the writer feels: "I feel/I'm/I felt …" with a feeling
    word within a few words, in one sentence?"""
    anchors = rules.lists["feeling_anchors"]
    feelings = rules.lists["feelings"]
    words = draft.words
    for index, word in enumerate(words):
        if word.text not in anchors or word.quoted:
            continue
        for after in words[index + 1 : index + 1 + rules.feeling_window]:
            if after.sentence != word.sentence:
                break
            if after.text in feelings and not after.quoted:
                return True
    return False


# --- the checks -------------------------------------------------------------------------


def _phrase_flags(draft: Draft, rule: CheckRule) -> list[Flag]:
    if not rule.phrases:
        return []
    matches = list(rule.phrases.find(draft))
    if not rule.in_questions:
        matches = [m for m in matches if draft.words[m.first].sentence not in draft.questions]
    if matches and rule.exceptions:
        matches = without_exceptions(matches, list(rule.exceptions.find(draft)))
    return [_flag(draft, rule, match) for match in _first_of_overlapping(matches)]


def _mark_flags(draft: Draft, rule: CheckRule) -> list[Flag]:
    flags: list[Flag] = []
    for mark in rule.marks:
        # A literal between spaces (or the ends): linear, whatever the text.
        pattern = re.compile(r"(?<!\S)" + re.escape(mark) + r"(?![\w/])", re.IGNORECASE)
        for found in pattern.finditer(draft.text):
            flags.append(
                Flag(rule.id, found.start(), found.end(), rule.title, rule.why, rule.suggestion)
            )
    return flags


def _imperative_flags(draft: Draft, rules: MessageRules) -> list[Flag]:
    rule = rules.checks["demand"]
    imperatives = rules.phrases["imperatives"]
    if not imperatives or not draft.words:
        return []
    softened = _sentences_of(draft, rules.phrases["softeners"].find(draft))
    exceptions = list(rules.phrases["imperative_except"].find(draft))
    fillers = rules.lists["fillers"]
    found: list[Match] = []
    for first in _sentence_starts(draft):
        index = first
        words = draft.words
        sentence = words[first].sentence
        if sentence in draft.questions or sentence in softened:
            continue
        while index < len(words) and words[index].sentence == sentence:
            if words[index].text not in fillers:
                break
            index += 1
        if index < len(words) and words[index].sentence == sentence:
            found += imperatives.match_at(words, index)[:1]
    # The command's own verb is the word to ask with: "Clean the …" -> "Could you clean …?"
    return [
        _flag(draft, rule, match, following=draft.words[match.first].text)
        for match in without_exceptions(found, exceptions)
    ]


def _but_flags(draft: Draft, rules: MessageRules) -> list[Flag]:
    apologies = list(rules.phrases["apologies"].find(draft))
    if not apologies:
        return []
    apologies = without_exceptions(apologies, list(rules.phrases["apology_except"].find(draft)))
    but_words = rules.lists["but_words"]
    fillers = rules.lists["fillers"]
    turning = rules.lists["turning_words"]
    words = draft.words
    rule = rules.checks["but_cancels"]
    flags: list[Flag] = []
    done: set[int] = set()
    for apology in apologies:
        # Only the first apology of a sentence is weighed: one scan per sentence.
        sentence = words[apology.first].sentence
        if sentence in done:
            continue
        done.add(sentence)
        index = apology.stop
        while index < len(words) and words[index].sentence == sentence:
            if words[index].text in but_words and not words[index].quoted:
                break
            index += 1
        else:
            continue  # no "but" after the apology in its sentence
        after = index + 1
        while after < len(words) and words[after].text in fillers:
            after += 1
        turns = (
            after < len(words)
            and words[after].sentence == sentence
            and words[after].text in turning
        )
        if index > apology.stop or turns:
            match = Match(apology.first, index + 1, 0)
            flags.append(_flag(draft, rule, match))
    return flags


def _whole_message_notes(draft: Draft, rules: MessageRules, flags: Sequence[Flag]) -> list[Flag]:
    words = draft.words
    if not words:
        return []
    notes: list[Flag] = []
    starts = [word.start for word in words]
    complaint_sentences = {
        words[_word_at(starts, flag.start)].sentence
        for flag in flags
        if flag.kind in _COMPLAINT_KINDS
    } | _sentences_of(draft, rules.phrases["complaints"].find(draft))
    if len(complaint_sentences) >= rules.complaint_sentences:
        first = min(complaint_sentences)
        last = max(complaint_sentences)
        span_start = next(w.start for w in words if w.sentence == first)
        span_end = max(w.end for w in words if w.sentence == last)
        notes.append(_note(rules.checks["kitchen_sink"], span_start, span_end))
    if draft.word_count >= rules.min_words_for_notes:
        whole = (words[0].start, words[-1].end)
        if not names_a_feeling(draft, rules):
            notes.append(_note(rules.checks["no_feeling"], *whole))
        if not rules.phrases["requests"].contains(draft):
            notes.append(_note(rules.checks["no_request"], *whole))
    return notes


# --- helpers ----------------------------------------------------------------------------


def _flag(draft: Draft, rule: CheckRule, match: Match, following: str | None = None) -> Flag:
    words = draft.words
    start, end = words[match.first].start, words[match.stop - 1].end
    suggestion = _suggestion(draft, rule, match, following)
    return Flag(rule.id, start, end, rule.title, rule.why, suggestion)


def _note(rule: CheckRule, start: int, end: int) -> Flag:
    return Flag(rule.id, start, end, rule.title, rule.why, rule.suggestion, whole_message=True)


def _suggestion(draft: Draft, rule: CheckRule, match: Match, following: str | None) -> str:
    """The rule's wording for a key word just after or in the match, else its template
    with the next word, else its general suggestion."""
    words = draft.words
    start, end = words[match.first].start, words[match.stop - 1].end
    written = " ".join(draft.text[start:end].split()).lower()[:_MAX_QUOTED_CHARS]
    if following is None and match.stop < len(words):
        candidate = words[match.stop]
        last = words[match.stop - 1]
        if candidate.sentence == last.sentence and not candidate.quoted and candidate.text:
            following = candidate.text
    keys = [following] if following else []
    keys += [word.text for word in reversed(words[match.first : match.stop])]
    for key in keys:
        if key in rule.by_word:
            return rule.by_word[key].format(match=written)
    if rule.suggestion_with_next and following and following.isalpha():
        return rule.suggestion_with_next.format(match=written, next=following)
    return rule.suggestion.format(match=written)


def _first_of_overlapping(matches: Iterable[Match]) -> list[Match]:
    kept: list[Match] = []
    for match in sorted(matches, key=lambda m: (m.first, -m.stop)):
        if kept and match.first < kept[-1].stop:
            continue
        kept.append(match)
    return kept


def _sentences_of(draft: Draft, matches: Iterable[Match]) -> set[int]:
    return {draft.words[match.first].sentence for match in matches}


def _sentence_starts(draft: Draft) -> list[int]:
    starts: list[int] = []
    previous = -1
    for index, word in enumerate(draft.words):
        if word.sentence != previous and not word.quoted:
            starts.append(index)
        previous = word.sentence
    return starts


def _word_at(starts: Sequence[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def _without_repeats(flags: Sequence[Flag]) -> list[Flag]:
    seen: set[tuple[str, int, int]] = set()
    kept: list[Flag] = []
    for flag in flags:
        key = (flag.kind, flag.start, flag.end)
        if key not in seen:
            seen.add(key)
            kept.append(flag)
    return kept
