"""The encouragement lines Today shows (resources/content/encouragement.json) and their
loader: a valid file, warm plain words, one line a day."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.content import ContentError
from app.content.encouragement import (
    FILE_NAME,
    MAX_TEXT_CHARS,
    default_path,
    line_of_the_day,
    load_encouragement,
    parse_encouragement,
)
from app.content.words import SHIPPED_LANGUAGES

# Words the lines must not use: promises of an outcome, blame, clinical terms.
AVOID = re.compile(
    r"\b(will (get|be) (better|fine|okay)|promise|guarantee|cure[ds]?|fault|blame|should"
    r"|must|relapse|addict\w*|disorder|sobriety|clean|diagnos\w*|patient|symptom\w*"
    r"|failure|weak)\b",
    re.IGNORECASE,
)


def _w(text: object) -> dict[str, object]:
    """``text`` as a content text: the same words in every shipped language."""
    return dict.fromkeys(SHIPPED_LANGUAGES, text)


def test_the_bundled_file_is_valid_and_warm() -> None:
    lines = load_encouragement()
    assert default_path().name == FILE_NAME
    assert 20 <= len(lines) <= 30
    assert len({line.id for line in lines}) == len(lines)
    assert len({line.text.casefold() for line in lines}) == len(lines)
    for line in lines:
        assert line.text and len(line.text) <= MAX_TEXT_CHARS
        assert line.text[0].isupper() and line.text.endswith((".", "?", "!"))
        assert not AVOID.search(line.text), line.text
    # The same lines when read from a given path.
    assert load_encouragement(default_path()) == lines


def test_the_file_keeps_to_its_format() -> None:
    data = json.loads(default_path().read_text(encoding="utf-8"))
    assert set(data) == {"version", "lines"} and data["version"] == 1
    assert all(set(item) == {"id", "text"} for item in data["lines"])


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ([], "top level must be a JSON object"),
        ({"version": 2, "lines": [{"id": "a", "text": _w("Hi.")}]}, "'version' must be 1"),
        ({"version": True, "lines": [{"id": "a", "text": _w("Hi.")}]}, "'version' must be 1"),
        ({"version": 1, "lines": []}, "'lines' must be a non-empty list"),
        ({"version": 1, "lines": [{"id": "a", "text": _w("Hi.")}], "x": 1}, "unknown top-level"),
        ({"version": 1, "lines": [{"id": "a"}]}, "line 1: missing 'text'"),
        (
            {"version": 1, "lines": [{"id": "a", "text": "Hi."}]},
            "line 1: 'text' must be an object of texts by language",
        ),
        ({"version": 1, "lines": [{"id": "a", "text": _w(" Hi.")}]}, "surrounding spaces"),
        ({"version": 1, "lines": [{"id": "A b", "text": _w("Hi.")}]}, "lowercase letters"),
        (
            {"version": 1, "lines": [{"id": "a", "text": _w("x" * (MAX_TEXT_CHARS + 1))}]},
            "longer than",
        ),
        (
            {
                "version": 1,
                "lines": [{"id": "a", "text": _w("Hi.")}, {"id": "a", "text": _w("Yo.")}],
            },
            "line 2: duplicate id 'a'",
        ),
    ],
)
def test_an_invalid_file_is_refused_in_one_line(data: Any, reason: str) -> None:
    with pytest.raises(ContentError, match=re.escape(reason)) as caught:
        parse_encouragement(data)
    assert "\n" not in str(caught.value)


def test_a_broken_file_names_itself(tmp_path: Path) -> None:
    broken = tmp_path / FILE_NAME
    broken.write_text("{ not json", encoding="utf-8")
    with pytest.raises(ContentError, match=f"^{FILE_NAME}: not valid JSON"):
        load_encouragement(broken)


def test_one_line_a_day_the_same_all_day() -> None:
    lines = load_encouragement()
    day = date(2025, 3, 14)
    assert line_of_the_day(day) == line_of_the_day(day)
    days = [line_of_the_day(day + timedelta(days=n)) for n in range(len(lines))]
    assert len(set(days)) == len(lines), "every line comes round before any repeats"
    assert line_of_the_day(day + timedelta(days=len(lines))) == days[0]
    with pytest.raises(ContentError):
        line_of_the_day(day, [])
