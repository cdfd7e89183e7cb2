"""The Markdown export: a folder of entry files and module tables, safe names, cleanup."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import yaml
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.exchange import export_markdown as exporter
from app.exchange.export_json import ExportCancelled
from app.exchange.export_markdown import (
    export_markdown,
    safe_file_name,
    slug,
    yaml_text,
)
from app.exchange.output import OutputError
from app.journal.entries import EntryRepository
from app.platform import demo
from app.platform.contributions import DemoPlan
from app.vault.vault import Vault

WHEN = datetime(2025, 4, 2, 21, 15, tzinfo=UTC)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    opened, _code = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=SMALL_KDF)
    yield opened
    opened.close()


@pytest.fixture
def filled(vault: Vault) -> Vault:
    demo.fill(vault.connection, DemoPlan(today=date(2026, 1, 10), entries=30, years=1))
    return vault


def _front_matter(text: str) -> dict[str, object]:
    assert text.startswith("---\n")
    head, _rest = text[4:].split("\n---\n", 1)
    found = yaml.safe_load(head)
    assert isinstance(found, dict)
    return found


def test_one_file_per_live_entry_and_one_per_module(filled: Vault, tmp_path: Path) -> None:
    out = tmp_path / "notes"
    summary = export_markdown(filled.connection, out)
    live = filled.connection.execute(
        "SELECT count(*) FROM entries WHERE deleted_at IS NULL"
    ).fetchone()[0]
    entries = sorted((out / "journal").iterdir())
    assert len(entries) == summary.entries == live
    assert {p.name for p in out.iterdir() if p.is_file()} == {
        "checkins.md",
        "sessions.md",
        "exercises.md",
        "boundaries.md",
        "invitations.md",
        "reflection.md",
        "measures.md",
        "safety.md",
    }
    assert summary.files == len(entries) + 8
    checkins = (out / "checkins.md").read_text(encoding="utf-8")
    assert checkins.startswith("# Check-ins\n\n## checkin\n\n| day | mood |")
    assert (out / "safety.md").read_text(encoding="utf-8").endswith("Nothing here yet.\n")


def test_entry_file_has_yaml_safe_front_matter_and_the_body(vault: Vault, tmp_path: Path) -> None:
    title = 'He said: "no" -- #1 \\ [x] {y}: ok'
    EntryRepository(vault.connection).create(
        title=title,
        body="First line.\n\n# Not a heading in the header\n---\n",
        tags=["calm", "Work: late"],
        bring_to_therapy=True,
        created=WHEN,
    )
    export_markdown(vault.connection, tmp_path / "notes")
    (path,) = (tmp_path / "notes" / "journal").iterdir()
    assert path.name == "2025-04-02-he-said-no-1-x-y-ok.md"
    text = path.read_text(encoding="utf-8")
    assert _front_matter(text) == {
        "date": "2025-04-02T21:15:00+00:00",
        "title": title,
        "tags": ["calm", "Work: late"],
        "bring_to_therapy": True,
    }
    assert text.endswith("\n---\n\nFirst line.\n\n# Not a heading in the header\n---\n")


def test_names_never_escape_the_folder(vault: Vault, tmp_path: Path) -> None:
    repo = EntryRepository(vault.connection)
    for title in ("../../etc/passwd", "CON", "a/b\\c", "..", "", "\u65e5\u8a18", "con.txt"):
        repo.create(title=title, body="x", created=WHEN)
    out = tmp_path / "notes"
    export_markdown(vault.connection, out)
    names = sorted(p.name for p in (out / "journal").iterdir())
    assert names == [
        "2025-04-02-a-b-c.md",
        "2025-04-02-con-txt.md",
        "2025-04-02-con.md",
        "2025-04-02-entry-2.md",
        "2025-04-02-entry-3.md",
        "2025-04-02-entry.md",
        "2025-04-02-etc-passwd.md",
    ]
    assert all(p.parent == out / "journal" for p in (out / "journal").iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes", "vault"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Hello, World!", "hello-world"),
        ("Crème brûlée", "creme-brulee"),
        ("", "entry"),
        ("\x00\x1f", "entry"),
        ("a" * 80, "a" * 50),
        ("--x--", "x"),
    ],
)
def test_slug(title: str, expected: str) -> None:
    assert slug(title) == expected


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("2025-01-01-x.md", True),
        ("con", False),
        ("nul.md", False),
        ("../x.md", False),
        ("a..b.md", False),
        ("a/b.md", False),
        ("a\x01.md", False),
        ("checkins.md", True),
    ],
)
def test_safe_file_name(name: str, safe: bool) -> None:
    assert safe_file_name(name) is safe


@pytest.mark.parametrize(
    "text", ['a "b" c', "x\u2028y\u2029z\u0085", "\ufeffbom", "é\\n", "- [x]: {y}"]
)
def test_yaml_text_reads_back_the_same(text: str) -> None:
    assert yaml.safe_load(f"v: {yaml_text(text)}") == {"v": text}


def test_refuses_a_non_empty_folder_unless_told(filled: Vault, tmp_path: Path) -> None:
    out = tmp_path / "notes"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputError, match=r"is not empty; choose an empty or new folder\.$"):
        export_markdown(filled.connection, out)
    assert [p.name for p in out.iterdir()] == ["mine.txt"]
    export_markdown(filled.connection, out, into_existing=True)
    assert (out / "mine.txt").read_text(encoding="utf-8") == "keep me"
    assert (out / "checkins.md").exists()


def test_an_empty_existing_folder_is_used(filled: Vault, tmp_path: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    export_markdown(filled.connection, out)
    assert (out / "journal").is_dir()


def test_cancel_removes_what_was_made(
    filled: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporter, "PROGRESS_EVERY", 10)
    seen: list[int] = []
    out = tmp_path / "notes"
    with pytest.raises(ExportCancelled):
        export_markdown(
            filled.connection,
            out,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: len(seen) >= 4,
        )
    assert not out.exists()
    assert seen[:2] == [10, 20]


def test_a_failure_in_an_existing_folder_removes_only_our_files(
    filled: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "notes"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", encoding="utf-8")

    def failing(*args: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporter, "_table_row", failing)
    with pytest.raises(OutputError, match="disk is full"):
        export_markdown(filled.connection, out, into_existing=True)
    assert sorted(p.name for p in out.iterdir()) == ["mine.txt"]


def test_tables_escape_markup_and_keep_lines(vault: Vault, tmp_path: Path) -> None:
    from app.boundaries.model import BoundaryDraft
    from app.boundaries.repository import BoundaryRepository

    BoundaryRepository(vault.connection).create(
        BoundaryDraft(area="money", statement="a | b\nnext <img src=x> *bold*")
    )
    export_markdown(vault.connection, tmp_path / "notes")
    text = (tmp_path / "notes" / "boundaries.md").read_text(encoding="utf-8")
    assert "a \\| b<br>next \\<img src=x\\> \\*bold\\*" in text
