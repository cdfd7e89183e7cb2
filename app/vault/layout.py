"""Where each vault file lives inside a data folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DATABASE_NAME = "mooring.db"
KEY_FILE_NAME = "mooring.key"
PREVIOUS_KEY_FILE_NAME = "mooring.key.prev"
LOCK_FILE_NAME = "mooring.lock"
BACKUPS_DIR_NAME = "backups"
DAMAGED_DIR_NAME = "set-aside"


@dataclass(frozen=True)
class VaultPaths:
    """The files of one vault, all inside ``root``."""

    root: Path

    @classmethod
    def for_dir(cls, root: str | Path) -> VaultPaths:
        return cls(Path(root).expanduser().absolute())

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def key_file(self) -> Path:
        return self.root / KEY_FILE_NAME

    @property
    def previous_key_file(self) -> Path:
        return self.root / PREVIOUS_KEY_FILE_NAME

    @property
    def lock_file(self) -> Path:
        return self.root / LOCK_FILE_NAME

    @property
    def backups_dir(self) -> Path:
        return self.root / BACKUPS_DIR_NAME

    @property
    def damaged_dir(self) -> Path:
        return self.root / DAMAGED_DIR_NAME

    def exists(self) -> bool:
        """True when any part of a vault is present (so set-up must not run here)."""
        return self.key_file.exists() or self.database.exists() or self.previous_key_file.exists()
