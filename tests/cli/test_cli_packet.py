"""``mooring packet`` and ``mooring add --bring-to-therapy``: real subprocesses on real
vault files, plus in-process runs where a boundary is simulated (a full disk, the PDF
writer the entry point injects)."""

from __future__ import annotations

import argparse
import errno
import os
import re
import shutil
import subprocess
import zlib
from collections.abc import Iterator
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from cli_helpers import fingerprint, mooring_command

from app import cli
from app.cli import exit_codes
from app.exchange.document import Packet
from app.exchange.period import last_session_day
from app.exchange.wording import NOTHING, Wording
from app.journal.entries import EntryRepository
from app.platform import demo
from app.platform.contributions import DemoPlan
from app.vault.kdf import KdfParams
from app.vault.vault import Vault

PASSPHRASE = "harbour light evening 5"
SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
FLAGGED = "lanternmoth"  # in an entry flagged to bring
UNFLAGGED = "quokkaberry"  # in an entry that is not
TODAY = date.today()


def mooring(
    env: dict[str, str], *args: str, stdin: str = "", wrap: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(wrap or []), *mooring_command(), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )


def at(data: Path, command: str, *args: str) -> list[str]:
    return [command, "--data-dir", str(data), "--passphrase-file", "-", *args]


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("mooring: ")
    assert result.stdout == ""
    return lines[0]


def listing(*roots: Path) -> set[str]:
    """Every file and folder under ``roots`` (to show nothing else was created)."""
    return {str(p) for root in roots if root.exists() for p in [root, *root.rglob("*")]}


def add(env: dict[str, str], data: Path, title: str, body: str, *flags: str) -> int:
    result = mooring(
        env,
        *at(data, "add", "--title", title, "--body-file", "-", "--date", str(TODAY), *flags),
        stdin=f"{PASSPHRASE}\n{body}",
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout)


@pytest.fixture
def vault_here(data: Path) -> Path:
    """An empty vault in ``data`` (small KDF), closed."""
    Vault.create(data, PASSPHRASE, kdf=SMALL_KDF)[0].close()
    return data


@pytest.fixture
def demo_vault(vault_here: Path) -> Path:
    """A demo vault (sessions, check-ins, a few flagged entries), filled in-process."""
    vault = Vault.unlock(vault_here, PASSPHRASE)
    try:
        demo.fill(vault.connection, DemoPlan(today=TODAY, entries=60))
    finally:
        vault.close()
    return vault_here


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out folder ü"
    folder.mkdir()
    return folder


@pytest.fixture
def home(env: dict[str, str]) -> Path:
    folder = Path(env["HOME"])
    folder.mkdir(exist_ok=True)
    return folder


