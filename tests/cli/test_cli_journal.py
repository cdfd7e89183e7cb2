"""``mooring add``, ``search`` and ``demo`` as real subprocesses on real vault files."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import fingerprint, mooring_command

from app.journal.entries import EntryRepository
from app.platform.sql import transaction
from app.vault.kdf import KdfParams
from app.vault.vault import Vault

PASSPHRASE = "harbour light evening 5"
# Small KDF so each command unlocks quickly; the key file records the parameters.
SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
CANARY = "quokkaberry"


@pytest.fixture
def vault_here(data: Path) -> Path:
    """A vault in ``data`` (made in-process with a small KDF), closed."""
    Vault.create(data, PASSPHRASE, kdf=SMALL_KDF)[0].close()
    return data


def mooring(
    env: dict[str, str], *args: str, stdin: str | bytes = ""
) -> subprocess.CompletedProcess[str]:
    if isinstance(stdin, bytes):
        raw = subprocess.run(
            [*mooring_command(), *args], input=stdin, capture_output=True, env=env, timeout=300
        )
        return subprocess.CompletedProcess(
            raw.args, raw.returncode, raw.stdout.decode(), raw.stderr.decode()
        )
    return subprocess.run(
        [*mooring_command(), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )


def at(data: Path, command: str, *args: str) -> list[str]:
    return [command, "--data-dir", str(data), "--passphrase-file", "-", *args]


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("mooring: ")


def _open(data: Path) -> Iterator[EntryRepository]:
    vault = Vault.unlock(data, PASSPHRASE)
    try:
        yield EntryRepository(vault.connection)
    finally:
        vault.close()


def test_add_with_the_body_after_the_passphrase_line_then_search(
    env: dict[str, str], vault_here: Path
) -> None:
    body = "# Tonight\n\nI watched the **harbour** lights.\nStill here.\n"
    added = mooring(
        env,
        *at(vault_here, "add", "--title", "Harbour", "--tag", "calm", "--tag", "Night 🌙, sea,"),
        "--body-file",
        "-",
        "--date",
        "2024-03-10T21:30",
        stdin=f"{PASSPHRASE}\n{body}",
    )
    assert added.returncode == 0, added.stderr
    [entry_id] = added.stdout.split()
    for repo in _open(vault_here):
        entry = repo.get(int(entry_id))
        assert entry.body == body
        assert entry.title == "Harbour"
        assert entry.tags == ("calm", "Night 🌙", "sea")  # a comma separates tags
        assert entry.created.replace(tzinfo=None).isoformat() == "2024-03-10T21:30:00"

    text = mooring(env, *at(vault_here, "search", "harb"), stdin=PASSPHRASE)
    assert text.returncode == 0, text.stderr
    [line] = text.stdout.splitlines()
    assert line.split("\t")[:2] == ["2024-03-10", "Harbour"]
    assert "[harbour]" in line.split("\t")[2]

    found = mooring(env, *at(vault_here, "search", "harbour lights", "--json"), stdin=PASSPHRASE)
    assert found.returncode == 0, found.stderr
    [hit] = json.loads(found.stdout)
    assert hit["id"] == int(entry_id)
    assert hit["date"] == "2024-03-10"
    assert hit["title"] == "Harbour"
    assert hit["tags"] == ["calm", "Night 🌙", "sea"]
    assert "[harbour]" in hit["snippet"] and "[lights]" in hit["snippet"]
    assert hit["created"].startswith("2024-03-10T21:30:00")


def test_add_from_a_file_and_date_only(
    env: dict[str, str], vault_here: Path, tmp_path: Path
) -> None:
    body_file = tmp_path / "entry.md"
    body_file.write_bytes("\ufeffLine one\r\nLine two with ünïcode\r\n".encode())
    added = mooring(
        env,
        *at(vault_here, "add", "--body-file", str(body_file), "--date", "1900-01-01"),
        stdin=PASSPHRASE,
    )
    assert added.returncode == 0, added.stderr
    for repo in _open(vault_here):
        entry = repo.get(int(added.stdout))
        assert entry.body == "Line one\nLine two with ünïcode\n"
        assert entry.title == ""
        assert (entry.created.year, entry.created.hour) == (1900, 12)


def test_add_with_a_title_only(env: dict[str, str], vault_here: Path) -> None:
    added = mooring(env, *at(vault_here, "add", "--title", "Just a title"), stdin=PASSPHRASE)
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "1"


@pytest.mark.parametrize(
    ("args", "stdin", "code"),
    [
        (["--date", "2024-02-30", "--title", "x"], PASSPHRASE, 2),
        (["--date", "yesterday", "--title", "x"], PASSPHRASE, 2),
        (["--date", "1899-12-31", "--title", "x"], PASSPHRASE, 2),
        (["--body-file", "/nonexistent/entry.md"], PASSPHRASE, 2),
        (["--body-file", "-"], f"{PASSPHRASE}\n".encode() + b"\xff\xfe not utf-8", 2),
        (["--tag", "x" * 65, "--title", "x"], PASSPHRASE, 2),
        (["--tag", "  ", "--title", "x"], PASSPHRASE, 2),
        (["--tag", ", ,", "--title", "x"], PASSPHRASE, 2),
        (["--title", "x" * 301], PASSPHRASE, 2),
        ([], PASSPHRASE, 2),  # nothing to add
        (["--body-file", "-"], f"{PASSPHRASE}\n   \n", 2),
        (["--body-file", "-"], "", 2),  # no passphrase line at all
        (["--title", "x"], "wrong passphrase\n", 3),
    ],
)
def test_add_errors_are_one_line_and_write_nothing(
    env: dict[str, str], vault_here: Path, args: list[str], stdin: str | bytes, code: int
) -> None:
    before = fingerprint(vault_here)
    result = mooring(env, *at(vault_here, "add", *args), stdin=stdin)
    assert_one_line_error(result, code)
    assert fingerprint(vault_here) == before


def test_commands_without_a_vault(env: dict[str, str], data: Path) -> None:
    for args in (["add", "--title", "x"], ["search", "x"], ["demo", "--entries", "3"]):
        result = mooring(env, *at(data, *args), stdin=PASSPHRASE)
        assert_one_line_error(result, 6)
    assert not data.exists()


@pytest.mark.parametrize(
    "query", ['"', "NEAR(", "*", "a AND OR NOT b", "🙂", "(((", "title:x", "-", "' OR 1=1 --"]
)
def test_search_takes_any_text(env: dict[str, str], vault_here: Path, query: str) -> None:
    result = mooring(env, *at(vault_here, "search", "--", query), stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1  # "no entries" or a gentle message
    as_json = mooring(env, *at(vault_here, "search", "--json", "--", query), stdin=PASSPHRASE)
    assert json.loads(as_json.stdout) == []


def test_demo_fills_once_refuses_then_adds_with_force(
    env: dict[str, str], vault_here: Path
) -> None:
    filled = mooring(env, *at(vault_here, "demo", "--entries", "120"), stdin=PASSPHRASE)
    assert filled.returncode == 0, filled.stderr
    assert re.fullmatch(
        r"ok: added 120 demo entries; checkins: \d{3}; sessions: \d{3}; exercises: \d+; "
        r"boundaries: [1-9]\d*; invitations: [1-9]\d*; reflection: [1-9]\d*; "
        r"measures: [1-9]\d*",
        filled.stdout.strip(),
    ), filled.stdout
    before = fingerprint(vault_here)
    again = mooring(env, *at(vault_here, "demo", "--entries", "5"), stdin=PASSPHRASE)
    assert_one_line_error(again, 6)
    assert "already has entries" in again.stderr
    assert fingerprint(vault_here) == before
    forced = mooring(env, *at(vault_here, "demo", "--entries", "5", "--force"), stdin=PASSPHRASE)
    assert forced.returncode == 0, forced.stderr
    hits = mooring(
        env, *at(vault_here, "search", "craving", "--json", "--limit", "7"), stdin=PASSPHRASE
    )
    found = json.loads(hits.stdout)
    assert len(found) == 7
    assert all({"id", "date", "title", "snippet"} <= set(hit) for hit in found)
    for repo in _open(vault_here):
        assert repo.count() == 125
    # A second demo never doubles the calendar or the check-ins.
    assert forced.stdout.strip() == (
        "ok: added 5 demo entries; checkins: 0; sessions: 0; exercises: 0; boundaries: 0;"
        " invitations: 0; reflection: 0; measures: 0"
    )


def test_demo_years_fills_that_many_years_of_sessions(
    env: dict[str, str], vault_here: Path
) -> None:
    filled = mooring(
        env, *at(vault_here, "demo", "--entries", "10", "--years", "3"), stdin=PASSPHRASE
    )
    assert filled.returncode == 0, filled.stderr
    sessions = int(re.search(r"sessions: (\d+)", filled.stdout).group(1))
    assert 380 <= sessions <= 560, sessions  # about 160 a year


@pytest.mark.parametrize(
    "args",
    [
        ["--entries", "0"],
        ["--entries", "lots"],
        [],
        ["--entries", "5", "--years", "0"],
        ["--entries", "5", "--years", "11"],
        ["--entries", "5", "--years", "two"],
    ],
)
def test_demo_bad_usage(env: dict[str, str], vault_here: Path, args: list[str]) -> None:
    before = fingerprint(vault_here)
    assert_one_line_error(mooring(env, *at(vault_here, "demo", *args), stdin=PASSPHRASE), 2)
    assert fingerprint(vault_here) == before


def test_journal_commands_respect_a_running_mooring(env: dict[str, str], vault_here: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from ui.shell.instance_lock import QtInstanceLock;"
            f"lock = QtInstanceLock(Path({str(vault_here / 'mooring.lock')!r}));"
            " print(lock.acquire(), flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "True"
        before = fingerprint(vault_here)
        for args in (["add", "--title", "x"], ["search", "x"], ["demo", "--entries", "3"]):
            assert_one_line_error(mooring(env, *at(vault_here, *args), stdin=PASSPHRASE), 5)
        assert fingerprint(vault_here) == before
    finally:
        holder.kill()
        holder.wait()
        for pipe in (holder.stdin, holder.stdout):
            if pipe is not None:
                pipe.close()


def _files_holding(word: str, *roots: Path) -> list[str]:
    needles = [word.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]
    needles += [word.upper().encode(), word.capitalize().encode()]
    found = []
    for root in roots:
        for path in root.rglob("*"):
            try:
                raw = path.read_bytes() if path.is_file() else b""
            except OSError:
                continue  # vanished between listing and reading (e.g. a -shm file)
            if any(needle in raw for needle in needles):
                found.append(str(path))
    return found


def test_canary_never_reaches_a_file_in_plain_text(
    env: dict[str, str], vault_here: Path, tmp_path: Path, isolated_root: Path
) -> None:
    vault = Vault.unlock(vault_here, PASSPHRASE)
    try:
        repo = EntryRepository(vault.connection)
        with transaction(vault.connection):
            for i in range(1000):
                repo.create(
                    title=f"{CANARY} {i}" if i % 2 else "Entry",
                    body=f"Day {i}. The {CANARY} sat on the sill.\n\n" + "More words. " * 40,
                    tags=[CANARY] if i % 3 == 0 else [],
                )
        repo.save(1, title="Edited", body=f"{CANARY} edited")
        repo.delete(2)
        repo.delete(3)
        repo.purge(3)
    finally:
        vault.close()
    for i in range(3):
        added = mooring(
            env,
            *at(vault_here, "add", "--tag", CANARY, "--body-file", "-"),
            stdin=f"{PASSPHRASE}\nThrough the command line, {CANARY} number {i}.\n",
        )
        assert added.returncode == 0, added.stderr

    roots = (tmp_path, isolated_root)  # data, config, temp and home folders of both sides
    # A large sorted search: while it runs, nothing may spill to a file either.
    captured: list[bytes] = []
    scans = 0
    with subprocess.Popen(
        [*mooring_command(), *at(vault_here, "search", CANARY, "--json", "--limit", "500")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    ) as search:
        assert search.stdin is not None and search.stdout is not None
        search.stdin.write(PASSPHRASE.encode())
        search.stdin.close()
        # Its output is read as it comes (in memory only), so a full pipe never stalls it.
        stdout = search.stdout
        reader = threading.Thread(target=lambda: captured.append(stdout.read()))
        reader.start()
        try:
            while search.poll() is None:
                assert _files_holding(CANARY, *roots) == []
                scans += 1
        finally:
            search.wait(timeout=120)
            reader.join(timeout=120)
    assert search.returncode == 0
    [output] = captured
    assert len(json.loads(output)) == 500
    assert CANARY.encode() in output  # it really was searched for and found
    assert scans >= 1
    assert _files_holding(CANARY, *roots) == []
    assert any(p.name.endswith("-wal") or p.name == "mooring.db" for p in vault_here.iterdir())
