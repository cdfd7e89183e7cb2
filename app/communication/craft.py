"""The positive-communication check adapted from CRAFT (Community Reinforcement and
Family Training): be brief, be positive, name a specific behaviour, label your own
feeling, show understanding, accept a share of responsibility, offer to help.

The rules are data (``resources/content/message_checks/craft_<lang>.json``); each is
shown as met or not yet, with why it helps and a tip. The invitation planner of a
later issue reuses ``craft_check``.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.communication.guides import RuleResult, evaluate
from app.communication.rules import guide_rules


@dataclass(frozen=True)
class CraftRule(RuleResult):
    """One CRAFT rule for a draft: ``met`` or not yet, ``why``, and a ``tip``."""


def craft_check(text: str, language: str | None = None) -> list[CraftRule]:
    """Every rule, in the file's order, for ``text``; [] when the rules are broken
    (see ``rules.rules_problem``). Empty text meets no rule yet."""
    rules = guide_rules("craft", language)
    if rules is None:
        return []
    return [CraftRule(r.id, r.title, met, r.why, r.tip) for r, met in evaluate(text, rules)]


def craft_adapted_from(language: str | None = None) -> tuple[str, str]:
    """(what the check is adapted from, the note that it does not replace a
    therapist), for the window to show with the rules; ("", "") when unavailable."""
    rules = guide_rules("craft", language)
    return ("", "") if rules is None else (rules.adapted_from, rules.note)
