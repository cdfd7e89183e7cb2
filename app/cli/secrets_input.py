"""Reading passphrases and recovery codes for the command line."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from app.cli.parser import UsageError

# A secrets file holds a few short lines; anything bigger is a mistake.
_MAX_SECRETS_BYTES = 64 * 1024


class SecretSource:
    """Yields the secrets of one command: from a file, stdin ('-'), or the terminal."""

    def __init__(self, path: str | None) -> None:
        self._lines: list[str] | None = None
        if path is not None:
            self._lines = _read_lines(path)

    def next(self, prompt: str, *, confirm: bool = False) -> str:
        if self._lines is not None:
            if not self._lines:
                raise UsageError("the passphrase file has fewer lines than this command needs")
            return self._lines.pop(0)
        if not sys.stdin.isatty():
            raise UsageError("no terminal to ask at; use --passphrase-file PATH (or '-' for stdin)")
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Type it again: ") != first:
            raise UsageError("the two passphrases were not the same")
        return first


def _read_lines(path: str) -> list[str]:
    try:
        if path == "-":
            data = sys.stdin.buffer.read(_MAX_SECRETS_BYTES + 1)
        else:
            with Path(path).open("rb") as handle:
                data = handle.read(_MAX_SECRETS_BYTES + 1)
    except OSError as error:
        raise UsageError(f"can't read the passphrase file ({error.strerror})") from None
    if len(data) > _MAX_SECRETS_BYTES:
        raise UsageError("the passphrase file is too large")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError("the passphrase file is not UTF-8 text") from None
    # Only line endings are stripped: spaces can be part of a passphrase.
    return text.splitlines()
