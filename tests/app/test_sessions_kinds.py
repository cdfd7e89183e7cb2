"""Kinds of session from content: the bundled file, and bad files refused with one line
that names the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.content import ContentError
from app.content.words import SHIPPED_LANGUAGES
from app.sessions import kinds as session_kinds
from app.sessions.kinds import SessionKind, load_session_kinds, parse_session_kinds


def _w(text: object) -> dict[str, object]:
    """``text`` as a content text: the same words in every shipped language."""
    return dict.fromkeys(SHIPPED_LANGUAGES, text)


GOOD = {
    "version": 1,
    "session_kinds": [
        {"id": "iop-group", "name": _w("IOP group"), "description": _w("A group.")},
        {"id": "other", "name": _w("Other"), "description": _w("Anything else.")},
    ],
}


def _write(tmp_path: Path, data: object, name: str = "my_kinds.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _refusal(path: Path) -> str:
    with pytest.raises(ContentError) as caught:
        load_session_kinds(path)
    message = str(caught.value)
    assert message.startswith(f"{path.name}: "), message
    assert "\n" not in message and "\r" not in message
    assert "Traceback" not in message
    return message


def test_the_bundled_kinds_load_with_names_and_descriptions() -> None:
    kinds = load_session_kinds()
    ids = [kind.id for kind in kinds]
    assert len(ids) == len(set(ids)) >= 6
    assert "other" in ids
    assert {"iop-group", "individual-therapy", "medication", "couples-session"} <= set(ids)
    for kind in kinds:
        assert kind.name.strip() and kind.description.strip(), kind.id
        assert kind.name == kind.name.strip() and "\n" not in kind.description
    assert session_kinds.bundled_kinds() == tuple(kinds)
    assert session_kinds.known_ids() == frozenset(ids)
    assert session_kinds.default_path().name == "session_kinds.json"


def test_a_good_file_loads_in_file_order(tmp_path: Path) -> None:
    kinds = load_session_kinds(_write(tmp_path, GOOD))
    assert kinds == [
        SessionKind("iop-group", "IOP group", "A group."),
        SessionKind("other", "Other", "Anything else."),
    ]


def test_a_kind_without_an_id_is_refused(tmp_path: Path) -> None:
    data = {
        "version": 1,
        "session_kinds": [{"name": _w("No id"), "description": _w("d")}, *GOOD["session_kinds"]],
    }
    assert _refusal(_write(tmp_path, data)) == "my_kinds.json: session kind 1: missing 'id'"


def test_a_duplicate_id_is_refused(tmp_path: Path) -> None:
    items = [
        *GOOD["session_kinds"],
        {"id": "iop-group", "name": _w("Again"), "description": _w("d")},
    ]
    message = _refusal(_write(tmp_path, {"version": 1, "session_kinds": items}))
    assert message == "my_kinds.json: session kind 3: duplicate id 'iop-group'"


def test_a_list_without_other_is_refused(tmp_path: Path) -> None:
    data = {"version": 1, "session_kinds": GOOD["session_kinds"][:1]}
    assert _refusal(_write(tmp_path, data)) == (
        "my_kinds.json: the list must include a kind with the id 'other'"
    )


def test_bad_json_is_refused(tmp_path: Path) -> None:
    message = _refusal(_write(tmp_path, '{"version": 1, "session_kinds": [\n  {"id": "x",,}\n]}'))
    assert message.startswith("my_kinds.json: not valid JSON (")
    assert "line 2" in message


@pytest.mark.parametrize("version", [2, 0, "1", True, None])
def test_a_wrong_version_is_refused(tmp_path: Path, version: object) -> None:
    data = {**GOOD, "version": version}
    assert _refusal(_write(tmp_path, data)).startswith("my_kinds.json: 'version' must be 1, not ")


def test_a_missing_version_is_refused(tmp_path: Path) -> None:
    data = {"session_kinds": GOOD["session_kinds"]}
    assert _refusal(_write(tmp_path, data)) == "my_kinds.json: 'version' must be 1, not None"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ([GOOD], "the top level must be a JSON object"),
        ({"version": 1, "session_kinds": []}, "'session_kinds' must be a non-empty list"),
        ({"version": 1}, "'session_kinds' must be a non-empty list"),
        ({**GOOD, "extra": 1}, "unknown top-level key 'extra'"),
        (
            {
                "version": 1,
                "session_kinds": [{"id": "Big Kind", "name": _w("n"), "description": _w("d")}],
            },
            "session kind 1: 'id' must be lowercase letters, digits and hyphens",
        ),
        (
            {"version": 1, "session_kinds": [{"id": "x", "name": _w(""), "description": _w("d")}]},
            "session kind 1: 'name' must be non-empty text in 'en'",
        ),
        (
            {
                "version": 1,
                "session_kinds": [{"id": "x", "name": _w("n"), "description": _w("two\nlines")}],
            },
            "session kind 1: 'description' must be one line without surrounding spaces in 'en'",
        ),
        (
            {
                "version": 1,
                "session_kinds": [{"id": "x", "name": _w("n" * 61), "description": _w("d")}],
            },
            "session kind 1: 'name' is longer than 60 characters in 'en'",
        ),
        (
            {"version": 1, "session_kinds": [{"id": "x", "name": "Plain", "description": _w("d")}]},
            "session kind 1: 'name' must be an object of texts by language, like {\"en\": ...}",
        ),
        (
            {"version": 1, "session_kinds": ["other"]},
            "session kind 1: must be a JSON object",
        ),
    ],
)
def test_other_bad_contents_are_refused(tmp_path: Path, data: object, reason: str) -> None:
    assert _refusal(_write(tmp_path, data)) == f"my_kinds.json: {reason}"


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    message = _refusal(tmp_path / "gone_kinds.json")
    assert message == "gone_kinds.json: cannot be read (FileNotFoundError)"


def test_parse_names_its_origin() -> None:
    with pytest.raises(ContentError, match=r"^from-memory\.json: "):
        parse_session_kinds({"version": 3}, "from-memory.json")


def test_resolve_shows_a_kind_that_left_the_content_as_other() -> None:
    assert session_kinds.resolve("iop-group").name == "IOP group"
    assert session_kinds.resolve("art-therapy").id == "other"
    assert session_kinds.resolve("").id == "other"
    own = [SessionKind("art", "Art", "A."), SessionKind("other", "Something else", "B.")]
    assert session_kinds.resolve("art", own).name == "Art"
    assert session_kinds.resolve("iop-group", own).name == "Something else"
    # A hand-made list without "other" still resolves to one.
    assert session_kinds.resolve("x", own[:1]) == SessionKind(
        "other", "Other", "Any other appointment."
    )
    assert session_kinds.known_ids(own) == frozenset({"art", "other"})
