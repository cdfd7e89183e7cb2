"""Bundled content: where it is found, and how a bad content file is reported."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from app.content import ContentError, content_dir, resources_dir
from app.content.crisis_lines import CrisisLine, load_crisis_lines
from app.content.words import SHIPPED_LANGUAGES

REPO_ROOT = Path(__file__).resolve().parents[2]


TEXT_FIELDS = ("name", "contact", "description")


def _flat(**overrides: str) -> dict[str, str]:
    """A line's fields as CrisisLine holds them (texts in English)."""
    line = {
        "id": "test-line",
        "name": "Test Line",
        "contact": "Call 555-0100",
        "description": "Someone kind answers at any hour.",
        "region": "US",
        "kind": "crisis",
    }
    line.update(overrides)
    return line


def _line(**overrides: Any) -> dict[str, Any]:
    """A line as the file holds it: texts per language ({"en": ..., "es": ...})."""
    return {
        key: {language: value for language in SHIPPED_LANGUAGES}
        if key in TEXT_FIELDS and isinstance(value, str)
        else value
        for key, value in _flat(**overrides).items()
    }


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "crisis_lines.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _one_line_error(error: pytest.ExceptionInfo[ContentError]) -> str:
    message = str(error.value)
    assert message
    assert "\n" not in message
    return message


def test_resources_are_found_in_the_source_checkout() -> None:
    assert resources_dir() == REPO_ROOT / "resources"
    assert content_dir() == REPO_ROOT / "resources" / "content"


def test_resources_are_found_inside_a_pyinstaller_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


def test_bundled_crisis_lines_include_the_us_defaults() -> None:
    lines = {line.id: line for line in load_crisis_lines() if line.region == "US"}
    assert "988" in lines["us-988-lifeline"].contact
    assert "1-800-662-4357" in lines["us-samhsa-helpline"].contact
    hotline = lines["us-domestic-violence-hotline"].contact
    assert "1-800-799-7233" in hotline
    assert "START" in hotline
    assert "88788" in hotline
    for line in lines.values():
        assert line.region == "US"
        assert line.description.endswith(".")


def test_good_file_loads_in_file_order(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {
            "version": 2,
            "crisis_lines": [_line(id="b-line"), _line(id="a-line", kind="substance-use")],
        },
    )
    assert load_crisis_lines(path) == [
        CrisisLine(**_flat(id="b-line")),
        CrisisLine(**_flat(id="a-line", kind="substance-use")),
    ]


def test_duplicate_id_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, {"version": 2, "crisis_lines": [_line(), _line(name="Other")]})
    with pytest.raises(ContentError) as error:
        load_crisis_lines(path)
    message = _one_line_error(error)
    assert "duplicate id 'test-line'" in message
    assert "crisis line 2" in message


@pytest.mark.parametrize("field", ["id", "name", "contact", "description", "region", "kind"])
@pytest.mark.parametrize("blank", ["", "   "])
def test_empty_text_is_refused(tmp_path: Path, field: str, blank: str) -> None:
    path = _write(tmp_path, {"version": 2, "crisis_lines": [_line(**{field: blank})]})
    with pytest.raises(ContentError) as error:
        load_crisis_lines(path)
    assert f"'{field}' must be non-empty text" in _one_line_error(error)


def test_bad_json_is_refused_with_its_position(tmp_path: Path) -> None:
    path = tmp_path / "crisis_lines.json"
    path.write_text('{"version": 2,\n "crisis_lines": [}', encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_crisis_lines(path)
    message = _one_line_error(error)
    assert message.startswith("crisis_lines.json: not valid JSON")
    assert "line 2" in message


def test_missing_file_is_a_content_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as error:
        load_crisis_lines(tmp_path / "nowhere.json")
    assert "nowhere.json" in _one_line_error(error)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([], "top level must be a JSON object"),
        ({"crisis_lines": [_line()]}, "'version' must be 2"),
        ({"version": True, "crisis_lines": [_line()]}, "'version' must be 2"),
        ({"version": 2}, "'crisis_lines' must be a non-empty list"),
        ({"version": 2, "crisis_lines": []}, "'crisis_lines' must be a non-empty list"),
        ({"version": 2, "crisis_lines": [_line()], "extra": 1}, "unknown top-level key 'extra'"),
        ({"version": 2, "crisis_lines": ["988"]}, "crisis line 1: must be a JSON object"),
        ({"version": 2, "crisis_lines": [{"id": "x"}]}, "missing 'name'"),
        ({"version": 2, "crisis_lines": [_line(phone="988")]}, "unknown key 'phone'"),
        (
            {"version": 2, "crisis_lines": [{**_line(), "name": 988}]},
            "'name' must be an object of texts",
        ),
        ({"version": 2, "crisis_lines": [_line(name="Two\nlines")]}, "'name' must be one line"),
        ({"version": 2, "crisis_lines": [_line(name=" Padded")]}, "'name' must be one line"),
        ({"version": 2, "crisis_lines": [_line(id="Has Space")]}, "'id' must be lowercase"),
        ({"version": 2, "crisis_lines": [_line(kind="Crisis")]}, "'kind' must be lowercase"),
        (
            {"version": 2, "crisis_lines": [_line(description="word " * 100 + "end.")]},
            "'description' is longer than 300 characters",
        ),
    ],
)
def test_malformed_files_are_refused_with_a_reason(
    tmp_path: Path, data: Any, expected: str
) -> None:
    with pytest.raises(ContentError) as error:
        load_crisis_lines(_write(tmp_path, data))
    assert expected in _one_line_error(error)


def test_file_that_is_not_utf8_is_a_content_error(tmp_path: Path) -> None:
    path = tmp_path / "crisis_lines.json"
    path.write_bytes(b'{"version": 2, "crisis_lines": ["\xff"]}')
    with pytest.raises(ContentError) as error:
        load_crisis_lines(path)
    assert "cannot be read" in _one_line_error(error)
