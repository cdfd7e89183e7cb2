"""The checks' rules files: the bundled ones load; a broken one is refused with one line
naming the file and the place, and while typing the checks then give nothing (never
raise) and ``rules_problem`` says why. Also the small pattern language the rules use."""

from __future__ import annotations

import copy
import json
import logging
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.communication import rules as rules_module
from app.communication.boundary_draft import check_boundary
from app.communication.checker import check_message, check_with_rules
from app.communication.craft import craft_check
from app.communication.patterns import PatternError, PhraseSet, compile_pattern
from app.communication.rules import (
    load_guide_rules,
    load_message_rules,
    parse_message_rules,
    rules_path,
    rules_problem,
)
from app.communication.text import Normaliser, read_draft
from app.content import ContentError

BUNDLED = Path(rules_module.__file__).resolve().parents[2] / "resources/content/message_checks"


@pytest.fixture(autouse=True)
def _fresh_rules() -> Iterator[None]:
    rules_module.forget_loaded()
    yield
    rules_module.forget_loaded()


def _base() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((BUNDLED / "en.json").read_text(encoding="utf-8"))
    return data


def _check(data: dict[str, Any], check_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(c for c in data["checks"] if c["id"] == check_id)
    return found


def _refusal(data: object, name: str = "en.json") -> str:
    with pytest.raises(ContentError) as caught:
        parse_message_rules(data, name)
    message = str(caught.value)
    assert message.startswith(f"{name}: "), message
    assert "\n" not in message and "Traceback" not in message
    return message


def test_the_bundled_rules_load_and_report_no_problem() -> None:
    base = load_message_rules(rules_path("", "en"), "en")
    assert list(base.checks) == list(rules_module.CHECK_KINDS)
    assert load_guide_rules(rules_path("craft", "en"), base).rules
    assert load_guide_rules(rules_path("boundary", "en"), base).rules
    assert rules_problem("en") is None
    assert rules_path("", "en").parent == BUNDLED


# --- one-line refusals ------------------------------------------------------------------


def _without(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda data: data.pop(key)


def _drop_check_field(data: dict[str, Any]) -> None:
    del _check(data, "labels")["why"]


def _bad_expression(data: dict[str, Any]) -> None:
    _check(data, "sarcasm")["patterns"].append("/[a-z/")


def _repeated_group(data: dict[str, Any]) -> None:
    _check(data, "blame")["patterns"].append("/(a+)+b/")


def _unknown_list(data: dict[str, Any]) -> None:
    _check(data, "labels")["patterns"].append("you are @nicknames")


def _upper_word(data: dict[str, Any]) -> None:
    _check(data, "demand")["patterns"].append("You must")


def _missing_check(data: dict[str, Any]) -> None:
    data["checks"] = [c for c in data["checks"] if c["id"] != "sarcasm"]


def _unknown_check(data: dict[str, Any]) -> None:
    data["checks"].append({**_check(data, "blame"), "id": "shouting"})


def _duplicate_check(data: dict[str, Any]) -> None:
    data["checks"].append(copy.deepcopy(_check(data, "blame")))


def _bad_placeholder(data: dict[str, Any]) -> None:
    _check(data, "labels")["suggestion"] = "Instead of {label}, try …"


def _stray_brace(data: dict[str, Any]) -> None:
    _check(data, "labels")["suggestion"] = "Instead of {match, try …"


def _two_line_why(data: dict[str, Any]) -> None:
    _check(data, "blame")["why"] = "One line.\nTwo lines."


def _feelings_list(data: dict[str, Any]) -> None:
    data["lists"]["feelings"] = ["sad"]


def _duplicate_feeling_group(data: dict[str, Any]) -> None:
    data["feelings"].append(copy.deepcopy(data["feelings"][0]))


def _missing_list(data: dict[str, Any]) -> None:
    del data["lists"]["but_words"]


def _bad_contraction(data: dict[str, Any]) -> None:
    data["contractions"]["you're"] = "You Are"


def _too_many_ways(data: dict[str, Any]) -> None:
    _check(data, "blame")["patterns"].append(" ".join(["a|b?"] * 8) + " c")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_without("checks"), "en.json: missing 'checks'"),
        (_without("version"), "en.json: missing 'version'"),
        (lambda d: d.update(version=2), "en.json: 'version' must be 1, not 2"),
        (lambda d: d.update(extra=1), "en.json: unknown key 'extra'"),
        (_drop_check_field, "en.json: check 'labels': missing 'why'"),
        (
            _bad_expression,
            "en.json: check 'sarcasm': 'patterns' pattern 20: bad word expression '/[a-z/' (unterminated character set)",
        ),
        (
            _repeated_group,
            "en.json: check 'blame': 'patterns' pattern 13: bad word expression '/(a+)+b/' (a group may not repeat)",
        ),
        (
            _unknown_list,
            "en.json: check 'labels': 'patterns' pattern 6: unknown word list 'nicknames'",
        ),
        (
            _upper_word,
            "en.json: check 'demand': 'patterns' pattern 9: 'You' is not a lowercase word, @list, * or /expression/",
        ),
        (_missing_check, "en.json: no check 'sarcasm'"),
        (_unknown_check, "en.json: check 11: unknown check 'shouting'"),
        (_duplicate_check, "en.json: check 11: duplicate id 'blame'"),
        (
            _bad_placeholder,
            "en.json: check 'labels': a suggestion uses an unknown placeholder 'label'",
        ),
        (
            _two_line_why,
            "en.json: check 'blame': 'why' must be one line without surrounding spaces",
        ),
        (_feelings_list, "en.json: list 'feelings' comes from the feeling groups"),
        (_duplicate_feeling_group, "en.json: feeling group 9: duplicate id 'sad'"),
        (_missing_list, "en.json: no list 'but_words'"),
        (_bad_contraction, "en.json: contraction \"you're\": 'You Are' must be lowercase words"),
        (
            _too_many_ways,
            "en.json: check 'blame': 'patterns' pattern 13: more than 64 ways to read it; use fewer '?'",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else getattr(value, "__name__", "change"),
)
def test_a_broken_rules_file_is_refused_with_one_line(
    change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    data = _base()
    change(data)
    assert _refusal(data) == expected


def test_a_stray_brace_is_refused() -> None:
    data = _base()
    _stray_brace(data)
    assert _refusal(data).startswith("en.json: check 'labels': a suggestion has a stray brace")


@pytest.mark.parametrize("data", [[], "rules", 3, None])
def test_a_file_that_is_not_an_object_is_refused(data: object) -> None:
    assert _refusal(data) == "en.json: must be a JSON object"


def test_invalid_json_is_refused_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "en.json"
    path.write_text('{"version": 1,,}', encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_message_rules(path)
    assert str(caught.value).startswith("en.json: not valid JSON (")
    assert "line 1" in str(caught.value)


def test_a_language_that_does_not_match_the_file_is_refused() -> None:
    with pytest.raises(ContentError, match="'language' must be 'fr', not 'en'"):
        parse_message_rules(_base(), "fr.json", "fr")


# --- while typing: no flags, one line, no crash -----------------------------------------


@pytest.fixture()
def content_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "message_checks"
    shutil.copytree(BUNDLED, folder)
    monkeypatch.setattr(rules_module, "content_dir", lambda: tmp_path)
    return folder


def test_a_good_copy_of_the_rules_works_through_the_cached_loaders(content_copy: Path) -> None:
    assert rules_problem() is None
    assert check_message("You never help.")
    assert craft_check("I feel hopeful.")
    assert check_boundary("I will leave.")


def _replacing(old: str, new: str) -> Callable[[Path], None]:
    def change(path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")

    return change


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (lambda path: path.write_text("{not json", encoding="utf-8"), "en.json: not valid JSON"),
        (lambda path: path.unlink(), "en.json: cannot be read (FileNotFoundError)"),
        (_replacing('"/s"', '"/s", "/("'), None),  # a mark is a literal: still fine
        (
            _replacing('"you only ever"', '"you only ever", "/(never/"'),
            "en.json: check 'always_never': 'patterns' pattern 6: bad word expression '/(never/'",
        ),
    ],
    ids=["invalid json", "missing file", "a literal mark", "bad expression"],
)
def test_a_broken_message_file_gives_no_flags_and_says_why_once(
    content_copy: Path,
    caplog: pytest.LogCaptureFixture,
    breakage: Callable[[Path], None],
    expected: str | None,
) -> None:
    breakage(content_copy / "en.json")
    secret = "You never help, you're so lazy, it's your fault"
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            flags = check_message(secret)
            craft = craft_check(secret)
            boundary = check_boundary(secret)
        problem = rules_problem()
    if expected is None:
        assert problem is None and flags and craft and boundary
        return
    assert flags == [] and craft == [] and boundary == []
    assert problem is not None and problem.startswith(expected)
    assert "\n" not in problem
    warnings = [r.getMessage() for r in caplog.records if r.name == rules_module.__name__]
    assert len(warnings) == 1, warnings  # said once, not per keystroke
    assert "lazy" not in caplog.text and "help" not in caplog.text  # never the draft


def test_a_broken_craft_file_leaves_the_message_checks_working(content_copy: Path) -> None:
    path = content_copy / "craft_en.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["rules"][2]["why"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert craft_check("I feel hopeful.") == []
    assert rules_problem() == "craft_en.json: rule 'specific': missing 'why'"
    assert check_message("You never help.")
    assert check_boundary("I will leave.")


def _only_words(data: dict[str, Any]) -> None:
    first = data["rules"][0]
    data["rules"][0] = {key: first[key] for key in ("id", "title", "why", "tip")}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_only_words, "boundary_en.json: rule 'my_action': needs at least one condition"),
        (
            lambda d: d["rules"][1].update(any_of=[]),
            "boundary_en.json: rule 'specific': 'any_of' must not be empty",
        ),
        (
            lambda d: d["rules"][3].update(max_exclamations=-1),
            "boundary_en.json: rule 'calm': 'max_exclamations' must be a whole number from 0",
        ),
        (
            lambda d: d["rules"][3].update(needs_feeling="yes"),
            "boundary_en.json: rule 'calm': 'needs_feeling' must be true or false",
        ),
        (
            lambda d: d["lists"].update(labels=["x"]),
            "boundary_en.json: list 'labels' is already in en.json",
        ),
        (
            lambda d: d["rules"].append(copy.deepcopy(d["rules"][0])),
            "boundary_en.json: rule 5: duplicate id 'my_action'",
        ),
        (
            lambda d: d["rules"][2]["any_of"].append("i will @moves"),
            "boundary_en.json: rule 'follow_through': 'any_of' pattern 5: unknown word list 'moves'",
        ),
    ],
    ids=[
        "no condition",
        "empty any_of",
        "negative count",
        "not a bool",
        "list clash",
        "duplicate",
        "unknown list",
    ],
)
def test_a_broken_boundary_file_is_named_in_one_line(
    content_copy: Path, change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    path = content_copy / "boundary_en.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    assert check_boundary("If you drink, I will leave.") == []
    assert rules_problem() == expected


def test_rules_given_directly_check_without_the_cache(tmp_path: Path) -> None:
    data = _base()
    _check(data, "labels")["patterns"] = ["you are @labels"]
    rules = parse_message_rules(data, "test.json")
    kinds = {f.kind for f in check_with_rules("You idiot. You are lazy.", rules)}
    assert "labels" in kinds
    flags = [f for f in check_with_rules("You idiot. You are lazy.", rules) if f.kind == "labels"]
    assert len(flags) == 1


# --- the pattern language -------------------------------------------------------------

LISTS = {"labels": frozenset({"lazy", "rude"})}
PLAIN = Normaliser({"you're": ("you", "are"), "don't": ("do", "not")}, {"n't": "not"})


def _matches(pattern: str, text: str) -> list[str]:
    phrases = PhraseSet([pattern], LISTS)
    draft = read_draft(text, PLAIN)
    return [
        text[draft.words[m.first].start : draft.words[m.stop - 1].end] for m in phrases.find(draft)
    ]


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (
            "you are|were? always",
            "You always. You are always. You were always.",
            ["You always", "You are always", "You were always"],
        ),
        (
            "you are @labels",
            "you\u2019re lazy and you are rude",
            ["you\u2019re lazy", "you are rude"],
        ),
        ("you never", "Thank you, never mind", []),
        ("sure , whatever", "Sure, whatever. Sure whatever", ["Sure, whatever", "Sure whatever"]),
        ("you never", "you. never", []),
        ("thanks * lot", "thanks a lot, thanks the lot", ["thanks a lot", "thanks the lot"]),
        ("/apologi[sz]ed?/", "I apologise, I apologized", ["apologise", "apologized"]),
        ("/(mon|tues)days/", "on Mondays and tuesdays", ["Mondays", "tuesdays"]),
        ("do not", "Don't", ["Don't"]),
        ("did not", "didn\u2019t", ["didn\u2019t"]),
        ("self centered", "self-centered", ["self-centered"]),
        ("you never", 'she said "you never" once', []),
        ("you never", 'an open " quote: you never', ["you never"]),
    ],
)
def test_patterns_match_words_as_documented(pattern: str, text: str, expected: list[str]) -> None:
    assert _matches(pattern, text) == expected


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("", "a pattern needs words"),
        (", you", "a pattern needs words"),
        ("you , , never", "two commas in a row"),
        ("always? never?", "at least one word that is not optional"),
        ("@nothing", "unknown word list 'nothing'"),
        ("/(ab)*/", "a group may not repeat"),
        ("/ab", "write it as /.../"),
        ("/a/b", "write '|' between alternatives"),
        ("Never", "is not a lowercase word"),
        ("you're", "is not a lowercase word"),
    ],
)
def test_bad_patterns_are_refused(pattern: str, message: str) -> None:
    with pytest.raises(PatternError, match=message):
        compile_pattern(pattern, LISTS)


def test_a_word_too_long_to_be_a_word_never_matches() -> None:
    phrases = PhraseSet(["/a+/"], LISTS)
    assert not phrases.contains(read_draft("a" * 41, PLAIN))
    assert phrases.contains(read_draft("a" * 40, PLAIN))
