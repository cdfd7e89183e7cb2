"""The writing prompts: bundled content is valid and kind; bad files are refused."""

from __future__ import annotations

import copy
import itertools
import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.content import ContentError
from app.content.prompts import (
    default_path,
    find_prompt,
    load_prompts,
    parse_prompts,
    prompt_of_the_day,
)
from app.content.words import SHIPPED_LANGUAGES
from app.journal.model import Prompt, Theme

EXPECTED_THEMES = {
    "recovery-today": "My recovery today",
    "partner-hesitation": "My partner's hesitation",
    "boundaries": "Boundaries",
    "communication": "Communication",
    "feelings": "Feelings",
    "gratitude": "Gratitude",
    "therapist-questions": "Questions for my therapist",
}
# Labels that diagnose or blame the partner, and clinical jargon: none belong in a prompt.
UNKIND = re.compile(
    r"\b(denial|in denial|narciss\w*|toxic|codependen\w*|enabl\w*|disorder\w*|selfish|"
    r"manipulat\w*|abusive|addict|alcoholic|junkie|resistant|stubborn|lazy|weak|"
    r"pathologic\w*|diagnos\w*|comorbid\w*|cognitive distortion\w*)\b",
    re.IGNORECASE,
)


def _w(text: object) -> dict[str, object]:
    """``text`` as a content text: the same words in every shipped language."""
    return dict.fromkeys(SHIPPED_LANGUAGES, text)


def _good() -> dict[str, Any]:
    return {
        "version": 1,
        "themes": [
            {"id": "one", "title": _w("One"), "description": _w("The first theme.")},
            {"id": "two", "title": _w("Two"), "description": _w("The second theme.")},
        ],
        "prompts": [
            {"id": "one-a", "theme": "one", "text": _w("What helped today?")},
            {"id": "two-a", "theme": "two", "text": _w("What do you notice?")},
            {"id": "one-b", "theme": "one", "text": _w("What was hard?")},
        ],
    }


def _one_line_error(error: pytest.ExceptionInfo[ContentError]) -> str:
    message = str(error.value)
    assert message and "\n" not in message
    return message


def test_bundled_prompts_cover_every_theme_in_their_own_words() -> None:
    themes, prompts = load_prompts()
    assert {t.id: t.title for t in themes} == EXPECTED_THEMES
    for theme in themes:
        mine = [p for p in prompts if p.theme == theme.id]
        assert 8 <= len(mine) <= 12, theme.id
        assert theme.description.endswith(".")
    assert len({p.id for p in prompts}) == len(prompts)
    assert len({p.text for p in prompts}) == len(prompts)
    for prompt in prompts:
        assert prompt.text[-1] in ".?", prompt.id
        assert len(prompt.text) <= 200, prompt.id
        assert not UNKIND.search(prompt.text), prompt.id
    for theme in themes:
        assert not UNKIND.search(theme.description), theme.id


def test_partner_prompts_are_open_questions_about_what_i_notice() -> None:
    _, prompts = load_prompts()
    partner = [p for p in prompts if p.theme == "partner-hesitation"]
    for prompt in partner:
        assert prompt.text.endswith("?"), prompt.id
        assert re.search(r"\byou\b|\byour\b", prompt.text, re.IGNORECASE), prompt.id
    # The five reasons a partner may hesitate each have at least one question.
    text = " ".join(p.text.lower() for p in partner)
    for reason_words in (
        ("see", "addiction"),  # how each sees the problem
        ("feelings", "open up"),  # vulnerability
        ("blame", "hurt"),  # blame and resentment
        ("private",),  # privacy
        ("on their own",),  # self-sufficiency
    ):
        assert all(word in text for word in reason_words), reason_words


def test_the_bundled_file_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    load_prompts()
    monkeypatch.setattr(Path, "read_text", lambda *a, **k: pytest.fail("read again"))
    themes, _prompts = load_prompts()
    themes.clear()  # callers get their own lists
    assert load_prompts()[0]


def test_prompt_of_the_day_is_steady_for_a_day_and_rotates_gently() -> None:
    themes, prompts = load_prompts()
    start = date(2025, 1, 1)
    assert prompt_of_the_day(start) == prompt_of_the_day(start)
    longest = max(sum(p.theme == t.id for p in prompts) for t in themes)
    days = [prompt_of_the_day(start + timedelta(days=i)) for i in range(len(themes) * longest)]
    assert {p.id for p in days} == {p.id for p in prompts}  # every prompt gets its day
    assert all(a.theme != b.theme for a, b in itertools.pairwise(days))
    week = {p.theme for p in days[: len(themes)]}
    assert week == {t.id for t in themes}  # every theme within a week


