"""The ``mooring`` command line: the same vault, no window."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli import exit_codes
from app.cli.parser import UsageError, build_parser, parse
from app.vault import errors

if TYPE_CHECKING:
    from app.cli.commands import InstanceLockFactory, PdfWriter

# The commands (and the vault, key-file and backup code they need) are imported only
# when a command runs, so opening the window does not pay for them at start-up.
__all__ = ["UsageError", "build_parser", "parse", "run"]

_EXIT_FOR_ERROR: tuple[tuple[type[errors.VaultError], int], ...] = (
    (errors.WrongPassphrase, exit_codes.WRONG_SECRET),
    (errors.WrongRecoveryCode, exit_codes.WRONG_SECRET),
    (errors.VaultDamaged, exit_codes.DAMAGED),
    (errors.VaultBusy, exit_codes.BUSY),
    (errors.NoVault, exit_codes.NO_VAULT),
    (errors.VaultExists, exit_codes.NO_VAULT),
    (errors.WeakPassphrase, exit_codes.USAGE),
)


def _fail(message: str, code: int) -> int:
    # A message may quote a path or a value typed by the person: direction controls
    # in it are written out (<U+202E>) so they can't reorder the line.
    from app.journal.display import visible

    sys.stderr.write(f"mooring: {visible(message)}\n")
    return code


def run(
    args: argparse.Namespace,
    instance_lock_factory: InstanceLockFactory,
    pdf_writer: PdfWriter | None = None,
) -> int:
    """Run the sub-command in ``args``; returns the exit code. Never raises.

    ``pdf_writer`` draws ``mooring packet --format pdf`` (it needs Qt, so the entry
    point gives it); without one, a PDF is refused with a sentence."""
    try:
        from app.cli.commands import handler_for

        return handler_for(args.command, pdf_writer)(args, instance_lock_factory)
    except UsageError as error:
        return _fail(str(error), exit_codes.USAGE)
    except errors.VaultError as error:
        for kind, code in _EXIT_FOR_ERROR:
            if isinstance(error, kind):
                return _fail(str(error), code)
        return _fail(str(error), exit_codes.FAILURE)
    except KeyboardInterrupt:
        return _fail("stopped", exit_codes.FAILURE)
    except OSError as error:
        return _fail(
            f"a file operation failed ({error.strerror or type(error).__name__})",
            exit_codes.FAILURE,
        )
    except Exception as error:  # the last line of defence: never a traceback
        return _fail(
            f"unexpected error ({type(error).__name__}); nothing was changed", exit_codes.FAILURE
        )


def main_without_gui(
    argv: list[str] | None,
    instance_lock_factory: InstanceLockFactory,
    pdf_writer: PdfWriter | None = None,
) -> int | None:
    """Parse and run a sub-command; returns None when no sub-command was given (open the GUI)."""
    try:
        args = parse(argv)
    except UsageError as error:
        return _fail(str(error), exit_codes.USAGE)
    if args.command is None:
        return None
    return run(args, instance_lock_factory, pdf_writer)
