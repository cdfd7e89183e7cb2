"""Areas of life for boundaries, from content: the bundled file, and bad files refused
with one line that names the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.boundaries import areas
from app.boundaries.areas import BoundaryArea, load_areas
from app.content import ContentError
from app.content.words import SHIPPED_LANGUAGES


def _w(text: object) -> dict[str, object]:
    """``text`` as a content text: the same words in every shipped language."""
    return dict.fromkeys(SHIPPED_LANGUAGES, text)


GOOD = {
    "version": 1,
    "boundary_areas": [
        {"id": "time", "title": _w("Time"), "description": _w("How I spend my hours.")},
        {"id": "money", "title": _w("Money"), "description": _w("What I pay for.")},
    ],
}


def _write(tmp_path: Path, data: object, name: str = "my_areas.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _refusal(path: Path) -> str:
    with pytest.raises(ContentError) as caught:
        load_areas(path)
    message = str(caught.value)
    assert message.startswith(f"{path.name}: "), message
    assert "\n" not in message and "Traceback" not in message
    return message


def test_the_bundled_areas_are_the_eight_the_builder_offers() -> None:
    found = load_areas()
    assert [a.id for a in found] == [
        "time",
        "emotions",
        "body-and-intimacy",
        "privacy-and-phone",
        "money",
        "alcohol-or-drugs-at-home",
        "my-therapy-and-recovery",
        "family-and-friends",
    ]
    for area in found:
        assert area.title and area.description.endswith("."), area.id
        assert len(area.description) <= 200
    assert areas.bundled_areas() == tuple(found)
    assert areas.known_ids() == frozenset(a.id for a in found)


def test_a_good_file_loads_in_file_order(tmp_path: Path) -> None:
    assert load_areas(_write(tmp_path, GOOD)) == [
        BoundaryArea("time", "Time", "How I spend my hours."),
        BoundaryArea("money", "Money", "What I pay for."),
    ]


def test_an_area_no_longer_in_the_content_resolves_to_a_plain_other() -> None:
    assert areas.resolve("money").title == "Money"
    gone = areas.resolve("a-retired-area")
    assert gone.id == "a-retired-area" and gone.title == "Other area"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("{not json", "not valid JSON"),
        ({"version": 2, "boundary_areas": GOOD["boundary_areas"]}, "'version' must be 1"),
        ({"version": 1, "boundary_areas": []}, "must be a non-empty list"),
        (
            {"version": 1, "boundary_areas": [{"id": "time", "title": _w("Time")}]},
            "boundary area 1: missing 'description'",
        ),
        (
            {"version": 1, "boundary_areas": [*GOOD["boundary_areas"], GOOD["boundary_areas"][0]]},
            "boundary area 3: duplicate id 'time'",
        ),
        (
            {
                "version": 1,
                "boundary_areas": [{"id": "Time Off", "title": _w("T"), "description": _w("D.")}],
            },
            "lowercase letters",
        ),
        (
            {
                "version": 1,
                "boundary_areas": [{"id": "t", "title": _w(" "), "description": _w("D.")}],
            },
            "'title' must be non-empty text",
        ),
        (
            {"version": 1, "boundary_areas": [{"id": "t", "title": _w("T"), "description": "D."}]},
            "boundary area 1: 'description' must be an object of texts by language",
        ),
    ],
)
def test_a_bad_file_is_named_in_one_line(tmp_path: Path, data: object, expected: str) -> None:
    assert expected in _refusal(_write(tmp_path, data))


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    assert "cannot be read" in _refusal(tmp_path / "absent.json")
