"""The frozen program's entry script (PyInstaller): run ``ui.entry.main`` and exit with its code.

Kept apart from ``ui/entry.py`` so the spec has a plain script to start from and so the
one thing only a frozen program needs lives here: a windowed Windows build starts with
no console, so ``sys.stdout``/``sys.stderr``/``sys.stdin`` are None and the command
line's first write would crash. They are pointed at the null device instead; the
console build (``mooring-cli.exe``) is the one that prints.
"""

from __future__ import annotations

import os
import sys


def _give_missing_streams_a_home() -> None:
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def main() -> int:
    _give_missing_streams_a_home()
    from ui.entry import main as mooring_main

    return mooring_main()


if __name__ == "__main__":
    sys.exit(main())
