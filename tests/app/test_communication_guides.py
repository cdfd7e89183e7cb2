"""The CRAFT positive-communication check and the gentle checks on a boundary draft:
for each draft, which rules are met and which are not yet."""

from __future__ import annotations

import pytest

from app.communication.boundary_draft import BoundaryCheck, check_boundary
from app.communication.craft import CraftRule, craft_adapted_from, craft_check

CRAFT_IDS = [
    "brief",
    "positive",
    "specific",
    "own_feeling",
    "understanding",
    "responsibility",
    "offer_help",
]
BOUNDARY_IDS = ["my_action", "specific", "follow_through", "calm"]

LONG = (
    "I wanted to write down everything that has been on my mind this month because it "
    "feels like we keep missing each other, and when we do talk it goes sideways, and I "
    "end up saying things I don't mean and you end up quiet, and then neither of us sleeps "
    "well, and the next morning we pretend nothing happened and it starts again."
)

# (draft, rules met, rules not yet met)
CRAFT_CASES = [
    (
        "I know work has been a lot lately, and I've been short with you. I felt lonely at "
        "dinner last night. Would it help if I cooked on Tuesdays?",
        "brief positive specific own_feeling understanding responsibility offer_help",
        "",
    ),
    ("You never help. Stop being so lazy.", "brief", "positive specific own_feeling offer_help"),
    (
        "I feel worried when you come home after midnight. I can pick you up.",
        "own_feeling specific offer_help positive",
        "understanding responsibility",
    ),
    ("I don't want to fight anymore.", "brief", "positive specific"),
    ("I'd love it if we had breakfast together on Saturday.", "positive specific", "own_feeling"),
    ("Your attitude is the problem.", "", "specific positive"),
    ("You always leave the dishes.", "", "specific"),
    ("Last night at dinner you were on your phone and I felt lonely.", "specific own_feeling", ""),
    ("I'm feeling hopeful about this weekend.", "own_feeling specific", ""),
    ("I feel like you don't care.", "", "own_feeling positive"),
    ("I understand you're tired after your shift.", "understanding specific", ""),
    ("I can see this has been hard for you too.", "understanding", ""),
    ("That must have been a long day.", "understanding", ""),
    ("I know I've been distant lately.", "responsibility", ""),
    ("I could have called to say I'd be late.", "responsibility", "offer_help"),
    ("That one is on me.", "responsibility", ""),
    ("My part in this was not listening.", "responsibility", ""),
    ("I'd be glad to drive on Thursday.", "offer_help specific", ""),
    ("Would it help if I took the kids to school?", "offer_help specific", ""),
    ("Let me know what you think.", "", "offer_help"),
    ("I can't keep doing this.", "", "offer_help positive"),
    ("How can I help with the bills this month?", "offer_help specific", ""),
    ("I'm sick of this.", "", "positive"),
    ("I can't wait to see you tonight!", "positive specific", ""),
    ("You're so selfish.", "", "positive"),
    (LONG, "", "brief"),
]


@pytest.mark.parametrize(
    ("text", "met", "not_met"), CRAFT_CASES, ids=[c[0][:40] for c in CRAFT_CASES]
)
def test_craft_rules_met_and_not_yet(text: str, met: str, not_met: str) -> None:
    results = {rule.id: rule.met for rule in craft_check(text)}
    assert list(results) == CRAFT_IDS
    for rule_id in met.split():
        assert results[rule_id], f"{rule_id} should be met"
    for rule_id in not_met.split():
        assert not results[rule_id], f"{rule_id} should not be met yet"


def test_there_are_at_least_20_craft_cases_and_each_rule_is_seen_both_ways() -> None:
    assert len(CRAFT_CASES) >= 20
    for rule_id in CRAFT_IDS:
        assert any(rule_id in met.split() for _, met, _ in CRAFT_CASES), rule_id
        assert any(rule_id in not_met.split() for _, _, not_met in CRAFT_CASES), rule_id


def test_each_craft_rule_says_why_and_has_a_tip() -> None:
    for rule in craft_check("Hello there."):
        assert isinstance(rule, CraftRule)
        assert rule.title and rule.why and rule.tip
        assert rule.why.endswith((".", "!", "…"))
    adapted, note = craft_adapted_from()
    assert "CRAFT" in adapted
    assert "therapist" in note


