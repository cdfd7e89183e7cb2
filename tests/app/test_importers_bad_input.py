"""Bad input for imports from other journals: each refused with one sentence naming the
file (and the line or entry), or read right; nothing in the vault changes on failure."""

from __future__ import annotations

import codecs
import json
import shutil
import time
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.exchange.importers import (
    DAYONE,
    JRNL,
    MARKDOWN,
    REDNOTEBOOK,
    ImportedEntry,
    ImportPlan,
    ImportProblem,
    apply_import,
    plan_import,
    reading,
)
from app.journal.entries import EntryRepository
from app.vault.vault import Vault

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
JRNL_TEXT = (FIXTURES / "jrnl.json").read_text(encoding="utf-8")


def one_sentence(error: pytest.ExceptionInfo[ImportProblem], *words: str) -> str:
    message = str(error.value)
    assert "\n" not in message and "Traceback" not in message
    assert message.endswith((".", ")")), message
    for word in words:
        assert word in message, message
    return message


def snapshot(vault: Vault) -> list[tuple[object, ...]]:
    connection = vault.connection
    return [
        *connection.execute("SELECT * FROM entries ORDER BY id"),
        *connection.execute("SELECT * FROM entry_tags ORDER BY entry_id, position"),
        *connection.execute("SELECT * FROM entry_tag_text ORDER BY entry_id"),
    ]


@pytest.fixture
def unchanged(vault: Vault) -> Iterator[Vault]:
    """The vault, with one entry; after the test, nothing in it has changed."""
    EntryRepository(vault.connection).create(title="Mine", body="Already here.", tags=["own"])
    before = snapshot(vault)
    yield vault
    assert snapshot(vault) == before
    assert not vault.connection.in_transaction


def jrnl_with(tmp_path: Path, entries: list[object], name: str = "export.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return path


def jrnl_entry(**fields: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "title": "A title",
        "body": "Some words.",
        "date": "2024-01-05",
        "time": "10:00",
        "tags": [],
        "starred": False,
    }
    entry.update(fields)
    return entry


# ----- JSON -----------------------------------------------------------------------------


def test_malformed_json_names_the_file_and_line(tmp_path: Path, unchanged: Vault) -> None:
    path = tmp_path / "journal.json"
    path.write_text('{"entries": [\n  {"date": "2024-01-01"\n   "body": "x"}\n]}\n')
    with pytest.raises(ImportProblem) as error:
        plan_import(path, connection=unchanged.connection)
    one_sentence(error, "journal.json", "not valid JSON", "line 3")


def test_truncated_json_says_it_was_cut_short(tmp_path: Path, unchanged: Vault) -> None:
    path = tmp_path / "cut.json"
    path.write_text(JRNL_TEXT[: len(JRNL_TEXT) // 2])
    with pytest.raises(ImportProblem) as error:
        plan_import(path, connection=unchanged.connection)
    one_sentence(error, "cut.json", "cut short", "line")


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ([1, 2, 3], "it is a list"),
        ({"journal": []}, 'no "entries"'),
        ({"entries": [{"colour": "blue"}]}, "not jrnl's or Day One's"),
        ("just text", "a single value"),
    ],
)
def test_valid_json_of_the_wrong_shape(
    tmp_path: Path, unchanged: Vault, document: object, words: str
) -> None:
    path = tmp_path / "other.json"
    path.write_text(json.dumps(document))
    with pytest.raises(ImportProblem) as error:
        plan_import(path, connection=unchanged.connection)
    one_sentence(error, "other.json", "not a journal export", words)


def test_wrong_shape_when_the_format_is_given(tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"journal": []}))
    with pytest.raises(ImportProblem) as error:
        plan_import(path, format=JRNL)
    one_sentence(error, "other.json", "not a jrnl export")


def test_entries_that_are_not_entries_are_named(tmp_path: Path) -> None:
    path = jrnl_with(tmp_path, [jrnl_entry(), 42, jrnl_entry(title=["a", "list"])])
    plan = plan_import(path)
    assert len(plan.entries) == 1
    assert [s.text for s in plan.skipped] == ["2 items were not entries (the first: entry 2)."]


