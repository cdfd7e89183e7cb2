#!/usr/bin/env python3
"""What a screen reader on Linux is told about Mooring's pages, read through AT-SPI.

Run it with the *system* Python, which has ``pyatspi`` (Debian/Ubuntu: ``apt-get
install python3-pyatspi at-spi2-core``), while Mooring runs on the same D-Bus session
with accessibility on (``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``, or a screen reader
running). It finds the running Mooring among the desktop's applications, walks the
part of its window that is shown, and either prints it (``--dump``) or checks one page
(``--page``): the controls listed below for that page must be there with that role and
that name, and every control a person can use on the page must have a name.

    python3 tools/atspi_check.py --pid 12345 --dump
    python3 tools/atspi_check.py --pid 12345 --page journal

Prints a JSON report with ``--page`` and exits 0 when the page passes, 1 when it does
not, 2 when Mooring or the page could not be found. It imports nothing from Mooring
(the system Python has no PySide6): the names below are the English ones, so run
Mooring in English (``LANGUAGE=`` ``LC_ALL=C.UTF-8``) for ``--page``.
tests/e2e/test_atspi.py runs it against the real window; docs/ACCESSIBILITY.md says how
to repeat it by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass, field
from typing import Any

# Roles (as AT-SPI names them) of controls a person can act on: each needs a name a
# screen reader can say. Scroll bars are left out: Qt draws and names them itself, and
# screen readers announce them by role and orientation.
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "text",
    "entry",
    "password text",
    "spin button",
    "slider",
    "combo box",
    "list",
    "list box",
    "table",
    "tree",
    "tree table",
    "page tab list",
    "date editor",
    "menu button",
    "calendar",
}

# Per page: its accessible name (the page widget's), and the controls it must show,
# as (role, name). These are what a person hears when moving through the page. Qt
# reports a checkable push button (the HALT toggles, "Show or hide filters") as a
# check box, which is also what Orca says for it.
PAGES: dict[str, dict[str, Any]] = {
    "journal": {
        # With at least one entry (an empty journal shows a welcome instead of the list).
        "name": "Journal",
        "controls": [
            ("push button", "New entry"),
            ("push button", "Write from a prompt"),
            ("text", "Search your journal"),
            ("check box", "Show or hide filters and calendar"),
            ("table", "Entries, newest first"),
            ("push button", "Start a new entry"),
            ("push button", "Choose another prompt"),
            ("push button", "Show the trash"),
        ],
    },
    "journal-entry": {
        # The same page with an entry open (Down from the search field opens the first).
        "name": "Journal",
        "controls": [
            ("text", "Search your journal"),
            ("table", "Entries, newest first"),
            ("text", "Entry title"),
            ("spin button", "When this entry was written"),
            ("text", "Entry text"),
            ("page tab", "Write"),
            ("page tab", "Preview"),
            ("text", "Tags"),
            ("check box", "Bring to therapy"),
            ("push button", "Move this entry to the trash"),
            ("push button", "Bring this up at my next session"),
        ],
    },
    "checkins": {
        "name": "Check-ins",
        "controls": [
            ("push button", "Previous day"),
            ("spin button", "Day of this check-in"),
            ("slider", "Mood"),
            ("slider", "Stress"),
            ("slider", "Craving or urge"),
            ("check box", "Hungry"),
            ("check box", "Angry"),
            ("check box", "Lonely"),
            ("check box", "Tired"),
            ("spin button", "Hours slept"),
            ("text", "Note"),
            # The chart's text alternative: its name, and its description in words.
            ("filler", "Check-in trends chart"),
        ],
    },
    "sessions": {
        # With no session yet: the page offers to add one.
        "name": "Sessions",
        "controls": [
            ("push button", "New session"),
            ("push button", "Set up repeating sessions"),
            ("push button", "Your providers"),
            ("push button", "Add a session"),
            ("push button", "Set up a repeating schedule"),
        ],
    },
}


@dataclass
class Node:
    """One accessible object as a screen reader gets it."""

    role: str
    name: str
    description: str
    depth: int
    states: list[str] = field(default_factory=list)


@dataclass
class Report:
    page: str
    ok: bool
    shown: int = 0
    missing: list[tuple[str, str]] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)
    found: list[tuple[str, str, str]] = field(default_factory=list)


def find_application(pyatspi: Any, pid: int | None, name: str, timeout: float) -> Any:
    """The running Mooring on the desktop (by process id, else by application name).

    Qt registers with the accessibility registry a moment after its window shows, so
    this asks again until ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is None:
                continue
            try:
                if pid is not None and app.get_process_id() == pid:
                    return app
                if pid is None and app.name == name:
                    return app
            except Exception:  # an application that went away while we looked
                continue
        if time.monotonic() > deadline:
            return None
        time.sleep(0.2)


