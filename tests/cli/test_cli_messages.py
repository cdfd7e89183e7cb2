"""The command line's messages and exit codes, its private files, the keyring
self-test and text direction controls in what it prints (issue 8: items 5, 7, 8, 9)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import fingerprint
from test_cli_journal import PASSPHRASE, SMALL_KDF, assert_one_line_error, at, mooring

from app.vault.vault import Vault

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
SPOOF = "abc\u202efdp.exe"
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.fixture
def vault(data: Path) -> Path:
    Vault.create(data, PASSPHRASE, kdf=SMALL_KDF)[0].close()
    return data


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ----- 5. messages and exit codes ---------------------------------------------------------


@pytest.mark.parametrize(
    "date", ["0001-01-01", "9999-12-31T23:59", "9999-12-31", "0001-01-01T00:00", "1899-12-31"]
)
def test_a_date_out_of_range_is_a_usage_error(env, vault: Path, date: str) -> None:
    before = fingerprint(vault)
    result = mooring(env, *at(vault, "add", "--title", "x", "--date", date), stdin=PASSPHRASE)
    assert_one_line_error(result, 2)
    assert "unexpected" not in result.stderr
    assert "between 1900-01-01 and 2100-12-31" in result.stderr
    assert fingerprint(vault) == before


def test_the_range_edges_are_accepted(env, vault: Path) -> None:
    for date in ("1900-01-01", "2100-12-31T23:59"):
        result = mooring(env, *at(vault, "add", "--title", "x", "--date", date), stdin=PASSPHRASE)
        assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["add", "--title", "x"],
        ["search", "x"],
        ["check"],
        ["init"],
        ["demo", "--entries", "2"],
        ["self-test"],
        [],  # the window
    ],
)
def test_an_empty_data_dir_is_a_usage_error_never_the_default(
    env, tmp_path: Path, command: list[str]
) -> None:
    default = Path(env.get("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share")))
    for empty in ("", " "):
        for args in ([*command, "--data-dir", empty], ["--data-dir", empty, *command]):
            result = mooring(env, *args, stdin=PASSPHRASE + "\n" + PASSPHRASE + "\n")
            assert_one_line_error(result, 2)
            assert "--data-dir" in result.stderr and "empty" in result.stderr
    assert not (default / "Mooring").exists()
    assert not (tmp_path / "home" / ".local" / "share" / "Mooring").exists()


def test_an_empty_data_dir_variable_means_unset(env, tmp_path: Path) -> None:
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    env["MOORING_DATA_DIR"] = ""
    result = mooring(env, "check", "--passphrase-file", "-", stdin=PASSPHRASE)
    assert_one_line_error(result, 6)
    assert str(tmp_path / "xdg" / "Mooring") in result.stderr


def _hold(env, folder: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from ui.shell.instance_lock import QtInstanceLock;"
            f"lock = QtInstanceLock(Path({str(folder / 'mooring.lock')!r}));"
            " print(lock.acquire(), flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "True"
    return holder


@pytest.fixture
def held(env, vault: Path) -> Iterator[Path]:
    holder = _hold(env, vault)
    try:
        yield vault / "mooring.lock"
    finally:
        holder.kill()
        holder.wait()
        for pipe in (holder.stdin, holder.stdout):
            if pipe is not None:
                pipe.close()


def test_the_busy_message_fits_a_window_or_a_command(env, vault: Path, held: Path) -> None:
    for args in (["add", "--title", "x"], ["check"]):
        result = mooring(env, *at(vault, *args), stdin=PASSPHRASE)
        assert_one_line_error(result, 5)
        assert "in use by another Mooring window or command" in result.stderr


def test_check_takes_verbose(env, vault: Path) -> None:
    result = mooring(env, *at(vault, "check", "--verbose"), stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    help_text = mooring(env, "check", "--help").stdout
    assert "--verbose" in help_text


def test_error_messages_show_direction_controls_escaped(env, tmp_path: Path) -> None:
    folder = tmp_path / f"folder{BIDI}"
    result = mooring(env, *at(folder, "check"), stdin=PASSPHRASE)
    assert_one_line_error(result, 6)
    assert not any(char in result.stderr for char in BIDI)
    assert "folder<U+061C><U+200E>" in result.stderr


# ----- 7. private files ---------------------------------------------------------------------


@posix_only
def test_the_lock_file_is_private(env, vault: Path, held: Path) -> None:
    assert mode(held) == 0o600


@posix_only
def test_a_named_folder_others_can_read_is_tightened(env, vault: Path) -> None:
    vault.chmod(0o755)
    result = mooring(env, *at(vault, "search", "x"), stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert mode(vault) == 0o700


@posix_only
def test_the_variable_folder_is_tightened_too(env, vault: Path) -> None:
    vault.chmod(0o775)
    env["MOORING_DATA_DIR"] = str(vault)
    result = mooring(env, "add", "--title", "x", "--passphrase-file", "-", stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert mode(vault) == 0o700


@posix_only
def test_init_makes_an_existing_folder_private(env, data: Path) -> None:
    data.mkdir(mode=0o777)
    data.chmod(0o777)
    result = mooring(env, *at(data, "init"), stdin=PASSPHRASE + "\n" + PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert mode(data) == 0o700


@posix_only
def test_check_warns_and_changes_nothing(env, vault: Path) -> None:
    vault.chmod(0o755)
    before = fingerprint(vault)
    result = mooring(env, *at(vault, "check"), stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok:")
    [warning] = result.stderr.strip().splitlines()
    assert warning.startswith("mooring: warning: ") and "read by other users" in warning
    assert mode(vault) == 0o755
    assert fingerprint(vault) == before


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs chown")
def test_a_folder_of_another_user_is_refused(env, vault: Path) -> None:
    os.chown(vault, 65534, 65534)
    vault.chmod(0o755)
    before = fingerprint(vault)
    result = mooring(env, *at(vault, "add", "--title", "x"), stdin=PASSPHRASE)
    assert_one_line_error(result, 1)
    assert "another user" in result.stderr
    assert mode(vault) == 0o755
    assert fingerprint(vault) == before


# ----- 8. the self-test proves the keyring ---------------------------------------------------

FAKE_BACKENDS = textwrap.dedent(
    """
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringError, PasswordDeleteError


    class Working(KeyringBackend):
        priority = 1

        def __init__(self):
            super().__init__()
            self.store = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            if self.store.pop((service, username), None) is None:
                raise PasswordDeleteError("no such password")


    class Dropping(Working):
        def set_password(self, service, username, password):
            pass


    class RaisesOnRead(Working):
        def get_password(self, service, username):
            raise KeyringError("read failed")


    class RefusesWrites(Working):
        def set_password(self, service, username, password):
            raise KeyringError("locked")
    """
)


@pytest.fixture
def keyring_env(env, tmp_path: Path) -> dict[str, str]:
    folder = tmp_path / "backends"
    folder.mkdir()
    (folder / "fake_backends.py").write_text(FAKE_BACKENDS, encoding="utf-8")
    env["PYTHONPATH"] = os.pathsep.join([str(folder), *filter(None, [env.get("PYTHONPATH", "")])])
    return env


def self_test(env, backend: str) -> subprocess.CompletedProcess[str]:
    return mooring({**env, "PYTHON_KEYRING_BACKEND": backend}, "self-test")


def lines(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)


def test_self_test_with_a_working_keyring(keyring_env) -> None:
    result = self_test(keyring_env, "fake_backends.Working")
    assert result.returncode == 0, result.stderr
    found = lines(result)
    assert found["keyring"] == "fake_backends.Working"
    assert found["keyring check"] == "stored, read back and removed a test secret"
    assert result.stdout.strip().splitlines()[-1].startswith("ok:")


@pytest.mark.parametrize(
    ("backend", "problem"),
    [
        ("fake_backends.Dropping", "gave back nothing"),
        ("fake_backends.RaisesOnRead", "failed reading it back (KeyringError)"),
    ],
)
def test_self_test_reports_a_keyring_that_loses_the_secret(
    keyring_env, backend: str, problem: str
) -> None:
    result = self_test(keyring_env, backend)
    assert_one_line_error(result, 1)
    assert problem in result.stderr and "self-test failed" in result.stderr.lower()
    found = lines(result)
    assert found["keyring check"].startswith("FAILED: ") and problem in found["keyring check"]
    assert "ok" not in found


def test_self_test_with_a_keyring_that_refuses_writes(keyring_env) -> None:
    result = self_test(keyring_env, "fake_backends.RefusesWrites")
    assert result.returncode == 0, result.stderr
    assert "refused a test secret: KeyringError" in lines(result)["keyring check"]


@pytest.mark.parametrize(
    "backend", ["keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"]
)
def test_self_test_without_a_keyring_passes(env, backend: str) -> None:
    result = self_test(env, backend)
    assert result.returncode == 0, result.stderr
    found = lines(result)
    assert found["keyring"] == "none"
    assert found["keyring check"] == "none (Mooring will ask for the passphrase)"
    assert "ok" in found


# ----- 9. text direction controls ------------------------------------------------------------


def test_search_output_shows_direction_controls_escaped(env, vault: Path, tmp_path: Path) -> None:
    body = tmp_path / "body.md"
    body.write_text(f"harbour {SPOOF} evening {BIDI}", encoding="utf-8")
    added = mooring(
        env,
        *at(vault, "add", "--title", SPOOF, "--tag", "t\u202eag", "--body-file", str(body)),
        stdin=PASSPHRASE,
    )
    assert added.returncode == 0, added.stderr
    text = mooring(env, *at(vault, "search", "harbour"), stdin=PASSPHRASE)
    assert text.returncode == 0, text.stderr
    [line] = text.stdout.splitlines()
    assert not any(char in line for char in BIDI)
    _date, title, snippet = line.split("\t")
    assert title == "abc<U+202E>fdp.exe"
    assert "abc<U+202E>fdp.exe" in snippet
    as_json = mooring(env, *at(vault, "search", "harbour", "--json"), stdin=PASSPHRASE)
    assert not any(char in as_json.stdout for char in BIDI)  # JSON escapes them
    [hit] = json.loads(as_json.stdout)
    assert hit["title"] == SPOOF  # the stored text is unchanged
    assert hit["tags"] == ["t\u202eag"]
