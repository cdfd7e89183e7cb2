"""The command-line sub-commands. Each returns an exit code; errors are raised."""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from app import paths as app_paths
from app.cli import exit_codes
from app.cli.parser import UsageError
from app.cli.secrets_input import SecretSource
from app.vault import backup, engine, keys, wal_guard
from app.vault import passphrase as passphrase_rules
from app.vault.errors import (
    NoVault,
    StorageError,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    WeakPassphrase,
)
from app.vault.kdf import PRODUCTION_KDF
from app.vault.keyfile import KeyFile
from app.vault.layout import VaultPaths
from app.vault.vault import Access, Vault, unwrap_with_passphrase

if TYPE_CHECKING:
    from app.exchange.document import Packet
    from app.exchange.wording import Wording
    from app.vault.remember import KeyringRoundTrip


class InstanceLock(Protocol):
    def acquire(self) -> bool:
        """True when held; False when another running Mooring holds it.
        Raises PermissionError when the lock file cannot be created."""

    def release(self) -> None: ...


InstanceLockFactory = Callable[[Path], InstanceLock]

# Draws a packet as PDF bytes. It needs Qt, which app/ never imports: the entry point
# (ui/entry.py) hands one in, as it hands in the instance lock.
PdfWriter = Callable[["Packet", "Wording"], bytes]


