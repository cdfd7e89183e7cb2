"""The ``mooring`` entry point: sub-commands run without a window; start-up stays light."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from ui_fixtures import PASSPHRASE

from ui.entry import main
from ui.shell.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[2]


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.usefixtures("existing_vault")
def test_subcommand_runs_without_creating_an_application(data_dir: Path, tmp_path: Path) -> None:
    secrets = tmp_path / "secrets.txt"
    secrets.write_text(PASSPHRASE + "\n", encoding="utf-8")
    result = run_python(
        "import sys\n"
        "from ui.entry import main\n"
        "code = main(sys.argv[1:])\n"
        "loaded = sorted(m for m in ('PySide6.QtGui', 'PySide6.QtWidgets') if m in sys.modules)\n"
        "print('loaded:', ','.join(loaded))\n"
        "sys.exit(code)\n",
        "check",
        "--data-dir",
        str(data_dir),
        "--passphrase-file",
        str(secrets),
    )
    assert result.returncode == 0, result.stderr
    assert "loaded: \n" in result.stdout


@pytest.mark.usefixtures("existing_vault")
def test_subcommand_refuses_while_the_window_holds_the_folder(
    qapp: object, data_dir: Path, tmp_path: Path
) -> None:
    from app.cli import exit_codes
    from app.vault.layout import VaultPaths

    secrets = tmp_path / "secrets.txt"
    secrets.write_text(PASSPHRASE + "\n", encoding="utf-8")
    paths = VaultPaths.for_dir(data_dir)
    window_lock = SingleInstance(paths.root, paths.lock_file)
    assert window_lock.acquire()
    try:
        code = main(["check", "--data-dir", str(data_dir), "--passphrase-file", str(secrets)])
    finally:
        window_lock.release()
    assert code == exit_codes.BUSY


def test_bad_usage_is_one_line_and_exit_code_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-such-option"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("mooring:")


@pytest.mark.usefixtures("existing_vault")
def test_lock_screen_start_does_not_load_the_database_engine(
    data_dir: Path, config_dir: Path
) -> None:
    result = run_python(
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ui.shell.application import build_shell\n"
        "shell = build_shell(sys.argv[1], sys.argv[2], synchronous=True, watch_system_lock=False)\n"
        "shell.window.start(); shell.window.show(); app.processEvents()\n"
        "assert shell.window.current_screen() == 'unlock'\n"
        # What the threaded start does on the UI thread as the lock screen shows: the
        # module packages register (the feature modules themselves come at unlock).
        "from ui.shell import navigation\n"
        "navigation.load_module_packages()\n"
        "heavy = ('sqlcipher3', 'cryptography', 'keyring', 'PySide6.QtPrintSupport',"
        " 'ui.shell.settings_dialog', 'app.platform.module', 'app.platform.contributions',"
        " 'app.content.records', 'json', 'ui.common.focus_ring')\n"
        "print('heavy:', ','.join(m for m in heavy if m in sys.modules))\n"
        "shell.window.close(); shell.tasks.shutdown()\n",
        str(data_dir),
        str(config_dir),
    )
    assert result.returncode == 0, result.stderr
    assert "heavy: \n" in result.stdout
