"""Rules a draft meets or not yet (CRAFT, boundary drafts): conditions from data."""

from __future__ import annotations

from dataclasses import dataclass

from app.communication.checker import names_a_feeling
from app.communication.patterns import PhraseSet, without_exceptions
from app.communication.rules import Conditions, GuideRules
from app.communication.text import Draft, read_draft

_EXCLAMATIONS = ("!", "\uff01")


@dataclass(frozen=True)
class RuleResult:
    id: str
    title: str
    met: bool
    why: str  # one short sentence: why this helps
    tip: str  # what to try when not met (shown only then)


def evaluate(text: str, rules: GuideRules) -> list[tuple[RuleResult, bool]]:
    """Each rule with whether ``text`` meets it. A draft with no words meets none:
    there is nothing to check yet."""
    draft = read_draft(text, rules.base.normaliser)
    results: list[tuple[RuleResult, bool]] = []
    for rule in rules.rules:
        met = draft.word_count > 0 and _meets(draft, rule.conditions, rules)
        results.append((RuleResult(rule.id, rule.title, met, rule.why, rule.tip), met))
    return results


def _meets(draft: Draft, conditions: Conditions, rules: GuideRules) -> bool:
    if conditions.max_words is not None and draft.word_count > conditions.max_words:
        return False
    if conditions.max_exclamations is not None:
        count = sum(draft.text.count(mark) for mark in _EXCLAMATIONS)
        if count > conditions.max_exclamations:
            return False
    if conditions.max_caps_words is not None and _caps_words(draft) > conditions.max_caps_words:
        return False
    if conditions.needs_feeling and not names_a_feeling(draft, rules.base):
        return False
    if conditions.any_of and not _found(draft, conditions.any_of, conditions.exceptions):
        return False
    return not (conditions.none_of and _found(draft, conditions.none_of, conditions.exceptions))


def _found(draft: Draft, phrases: PhraseSet, exceptions: PhraseSet) -> bool:
    matches = list(phrases.find(draft))
    if matches and exceptions:
        matches = without_exceptions(matches, list(exceptions.find(draft)))
    return bool(matches)


def _caps_words(draft: Draft) -> int:
    """Words of three or more letters written all in capitals (shouting)."""
    count = 0
    last = -1
    for word in draft.words:
        if word.written == last:
            continue
        last = word.written
        written = draft.text[word.start : word.end]
        if written.isupper() and sum(ch.isalpha() for ch in written) >= 3:
            count += 1
    return count
