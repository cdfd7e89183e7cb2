"""``mooring``: with a sub-command, the command line; without one, the window.

Kept light: a command-line run imports only QtCore (for the instance lock), and the
window's modules are imported only when the window is wanted.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.exchange.document import Packet
    from app.exchange.wording import Wording

# The off-screen application made for a command-line PDF, kept while the process lives.
_offscreen_app: object | None = None


def packet_pdf(packet: Packet, wording: Wording) -> bytes:
    """``mooring packet --format pdf``: the packet drawn by the window's PDF code.

    Qt needs an application object to lay out text; with no window there is none, so
    one is made on the "offscreen" platform (no display needed, nothing shown).
    """
    global _offscreen_app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    if QCoreApplication.instance() is None:
        _offscreen_app = QGuiApplication(["mooring", "-platform", "offscreen"])
    from ui.exchange.pdf import packet_pdf as draw

    return draw(packet, wording)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``mooring`` script; returns the exit code."""
    from app import cli
    from app.cli import exit_codes

    try:
        args = cli.parse(argv)
    except cli.UsageError as error:
        sys.stderr.write(f"mooring: {error}\n")
        return exit_codes.USAGE

    if args.command is not None:
        from ui.shell.instance_lock import instance_lock_factory

        return cli.run(args, instance_lock_factory=instance_lock_factory, pdf_writer=packet_pdf)

    from app import paths

    data_dir = paths.data_dir(getattr(args, "data_dir", None))
    config_dir = paths.config_dir(getattr(args, "config_dir", None))

    from ui.shell.app_identity import program_argv
    from ui.shell.application import run_gui

    # In discreet mode the program is named "notes" before its first window exists,
    # so the window's class (WM_CLASS on X11) never says "mooring".
    argv = program_argv(config_dir, sys.argv[0] if sys.argv else "mooring")
    return run_gui(data_dir, config_dir, argv)


if __name__ == "__main__":
    raise SystemExit(main())
