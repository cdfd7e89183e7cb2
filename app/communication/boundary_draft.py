"""Gentle checks on a boundary draft ("If …, I will …"): about my own action rather
than controlling my partner's, specific, with a follow-through I can do, and
something I could say calmly. The rules are data
(``resources/content/message_checks/boundary_<lang>.json``).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.communication.guides import RuleResult, evaluate
from app.communication.rules import guide_rules


@dataclass(frozen=True)
class BoundaryCheck(RuleResult):
    """One check on a boundary draft: ``met`` or not yet, ``why``, and a ``tip``."""


def check_boundary(text: str, language: str | None = None) -> list[BoundaryCheck]:
    """Every check, in the file's order, for ``text``; [] when the rules are broken
    (see ``rules.rules_problem``). Empty text meets no check yet."""
    rules = guide_rules("boundary", language)
    if rules is None:
        return []
    return [BoundaryCheck(r.id, r.title, met, r.why, r.tip) for r, met in evaluate(text, rules)]
