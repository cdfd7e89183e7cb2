"""Helpers shared by the command-line tests."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path


def mooring_command() -> list[str]:
    """The installed ``mooring`` script (or the same entry point through python)."""
    script = Path(sys.executable).with_name("mooring")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from ui.entry import main; sys.exit(main())"]


def fingerprint(root: Path) -> dict[str, str]:
    """Every file under ``root`` with its SHA-256, to prove nothing changed on disk."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
