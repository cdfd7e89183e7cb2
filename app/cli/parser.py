"""The ``mooring`` argument parser. Errors are one line, never a usage dump."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

COMMANDS = ("init", "check", "passwd", "recover", "self-test")


class UsageError(Exception):
    """Bad command-line usage; the message is one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see 'mooring --help')")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise SystemExit(status)


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the vault folder (default: the platform's data folder)",
    )
    secrets = _Parser(add_help=False)
    secrets.add_argument(
        "--passphrase-file",
        metavar="PATH",
        help="read secrets from PATH, one per line ('-' = standard input); "
        "without it you are asked at the terminal",
    )

    parser = _Parser(
        prog="mooring",
        description="Mooring: a private, offline journal. With no command, opens the app.",
        epilog="Exit codes: 0 ok, 1 other failure, 2 bad usage, 3 wrong passphrase or "
        "recovery code, 4 damaged or not a vault, 5 held by a running Mooring, 6 no vault "
        "here (init: one already exists).",
    )
    parser.add_argument("--data-dir", metavar="DIR", default=None, help="open this vault folder")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser(
        "init", parents=[common, secrets], help="create a vault and print its recovery code once"
    )
    commands.add_parser(
        "check",
        parents=[common, secrets],
        help="unlock and check the vault's integrity (read-only)",
    )
    commands.add_parser(
        "passwd", parents=[common, secrets], help="change the passphrase (lines: old, new)"
    )
    commands.add_parser(
        "recover",
        parents=[common, secrets],
        help="set a new passphrase with the recovery code (lines: code, new passphrase)",
    )
    commands.add_parser(
        "self-test", parents=[common], help="check this installation in a temporary folder"
    )
    return parser


def parse(argv: list[str] | None) -> argparse.Namespace:
    """Parse ``argv``; raises UsageError (exit code 2) with a one-line message."""
    return build_parser().parse_args(argv)
