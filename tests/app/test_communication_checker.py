"""The live message checker against a table of real-sounding sentences: for each, the
flags it must get (with the words each must point at) and the flags it must not get;
the wording it suggests; and bad input (huge, mixed scripts, empty) that must neither
crash nor hang.

Decided and documented here (and in app/communication/checker.py):
- "I'm sorry, but I need to go" is NOT a cancelling "but": the bare "sorry" is a
  polite preface, nothing was apologised for. "Sorry I yelled, but …" and "I'm sorry,
  but you …" are flagged.
- Words inside double quotes are reported speech ("when you said "you're lazy", I
  felt hurt") and are never flagged.
- A question is still flagged for "you always" ("Why do you always do this?"), but a
  question is never flagged as a command.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import pytest

from app.communication.checker import Flag, check_message, feeling_words
from app.communication.rules import CHECK_KINDS


@dataclass(frozen=True)
class Case:
    text: str
    # kind -> the words the flag must point at (None: a note on the whole message)
    must: dict[str, str | None] = field(default_factory=dict)
    must_not: str = ""  # kinds, space-separated


def case(text: str, must: dict[str, str | None] | None = None, must_not: str = "") -> Case:
    return Case(text, must or {}, must_not)


NOTES = "no_feeling no_request"

CASES = [
    # --- you always / you never
    case("You never help with the dishes.", {"always_never": "You never"}, "labels blame"),
    case("I never said that.", {}, "always_never labels blame demand"),
    case("You're always on your phone at dinner.", {"always_never": "You're always"}),
    case("youre ALWAYS late", {"always_never": "youre ALWAYS"}),
    case("You   never   listen to me", {"always_never": "You   never"}),
    case("You\u2019ve never once asked how my day was.", {"always_never": "You\u2019ve never"}),
    case(
        "Every time you go out with them, you come back late.", {"always_never": "Every time you"}
    ),
    case("Why do you always do this?", {"always_never": "you always"}, "demand"),
    case("Have you ever thought about a trip this summer?", {}, "always_never sarcasm"),
    case("I love you always.", {}, "always_never"),
    case("Thank you, never mind, I found it.", {}, "always_never sarcasm"),
    case("You never know, it might be fun.", {}, "always_never"),
    case("You don't ever say thank you.", {"always_never": "You don't ever"}),
    case("I always feel better after we walk together.", {}, "always_never"),
    case("We never get time alone anymore.", {}, "always_never blame"),
    case("All you ever do is watch TV.", {"always_never": "All you ever"}),
    case("u never call", {"always_never": "u never"}),
    case("YOU NEVER LISTEN!!!", {"always_never": "YOU NEVER"}),
    # --- you make me feel
    case("You make me feel invisible.", {"you_make_me_feel": "You make me feel"}),
    case("You made me so angry last night.", {"you_make_me_feel": "You made me so angry"}),
    case(
        "You\u2019re making me feel crazy.",
        {"you_make_me_feel": "You\u2019re making me feel crazy"},
    ),
    case("You make me feel loved.", {}, "you_make_me_feel"),
    case("You made me dinner and it was lovely.", {}, "you_make_me_feel"),
    case("You make me laugh every day.", {}, "you_make_me_feel"),
    case("You drive me crazy when you do that.", {"you_make_me_feel": "You drive me crazy"}),
    case(
        "I feel hurt when plans change at the last minute.",
        {"no_request": None},
        "you_make_me_feel no_feeling",
    ),
    # --- name-calling and labels
    case("You're so lazy.", {"labels": "You're so lazy"}),
    case("You\u2019re right, I should have called.", {}, "labels blame"),
    case("You are such a selfish person.", {"labels": "You are such a selfish"}),
    case("You were drunk again last night.", {"labels": "You were drunk"}),
    case("Stop being so dramatic.", {"labels": "Stop being so dramatic", "demand": "Stop"}),
    case("You idiot.", {"labels": "You idiot"}),
    case("What a jerk.", {"labels": "What a jerk"}),
    case("You're not lazy, you're exhausted.", {}, "labels"),
    case("I was drunk and I'm sorry.", {}, "labels but_cancels"),
    case("You look tired, love.", {}, "labels"),
    case("You're acting crazy.", {"labels": "You're acting crazy"}),
    case("You mean the world to me.", {}, "labels"),
    case("You are a good dad.", {}, "labels"),
    case("What a mess the kitchen is after the party.", {}, "labels"),
    case("You\u2019re pathetic.", {"labels": "You\u2019re pathetic"}),
    case("I'm such an idiot sometimes.", {}, "labels"),
    # --- blame
    case("It's your fault we were late.", {"blame": "your fault"}),
    case("It's not your fault.", {}, "blame"),
    case("Because of you, I missed my meeting.", {"blame": "Because of you"}),
    case("You ruined the whole evening.", {"blame": "You ruined"}),
    case("You're the reason I drink.", {"blame": "You're the reason"}),
    case("Look what you did.", {"blame": "Look what you did"}),
    case("This isn't all your fault.", {}, "blame"),
    case("I'm still sober because of you.", {}, "blame"),
    # --- sarcasm
    case("Oh great, you forgot again.", {"sarcasm": "Oh great"}),
    case("Yeah, right.", {"sarcasm": "Yeah, right"}),
    case("Thanks a lot.", {"sarcasm": "Thanks a lot"}),
    case("Thanks a lot for picking up the kids!", {}, "sarcasm"),
    case("Sure, whatever.", {"sarcasm": "Sure, whatever"}),
    case("That went really well /s", {"sarcasm": "/s"}),
    case("Wow, nice job.", {"sarcasm": "Wow, nice job"}),
    case("Oh great news, the test came back clear!", {}, "sarcasm"),
    case("Thanks for nothing.", {"sarcasm": "Thanks for nothing"}),
    case("Real mature.", {"sarcasm": "Real mature"}),
    case("The bus/subway pass is on the table.", {}, "sarcasm"),
    # --- a "but" that cancels an apology
    case(
        "I'm sorry I yelled, but you started it.",
        {"but_cancels": "I'm sorry I yelled, but", "blame": "you started it"},
    ),
    case(
        "I'm sorry, but you never listen.",
        {"but_cancels": "I'm sorry, but", "always_never": "you never"},
    ),
    case("I'm sorry, but I need to go.", {}, "but_cancels"),
    case("Sorry I'm late, but the traffic was awful.", {"but_cancels": "Sorry I'm late, but"}),
    case("I'm sorry I forgot our anniversary. I'll make it up to you.", {}, "but_cancels"),
    case("Sorry to bother you, but could you grab milk?", {}, "but_cancels demand"),
    case("I apologize, but that's not what happened.", {"but_cancels": "I apologize, but"}),
    case("I'm sorry. But we still need to talk about money.", {}, "but_cancels"),
    case("You never say sorry, but I do.", {"always_never": "You never"}, "but_cancels"),
    # --- several complaints at once
    case(
        "You never listen. You're selfish. And another thing, you left the door open.",
        {
            "kitchen_sink": "And another thing",
            "always_never": "You never",
            "labels": "You're selfish",
        },
    ),
    case(
        "You forgot the bills. You didn't call. Why are you always on your phone?",
        {"kitchen_sink": None, "always_never": "you always"},
    ),
    case("Not to mention the car.", {"kitchen_sink": "Not to mention"}),
    case("You forgot the milk. Could you get some tomorrow?", {}, "kitchen_sink no_request"),
    # --- demands where a request would do
    case("You need to stop drinking.", {"demand": "You need to"}),
    case("You have to call me when you're late.", {"demand": "You have to"}),
    case("You must be tired after that shift.", {}, "demand"),
    case("Clean the kitchen.", {"demand": "Clean"}),
    case("Please clean the kitchen tonight.", {}, "demand"),
    case("Could you take out the trash?", {}, "demand"),
    case("Do you need to leave early tomorrow?", {}, "demand"),
    case("Don't worry about dinner, I've got it.", {}, "demand"),
    case("You don't have to do it all yourself.", {}, "demand"),
    case("You'd better be home by ten.", {"demand": "You'd better"}),
    case("Take out the trash.", {"demand": "Take out"}),
    case("Don\u2019t talk to me like that.", {"demand": "Don\u2019t"}),
    case("Let me know when you're on your way.", {}, "demand"),
    case("If you need to talk, I'm here.", {}, "demand"),
    case("Just stop.", {"demand": "stop"}),
    case("Take the trash out when you get a chance.", {}, "demand"),
    case("Stop?", {}, "demand"),
    # --- whole-message notes (8 words or more)
    case(
        "I feel lonely when you're on your phone at dinner. Could we put them away for an hour?",
        {},
        " ".join(CHECK_KINDS),
    ),
    case(
        "I feel alone in the evenings since the meetings started. Could we eat together?",
        {},
        "no_feeling no_request",
    ),
    case(
        "I'm feeling dismissed and unheard when my plans get changed for me.",
        {"no_request": None},
        "no_feeling",
    ),
    case(
        "We should talk about the money situation sometime this week I think.",
        {"no_feeling": None, "no_request": None},
    ),
    case(
        "I'm worried about the bills this month and I don't know where to start.",
        {"no_request": None},
        "no_feeling",
    ),
    case(
        "Would you be willing to go for a walk with me after dinner tonight?",
        {"no_feeling": None},
        "no_request",
    ),
    case("Can we talk tonight?", {}, NOTES),
    case("Note: the car is at the garage.", {}, NOTES),
    case("What an idiot I was to forget the keys.", {}, "labels"),
    case(
        "I've been feeling really overwhelmed with the kids lately, can you help on Saturday?",
        {},
        " ".join(CHECK_KINDS),
    ),
    # --- quotes: reported speech is not flagged
    case('When you said "you\'re lazy", I felt hurt.', {}, "labels"),
    case("You said \u201cyou never listen\u201d and that stung.", {}, "always_never"),
    case('"You never help" is what I want to stop saying.', {}, "always_never"),
    case(
        'He wrote "I love you" and then "you never call" in one text.',
        {},
        "always_never",
    ),
    case('She said "you never" and I said you always do.', {"always_never": "you always"}),
    # --- other scripts around the words
    case(
        "\u00bfYou never listen? \u4f60\u597d \u0645\u0631\u062d\u0628\u0627",
        {"always_never": "You never"},
    ),
    case("\u05e9\u05dc\u05d5\u05dd you're so selfish \U0001f621", {"labels": "you're so selfish"}),
]


def _ids() -> list[str]:
    return [c.text[:40] for c in CASES]


def test_the_table_has_at_least_80_sentences_and_covers_every_kind() -> None:
    assert len(CASES) >= 80
    covered = {kind for c in CASES for kind in c.must}
    assert covered == set(CHECK_KINDS)
    assert len({c.text for c in CASES}) == len(CASES)


@pytest.mark.parametrize("entry", CASES, ids=_ids())
def test_each_sentence_gets_the_flags_it_must_and_not_those_it_must_not(entry: Case) -> None:
    flags = check_message(entry.text)
    kinds = {flag.kind for flag in flags}
    for kind, words in entry.must.items():
        assert kind in kinds, f"missing {kind}: {[(f.kind, _words(entry.text, f)) for f in flags]}"
        if words is None:
            assert any(f.whole_message for f in flags if f.kind == kind)
        else:
            pointed = [_words(entry.text, f) for f in flags if f.kind == kind]
            assert words in pointed, f"{kind} points at {pointed}"
    for kind in entry.must_not.split():
        assert kind not in kinds, f"unwanted {kind}: {[_words(entry.text, f) for f in flags]}"


def _words(text: str, flag: Flag) -> str:
    return text[flag.start : flag.end]


def test_every_flag_is_complete_and_in_text_order() -> None:
    for entry in CASES:
        flags = check_message(entry.text)
        places = [(f.whole_message, f.start) for f in flags]
        assert places == sorted(places)
        for flag in flags:
            assert flag.kind in CHECK_KINDS
            assert 0 <= flag.start < flag.end <= len(entry.text)
            assert flag.title and flag.why and flag.suggestion
            assert "\n" not in flag.why + flag.suggestion
            assert "{" not in flag.suggestion and "}" not in flag.suggestion


def test_suggestions_are_specific_to_the_words_where_the_rules_have_them() -> None:
    def suggestion(text: str, kind: str) -> str:
        return next(f.suggestion for f in check_message(text) if f.kind == kind)

    assert "I'd like help with" in suggestion("you never help", "always_never")
    assert "hear me out" in suggestion("You never listen to me", "always_never")
    assert "Could you call" in suggestion("You need to call your mother.", "demand")
    assert "Could you clean" in suggestion("Clean the bathroom.", "demand")
    assert "what you'd like instead" in suggestion("Don't slam the door.", "demand")
    # A label without its own wording is quoted back, so the person sees which words.
    assert '"you are so immature"' in suggestion("You are so immature.", "labels")
    # The general wording when nothing more specific fits.
    general = suggestion("You always leave the lights on.", "always_never")
    assert "one time" in general


def test_a_flag_points_at_the_words_where_they_stand_in_a_longer_draft() -> None:
    text = "Hi love.\n\nI had a long day.  Honestly, you   NEVER   call when you're late!"
    flag = next(f for f in check_message(text) if f.kind == "always_never")
    assert text[flag.start : flag.end] == "you   NEVER"
    assert flag.start == text.index("you   NEVER")


def test_whole_message_notes_span_the_words_and_are_marked_as_notes() -> None:
    text = "  We should talk about the money situation sometime this week.  "
    notes = [f for f in check_message(text) if f.whole_message]
    assert {f.kind for f in notes} == {"no_feeling", "no_request"}
    for note in notes:
        assert text[note.start : note.end] == text.strip().rstrip(".")


def test_feeling_words_are_grouped_gently_and_used_by_the_checker() -> None:
    groups = feeling_words()
    ids = [group.id for group in groups]
    assert {"sad", "scared", "angry", "hurt", "tired", "hopeful", "glad"} <= set(ids)
    words = [word for group in groups for word in group.words]
    assert 40 <= len(words) <= 70
    assert len(words) == len(set(words))
    assert all(group.name and group.words for group in groups)
    for word in words:  # each one counts as naming a feeling
        text = f"I feel {word} about how the week went and what comes next."
        assert "no_feeling" not in {f.kind for f in check_message(text)}, word


# --- bad input ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "      \n\t  \n", "\u200b", ".,;!?", "\U0001f600" * 50])
def test_empty_and_wordless_text_gets_no_flags(text: str) -> None:
    assert check_message(text) == []


def test_twenty_thousand_characters_of_one_unbroken_word() -> None:
    for text in ("a" * 20_000, "you" * 6_667, "\u4f60" * 20_000, "never" * 4_000):
        started = time.perf_counter()
        assert check_message(text) == []
        took = time.perf_counter() - started
        print(f"{len(text)} chars, one word: {took * 1000:.1f} ms")  # measured, not asserted


def test_twenty_thousand_characters_of_mixed_scripts() -> None:
    piece = "hello \u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd \u4f60\u597d\u4e16\u754c \U0001f600\U0001f44d\U0001f3fd you never "
    text = (piece * 700)[:20_000]
    started = time.perf_counter()
    flags = check_message(text)
    print(f"mixed scripts: {(time.perf_counter() - started) * 1000:.1f} ms")
    never = [f for f in flags if f.kind == "always_never"]
    assert len(never) == text.count("you never")
    assert all(text[f.start : f.end] == "you never" for f in never)


@pytest.mark.parametrize(
    "text",
    [
        "sorry " * 4_000,
        "you never know " * 1_500,
        '"' * 20_000,
        "'" * 20_000,
        "a'" * 10_000,
        "!" * 20_000,
        "you " * 6_000,
        "i " * 10_000,
        "/s " * 7_000,
        "\u202eyou never\u202c " * 1_500,
        "you\u0301 never\u0308 " * 1_500,
    ],
    ids=lambda text: repr(text[:12]),
)
def test_long_repetitive_drafts_finish(text: str) -> None:
    """Inputs that would make a backtracking or quadratic checker crawl. Each must
    return (the time is printed, and tests/bench/bench_checker.py measures)."""
    started = time.perf_counter()
    flags = check_message(text)
    print(f"{text[:12]!r}: {len(flags)} flags in {(time.perf_counter() - started) * 1000:.1f} ms")
    assert all(0 <= f.start <= f.end <= len(text) for f in flags)


def test_a_surrogate_or_control_characters_do_not_crash() -> None:
    text = "you never \ud800 listen \x00\x07 you're lazy"
    kinds = {f.kind for f in check_message(text)}
    assert {"always_never", "labels"} <= kinds


def test_an_unknown_or_unsafe_language_gives_no_flags() -> None:
    assert check_message("You never help.", language="xx") == []
    assert check_message("You never help.", language="../../etc/passwd") == []
