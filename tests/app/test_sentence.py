"""Sentences with values (app/platform/sentence.py): they read exactly as the English
f-string did, and keep their template and values through copies and errors."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from app.exchange.importers.model import ImportProblem
from app.exchange.importers.reading import read_bytes
from app.platform.sentence import Sentence, carried_sentence, sentence


def test_a_sentence_reads_as_its_english_and_keeps_what_it_was_made_of() -> None:
    made = sentence(
        "{name} holds {count:,} files ({why!r}).", name="notes.zip", count=12345, why="x"
    )
    assert made == "notes.zip holds 12,345 files ('x')."
    assert isinstance(made, str) and type(str(made)) is str
    assert made.template == "{name} holds {count:,} files ({why!r})."
    assert dict(made.values) == {"name": "notes.zip", "count": 12345, "why": "x"}
    for again in (copy.copy(made), copy.deepcopy(made), pickle.loads(pickle.dumps(made))):
        assert isinstance(again, Sentence) and again == made and again.template == made.template


def test_an_error_raised_with_a_sentence_carries_it_and_others_do_not() -> None:
    error = ImportProblem(sentence("{name} is too large to import.", name="big.json"))
    assert str(error) == "big.json is too large to import."
    carried = carried_sentence(error)
    assert carried is not None and carried.template == "{name} is too large to import."
    assert carried_sentence(ImportProblem("A plain sentence.")) is None
    assert carried_sentence(ValueError(sentence("{a}", a=1), "second")) is None


def test_a_real_import_error_is_raised_with_its_template(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b"[" + b" " * 3000 + b"]")
    with pytest.raises(ImportProblem) as raised:
        read_bytes(big, limit=1000)
    carried = carried_sentence(raised.value)
    assert carried is not None
    assert carried.template.startswith("{name} is too large to import (")
    assert str(raised.value) == "big.json is too large to import (0 MB; the most I read is 0 MB)."