# ----- zips -----------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"\x00\x9f random bytes \xff" * 40, b"PK\x03\x04 cut"])
def test_a_zip_that_is_not_one_says_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "Day One.zip"
    path.write_bytes(content)
    with pytest.raises(ImportProblem) as error:
        plan_import(path)
    one_sentence(error, "Day One.zip is not a zip file I can open.")


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path: Path, unchanged: Vault) -> None:
    path = tmp_path / "Export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", b'{"entries": []}' + b" " * (20 * reading.MIB))
    assert path.stat().st_size < 100_000
    with pytest.raises(ImportProblem) as error:
        plan_import(path, connection=unchanged.connection)
    one_sentence(error, "Journal.json", "Export.zip", "zip bomb", str(reading.MAX_RATIO))


def test_a_zip_that_unpacks_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "Export.zip"
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("Journal.json", "w", force_zip64=True) as member,
    ):
        chunk = b" " * reading.MIB
        for _ in range(reading.MAX_UNCOMPRESSED_BYTES // reading.MIB + 1):
            member.write(chunk)
    started = time.perf_counter()
    with pytest.raises(ImportProblem) as error:
        plan_import(path)
    assert time.perf_counter() - started < 1.0  # refused from the sizes, not by unpacking
    one_sentence(error, "Export.zip", "200 MB")


def test_a_member_is_counted_while_it_is_read(tmp_path: Path) -> None:
    # The declared sizes are checked first; the bytes are counted again while reading,
    # so a member past the budget is stopped part way (here with a budget of 1 MiB).
    path = tmp_path / "Export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", b'{"entries": []}' + b" " * (3 * reading.MIB))
    read = 0
    with zipfile.ZipFile(path) as archive, pytest.raises(ImportProblem) as error:
        info = archive.getinfo("Journal.json")
        for chunk in reading._read_member(archive, info, path, budget=reading.MIB):
            read += len(chunk)
    one_sentence(error, "Journal.json", "zip bomb")
    assert read <= reading.MIB


def test_zip_members_with_unsafe_names_are_never_used(tmp_path: Path, unchanged: Vault) -> None:
    work = tmp_path / "inside" / "deeper"
    work.mkdir(parents=True)
    day_one = (FIXTURES / "dayone.json").read_bytes()
    evil = json.dumps(
        {"entries": [{"creationDate": "2023-01-01T00:00:00Z", "text": "planted"}]}
    ).encode()
    path = work / "Export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../../escaped.json", evil)
        archive.writestr("/etc/absolute.json", evil)
        archive.writestr("C:/windows.json", evil)
        archive.writestr("Journal.json", day_one)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    plan = plan_import(path, connection=unchanged.connection)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert all("planted" not in e.body for e in plan.entries)
    assert len(plan.entries) == 2
    assert any("3 items in the zip with unsafe names ignored" in s.text for s in plan.skipped)


def test_a_zip_with_only_unsafe_names_holds_no_journal(tmp_path: Path) -> None:
    path = tmp_path / "Export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../Journal.json", (FIXTURES / "dayone.json").read_bytes())
    with pytest.raises(ImportProblem) as error:
        plan_import(path)
    one_sentence(error, "Export.zip", "no Day One journal")


def test_a_damaged_zip(tmp_path: Path) -> None:
    good = tmp_path / "good.zip"
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", (FIXTURES / "dayone.json").read_bytes())
    data = bytearray(good.read_bytes())
    data[60:90] = b"\x00" * 30  # inside the compressed data
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    with pytest.raises(ImportProblem) as error:
        plan_import(bad)
    one_sentence(error, "bad.zip")


# ----- sizes ----------------------------------------------------------------------------


def test_a_2_gb_file_is_refused_before_reading(tmp_path: Path, unchanged: Vault) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: costs no disk
    started = time.perf_counter()
    with pytest.raises(ImportProblem) as error:
        plan_import(path, connection=unchanged.connection)
    assert time.perf_counter() - started < 0.5
    one_sentence(error, "huge.json", "too large", "2.0 GB")


