"""The commands for a person's data as a whole: ``import`` (and, as they land,
``export``, ``backup`` and ``restore PATH``).

Every argument is checked before the passphrase is asked for; nothing in the vault
changes on any failure (an import is one transaction, all or nothing).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli import exit_codes
from app.cli.commands import (
    NOT_ENCRYPTED,
    InstanceLockFactory,
    _existing,
    _Held,
    _journal_errors,
    _unlock,
    _write_line,
)
from app.cli.parser import UsageError
from app.cli.secrets_input import SecretSource
from app.vault.errors import StorageError
from app.vault.vault import Access

MOORING = "mooring"


def cmd_import(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    """Import entries from another journal; prints what it found, then what it added.

    With ``--dry-run`` the vault is opened read-only and nothing is written.
    """
    from app.exchange.import_mooring import is_mooring_export
    from app.exchange.importers import ImportCancelled, apply_import, plan_import

    source = Path(args.path)
    if not source.exists():
        raise UsageError(f"{source} does not exist")
    if args.format == MOORING or (args.format is None and is_mooring_export(source)):
        return _import_mooring(args, lock_factory, source)
    paths = _existing(args)
    secret = SecretSource(args.passphrase_file).next("Passphrase: ")
    with _Held(paths, lock_factory, required=not args.dry_run):
        access = Access.READ if args.dry_run else Access.WRITE_CHECKED
        vault = _unlock(paths, secret, access)
        try:
            with _journal_errors():
                plan = plan_import(source, args.format, vault.connection)
                for line in plan.summary():
                    _write_line(line)
                if args.dry_run:
                    _write_line("Nothing was written (--dry-run).")
                    return exit_codes.OK
                if not plan.entries:
                    _write_line("Nothing to add.")
                    return exit_codes.OK
                vault.start_new_log()
                try:
                    added = apply_import(vault.connection, plan, progress=_progress())
                except ImportCancelled:
                    raise UsageError("stopped; nothing was imported") from None
        finally:
            vault.close()
    _write_line(f"Added {added} {'entry' if added == 1 else 'entries'}.")
    return exit_codes.OK


def _import_mooring(
    args: argparse.Namespace, lock_factory: InstanceLockFactory, source: Path
) -> int:
    """A Mooring JSON export read back: the exact summary first (the import done and
    rolled back), then the import in one transaction."""
    from app.exchange.import_mooring import (
        ImportCancelled,
        ImportFailed,
        import_mooring,
        read_summary,
    )

    paths = _existing(args)
    secret = SecretSource(args.passphrase_file).next("Passphrase: ")
    with _Held(paths, lock_factory, required=True):
        vault = _unlock(paths, secret, Access.WRITE_CHECKED)
        try:
            with _journal_errors():
                try:
                    summary = read_summary(vault.connection, source)
                    for line in summary.lines():
                        _write_line(line)
                    if args.dry_run:
                        _write_line("Nothing was written (--dry-run).")
                        return exit_codes.OK
                    vault.start_new_log()
                    done = import_mooring(
                        vault.connection, source, expected=summary.in_file, progress=_progress()
                    )
                except ImportFailed as error:
                    raise UsageError(str(error)) from None
                except ImportCancelled:
                    raise UsageError("stopped; nothing was imported") from None
        finally:
            vault.close()
    _write_line(f"Imported {done.added} records.")
    return exit_codes.OK


def cmd_export(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    """Everything in the vault to one JSON file, or to a folder of Markdown files.
    Prints where it went; the file is not encrypted."""
    from app.exchange.export_json import ExportCancelled, export_json
    from app.exchange.export_markdown import export_markdown
    from app.exchange.output import OutputError, check_target

    out = Path(args.out)
    if args.format == "json":
        if out.exists() and not out.is_dir() and not args.force:
            raise UsageError(f"{out} already exists; use --force to replace it")
        try:
            check_target(out, overwrite=args.force)
        except OutputError as error:
            raise UsageError(str(error)) from None
    elif out.exists() and (not out.is_dir() or any(out.iterdir())) and not args.force:
        raise UsageError(f"{out} is not an empty folder; use --force to write into it")
    paths = _existing(args)
    secret = SecretSource(args.passphrase_file).next("Passphrase: ")
    with _Held(paths, lock_factory, required=True):
        vault = _unlock(paths, secret, Access.READ)
        try:
            with _journal_errors():
                try:
                    if args.format == "json":
                        export_json(
                            vault.connection, out, overwrite=args.force, progress=_progress()
                        )
                    else:
                        export_markdown(
                            vault.connection,
                            out,
                            into_existing=args.force,
                            progress=_progress(),
                        )
                except OutputError as error:
                    raise StorageError(str(error)) from None
                except ExportCancelled:
                    raise UsageError("stopped; nothing was written") from None
        finally:
            vault.close()
    _write_line(str(out.absolute()))
    sys.stderr.write(f"mooring: {NOT_ENCRYPTED}\n")
    return exit_codes.OK


def _progress() -> Callable[[int, int], None] | None:
    """Progress on standard error, only when someone is watching a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        sys.stderr.write(f"\rmooring: importing {done} of {total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


Handler = Callable[[argparse.Namespace, InstanceLockFactory], int]


def cmd_backup(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    """A verified backup now; or, with ``--out DIR``, an encrypted copy in a new folder
    inside DIR. Prints where it went."""
    from datetime import date

    from app.vault import backup
    from app.vault.vault import unwrap_with_passphrase

    parent = Path(args.out) if args.out is not None else None
    if parent is not None and not parent.is_dir():
        raise UsageError(f"{parent} is not a folder")
    paths = _existing(args)
    secret = SecretSource(args.passphrase_file).next("Passphrase: ")
    with _Held(paths, lock_factory, required=True):
        data_key = unwrap_with_passphrase(paths, secret)
        if parent is None:
            made = backup.backup_in_own_connection(paths, data_key)
        else:
            made = backup.save_copy(paths, data_key, backup.new_copy_folder(parent, date.today()))
    _write_line(str(made.absolute()))
    return exit_codes.OK


def restore_from_path(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    """``mooring restore PATH``: that backup or saved copy, checked first; the journal
    as it is now is kept as a backup before it is replaced."""
    from app.vault import backup

    source = Path(args.path)
    if not source.exists():
        raise UsageError(f"{source} does not exist")
    paths = _existing(args)
    secret = SecretSource(args.passphrase_file).next("Passphrase: ")
    with _Held(paths, lock_factory, required=True):
        restored = backup.restore_from(paths, source, passphrase=secret)
    kept = "" if restored.kept is None else f"; the journal as it was is kept in {restored.kept}"
    _write_line(f"ok: restored {source}{kept}")
    return exit_codes.OK


HANDLERS: dict[str, Handler] = {
    "import": cmd_import,
    "backup": cmd_backup,
    "export": cmd_export,
}
