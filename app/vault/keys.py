"""Which key file unlocks the vault, and keeping exactly one of them on disk.

Only ``mooring.key`` unlocks. ``mooring.key.prev`` is a safety copy a change writes
just before it replaces ``mooring.key``; it is read only when ``mooring.key`` is
missing or damaged. So a passphrase change is one step from the outside, the
``os.replace`` of ``mooring.key``: before it the old passphrase opens the vault,
after it only the new one.

After the database has opened, ``reconcile`` leaves exactly one key file: it removes
the safety copy and stray temporary files, puts the safety copy back when the current
file is damaged (setting the damaged one aside), and seals a version 1 file as
version 2. ``key_file_problems`` and ``key_file_leftovers`` report the same
situations for ``check`` without writing anything.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.platform.sentence import sentence
from app.vault.atomic import fsync_directory, write_atomically
from app.vault.errors import KeyFileDamaged
from app.vault.keyfile import FORMAT_VERSION, KeyFile, UnwrapFailed
from app.vault.layout import KEY_FILE_NAME, VaultPaths

# write_atomically's temporary names: ".mooring.key.XXXX.tmp" and ".mooring.key.prev.XXXX.tmp".
_TEMP_PATTERN = f".{KEY_FILE_NAME}.*.tmp"

RESTORED_PREVIOUS = (
    "The key file was damaged, so Mooring put back its previous copy (the damaged one is"
    " in set-aside/); if you changed your passphrase just before, the earlier one applies"
    " again."
)
NO_GOOD_KEY_FILE = (
    "The key file is damaged or missing and there is no good copy of it; the journal is"
    " open, but keep your backups safe and set a new passphrase with your recovery code."
)


def unwrap(paths: VaultPaths, slot: str, secret: bytes) -> tuple[KeyFile, bytes]:
    """The key file that opened and the data key from its ``slot``. Reads only.

    Only the current key file is tried; the previous copy only when the current one is
    missing or damaged. Raises UnwrapFailed when the secret is wrong, KeyFileDamaged
    when the current file is damaged and the previous copy does not open either.
    """
    try:
        current = KeyFile.read(paths.key_file)
        return current, current.unwrap(slot, secret)
    except KeyFileDamaged as damage:
        previous = _read(paths.previous_key_file)
        if previous is None:
            raise
        try:
            return previous, previous.unwrap(slot, secret)
        except (UnwrapFailed, KeyFileDamaged):
            raise damage from None


def reconcile(paths: VaultPaths, data_key: bytes) -> list[str]:
    """Leave exactly one good key file, given a data key that has opened the database.

    Safe and cheap to call on every open: with one sealed key file and no leftovers it
    reads one small file, lists the folder and writes nothing. Returns sentences to
    tell the person (empty when there is nothing they need to know). Never raises for
    a file operation: the journal is open, and tidying is tried again next time.
    """
    current = _read(paths.key_file)
    strays = _stray_temp_files(paths)
    previous_there = os.path.lexists(paths.previous_key_file)
    try:
        if current is not None and _belongs(current, data_key):
            if current.version == FORMAT_VERSION and not previous_there and not strays:
                return []
            if current.version != FORMAT_VERSION:
                # Version 1 is sealed as it stands; nothing older can vouch for its slots.
                write_atomically(paths.key_file, current.sealed(data_key).to_bytes())
            _remove([paths.previous_key_file, *strays], paths)
            return []
        previous = _read(paths.previous_key_file)
        if previous is None or not _belongs(previous, data_key):
            return [NO_GOOD_KEY_FILE]
        if os.path.lexists(paths.key_file):
            _set_aside(paths, paths.key_file)
        write_atomically(paths.key_file, previous.sealed(data_key).to_bytes())
        _remove([paths.previous_key_file, *strays], paths)
        return [RESTORED_PREVIOUS]
    except OSError as error:
        reason = error.strerror or "the system refused"
        return [
            sentence(
                "Mooring couldn't tidy its key files ({reason}); it will try again next time.",
                reason=reason,
            )
        ]


def key_file_problems(paths: VaultPaths, data_key: bytes) -> list[str]:
    """Damage in the key files, for ``check``: one sentence each. Writes nothing.

    A version 2 key file sealed with ``data_key`` proves both slots, the recovery slot
    included, are exactly as Mooring wrote them, without the recovery code.
    """
    try:
        current = KeyFile.read(paths.key_file)
    except KeyFileDamaged as damage:
        previous = _read(paths.previous_key_file)
        if previous is not None and previous.is_sealed_for(data_key):
            return [f"{damage} A good previous copy is there; the next unlock puts it back."]
        return [str(damage)]
    if current.version == FORMAT_VERSION and not current.is_sealed_for(data_key):
        return ["The key file was changed outside Mooring or belongs to another vault."]
    return []


def key_file_leftovers(paths: VaultPaths) -> list[str]:
    """Files an interrupted change left behind, for ``check``: one sentence each. Writes nothing."""
    found = []
    if os.path.lexists(paths.previous_key_file):
        found.append(
            f"An interrupted change left {paths.previous_key_file.name}; it does not unlock"
            " the vault, and the next unlock removes it."
        )
    strays = _stray_temp_files(paths)
    if strays:
        found.append(
            f"An interrupted change left {len(strays)} temporary key file(s); the next unlock"
            " removes them."
        )
    current = _read(paths.key_file)
    if current is not None and current.version != FORMAT_VERSION:
        found.append(
            "The key file is in the older format, so its recovery slot can't be verified"
            " without the code; the next unlock upgrades it."
        )
    return found


def check_key_file(paths: VaultPaths, data_key: bytes, note: Callable[[str], None]) -> None:
    """For ``check``: raise KeyFileDamaged for damage; pass leftovers to ``note``."""
    problems = key_file_problems(paths, data_key)
    if problems:
        raise KeyFileDamaged(problems[0])
    for line in key_file_leftovers(paths):
        note(f"note: {line}")


# ----- helpers ------------------------------------------------------------------------


def _belongs(key_file: KeyFile, data_key: bytes) -> bool:
    """Sealed with ``data_key``; a version 1 file has no seal and is taken as it is."""
    return key_file.version != FORMAT_VERSION or key_file.is_sealed_for(data_key)


def _read(path: Path) -> KeyFile | None:
    if not os.path.lexists(path):
        return None
    try:
        return KeyFile.read(path)
    except KeyFileDamaged:
        return None


def _stray_temp_files(paths: VaultPaths) -> list[Path]:
    try:
        with os.scandir(paths.root) as entries:
            return [
                Path(entry.path)
                for entry in entries
                if fnmatch.fnmatchcase(entry.name, _TEMP_PATTERN)
            ]
    except OSError:
        return []


def _remove(files: list[Path], paths: VaultPaths) -> None:
    removed = False
    for path in files:
        try:
            path.unlink()
            removed = True
        except FileNotFoundError:
            continue
    if removed:
        fsync_directory(paths.root)


def _set_aside(paths: VaultPaths, path: Path) -> Path:
    """Move a damaged key file (or whatever stands in its place) into set-aside/, untouched."""
    paths.damaged_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.damaged_dir / f"mooring-key-damaged-{stamp}.key"
    counter = 1
    while os.path.lexists(target):
        counter += 1
        target = paths.damaged_dir / f"mooring-key-damaged-{stamp}-{counter}.key"
    os.replace(path, target)
    fsync_directory(paths.damaged_dir)
    fsync_directory(paths.root)
    return target
