"""The ``mooring`` argument parser. Errors are one line, never a usage dump."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

COMMANDS = (
    "init",
    "check",
    "passwd",
    "recover",
    "restore",
    "self-test",
    "add",
    "search",
    "demo",
    "packet",
    "import",
    "backup",
    "export",
)


class UsageError(Exception):
    """Bad command-line usage; the message is one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see 'mooring --help')")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise SystemExit(status)


def _folder(text: str) -> str:
    """A --data-dir value: an empty one is refused, never taken as the default folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the data folder can't be an empty name")
    return text


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        type=_folder,
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
        "recovery code, 4 damaged or not a vault, 5 in use by another Mooring window or "
        "command, 6 no vault "
        "here (init: one already exists; demo: the journal already has entries).",
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", type=_folder, default=None, help="open this vault folder"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser(
        "init", parents=[common, secrets], help="create a vault and print its recovery code once"
    )
    check = commands.add_parser(
        "check",
        parents=[common, secrets],
        help="unlock and check the vault's integrity (read-only)",
    )
    check.add_argument(
        "--verbose",
        action="store_true",
        help="when the check fails, print every problem found, not only the one-line summary",
    )
    commands.add_parser(
        "passwd", parents=[common, secrets], help="change the passphrase (lines: old, new)"
    )
    commands.add_parser(
        "recover",
        parents=[common, secrets],
        help="set a new passphrase with the recovery code (lines: code, new passphrase)",
    )
    restore = commands.add_parser(
        "restore",
        parents=[common, secrets],
        help="replace a damaged journal with the newest good backup (the damaged files "
        "are set aside, not deleted); with PATH, put back that backup or saved copy "
        "(the journal as it is now is kept as a backup first)",
    )
    restore.add_argument(
        "path",
        metavar="PATH",
        nargs="?",
        help="a backup file, or a folder saved with 'mooring backup --out' (or the "
        "mooring.db inside it)",
    )
    commands.add_parser(
        "self-test", parents=[common], help="check this installation in a temporary folder"
    )
    _add_journal_commands(commands, common, secrets)
    return parser


def _count(text: str) -> int:
    """A whole number from 1 up (for --limit and --entries)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def _years(text: str) -> int:
    """A whole number of years for the demo, 1 to 10."""
    value = _count(text)
    if value > 10:
        raise argparse.ArgumentTypeError(f"{text!r} must be 10 or fewer")
    return value


def _add_journal_commands(
    commands: argparse._SubParsersAction[_Parser], common: _Parser, secrets: _Parser
) -> None:
    add = commands.add_parser(
        "add", parents=[common, secrets], help="add a journal entry; prints its number"
    )
    add.add_argument("--title", default="", help="the entry's title (one line)")
    add.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help="a tag; repeat, or separate with commas, for more",
    )
    add.add_argument(
        "--date",
        metavar="YYYY-MM-DD[THH:MM]",
        help="when it was written, in local time (default: now; a date alone means noon)",
    )
    add.add_argument(
        "--body-file",
        metavar="PATH",
        help="the entry's Markdown text, UTF-8 ('-' = standard input; with "
        "--passphrase-file - the passphrase is the first line and the text follows)",
    )
    add.add_argument(
        "--bring-to-therapy",
        action="store_true",
        help="flag the entry to bring to therapy (it goes in the packet's entries)",
    )
    search = commands.add_parser(
        "search", parents=[common, secrets], help="search the journal; prints date, title, snippet"
    )
    search.add_argument(
        "query", metavar="QUERY", help="words to look for (the last may be partial)"
    )
    search.add_argument("--json", action="store_true", help="print a JSON array instead")
    search.add_argument(
        "--limit", type=_count, default=20, metavar="N", help="at most N hits (default 20)"
    )
    demo = commands.add_parser(
        "demo",
        parents=[common, secrets],
        help="fill an empty vault with a made-up journal (for trying Mooring out)",
    )
    demo.add_argument("--entries", type=_count, required=True, metavar="N", help="how many entries")
    demo.add_argument(
        "--years",
        type=_years,
        default=1,
        metavar="N",
        help="years of check-ins and sessions, ending today (1 to 10; default 1)",
    )
    demo.add_argument(
        "--force", action="store_true", help="add them even if the journal has entries"
    )
    _add_packet_command(commands, common, secrets)
    _add_data_commands(commands, common, secrets)


def _add_data_commands(
    commands: argparse._SubParsersAction[_Parser], common: _Parser, secrets: _Parser
) -> None:
    imports = commands.add_parser(
        "import",
        parents=[common, secrets],
        help="add entries from another journal (jrnl, Day One, RedNotebook, a folder "
        "of Markdown or text files); prints what it found first",
        description="Add entries from another journal. What was found is printed first; "
        "then every entry is added in one step, or none is. Entries already in the "
        "journal are not added again.",
    )
    imports.add_argument(
        "path", metavar="PATH", help="the export file, .zip, or folder to import from"
    )
    imports.add_argument(
        "--format",
        choices=("jrnl", "dayone", "rednotebook", "markdown", "mooring"),
        help="what PATH is (default: recognised from its contents)",
    )
    export = commands.add_parser(
        "export",
        parents=[common, secrets],
        help="write everything to one JSON file (it reads back with 'mooring import') or "
        "to a folder of Markdown files; NOT encrypted; prints where it went",
    )
    export.add_argument("--format", choices=("json", "markdown"), default="json")
    export.add_argument(
        "--out",
        metavar="PATH",
        required=True,
        help="the file (json) or a new or empty folder (markdown)",
    )
    export.add_argument(
        "--force",
        action="store_true",
        help="replace the file, or write into a folder that has files in it",
    )
    backup = commands.add_parser(
        "backup",
        parents=[common, secrets],
        help="make a backup now (kept with the others beside the journal); with --out, "
        "save an encrypted copy into a new folder there instead",
    )
    backup.add_argument(
        "--out",
        metavar="DIR",
        help="a folder (an external drive, say) to save an encrypted copy in; it opens "
        "with the same passphrase",
    )
    imports.add_argument(
        "--dry-run",
        action="store_true",
        help="only say what would be imported; write nothing",
    )


def _add_packet_command(
    commands: argparse._SubParsersAction[_Parser], common: _Parser, secrets: _Parser
) -> None:
    packet = commands.add_parser(
        "packet",
        parents=[common, secrets],
        help="write notes for your therapist for a period (PDF, HTML or Markdown); "
        "prints the file's path",
        description="Write the notes for a period to one file. The file is NOT encrypted: "
        "keep it somewhere private. Nothing else is written anywhere.",
    )
    packet.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        help="the first day (default: the day of your last attended session, or two weeks ago)",
    )
    packet.add_argument(
        "--to", dest="end", metavar="YYYY-MM-DD", help="the last day (default: today)"
    )
    packet.add_argument(
        "--sections",
        metavar="LIST",
        help="comma-separated section names, 'all' or 'default' (default: 'default'; "
        "journal entries are those flagged to bring to therapy)",
    )
    packet.add_argument(
        "--format",
        choices=("pdf", "html", "md"),
        help="the file's format (default: from the --out extension .pdf, .html, .htm or "
        ".md; else pdf)",
    )
    packet.add_argument("--out", metavar="PATH", required=True, help="the file to write")
    packet.add_argument(
        "--force", action="store_true", help="replace the file if it already exists"
    )


def parse(argv: list[str] | None) -> argparse.Namespace:
    """Parse ``argv``; raises UsageError (exit code 2) with a one-line message."""
    return build_parser().parse_args(argv)