BOUNDARY_CASES = [
    (
        "If you drink at home, I will spend the night at my sister's.",
        "my_action specific follow_through calm",
        "",
    ),
    ("You will not drink in this house!!!", "specific", "my_action follow_through calm"),
    (
        "If you yell at me, I'll leave the room and go for a walk.",
        "my_action specific follow_through calm",
        "",
    ),
    ("You need to respect me.", "calm", "my_action specific follow_through"),
    (
        "If you're drunk when you get home, I will sleep in the guest room.",
        "my_action specific follow_through calm",
        "",
    ),
    ("STOP DRINKING or else.", "", "my_action follow_through calm"),
    ("If you won't stop, I will feel hurt.", "my_action calm", "specific follow_through"),
    (
        "I will go to my meeting on Tuesday even if you're upset.",
        "my_action specific follow_through calm",
        "",
    ),
    (
        "When you check my phone, I will ask you to stop and then I'll step outside.",
        "my_action specific follow_through calm",
        "",
    ),
    ("You can't talk to me like that.", "", "my_action"),
    ("You must be home by 10pm.", "specific", "my_action follow_through"),
    ("If you call me names, I'm going to hang up.", "my_action follow_through calm", ""),
    (
        "I'll take a break for 20 minutes when voices get loud.",
        "my_action specific follow_through calm",
        "",
    ),
    ("Treat me with respect.", "", "specific my_action follow_through"),
    ("If you keep being a jerk, I will leave.", "my_action follow_through", "calm"),
    ("You better stop or you will regret it.", "", "my_action calm"),
    ("I will not lend money anymore.", "my_action specific", ""),
    (
        "If there is alcohol in the kitchen, I will put it outside.",
        "my_action specific follow_through calm",
        "",
    ),
    (
        "If you're late, I'll eat dinner without you at 7.",
        "my_action specific follow_through calm",
        "",
    ),
    ("Be nicer to me.", "", "specific my_action"),
    ("I will call my sponsor when I feel pushed to argue.", "my_action follow_through calm", ""),
    ("If you shout, I will leave!", "calm follow_through", ""),
    ("If you shout, I will leave!!", "follow_through", "calm"),
    ("I will not tolerate your attitude.", "my_action", "specific"),
    ("If you want to drink, you can do that somewhere else.", "", "follow_through"),
]


@pytest.mark.parametrize(
    ("text", "met", "not_met"), BOUNDARY_CASES, ids=[c[0][:40] for c in BOUNDARY_CASES]
)
def test_boundary_checks_met_and_not_yet(text: str, met: str, not_met: str) -> None:
    results = {check.id: check.met for check in check_boundary(text)}
    assert list(results) == BOUNDARY_IDS
    for check_id in met.split():
        assert results[check_id], f"{check_id} should be met"
    for check_id in not_met.split():
        assert not results[check_id], f"{check_id} should not be met yet"


def test_there_are_at_least_20_boundary_cases_and_each_check_is_seen_both_ways() -> None:
    assert len(BOUNDARY_CASES) >= 20
    for check_id in BOUNDARY_IDS:
        assert any(check_id in met.split() for _, met, _ in BOUNDARY_CASES), check_id
        assert any(check_id in not_met.split() for _, _, not_met in BOUNDARY_CASES), check_id


def test_each_boundary_check_says_why_and_has_a_tip() -> None:
    for check in check_boundary("If you drink, I will leave."):
        assert isinstance(check, BoundaryCheck)
        assert check.title and check.why and check.tip


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\U0001f600\U0001f600", "...!!!"])
def test_a_draft_without_words_meets_nothing_yet(text: str) -> None:
    assert [rule.met for rule in craft_check(text)] == [False] * len(CRAFT_IDS)
    assert [check.met for check in check_boundary(text)] == [False] * len(BOUNDARY_IDS)


@pytest.mark.parametrize(
    "text",
    [
        "a" * 20_000,
        (
            "hello \u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd \u4f60\u597d \U0001f600 I will leave "
            * 500
        )[:20_000],
        "I " * 10_000,
        "!" * 20_000,
    ],
    ids=["one word", "mixed scripts", "I I I", "bangs"],
)
def test_huge_drafts_give_every_rule(text: str) -> None:
    assert [rule.id for rule in craft_check(text)] == CRAFT_IDS
    assert [check.id for check in check_boundary(text)] == BOUNDARY_IDS


def test_shouting_is_counted_in_words_of_capitals_not_in_acronyms() -> None:
    calm = {c.id: c.met for c in check_boundary("If we talk about AA, I will take a break at 9.")}
    assert calm["calm"]
    loud = {c.id: c.met for c in check_boundary("If you DRINK AGAIN, I will LEAVE.")}
    assert not loud["calm"]