class References(HTMLParser):
    """Anything in a page that could be fetched or run."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "link", "iframe", "object", "embed", "img", "base"):
            self.found.append(tag)
        for name, value in attrs:
            value = (value or "").strip()
            if name.startswith("on"):
                self.found.append(name)
            if name in ("src", "href", "xlink:href", "action", "srcset", "data", "poster") and not (
                value.startswith("#") or value.startswith("data:")
            ):
                self.found.append(f"{name}={value}")

    def handle_data(self, data: str) -> None:
        for url in re.findall(r"url\(\s*['\"]?([^)'\"]*)", data):
            if not (url.startswith("#") or url.startswith("data:")):
                self.found.append(f"url({url})")


def external_references(html: str) -> list[str]:
    parser = References()
    parser.feed(html)
    parser.close()
    return parser.found


# ----- mooring add --bring-to-therapy ----------------------------------------------------


def test_add_bring_to_therapy_flags_the_entry(env: dict[str, str], vault_here: Path) -> None:
    flagged = add(env, vault_here, "For Thursday", "Talk about the weekend.", "--bring-to-therapy")
    plain = add(env, vault_here, "Just mine", "Nothing to bring.")
    vault = Vault.unlock(vault_here, PASSPHRASE)
    try:
        entries = EntryRepository(vault.connection)
        assert entries.get(flagged).bring_to_therapy is True
        assert entries.get(plain).bring_to_therapy is False
    finally:
        vault.close()


# ----- mooring packet: the whole path --------------------------------------------------


def test_markdown_and_html_end_to_end(
    env: dict[str, str], demo_vault: Path, out: Path, home: Path
) -> None:
    add(env, demo_vault, "Bring this", f"The {FLAGGED} evening.", "--bring-to-therapy")
    add(env, demo_vault, "Keep this", f"The {UNFLAGGED} evening.")
    temp = Path(env["TMPDIR"])
    config = Path(env["MOORING_CONFIG_DIR"])
    around = listing(home, temp, config)
    vault_before = fingerprint(demo_vault)
    span = ["--from", str(TODAY - timedelta(days=13)), "--to", str(TODAY)]

    markdown = out / "notes.md"
    result = mooring(
        env, *at(demo_vault, "packet", *span, "--out", str(markdown)), stdin=PASSPHRASE
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{markdown.absolute()}\n"
    assert "not encrypted" in result.stderr and "Traceback" not in result.stderr
    text = markdown.read_text(encoding="utf-8")
    assert text.startswith("# Notes for my therapist\n")
    assert FLAGGED in text and UNFLAGGED not in text
    assert f"{TODAY - timedelta(days=13)} to {TODAY}" in text
    assert "## Entries to bring" in text and "| Date |" in text
    assert oct(markdown.stat().st_mode & 0o777) == "0o600"

    page = out / "notes.html"  # the format from the extension
    result = mooring(
        env,
        *at(demo_vault, "packet", *span, "--sections", "all", "--out", str(page)),
        stdin=PASSPHRASE,
    )
    assert result.returncode == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en"' in html
    assert FLAGGED in html and UNFLAGGED not in html
    assert external_references(html) == []
    assert "<svg" in html or "<table>" in html

    assert sorted(p.name for p in out.iterdir()) == ["notes.html", "notes.md"]
    assert listing(home, temp, config) == around, "nothing else may be created"
    assert fingerprint(demo_vault) == vault_before, "making a packet changes nothing"


def test_default_period_is_since_the_last_session(
    env: dict[str, str], demo_vault: Path, out: Path
) -> None:
    target = out / "notes.md"
    result = mooring(env, *at(demo_vault, "packet", "--out", str(target)), stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    vault = Vault.unlock(demo_vault, PASSPHRASE)
    try:
        last = last_session_day(vault.connection, TODAY)
    finally:
        vault.close()
    start = last if last is not None else TODAY - timedelta(days=13)
    assert f"{start} to {TODAY}" in target.read_text(encoding="utf-8")


def test_an_empty_period_still_makes_a_valid_file(
    env: dict[str, str], vault_here: Path, out: Path
) -> None:
    for name in ("empty.md", "empty.html"):
        target = out / name
        result = mooring(
            env,
            *at(vault_here, "packet", "--from", "2020-01-01", "--to", "2020-01-14"),
            "--out",
            str(target),
            stdin=PASSPHRASE,
        )
        assert result.returncode == 0, result.stderr
        assert "nothing was recorded" in result.stderr
        written = target.read_text(encoding="utf-8")
        assert NOTHING in written and "2020-01-01 to 2020-01-14" in written
    assert external_references((out / "empty.html").read_text(encoding="utf-8")) == []


def test_ten_years_works(env: dict[str, str], demo_vault: Path, out: Path) -> None:
    target = out / "decade.html"
    result = mooring(
        env,
        *at(demo_vault, "packet", "--from", str(TODAY - timedelta(days=3652)), "--to", str(TODAY)),
        "--out",
        str(target),
        stdin=PASSPHRASE,
    )
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size > 10_000


def test_a_five_megabyte_flagged_entry_with_right_to_left_and_emoji(
    env: dict[str, str], vault_here: Path, out: Path, tmp_path: Path
) -> None:
    body_file = tmp_path / "long.md"
    line = "אני בסדר היום 🙂 and the sea was calm. "
    body = (line * (5 * 1024 * 1024 // len(line.encode()) + 1)) + "\n\nThe end of it."
    body_file.write_text(body, encoding="utf-8")
    assert body_file.stat().st_size > 5 * 1024 * 1024
    added = mooring(
        env,
        *at(vault_here, "add", "--title", "שלום 🌙", "--bring-to-therapy"),
        "--body-file",
        str(body_file),
        "--date",
        str(TODAY),
        stdin=PASSPHRASE,
    )
    assert added.returncode == 0, added.stderr
    for name in ("long.md", "long.html"):
        result = mooring(env, *at(vault_here, "packet", "--out", str(out / name)), stdin=PASSPHRASE)
        assert result.returncode == 0, result.stderr
        written = (out / name).read_text(encoding="utf-8")
        assert written.count("🙂") == body.count("🙂")
        assert "The end of it." in written and "שלום 🌙" in written
    assert '<p class="person" dir="auto">The end of it.</p>' in (out / "long.html").read_text(
        encoding="utf-8"
    )


# ----- refusals: one line each, nothing written, asked before the passphrase ------------


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["--from", "2024-3-1"], 2, "--from must look like"),
        (["--from", "2024-02-30"], 2, "not a real date"),
        (["--to", "1899-12-31"], 2, "between 1900-01-01"),
        (["--from", "2024-03-10", "--to", "2024-03-01"], 2, "ends before it starts"),
        (["--from", "2014-01-01", "--to", "2024-12-31"], 2, "longer than ten years"),
        (["--sections", "summary,diary"], 2, "Unknown section 'diary'"),
        (["--sections", ","], 2, "No sections"),
        (["--format", "docx"], 2, "invalid choice"),
        (["--out", "{missing}/notes.md"], 2, "does not exist"),
        (["--out", "{out}"], 2, "is a folder"),
        (["--out", "{existing}"], 2, "already exists; use --force"),
    ],
)
def test_bad_arguments_are_refused_before_the_passphrase(
    env: dict[str, str], vault_here: Path, out: Path, args: list[str], code: int, says: str
) -> None:
    existing = out / "already.md"
    existing.write_text("mine", encoding="utf-8")
    places = {"missing": str(out / "no such folder"), "out": str(out), "existing": str(existing)}
    args = [a.format(**places) for a in args]
    if "--out" not in args:
        args += ["--out", str(out / "notes.md")]
    before = fingerprint(vault_here)
    # No passphrase on standard input: a refusal must come before it is asked for.
    result = mooring(env, *at(vault_here, "packet", *args), stdin="")
    line = assert_one_line_error(result, code)
    assert says in line
    assert sorted(p.name for p in out.iterdir()) == ["already.md"]
    assert existing.read_text(encoding="utf-8") == "mine"
    assert fingerprint(vault_here) == before


def test_wrong_passphrase_and_no_vault(
    env: dict[str, str], vault_here: Path, out: Path, tmp_path: Path
) -> None:
    target = str(out / "notes.md")
    wrong = mooring(env, *at(vault_here, "packet", "--out", target), stdin="not it\n")
    assert_one_line_error(wrong, exit_codes.WRONG_SECRET)
    nowhere = tmp_path / "no vault"
    missing = mooring(env, *at(nowhere, "packet", "--out", target), stdin=PASSPHRASE)
    assert_one_line_error(missing, exit_codes.NO_VAULT)
    assert list(out.iterdir()) == [] and not nowhere.exists()


def test_force_replaces_an_existing_file(env: dict[str, str], vault_here: Path, out: Path) -> None:
    target = out / "notes.md"
    target.write_text("an older packet", encoding="utf-8")
    refused = mooring(env, *at(vault_here, "packet", "--out", str(target)), stdin=PASSPHRASE)
    assert_one_line_error(refused, exit_codes.USAGE)
    assert target.read_text(encoding="utf-8") == "an older packet"
    forced = mooring(
        env, *at(vault_here, "packet", "--out", str(target), "--force"), stdin=PASSPHRASE
    )
    assert forced.returncode == 0, forced.stderr
    assert target.read_text(encoding="utf-8").startswith("# Notes for my therapist")
    assert [p.name for p in out.iterdir()] == ["notes.md"]


def test_a_read_only_folder(env: dict[str, str], vault_here: Path, out: Path) -> None:
    locked = out / "locked"
    locked.mkdir(mode=0o555)
    wrap: list[str] = []
    if os.geteuid() == 0:
        # Root writes anyway; drop that power for the command, as test_cli.py does.
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("root can write to a read-only folder and setpriv is missing")
        wrap = [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner"]
        wrap += ["--inh-caps", "-all"]
    elif os.access(locked, os.W_OK):
        pytest.skip("this user can write to a read-only folder")
    try:
        result = mooring(
            env,
            *at(vault_here, "packet", "--out", str(locked / "notes.md")),
            stdin="",
            wrap=wrap,
        )
        line = assert_one_line_error(result, exit_codes.USAGE)
        assert "cannot be written to" in line
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


# ----- in process: the disk as a boundary, and the injected PDF writer ------------------


@pytest.fixture
def secrets_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def run_in_process(
    data: Path, secrets_file: Path, *args: str, pdf_writer: object | None = None
) -> int:
    from ui.shell.instance_lock import instance_lock_factory

    parsed: argparse.Namespace = cli.parse(
        ["packet", "--data-dir", str(data), "--passphrase-file", str(secrets_file), *args]
    )
    return cli.run(parsed, instance_lock_factory, pdf_writer)  # type: ignore[arg-type]


def test_a_full_disk_leaves_no_partial_file(
    vault_here: Path,
    out: Path,
    secrets_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_in_process(vault_here, "x" * 200_000)
    real_write = os.write
    calls: list[int] = []

    def disk_fills_up(descriptor: int, data: bytes | memoryview) -> int:
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(descriptor, bytes(data[:4096]))  # some of it lands
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", disk_fills_up)
    code = run_in_process(vault_here, secrets_file, "--out", str(out / "notes.html"))
    monkeypatch.undo()
    assert code == exit_codes.FAILURE
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["mooring: The disk is full; notes.html was not written."]
    assert len(calls) == 2
    assert list(out.iterdir()) == []


def add_in_process(data: Path, body: str) -> None:
    vault = Vault.unlock(data, PASSPHRASE)
    try:
        EntryRepository(vault.connection).create(title="Long", body=body, bring_to_therapy=True)
    finally:
        vault.close()


def test_pdf_comes_from_the_injected_writer(
    vault_here: Path, out: Path, secrets_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_in_process(vault_here, f"The {FLAGGED} evening.")
    received: list[tuple[Packet, Wording]] = []

    def writer(packet: Packet, wording: Wording) -> bytes:
        received.append((packet, wording))
        return b"%PDF-1.7 stand-in"

    # No writer (app/ alone cannot draw a PDF): refused with a sentence, nothing written.
    assert run_in_process(vault_here, secrets_file, "--out", str(out / "a.pdf")) == 2
    assert "PDF can't be made here" in capsys.readouterr().err
    # Neither --format nor a known extension: PDF.
    target = out / "notes"
    assert run_in_process(vault_here, secrets_file, "--out", str(target), pdf_writer=writer) == 0
    assert target.read_bytes() == b"%PDF-1.7 stand-in"
    [(packet, _wording)] = received
    assert any(FLAGGED in str(section.blocks) for section in packet.sections)
    # --format wins over the extension.
    page = out / "page.pdf"
    assert run_in_process(vault_here, secrets_file, "--format", "html", "--out", str(page)) == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in out.iterdir()) == ["notes", "page.pdf"]


# ----- the real PDF, drawn by the window's code (ui/exchange/pdf.py) --------------------


def _pdf_ready() -> bool:
    try:
        from ui.exchange import pdf
    except ImportError:
        return False
    return hasattr(pdf, "packet_pdf")


def _inflated(data: bytes) -> Iterator[bytes]:
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            yield zlib.decompress(match.group(1))
        except zlib.error:
            yield match.group(1)


@pytest.mark.skipif(not _pdf_ready(), reason="ui/exchange/pdf.py packet_pdf not there yet")
def test_pdf_end_to_end(env: dict[str, str], demo_vault: Path, out: Path, home: Path) -> None:
    add(env, demo_vault, "Bring this", f"The {FLAGGED} evening.", "--bring-to-therapy")
    add(env, demo_vault, "Keep this", f"The {UNFLAGGED} evening.")
    temp = Path(env["TMPDIR"])
    around = listing(home, temp)
    target = out / "notes.pdf"
    result = mooring(env, *at(demo_vault, "packet", "--out", str(target)), stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert FLAGGED in text and UNFLAGGED not in text
    raw = data + b"".join(_inflated(data))
    assert UNFLAGGED.encode() not in raw
    assert [p.name for p in out.iterdir()] == ["notes.pdf"]
    assert listing(home, temp) == around


def test_stopping_while_drawing_or_writing_leaves_nothing(
    vault_here: Path,
    out: Path,
    secrets_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_in_process(vault_here, "y" * 200_000)

    def stopped_while_drawing(packet: Packet, wording: Wording) -> bytes:
        raise KeyboardInterrupt

    target = out / "notes.pdf"
    code = run_in_process(
        vault_here, secrets_file, "--out", str(target), pdf_writer=stopped_while_drawing
    )
    assert code == exit_codes.FAILURE
    assert capsys.readouterr().err.strip() == "mooring: stopped"
    assert list(out.iterdir()) == []

    real_write = os.write
    calls: list[int] = []

    def stopped_while_writing(descriptor: int, data: bytes | memoryview) -> int:
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(descriptor, bytes(data[:4096]))
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "write", stopped_while_writing)
    code = run_in_process(vault_here, secrets_file, "--out", str(out / "notes.md"))
    monkeypatch.undo()
    assert code == exit_codes.FAILURE and len(calls) == 2
    assert capsys.readouterr().err.strip() == "mooring: stopped"
    assert list(out.iterdir()) == []