def _out(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _warn(message: str) -> None:
    """One line on standard error that does not stop the command."""
    from app.journal.display import visible

    sys.stderr.write(f"mooring: warning: {visible(message)}\n")
    sys.stderr.flush()


class _Held:
    """Holds the instance lock for the length of a command."""

    def __init__(self, paths: VaultPaths, factory: InstanceLockFactory, *, required: bool) -> None:
        self._lock: InstanceLock | None = None
        # The folder is made private before the lock file is created in it. A command
        # that may not change anything (check: required=False) only warns.
        if required:
            app_paths.ensure_private_dir(paths.root)
        else:
            problem = app_paths.privacy_problem(paths.root)
            if problem is not None:
                _warn(problem)
        try:
            lock = factory(paths.lock_file)
            held = lock.acquire()
        except PermissionError:
            if required:
                raise StorageError("Mooring can't write to its data folder.") from None
            return  # a read-only folder can still be checked
        if not held:
            raise VaultBusy(
                "This vault is in use by another Mooring window or command; "
                "try again when it has finished."
            )
        self._lock = lock

    def __enter__(self) -> _Held:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._lock is not None:
            self._lock.release()


def _paths(args: argparse.Namespace) -> VaultPaths:
    try:
        return VaultPaths.for_dir(app_paths.data_dir(getattr(args, "data_dir", None)))
    except app_paths.EmptyDataDir as error:
        raise UsageError(str(error)) from None


def _existing(args: argparse.Namespace) -> VaultPaths:
    paths = _paths(args)
    if not paths.exists():
        raise NoVault(f"There is no Mooring vault in {paths.root}.")
    return paths


def cmd_init(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    paths = _paths(args)
    if paths.exists():
        raise VaultExists(f"There is already a Mooring vault in {paths.root}.")
    secrets = SecretSource(args.passphrase_file)
    passphrase = secrets.next("New passphrase: ", confirm=True)
    strength = passphrase_rules.assess(passphrase)
    if not strength.acceptable:
        raise WeakPassphrase(strength.reason)
    try:
        paths.root.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(f"Can't create the data folder ({error.strerror}).") from None
    with _Held(paths, lock_factory, required=True):
        vault, code = Vault.create(paths.root, passphrase)
        try:
            # The window backs up a day's work after unlocking; a vault made here gets a
            # first backup at once, so damage found later has something to restore.
            vault.backup()
        finally:
            vault.close()
    _out(code)
    if sys.stderr.isatty():
        sys.stderr.write("Keep this recovery code somewhere safe; it is shown only once.\n")
    return exit_codes.OK


def _database_problems(paths: VaultPaths, data_key: bytes) -> tuple[list[str], int]:
    """Both integrity checks and the schema version, read without creating or changing
    any file (not even -shm). A stray write-ahead log is VaultDamaged."""
    log = wal_guard.inspect(paths, data_key)  # reads only
    if log.verdict is wal_guard.Verdict.STRAY:
        raise VaultDamaged(
            "A file beside the journal (mooring.db-wal) is damaged or doesn't belong to it "
            f"({log.reason}); the next command that opens the vault moves it to set-aside/."
        )
    connection = wal_guard.open_read_only(paths, data_key, log.verdict)
    try:
        Vault.check_is_vault(connection)
        problems = backup.integrity_problems(connection)
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    except engine.database_errors() as error:
        raise engine.classify(error) from error
    finally:
        connection.close()
    return problems, version


def cmd_check(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    """Unlock and verify, strictly read-only: no pragma that writes, no migration."""
    paths = _existing(args)
    secret = SecretSource(args.passphrase_file).next("Passphrase: ")
    with _Held(paths, lock_factory, required=False):
        data_key = unwrap_with_passphrase(paths, secret)
        keys.check_key_file(paths, data_key, note=_out)  # damage raises; leftovers are noted
        problems, version = _database_problems(paths, data_key)
    if problems:
        if getattr(args, "verbose", False):
            for problem in problems:
                _write_line(" ".join(problem.split()))
        raise VaultDamaged(
            f"The vault is damaged ({len(problems)} problem"
            f"{'' if len(problems) == 1 else 's'} found; 'mooring check --verbose' lists "
            "them); 'mooring restore' puts back the newest good backup."
        )
    _out(f"ok: the vault opened and passed both integrity checks (schema version {version})")
    return exit_codes.OK


def cmd_passwd(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    paths = _existing(args)
    secrets = SecretSource(args.passphrase_file)
    old = secrets.next("Current passphrase: ")
    new = secrets.next("New passphrase: ", confirm=True)
    with _Held(paths, lock_factory, required=True):
        vault = Vault.unlock(paths.root, old)
        try:
            vault.change_passphrase(old, new)
        finally:
            vault.close()
    _out("ok: passphrase changed")
    return exit_codes.OK


def cmd_recover(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    paths = _existing(args)
    secrets = SecretSource(args.passphrase_file)
    code = secrets.next("Recovery code: ")
    new = secrets.next("New passphrase: ", confirm=True)
    with _Held(paths, lock_factory, required=True):
        Vault.reset_with_recovery_code(paths.root, code, new).close()
    _out("ok: new passphrase set; your recovery code still works")
    return exit_codes.OK


def cmd_restore(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    """Put back the newest backup that verifies; the current files are set aside first.
    With a PATH, that backup or copy instead (app/cli/data_commands.py)."""
    if getattr(args, "path", None) is not None:
        from app.cli.data_commands import restore_from_path

        return restore_from_path(args, lock_factory)
    paths = _existing(args)
    secret = SecretSource(args.passphrase_file).next("Passphrase: ")
    with _Held(paths, lock_factory, required=True):
        data_key = unwrap_with_passphrase(paths, secret)
        if wal_guard.inspect(paths, data_key).verdict is wal_guard.Verdict.STRAY:
            # A log that isn't ours is no reason to go back to a backup: move it aside.
            try:
                wal_guard.set_aside(paths)
            except OSError as error:
                raise StorageError(f"Can't move a stray file aside ({error.strerror}).") from None
            sys.stderr.write(f"mooring: {wal_guard.STRAY_LOG_NOTICE}\n")
        try:
            problems, _version = _database_problems(paths, data_key)
        except VaultDamaged:
            problems = ["damaged"]
        if not problems:
            # A good journal is never swapped for an older copy by mistake.
            raise UsageError("the journal isn't damaged, so nothing was restored")
        vault = Vault.restore_newest_backup(paths.root, secret)
        vault.close()
    _out("ok: restored the newest good backup; the files it replaced are in set-aside/")
    return exit_codes.OK


def cmd_self_test(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    """Exercise the real stack in a throwaway folder: SQLCipher, KDF, FTS5, keyring."""
    from app.vault.remember import keyring_round_trip

    version = engine.self_check()
    _out(f"sqlcipher: {version}")
    with tempfile.TemporaryDirectory(prefix="mooring-self-test-") as temp:
        root = Path(temp) / "vault"
        passphrase = "self test passphrase 1"
        vault, _code = Vault.create(root, passphrase, kdf=PRODUCTION_KDF)
        vault.close()
        vault = Vault.unlock(root, passphrase)
        try:
            connection = vault.connection
            connection.execute("CREATE VIRTUAL TABLE self_test USING fts5(body)")
            connection.execute("INSERT INTO self_test (body) VALUES ('harbour mooring rope')")
            hits = connection.execute(
                "SELECT count(*) FROM self_test WHERE self_test MATCH 'mooring'"
            ).fetchone()[0]
        finally:
            vault.close()
        if hits != 1:
            raise StorageError("Self-test failed: full-text search returned nothing.")
        KeyFile.read(VaultPaths.for_dir(root).key_file)
        _out("vault: created, unlocked, written and searched (FTS5)")
    keyring = keyring_round_trip()
    _out(f"keyring: {keyring.backend}")  # the backend's name alone: scripts read it
    _out(f"keyring check: {_keyring_outcome(keyring)}")
    from app.content.crisis_lines import load_crisis_lines

    _out(f"content: {len(load_crisis_lines())} crisis lines loaded")
    if keyring.problem is not None:
        raise StorageError(
            f"Self-test failed: the keyring {keyring.backend} {keyring.problem}, "
            'so "remember on this device" would not work here.'
        )
    _out("ok: self-test passed")
    return exit_codes.OK


def _keyring_outcome(keyring: KeyringRoundTrip) -> str:
    """The self-test's second keyring line: what the round trip showed."""
    if not keyring.available:
        return "none (Mooring will ask for the passphrase)"
    if keyring.refused is not None:
        return (
            f"unavailable (it refused a test secret: {keyring.refused}; "
            "Mooring will ask for the passphrase)"
        )
    if keyring.problem is not None:
        return f"FAILED: it {keyring.problem}"
    return "stored, read back and removed a test secret"


# ----- journal commands -----------------------------------------------------------------

# The body of ``add`` may be large (the journal takes entries of many megabytes); a
# limit still keeps a mistaken pipe from filling memory.
_MAX_BODY_BYTES = 64 * 1024 * 1024
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?")


def _write_line(line: str) -> None:
    """Print ``line`` as plain text for a terminal.

    Text direction controls (U+202E and the like) are written out as ``<U+202E>``, so
    stored text can't reorder what is printed; characters this terminal can't show
    become '?', never a crash.
    """
    from app.journal.display import visible

    line = visible(line)
    try:
        _out(line)
    except UnicodeEncodeError:
        encoding = sys.stdout.encoding or "ascii"
        _out(line.encode(encoding, "replace").decode(encoding, "replace"))


def _decode(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"{what} is not UTF-8 text") from None


def _read_stdin() -> bytes:
    data = sys.stdin.buffer.read(_MAX_BODY_BYTES + 1)
    if len(data) > _MAX_BODY_BYTES:
        raise UsageError("the entry's text is too large")
    return data


def _passphrase_and_body(args: argparse.Namespace) -> tuple[str, str]:
    """The passphrase and the body, read before anything is opened.

    With ``--passphrase-file - --body-file -`` both come from standard input: the
    first line is the passphrase and the rest is the body.
    """
    body_file: str | None = args.body_file
    if body_file == "-" and args.passphrase_file == "-":
        text = _decode(_read_stdin(), "standard input")
        lines = text.splitlines(keepends=True)
        if not lines:
            raise UsageError("the passphrase file has fewer lines than this command needs")
        first = lines[0].splitlines()
        return (first[0] if first else ""), "".join(lines[1:])
    passphrase = SecretSource(args.passphrase_file).next("Passphrase: ")
    if body_file is None:
        return passphrase, ""
    if body_file == "-":
        return passphrase, _decode(_read_stdin(), "standard input")
    try:
        with Path(body_file).open("rb") as handle:
            data = handle.read(_MAX_BODY_BYTES + 1)
    except OSError as error:
        raise UsageError(f"can't read the body file ({error.strerror})") from None
    if len(data) > _MAX_BODY_BYTES:
        raise UsageError("the body file is too large")
    return passphrase, _decode(data, "the body file")


def _entry_date(text: str | None) -> datetime | None:
    """``--date`` as an aware local time; a date alone means noon."""
    if text is None:
        return None
    if not _DATE.fullmatch(text):
        raise UsageError(f"--date must look like 2024-05-31 or 2024-05-31T21:30, not {text!r}")
    try:
        moment = datetime.fromisoformat(text if len(text) > 10 else f"{text}T12:00")
    except ValueError:
        raise UsageError(f"--date {text!r} is not a real date and time") from None
    from app.journal.errors import InvalidEntry
    from app.platform.timestamps import EARLIEST, LATEST, require_aware

    # Bounded before the local offset is applied: far dates (year 1, year 9999) make
    # that conversion overflow, and the journal keeps 1900..2100 only.
    if not EARLIEST <= moment.date() <= LATEST:
        raise UsageError(
            f"--date must be between {EARLIEST.isoformat()} and {LATEST.isoformat()}, not {text!r}"
        )
    try:
        return require_aware(moment, "date")
    except InvalidEntry as error:
        raise UsageError(str(error)) from None
    except (ValueError, OverflowError, OSError):
        raise UsageError(f"--date {text!r} can't be placed in this computer's time zone") from None


@contextlib.contextmanager
def _journal_errors() -> Iterator[None]:
    """Journal and database failures as the CLI's errors (and so its exit codes)."""
    from app.journal.errors import JournalNotEmpty
    from app.platform.errors import UserError

    try:
        yield
    except JournalNotEmpty as error:
        raise VaultExists(str(error)) from None
    except UserError as error:
        raise UsageError(str(error)) from None
    except engine.database_errors() as error:
        raise engine.classify(error) from error


def cmd_add(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    """Add one entry; prints its number. Every input is checked before the vault opens."""
    from app.journal.entries import EntryRepository
    from app.journal.text import clean_body, clean_tags, clean_title, split_tags

    paths = _existing(args)
    created = _entry_date(args.date)
    secret, body = _passphrase_and_body(args)
    body = body.replace("\r\n", "\n")
    with _journal_errors():
        title = clean_title(args.title)
        # As in the window's tag field, a comma separates tags: --tag "sleep, work".
        # A value with no tag in it at all is kept whole, to be refused as empty.
        written = [tag for value in args.tag for tag in split_tags(value) or [value]]
        tags = [tag for tag, _ in clean_tags(written)]
        body = clean_body(body)
    if not title and not body.strip():
        raise UsageError("the entry is empty; give a --title or a --body-file")
    with _Held(paths, lock_factory, required=True):
        vault = _unlock(paths, secret, Access.WRITE_CHECKED)
        try:
            # Every input was checked before opening, so this command will write: begin
            # its log with an epoch, as the window does (app/vault/wal_epoch.py).
            vault.start_new_log()
            with _journal_errors():
                entry = EntryRepository(vault.connection).create(
                    title=title,
                    body=body,
                    tags=tags,
                    created=created,
                    bring_to_therapy=args.bring_to_therapy,
                )
        finally:
            vault.close()
    _out(str(entry.id))
    return exit_codes.OK


def _unlock(paths: VaultPaths, secret: str, access: Access) -> Vault:
    """Unlock for a command; what opening found and did is said on standard error."""
    vault = Vault.unlock(paths.root, secret, access=access)
    for notice in vault.notices:
        sys.stderr.write(f"mooring: {notice}\n")
    return vault


def _marked(snippet: str) -> str:
    from app.journal.model import HIGHLIGHT_END, HIGHLIGHT_START

    return snippet.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")


def cmd_search(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    """Print the hits for QUERY, best first: one line each, or a JSON array."""
    from app.journal.entries import EntryRepository
    from app.journal.naming import entry_name

    paths = _existing(args)
    secret = SecretSource(args.passphrase_file).next("Passphrase: ")
    with _Held(paths, lock_factory, required=True):
        vault = _unlock(paths, secret, Access.READ)
        try:
            with _journal_errors():
                result = EntryRepository(vault.connection).search(args.query, limit=args.limit)
        finally:
            vault.close()
    if args.json:
        _out(
            json.dumps(
                [
                    {
                        "id": hit.id,
                        "date": hit.created.date().isoformat(),
                        "created": hit.created.isoformat(),
                        "title": hit.title,
                        "tags": list(hit.tags),
                        "snippet": _marked(hit.snippet),
                    }
                    for hit in result.hits
                ]
            )
        )
        return exit_codes.OK
    if result.message is not None:
        _write_line(result.message)
    elif not result.hits:
        _write_line("No entries match.")
    for hit in result.hits:
        title = entry_name(hit.title, hit.preview)  # named as the window names it
        # _write_line shows direction controls as <U+202E>: a title can't reorder the line.
        _write_line(f"{hit.created.date().isoformat()}\t{title}\t{_marked(hit.snippet)}")
    return exit_codes.OK


def cmd_demo(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    """Fill every module with made-up data; refuses a journal with entries unless --force."""
    from datetime import date

    from app.platform import demo
    from app.platform.contributions import DemoPlan

    paths = _existing(args)
    secret = SecretSource(args.passphrase_file).next("Passphrase: ")
    with _Held(paths, lock_factory, required=True):
        vault = _unlock(paths, secret, Access.WRITE_CHECKED)
        try:
            with _journal_errors():
                plan = DemoPlan(
                    today=date.today(), entries=args.entries, years=args.years, force=args.force
                )
                added = demo.fill(vault.connection, plan)
        finally:
            vault.close()
    others = "".join(f"; {module}: {n}" for module, n in added.items() if module != "journal")
    _out(f"ok: added {added.get('journal', 0)} demo entries{others}")
    return exit_codes.OK


# ----- the therapist packet -------------------------------------------------------------

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# The format a file name's extension asks for; any other extension means PDF.
_FORMAT_OF_EXTENSION = {".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "md"}
NOT_ENCRYPTED = (
    "the file is not encrypted: keep it somewhere private, and delete it when you no longer need it"
)


def _packet_day(text: str | None, option: str) -> date | None:
    from app.platform.timestamps import EARLIEST, LATEST

    if text is None:
        return None
    if not _DAY.fullmatch(text):
        raise UsageError(f"{option} must look like 2024-05-31, not {text!r}")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} {text!r} is not a real date") from None
    if not EARLIEST <= day <= LATEST:
        raise UsageError(
            f"{option} must be between {EARLIEST.isoformat()} and {LATEST.isoformat()},"
            f" not {text!r}"
        )
    return day


def packet_format(choice: str | None, out: Path) -> str:
    """``--format``, else what the file's extension says, else PDF."""
    if choice is not None:
        return choice
    return _FORMAT_OF_EXTENSION.get(out.suffix.lower(), "pdf")


def cmd_packet(
    args: argparse.Namespace,
    lock_factory: InstanceLockFactory,
    pdf_writer: PdfWriter | None = None,
) -> int:
    """Write the packet for a period to ``--out``; prints the file's path.

    Every argument and the target are checked before the passphrase is asked for, and
    the file is written only at the end, whole (app.exchange.output: no temporary file,
    nothing left behind when writing fails).
    """
    from app.exchange.html import render_html
    from app.exchange.markdown import render_markdown
    from app.exchange.output import OutputError, check_target, write_file
    from app.exchange.packet import build_packet
    from app.exchange.period import Period, PeriodError, PeriodKind, period_for
    from app.exchange.sections import DEFAULT_SECTIONS, UnknownSectionError, parse_sections
    from app.exchange.wording import ENGLISH

    today = date.today()
    start = _packet_day(args.start, "--from")
    end = _packet_day(args.end, "--to")
    period: Period | None = None
    try:
        if start is not None:
            period = Period(start, end if end is not None else today)
        wanted = DEFAULT_SECTIONS if args.sections is None else parse_sections(args.sections)
    except PeriodError as error:
        hint = "" if end is not None else " (--to is today when not given)"
        raise UsageError(f"{str(error).rstrip('.')}{hint}") from None
    except UnknownSectionError as error:
        raise UsageError(str(error)) from None
    out = Path(args.out)
    kind = packet_format(args.format, out)
    if kind == "pdf" and pdf_writer is None:
        raise UsageError("PDF can't be made here; use --format html or --format md")
    if out.exists() and not out.is_dir() and not args.force:
        raise UsageError(f"{out} already exists; use --force to replace it")
    try:
        check_target(out, overwrite=args.force)
    except OutputError as error:
        raise UsageError(str(error)) from None
    paths = _existing(args)
    secret = SecretSource(args.passphrase_file).next("Passphrase: ")
    with _Held(paths, lock_factory, required=True):
        vault = _unlock(paths, secret, Access.READ)
        try:
            with _journal_errors():
                if period is None:
                    # From the last attended session before --to (or today).
                    period = period_for(
                        PeriodKind.SINCE_LAST_SESSION,
                        end if end is not None else today,
                        vault.connection,
                    )
                packet = build_packet(vault.connection, period, today, wanted)
        finally:
            vault.close()
    # Drawn after the vault is closed and its lock let go: only the packet is needed.
    if kind == "md":
        data = render_markdown(packet, ENGLISH).encode("utf-8", "replace")
    elif kind == "html":
        data = render_html(packet, ENGLISH).encode("utf-8", "replace")
    else:
        assert pdf_writer is not None
        data = pdf_writer(packet, ENGLISH)
    try:
        write_file(out, data, overwrite=args.force)
    except OutputError as error:
        raise StorageError(str(error)) from None
    _write_line(str(out.absolute()))
    if packet.is_empty():
        sys.stderr.write("mooring: nothing was recorded in this period; the file says so\n")
    sys.stderr.write(f"mooring: {NOT_ENCRYPTED}\n")
    return exit_codes.OK


Handler = Callable[[argparse.Namespace, InstanceLockFactory], int]


def handler_for(command: str, pdf_writer: PdfWriter | None = None) -> Handler:
    """The sub-command's function, with what it needs from the entry point."""
    if command == "packet":
        return partial(cmd_packet, pdf_writer=pdf_writer)
    if command not in HANDLERS:
        # The data commands (app/cli/data_commands.py) build on the helpers here.
        from app.cli.data_commands import HANDLERS as DATA_HANDLERS

        return DATA_HANDLERS[command]
    return HANDLERS[command]


HANDLERS: dict[str, Handler] = {
    "init": cmd_init,
    "check": cmd_check,
    "passwd": cmd_passwd,
    "recover": cmd_recover,
    "restore": cmd_restore,
    "self-test": cmd_self_test,
    "add": cmd_add,
    "search": cmd_search,
    "demo": cmd_demo,
    "packet": cmd_packet,
}
