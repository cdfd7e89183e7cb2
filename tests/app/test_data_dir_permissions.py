"""The data folder: an empty name is refused, and other users can't open it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app import paths

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_empty_override_is_refused_never_the_default(data_dir: Path) -> None:
    for empty in ("", "   "):
        with pytest.raises(paths.EmptyDataDir):
            paths.data_dir(empty)
    assert paths.data_dir(None) == data_dir  # None: not given


def test_an_empty_environment_variable_counts_as_unset(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv(paths.DATA_DIR_ENV, "")
    unset = paths.data_dir()
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    assert unset == paths.data_dir()


@posix_only
@pytest.mark.parametrize("loose", [0o755, 0o750, 0o707, 0o770, 0o777, 0o701, 0o720], ids=oct)
def test_a_folder_others_can_open_is_tightened(tmp_path: Path, loose: int) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "mooring.key").write_bytes(b"k")
    folder.chmod(loose)
    assert paths.privacy_problem(folder) is not None
    paths.ensure_private_dir(folder)
    assert mode(folder) == 0o700
    assert paths.privacy_problem(folder) is None
    assert (folder / "mooring.key").read_bytes() == b"k"


@posix_only
def test_only_group_and_other_bits_are_removed(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        paths.ensure_private_dir(folder)
        assert mode(folder) == 0o500  # still read-only for its owner: not our call
    finally:
        folder.chmod(0o700)


@posix_only
def test_a_private_or_missing_folder_is_left_alone(tmp_path: Path) -> None:
    missing = tmp_path / "not yet"
    paths.ensure_private_dir(missing)
    assert not missing.exists()
    assert paths.privacy_problem(missing) is None
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    before = private.stat().st_ctime_ns
    paths.ensure_private_dir(private)
    assert private.stat().st_ctime_ns == before
    assert paths.privacy_problem(private) is None


@posix_only
def test_privacy_problem_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    folder.chmod(0o755)
    problem = paths.privacy_problem(folder)
    assert problem is not None and "other users" in problem and "755" in problem
    assert "\n" not in problem
    assert mode(folder) == 0o755


@posix_only
def test_a_folder_whose_permissions_cannot_change_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some drives (FAT, SMB mounts) accept chmod and change nothing."""
    folder = tmp_path / "vault"
    folder.mkdir()
    folder.chmod(0o777)
    monkeypatch.setattr(os, "chmod", lambda *args, **kwargs: None)
    with pytest.raises(paths.DataFolderNotPrivate) as refused:
        paths.ensure_private_dir(folder)
    message = str(refused.value)
    assert "private" in message and str(folder) in message and "\n" not in message


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs chown")
def test_a_folder_of_another_user_is_refused_and_not_changed(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    os.chown(folder, 65534, 65534)
    folder.chmod(0o755)
    with pytest.raises(paths.DataFolderNotPrivate) as refused:
        paths.ensure_private_dir(folder)
    assert "another user" in str(refused.value)
    assert mode(folder) == 0o755


def test_the_refusal_is_a_storage_error_so_the_cli_exits_1() -> None:
    from app.vault.errors import StorageError

    assert issubclass(paths.DataFolderNotPrivate, StorageError)