def test_a_2_gb_file_in_a_markdown_folder_is_left_out(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    shutil.copytree(FIXTURES / "markdown", folder)
    with (folder / "2024-05-01 huge.md").open("wb") as handle:
        handle.truncate(2 * 1024**3)
    plan = plan_import(folder)
    assert len(plan.entries) == 4
    assert [s.text for s in plan.skipped] == ["1 file was too large to read (2024-05-01 huge.md)."]


# ----- encodings --------------------------------------------------------------------------


TEXT = "Café au lait, crème brûlée — and a walk.\nSecond line: naïve façade."


@pytest.mark.parametrize(
    ("name", "data", "latin"),
    [
        ("latin1.txt", "Café au lait, crème brûlée and a walk.".encode("latin-1"), True),
        ("utf16-bom.txt", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), False),
        ("utf16be-bom.txt", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), False),
        ("utf16-no-bom.txt", TEXT.encode("utf-16-le"), False),
        ("utf8-bom.md", codecs.BOM_UTF8 + TEXT.encode("utf-8"), False),
    ],
)
def test_text_files_are_decoded_right(tmp_path: Path, name: str, data: bytes, latin: bool) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / name).write_bytes(data)
    plan = plan_import(folder)
    (entry,) = plan.entries
    expected = "Café au lait, crème brûlée and a walk." if latin else TEXT
    assert entry.body == expected
    assert "\ufeff" not in entry.body
    assert any("Latin-1" in note for note in plan.notes) == latin


def test_json_in_utf16_with_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(codecs.BOM_UTF16_LE + JRNL_TEXT.encode("utf-16-le"))
    assert len(plan_import(path).entries) == 3


def test_a_binary_file_gets_one_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    shutil.copytree(FIXTURES / "markdown", folder)
    (folder / "picture.txt").write_bytes(bytes(range(256)) * 4)
    plan = plan_import(folder)
    assert len(plan.entries) == 4
    assert plan.problems == (
        "picture.txt is not text I can read (it looks like a binary file). That file is left out.",
    )


# ----- dates ------------------------------------------------------------------------------


def test_dates_out_of_range_or_unreadable_are_left_out_and_named(tmp_path: Path) -> None:
    path = jrnl_with(
        tmp_path,
        [
            jrnl_entry(),
            jrnl_entry(date="1850-03-01"),
            jrnl_entry(date="2150-03-01"),
            jrnl_entry(date="9999-12-31", time="23:59"),
            jrnl_entry(date="yesterday"),
            jrnl_entry(date="2024-02-30"),
            jrnl_entry(time="25:99"),
        ],
    )
    plan = plan_import(path)
    assert len(plan.entries) == 1
    assert sorted(s.text for s in plan.skipped) == [
        "3 entries dated outside 1900 to 2100 left out (the first: entry 2).",
        "3 entries had no date I could read (the first: entry 5).",
    ]


def test_day_one_dates_without_a_zone_are_taken_as_local(tmp_path: Path) -> None:
    path = tmp_path / "Journal.json"
    path.write_text(
        json.dumps(
            {
                "metadata": {"version": "1.0"},
                "entries": [
                    {"creationDate": "2023-05-01T09:00:00", "text": "no zone at all"},
                    {
                        "creationDate": "2023-05-02T09:00:00Z",
                        "timeZone": "Mars/Olympus",
                        "text": "odd",
                    },
                    {"creationDate": "1600-05-02T09:00:00Z", "text": "too old"},
                ],
            }
        )
    )
    plan = plan_import(path)
    assert len(plan.entries) == 2
    assert plan.entries[0].created == datetime(2023, 5, 1, 9, 0).astimezone()
    assert plan.entries[1].created == datetime(2023, 5, 2, 9, 0, tzinfo=UTC)
    assert any("2 entries have no time zone" in note for note in plan.notes)
    assert any("outside 1900 to 2100" in s.text for s in plan.skipped)


def test_a_markdown_header_date_that_cannot_be_read(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text("---\ndate: someday soon\n---\nWords.\n")
    (folder / "b.md").write_text("Fine.\n")
    plan = plan_import(folder)
    assert len(plan.entries) == 1
    assert plan.problems == (
        "a.md has a date in its header I can't read: 'someday soon'. That file is left out.",
    )


# ----- YAML -------------------------------------------------------------------------------


BILLION_LAUGHS = "\n".join(
    ["a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']"]
    + [f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 9)}]" for n in range(9)]
)


