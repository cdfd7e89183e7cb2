"""Direction controls in shown text: isolated for the window, escaped for a terminal."""

from __future__ import annotations

import pytest

from app.journal.display import (
    BIDI_CONTROLS,
    FSI,
    LRI,
    PDF,
    PDI,
    RLE,
    RLM,
    RLO,
    balanced,
    has_bidi_controls,
    isolated,
    visible,
)

SPOOF = "abc\u202efdp.exe"


def test_the_controls_are_the_ones_unicode_lists() -> None:
    expected = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
    assert {ord(c) for c in BIDI_CONTROLS} == expected


def test_visible_writes_every_control_out() -> None:
    assert visible(SPOOF) == "abc<U+202E>fdp.exe"
    for char in BIDI_CONTROLS:
        shown = visible(f"a{char}b")
        assert shown == f"a<U+{ord(char):04X}>b"
        assert not has_bidi_controls(shown)


@pytest.mark.parametrize("text", ["", "plain title", "שלום עולם", "مرحبا 2024", "a\tb"])
def test_text_without_controls_is_shown_as_written(text: str) -> None:
    assert visible(text) == text
    assert isolated(text) == text


def test_an_unclosed_override_is_removed_and_the_field_isolated() -> None:
    assert isolated(SPOOF) == f"{FSI}abcfdp.exe{PDI}"


def test_balanced_pairs_and_marks_are_kept_inside_the_isolate() -> None:
    text = f"x{RLE}y{PDF}z{LRI}w{PDI}{RLM}"
    assert balanced(text) == text
    assert isolated(text) == f"{FSI}{text}{PDI}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"a{PDI}b", "ab"),  # a stray PDI would close our isolate early
        (f"a{PDF}b", "ab"),
        (f"a{LRI}b", "ab"),  # an unclosed isolate would swallow our PDI
        (f"{RLO}a{LRI}b{PDF}c{PDI}", f"a{LRI}bc{PDI}"),  # PDF can't close across an isolate
        (f"{LRI}{RLO}a{PDI}", f"{LRI}a{PDI}"),  # the PDI closes the isolate, not the RLO
    ],
)
def test_unbalanced_controls_are_removed(text: str, expected: str) -> None:
    assert balanced(text) == expected


def test_an_isolated_field_cannot_leak_direction_into_what_follows() -> None:
    """Whatever the field holds, the isolate it is wrapped in is closed at its end."""
    import random

    pool = [*BIDI_CONTROLS, "a", "b", "\u05d0"]
    generator = random.Random(8)
    for _ in range(2000):
        text = "".join(generator.choice(pool) for _ in range(generator.randint(0, 12)))
        shown = isolated(text)
        if not has_bidi_controls(text):
            assert shown == text
            continue
        assert shown.startswith(FSI) and shown.endswith(PDI)
        inner = shown[1:-1]
        depth = 0
        embeddings: list[int] = []  # embedding depth per isolate level
        open_embeddings = 0
        for char in inner:
            if char in (LRI, "\u2067", FSI):
                depth += 1
                embeddings.append(open_embeddings)
                open_embeddings = 0
            elif char == PDI:
                assert depth > 0, text
                depth -= 1
                open_embeddings = embeddings.pop()
            elif char in ("\u202a", RLE, "\u202d", RLO):
                open_embeddings += 1
            elif char == PDF:
                assert open_embeddings > 0, text
                open_embeddings -= 1
        assert depth == 0 and open_embeddings == 0, text
        # Nothing but removed controls differs from the stored text.
        assert [c for c in inner if c not in BIDI_CONTROLS] == [
            c for c in text if c not in BIDI_CONTROLS
        ]