def test_prompt_of_the_day_walks_a_theme_in_order() -> None:
    themes = [Theme("a", "A", "a."), Theme("b", "B", "b.")]
    prompts = [Prompt(f"a{i}", "a", "?") for i in range(3)] + [Prompt("b0", "b", "?")]
    start = date.fromordinal(12)  # day 12: theme "a" (12 % 2), its first prompt (6 % 3)
    picked = [prompt_of_the_day(start + timedelta(days=i), themes, prompts).id for i in range(8)]
    assert picked == ["a0", "b0", "a1", "b0", "a2", "b0", "a0", "b0"]


def test_find_prompt() -> None:
    assert find_prompt("boundaries-01") is not None
    assert find_prompt("no-such-prompt") is None


def test_good_file_loads_in_order(tmp_path: Path) -> None:
    path = tmp_path / "prompts.json"
    path.write_text(json.dumps(_good()), encoding="utf-8")
    themes, prompts = load_prompts(path)
    assert [t.id for t in themes] == ["one", "two"]
    assert [p.id for p in prompts] == ["one-a", "two-a", "one-b"]
    assert load_prompts(default_path())[1]


def _broken(change: str) -> dict[str, Any]:
    data = copy.deepcopy(_good())
    prompts, themes = data["prompts"], data["themes"]
    if change == "duplicate prompt id":
        prompts[1]["id"] = "one-a"
    elif change == "duplicate theme id":
        themes[1]["id"] = "one"
    elif change == "unknown theme":
        prompts[0]["theme"] = "three"
    elif change == "empty text":
        prompts[0]["text"] = _w("   ")
    elif change == "theme without prompts":
        themes.append({"id": "three", "title": _w("Three"), "description": _w("Lonely.")})
    elif change == "bad id":
        prompts[0]["id"] = "One A"
    elif change == "two lines":
        prompts[0]["text"] = _w("What\nhelped?")
    elif change == "too long":
        prompts[0]["text"] = _w("why " * 120 + "?")
    elif change == "extra key":
        prompts[0]["mood"] = "calm"
    elif change == "missing key":
        del themes[0]["description"]
    elif change == "not text":
        prompts[0]["text"] = _w(5)
    elif change == "plain text":
        prompts[0]["text"] = "What helped?"
    elif change == "version":
        data["version"] = 2
    elif change == "no prompts":
        data["prompts"] = []
    elif change == "extra top-level":
        data["extra"] = True
    elif change == "prompt not object":
        prompts[0] = "What helped?"
    return data


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("duplicate prompt id", "prompt 2: duplicate id 'one-a'"),
        ("duplicate theme id", "theme 2: duplicate id 'one'"),
        ("unknown theme", "prompt 1: unknown theme 'three'"),
        ("empty text", "prompt 1: 'text' must be non-empty text in 'en'"),
        ("theme without prompts", "theme 'three' has no prompts"),
        ("bad id", "'id' must be lowercase"),
        ("two lines", "'text' must be one line"),
        ("too long", "'text' is longer than 400 characters"),
        ("extra key", "unknown key 'mood'"),
        ("missing key", "theme 1: missing 'description'"),
        ("not text", "'text' must be non-empty text in 'en'"),
        ("plain text", "prompt 1: 'text' must be an object of texts by language"),
        ("version", "'version' must be 1"),
        ("no prompts", "'prompts' must be a non-empty list"),
        ("extra top-level", "unknown top-level key 'extra'"),
        ("prompt not object", "prompt 1: must be a JSON object"),
    ],
)
def test_bad_content_is_refused_with_a_reason(change: str, expected: str) -> None:
    with pytest.raises(ContentError) as error:
        parse_prompts(_broken(change))
    assert expected in _one_line_error(error)


def test_unreadable_and_invalid_json_files(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as error:
        load_prompts(tmp_path / "missing.json")
    assert "missing.json" in _one_line_error(error)
    bad = tmp_path / "prompts.json"
    bad.write_text('{"version": 1,\n "themes": [}', encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_prompts(bad)
    assert "line 2" in _one_line_error(error)
    with pytest.raises(ContentError):
        parse_prompts([])