def test_yaml_aliases_bomb_in_a_rednotebook_month(tmp_path: Path, unchanged: Vault) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "2024-01.txt").write_text(
        "1: {text: fine}\n" + "2:\n  text: x\n  " + BILLION_LAUGHS.replace("\n", "\n  ") + "\n"
    )
    started = time.perf_counter()
    with pytest.raises(ImportProblem) as error:
        plan_import(folder, connection=unchanged.connection)
    assert time.perf_counter() - started < 1.0
    one_sentence(error, "2024-01.txt", "aliases", "line")


def test_yaml_aliases_bomb_in_markdown_front_matter(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "bomb.md").write_text("---\n" + BILLION_LAUGHS + "\n---\nText.\n")
    (folder / "fine.md").write_text("Fine.\n")
    plan = plan_import(folder)
    assert len(plan.entries) == 1
    assert "bomb.md repeats references (YAML aliases)" in plan.problems[0]


def test_a_few_yaml_aliases_are_fine(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: &t Same\nsubtitle: *t\n---\nText.\n")
    assert plan_import(folder).entries[0].title == "Same"


@pytest.mark.parametrize(
    "header",
    [
        "title: !!python/object/apply:os.system ['touch {marker}']",
        "title: !!python/name:os.system",
        "title: !custom thing",
    ],
)
def test_yaml_tags_and_python_objects_are_refused(tmp_path: Path, header: str) -> None:
    marker = tmp_path / "ran"
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text("---\n" + header.format(marker=marker) + "\n---\nText.\n")
    month = tmp_path / "red"
    month.mkdir()
    (month / "2024-01.txt").write_text(
        "1:\n  text: " + header.split(": ", 1)[1].format(marker=marker) + "\n"
    )
    with pytest.raises(ImportProblem) as error:
        plan_import(folder)
    one_sentence(error, "a.md", "YAML tag", "line 2")
    with pytest.raises(ImportProblem) as error:
        plan_import(month)
    one_sentence(error, "2024-01.txt", "YAML tag", "line 2")
    assert not marker.exists()


# ----- tags ---------------------------------------------------------------------------------


def test_ten_thousand_tags(tmp_path: Path, unchanged: Vault) -> None:
    tags = [f"@tag{n}" for n in range(10_000)]
    path = tmp_path / "export.json"
    path.write_text(
        json.dumps(
            {
                "tags": {tag: 1 for tag in tags},
                "entries": [jrnl_entry(tags=tags), jrnl_entry(title="Other", tags=["@x" * 40, 7])],
            }
        )
    )
    plan = plan_import(path)
    many, other = plan.entries
    assert len(many.tags) == 100 and many.tags[0] == "tag0"
    assert other.tags == ()
    assert sorted(s.text for s in plan.skipped) == [
        "2 tags could not be stored and were left out (the first: entry 2).",
        "9,900 tags beyond 100 on one entry left out (the first: entry 1).",
    ]


def test_ten_thousand_different_tags_across_entries_import(vault: Vault, tmp_path: Path) -> None:
    entries = [
        jrnl_entry(title=f"T{n}", tags=[f"@t{n}"], date=f"20{10 + n % 10}-01-{1 + n % 28:02}")
        for n in range(10_000)
    ]
    plan = plan_import(jrnl_with(tmp_path, entries))
    assert len(plan.tags()) == 10_000
    assert any("and 9,988 more" in line for line in plan.summary())
    assert apply_import(vault.connection, plan) == 10_000


# ----- RedNotebook --------------------------------------------------------------------------


def test_rednotebook_month_with_a_syntax_error(vault: Vault) -> None:
    plan = plan_import(FIXTURES / "rednotebook-broken", connection=vault.connection)
    assert plan.format == REDNOTEBOOK
    (problem,) = plan.problems
    assert problem.startswith("2024-02.txt has a YAML syntax error at line ")
    assert "the other months can still be imported" in problem
    assert vault.connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 0
    assert len(plan.entries) == 3
    assert apply_import(vault.connection, plan) == 3
    assert {e.created.month for e in plan.entries} == {1}


def test_rednotebook_with_no_readable_month(tmp_path: Path, unchanged: Vault) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURES / "rednotebook-broken" / "2024-02.txt", folder)
    with pytest.raises(ImportProblem) as error:
        plan_import(folder, connection=unchanged.connection)
    one_sentence(error, "2024-02.txt", "syntax error at line")


def test_rednotebook_month_of_the_wrong_shape(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "2024-01.txt").write_text("- a list\n- not days\n")
    with pytest.raises(ImportProblem) as error:
        plan_import(folder)
    one_sentence(error, "2024-01.txt", "not a RedNotebook month")


