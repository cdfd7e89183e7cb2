"""Content for safety: the crisis and support lines (regions, kinds, coverage, what
``lines_for`` shows, the region a locale points to) and the safety check's questions
and planning steps; every broken file is refused with one line naming it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.content import ContentError, content_dir
from app.content.crisis_lines import (
    DIRECTORY,
    DIRECTORY_REGION,
    ELSEWHERE,
    KINDS,
    REGIONS,
    SHIPPED_LANGUAGES,
    coverage_problems,
    lines_for,
    load_crisis_lines,
    region_for_locale,
    resolve_region,
)
from app.safety.content import load_planning, load_questions


def _w(text: str) -> dict[str, str]:
    """One text in every shipped language (the same words: only the shape is tested)."""
    return {language: text for language in SHIPPED_LANGUAGES}


def _line(**overrides: Any) -> dict[str, Any]:
    line: dict[str, Any] = {
        "id": "test-line",
        "region": "GB",
        "kind": "crisis",
        "name": _w("Test Line"),
        "contact": _w("Call 555-0100"),
        "description": _w("Someone kind answers at any hour."),
    }
    line.update(overrides)
    return line


def _refused(tmp_path: Path, name: str, data: Any, loader: Any) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        loader(path)
    message = str(raised.value)
    assert message.startswith(f"{name}: ") and "\n" not in message
    return message


# ----- the bundled lines --------------------------------------------------------------


def test_bundled_lines_use_known_regions_and_kinds_and_cover_every_region() -> None:
    lines = load_crisis_lines()
    assert {line.region for line in lines} == {*REGIONS, DIRECTORY_REGION}
    assert {line.kind for line in lines} <= set(KINDS)
    assert coverage_problems(lines) == []
    for region in REGIONS:
        shown = lines_for(region, lines=lines)
        kinds = [line.kind for line in shown]
        assert "crisis" in kinds, region
        # A relationship-safety line of its own, or the directory shown with it.
        assert "relationship-safety" in kinds or kinds[-1] == DIRECTORY, region
        assert kinds[-1] == DIRECTORY and kinds.count(DIRECTORY) == 1


def test_the_us_keeps_its_three_lines_with_988_first() -> None:
    us = lines_for("US", directory=False)
    assert [line.id for line in us] == [
        "us-988-lifeline",
        "us-samhsa-helpline",
        "us-domestic-violence-hotline",
    ]
    assert us[0].contact == "Call or text 988"
    assert lines_for("us", {"crisis"})[0].id == "us-988-lifeline"


@pytest.mark.parametrize(
    ("region", "numbers"),
    [
        ("GB", ["116 123", "0808 2000 247", "0300 123 6600"]),
        ("IE", ["116 123", "1800 341 900", "1800 459 459"]),
        ("CA", ["9-8-8"]),
        ("AU", ["13 11 14", "1800 737 732", "1800 250 015"]),
        ("NZ", ["1737", "0800 733 843", "0800 787 797"]),
    ],
)
def test_each_place_has_its_national_numbers(region: str, numbers: list[str]) -> None:
    contacts = " ".join(line.contact for line in lines_for(region, directory=False))
    for number in numbers:
        assert number in contacts


def test_lines_for_filters_by_kind_and_sends_anyone_else_to_the_directory() -> None:
    assert [line.kind for line in lines_for("AU", {"relationship-safety"})] == [
        "relationship-safety",
        DIRECTORY,
    ]
    assert lines_for("uk")[0].region == "GB"
    for elsewhere in (ELSEWHERE, "FR", "", "INTL"):
        [only] = lines_for(elsewhere)
        assert only.kind == DIRECTORY and "findahelpline.com" in only.contact
    assert lines_for("NZ", {"crisis"}, directory=False)[0].contact.startswith("Call or text 1737")


@pytest.mark.parametrize(
    ("locale_name", "region"),
    [
        ("en_GB", "GB"),
        ("en_GB.UTF-8", "GB"),
        ("fr_CA", "CA"),
        ("en-IE", "IE"),
        ("mi_NZ", "NZ"),
        ("zh_Hant_TW", ELSEWHERE),
        ("de_DE@euro", ELSEWHERE),
        ("C", ELSEWHERE),
        ("POSIX", ELSEWHERE),
        ("", ELSEWHERE),
    ],
)
def test_the_system_locale_points_to_a_region(locale_name: str, region: str) -> None:
    assert region_for_locale(locale_name) == region


def test_the_setting_wins_over_the_locale_and_unknown_settings_follow_the_locale() -> None:
    assert resolve_region("nz", "en_US") == "NZ"
    assert resolve_region("system", "en_AU") == "AU"
    assert resolve_region("other", "en_AU") == ELSEWHERE
    assert resolve_region("atlantis", "en_IE") == "IE"


# ----- broken line files --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (_line(region="FR"), "unknown region 'FR'"),
        (_line(region="gb"), "unknown region 'gb'"),
        (_line(kind="hotline"), "unknown kind 'hotline'"),
        (_line(region="INTL"), "only the directory line"),
        (_line(kind="directory"), "only the directory line"),
        ({k: v for k, v in _line().items() if k != "kind"}, "missing 'kind'"),
        ({k: v for k, v in _line().items() if k != "contact"}, "missing 'contact'"),
        (_line(name="Test Line"), "'name' must be an object of texts"),
        (_line(name={}), "'name' is missing its 'en' text"),
        (_line(contact={"en": "Call 1", "es": "Call 1", "xx": "Call 1"}), "unknown language 'xx'"),
        (_line(description=_w("")), "'description' must be non-empty text"),
    ],
)
def test_a_broken_line_is_refused_naming_the_file(
    tmp_path: Path, line: dict[str, Any], expected: str
) -> None:
    data = {"version": 2, "crisis_lines": [line]}
    message = _refused(tmp_path, "crisis_lines.json", data, load_crisis_lines)
    assert "crisis line 1" in message and expected in message


# ----- the check's questions and the planning steps ----------------------------------


def test_bundled_questions_and_planning_load() -> None:
    questions = load_questions()
    assert len(questions) == 4
    words = " ".join(q.text.lower() for q in questions)
    for topic in ("afraid", "hurt", "phone", "money", "where you go", "sexual"):
        assert topic in words
    assert all(q.text.endswith("?") for q in questions)
    titles = " ".join(step.title.lower() for step in load_planning())
    for topic in ("bag", "numbers", "person", "go"):
        assert topic in titles


def test_every_content_item_carries_every_shipped_language() -> None:
    assert SHIPPED_LANGUAGES == ("en", "es")
    files = [
        content_dir() / "crisis_lines.json",
        *sorted((content_dir() / "safety").glob("*.json")),
    ]
    assert len(files) == 3
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        [items] = [value for key, value in data.items() if key != "version"]
        for item in items:
            texts = [value for value in item.values() if isinstance(value, dict)]
            assert texts, (path.name, item["id"])
            for text in texts:
                assert set(text) == set(SHIPPED_LANGUAGES), (path.name, item["id"])


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"version": 1, "questions": [{"id": "q", "text": _w("Q?"), "x": 1}]}, "unknown key"),
        ({"version": 1, "questions": [{"text": _w("Q?")}]}, "missing 'id'"),
        ({"version": 1, "questions": [{"id": "q", "text": {}}]}, "missing its 'en' text"),
        ({"version": 1, "questions": [{"id": "Q 1", "text": _w("Q?")}]}, "lowercase"),
        ({"version": 1, "questions": [{"id": "q", "text": _w("x" * 301)}]}, "longer than"),
        ({"version": 2, "questions": [{"id": "q", "text": _w("Q?")}]}, "'version' must be 1"),
        ({"version": 1, "questions": []}, "non-empty list"),
    ],
)
def test_a_broken_questions_file_is_refused_naming_it(
    tmp_path: Path, data: Any, expected: str
) -> None:
    assert expected in _refused(tmp_path, "questions.json", data, load_questions)


def test_a_broken_planning_file_is_refused_naming_it(tmp_path: Path) -> None:
    step = {"id": "a-bag", "title": _w("A bag")}
    data = {"version": 1, "planning": [step]}
    assert "missing 'text'" in _refused(tmp_path, "planning.json", data, load_planning)