def walk(pyatspi: Any, root: Any, depth: int = 0) -> list[tuple[Node, Any]]:
    """``root`` and everything under it that is on the screen (STATE_SHOWING), in order."""
    try:
        state = root.getState()
        node = Node(
            role=root.getRoleName(),
            name=root.name or "",
            description=root.description or "",
            depth=depth,
            states=[
                label
                for label, flag in (
                    ("focusable", pyatspi.STATE_FOCUSABLE),
                    ("focused", pyatspi.STATE_FOCUSED),
                    ("checked", pyatspi.STATE_CHECKED),
                    ("enabled", pyatspi.STATE_ENABLED),
                )
                if state.contains(flag)
            ],
        )
        showing = state.contains(pyatspi.STATE_SHOWING)
        count = root.childCount
    except Exception:  # gone while we walked (a page rebuilt its rows)
        return []
    if not showing and depth > 0:
        return []
    found = [(node, root)]
    for index in range(count):
        try:
            child = root.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            found.extend(walk(pyatspi, child, depth + 1))
    return found


def find_page(pyatspi: Any, app: Any, page_name: str) -> Any:
    """The shown page called ``page_name`` (a page widget's accessible name)."""
    for node, accessible in walk(pyatspi, app):
        if node.name == page_name and node.role in ("filler", "panel"):
            return accessible
    return None


def check_page(pyatspi: Any, app: Any, page: str, timeout: float) -> Report | None:
    spec = PAGES[page]
    deadline = time.monotonic() + timeout
    while True:
        # The page shows a moment after the keys that chose it; its rows may still be
        # filling in, so ask again until everything is there or time is up.
        root = find_page(pyatspi, app, spec["name"])
        if root is not None:
            report = _judge(pyatspi, root, page, spec)
            if report.ok or time.monotonic() > deadline:
                return report
        elif time.monotonic() > deadline:
            return None
        time.sleep(0.3)


def _judge(pyatspi: Any, root: Any, page: str, spec: dict[str, Any]) -> Report:
    nodes = [node for node, _ in walk(pyatspi, root)]
    present = {(n.role, n.name) for n in nodes}
    missing = [(c[0], c[1]) for c in spec["controls"] if (c[0], c[1]) not in present]
    unnamed = [
        f"{n.role} (depth {n.depth})" for n in nodes if n.role in INTERACTIVE and not n.name.strip()
    ]
    found = [(n.role, n.name, n.description) for n in nodes if n.role in INTERACTIVE]
    return Report(
        page=page,
        ok=not missing and not unnamed,
        shown=len(nodes),
        missing=missing,
        unnamed=unnamed,
        found=found,
    )


def dump(pyatspi: Any, app: Any) -> None:
    for node, _ in walk(pyatspi, app):
        line = f"{'  ' * node.depth}[{node.role}] {node.name!r}"
        if node.description:
            line += f" — {node.description!r}"
        if node.states:
            line += f" ({', '.join(node.states)})"
        print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pid", type=int, help="Mooring's process id")
    parser.add_argument("--name", default="mooring", help="application name, without --pid")
    parser.add_argument("--page", choices=sorted(PAGES), help="check this page")
    parser.add_argument("--dump", action="store_true", help="print what is shown")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds to wait")
    args = parser.parse_args(argv)
    if not args.page and not args.dump:
        parser.error("give --page or --dump")
    try:
        import pyatspi  # type: ignore[import-not-found]
    except ImportError:
        print("pyatspi is not installed (Debian: python3-pyatspi)", file=sys.stderr)
        return 2

    app = find_application(pyatspi, args.pid, args.name, args.timeout)
    if app is None:
        who = f"process {args.pid}" if args.pid else repr(args.name)
        print(f"no application {who} on the accessibility bus", file=sys.stderr)
        return 2
    if args.dump:
        dump(pyatspi, app)
    if not args.page:
        return 0
    report = check_page(pyatspi, app, args.page, args.timeout)
    if report is None:
        print(f"the page {PAGES[args.page]['name']!r} is not shown", file=sys.stderr)
        return 2
    print(json.dumps(asdict(report), indent=1, ensure_ascii=False))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