# ----- a wrong guess ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "asked", "words"),
    [
        ("jrnl.json", DAYONE, "looks like a jrnl export, not a Day One export; import it as jrnl"),
        (
            "dayone.json",
            JRNL,
            "looks like a Day One export, not a jrnl export; import it as dayone",
        ),
        ("jrnl.json", MARKDOWN, "looks like a jrnl export, not a folder of Markdown"),
        ("jrnl.json", REDNOTEBOOK, "is a file; a RedNotebook import takes its data folder"),
        ("rednotebook", JRNL, "is a folder; a jrnl export is one file"),
        ("markdown/2024-03-12 morning.md", JRNL, "is not valid JSON"),
    ],
)
def test_a_format_guessed_wrong(source: str, asked: str, words: str, unchanged: Vault) -> None:
    with pytest.raises(ImportProblem) as error:
        plan_import(FIXTURES / source, format=asked, connection=unchanged.connection)
    one_sentence(error, Path(source).name, words)


def test_an_unknown_format_and_a_missing_path(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem) as error:
        plan_import(FIXTURES / "jrnl.json", format="evernote")
    one_sentence(error, "evernote", "jrnl, dayone, rednotebook, markdown")
    with pytest.raises(ImportProblem) as error:
        plan_import(tmp_path / "nowhere.json")
    one_sentence(error, "nowhere.json", "does not exist")


def test_a_file_that_is_no_journal(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpeg"
    path.write_bytes(b"\xff\xd8\xff\xe0 plain words")
    with pytest.raises(ImportProblem) as error:
        plan_import(path)
    one_sentence(error, "photo.jpeg", "not a journal export I know")


# ----- writing fails: nothing kept ----------------------------------------------------------


def test_an_entry_the_journal_refuses_rolls_everything_back(unchanged: Vault) -> None:
    moment = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
    good = ImportedEntry(moment, "Fine", "Words.", (), False, "entry 1")
    bad = ImportedEntry(moment, "x" * 301, "Words.", (), False, "entry 2")
    plan = ImportPlan(MARKDOWN, Path("x"), (good, bad), 0, 2)
    with pytest.raises(ImportProblem) as error:
        apply_import(unchanged.connection, plan)
    one_sentence(error, "entry 2", "Nothing was imported")


# ----- links and other files ----------------------------------------------------------------


def test_links_in_a_markdown_folder_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "private.md"
    outside.write_text("Somebody else's words.\n")
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "mine.md").write_text("My words.\n")
    (folder / "theirs.md").symlink_to(outside)
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    plan = plan_import(folder)
    assert [e.body for e in plan.entries] == ["My words."]
    assert [s.text for s in plan.skipped] == [
        "1 link to another place was not followed (theirs.md)."
    ]


def test_a_day_one_zip_with_another_json_file(tmp_path: Path) -> None:
    path = tmp_path / "Export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", (FIXTURES / "dayone.json").read_bytes())
        archive.writestr("settings.json", b'{"theme": "dark"}')
    plan = plan_import(path)
    assert len(plan.entries) == 2
    assert plan.problems == (
        "settings.json in Export.zip is not a Day One journal; it is left out.",
    )


def test_a_zip_given_as_another_format(tmp_path: Path) -> None:
    path = tmp_path / "Export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", (FIXTURES / "dayone.json").read_bytes())
    with pytest.raises(ImportProblem) as error:
        plan_import(path, format=JRNL)
    one_sentence(error, "Export.zip", "only a Day One export comes as a zip")


def test_a_2_gb_zip_is_fine_when_its_journal_is_small(tmp_path: Path) -> None:
    # Day One's zip holds the photos too; only the directory and the JSON are read.
    small = tmp_path / "small.zip"
    with zipfile.ZipFile(small, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", (FIXTURES / "dayone.json").read_bytes())
    path = tmp_path / "Export.zip"
    with path.open("wb") as handle:
        handle.seek(2 * 1024**3)  # 2 GB of (sparse) data before the zip, like photos
        handle.write(small.read_bytes())
    started = time.perf_counter()
    plan = plan_import(path)
    assert time.perf_counter() - started < 1.0
    assert len(plan.entries) == 2
