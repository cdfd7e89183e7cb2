"""Where Mooring keeps its data and its (non-sensitive) settings."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from app.platform.sentence import sentence
from app.vault.errors import StorageError

APP_NAME = "Mooring"
DATA_DIR_ENV = "MOORING_DATA_DIR"
CONFIG_DIR_ENV = "MOORING_CONFIG_DIR"


class EmptyDataDir(ValueError):
    """``--data-dir`` was given an empty name (a usage error, never "the default")."""


class DataFolderNotPrivate(StorageError):
    """The data folder can be opened by other users, and Mooring can't make it private."""


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The vault folder: ``--data-dir``, else $MOORING_DATA_DIR, else the platform's.

    ``override`` None means "not given". An empty (or blank) ``override`` raises
    EmptyDataDir: it is almost always an unset shell variable, and falling back to the
    default folder would open a different vault than the one meant. An empty
    $MOORING_DATA_DIR counts as unset, as the XDG base-directory variables do.
    """
    if override is not None:
        if not os.fspath(override).strip():
            raise EmptyDataDir("the data folder (--data-dir) can't be an empty name")
        return Path(override).expanduser().absolute()
    if os.environ.get(DATA_DIR_ENV, "").strip():
        return Path(os.environ[DATA_DIR_ENV]).expanduser().absolute()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The settings folder: $MOORING_CONFIG_DIR, else the platform's."""
    if override:
        return Path(override).expanduser().absolute()
    if os.environ.get(CONFIG_DIR_ENV):
        return Path(os.environ[CONFIG_DIR_ENV]).expanduser().absolute()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


# Group and other permission bits: none may be set on the data folder.
_OTHERS = stat.S_IRWXG | stat.S_IRWXO


def privacy_problem(folder: str | os.PathLike[str]) -> str | None:
    """One sentence when ``folder`` exists and other users may open it; else None.

    Changes nothing (``check`` uses it). Not on Windows, where POSIX mode bits don't
    describe who can open a folder (the per-user profile folder's ACL does).
    """
    mode = _folder_mode(folder)
    if mode is None or not mode & _OTHERS:
        return None
    return (
        f"the data folder {Path(folder)} can be read by other users "
        f"(permissions {stat.S_IMODE(mode):03o}; Mooring makes it 700 when it opens the vault)"
    )


def ensure_private_dir(folder: str | os.PathLike[str]) -> None:
    """Make sure other users can't open ``folder`` (the data folder) before it is used.

    A folder that does not exist yet is left alone (it is created 0700). One that exists
    and has any group or other permission is tightened, keeping only the owner's
    bits (0755 becomes 0700), when this user owns it. Raises DataFolderNotPrivate, with
    one sentence to show, when the folder belongs to someone else or its permissions
    can't be changed (some drives ignore them). Does nothing on Windows.
    """
    mode = _folder_mode(folder)
    if mode is None or not mode & _OTHERS:
        return
    path = Path(folder)
    shown = f"{stat.S_IMODE(mode):03o}"
    if os.stat(path).st_uid != os.geteuid():
        raise DataFolderNotPrivate(
            sentence(
                "The data folder {path} belongs to another user and can be read by "
                "others (permissions {shown}); Mooring won't use it.",
                path=path,
                shown=shown,
            )
        )
    with contextlib.suppress(OSError):  # a failure shows below: still open to others
        os.chmod(path, stat.S_IMODE(mode) & stat.S_IRWXU)
    after = _folder_mode(folder)
    if after is not None and after & _OTHERS:
        raise DataFolderNotPrivate(
            sentence(
                "Mooring can't make the data folder {path} private (permissions "
                "{shown}); run 'chmod 700' on it, or on a drive that ignores "
                "permissions, mount it for your user only.",
                path=path,
                shown=shown,
            )
        )


def _folder_mode(folder: str | os.PathLike[str]) -> int | None:
    """The mode of ``folder`` when it is an existing directory (and not on Windows)."""
    if os.name == "nt":
        return None
    try:
        mode = os.stat(folder).st_mode
    except OSError:
        return None  # missing or unreadable: the next step says what is wrong
    return mode if stat.S_ISDIR(mode) else None
