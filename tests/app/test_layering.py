"""The dependency rule: app/ never imports Qt (PySide6, shiboken6) or ui/.

Two independent checks: a static scan of every file's imports (catches code paths no
test runs), and a real import of every app module in a fresh interpreter (catches an
indirect import through a third-party package).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
APP_DIR = REPO_ROOT / "app"
FORBIDDEN = ("PySide6", "shiboken6", "ui")


def _is_forbidden(module: str) -> bool:
    top = module.split(".", 1)[0]
    return top in FORBIDDEN


def _dynamic_import_target(call: ast.Call) -> str | None:
    """The module named by ``importlib.import_module("x")`` or ``__import__("x")``."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name not in ("import_module", "__import__"):
        return None
    if call.args and isinstance(call.args[0], ast.Constant):
        value = call.args[0].value
        return value if isinstance(value, str) else None
    return None


def forbidden_imports(source: str, filename: str = "<source>") -> list[str]:
    """Each forbidden import in ``source`` as ``"line N: module"``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        elif isinstance(node, ast.Call):
            target = _dynamic_import_target(node)
            modules = [target] if target else []
        found += [f"line {node.lineno}: {m}" for m in modules if _is_forbidden(m)]
    return found


def _app_files() -> list[Path]:
    return sorted(p for p in APP_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "import PySide6.QtCore as qc",
        "from PySide6.QtWidgets import QWidget",
        "import shiboken6",
        "import ui",
        "from ui.shell import main_window",
        "import os, ui.common",
        "def f():\n    from PySide6 import QtGui",
        "import importlib\nimportlib.import_module('PySide6.QtCore')",
        "from importlib import import_module\nimport_module('ui.entry')",
        "__import__('shiboken6')",
    ],
)
def test_scanner_catches_every_form_of_forbidden_import(source: str) -> None:
    assert forbidden_imports(source)


@pytest.mark.parametrize(
    "source",
    [
        "import app.vault",
        "from app import settings",
        "import uuid, urllib.parse",
        "from . import ui",  # app.ui would be an app module, not the ui package
        "import_module('app.journal')",
        "text = 'PySide6 is used by the ui package'",
    ],
)
def test_scanner_allows_ordinary_imports(source: str) -> None:
    assert forbidden_imports(source) == []


def test_no_app_file_imports_qt_or_ui() -> None:
    files = _app_files()
    assert APP_DIR / "settings.py" in files
    violations = [
        f"{path.relative_to(REPO_ROOT)} {hit}"
        for path in files
        for hit in forbidden_imports(path.read_text(encoding="utf-8"), str(path))
    ]
    assert violations == [], "app/ must not import Qt or ui/:\n" + "\n".join(violations)


def test_importing_every_app_module_loads_no_qt() -> None:
    # __main__ modules run a program when imported, so they are only scanned above.
    modules = [_module_name(p) for p in _app_files() if p.stem != "__main__"]
    script = textwrap.dedent(
        """
        import importlib, json, sys
        for name in json.loads(sys.argv[1]):
            importlib.import_module(name)
        loaded = sorted(
            m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui")
        )
        print(json.dumps({"imported": sorted(m for m in sys.modules if m.startswith("app")),
                          "forbidden": loaded}))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, json.dumps(modules)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(modules) <= set(report["imported"])
    assert report["forbidden"] == []


# The suite's other structural rule (tests/conftest.py): no test reaches the real home
# folder or the real keyring. Checked here so a broken fixture cannot pass unnoticed.
def test_every_test_gets_private_folders_and_a_fake_keyring(
    tmp_path: Path, isolated_root: Path, data_dir: Path, config_dir: Path, fake_keyring: object
) -> None:
    import os
    import tempfile

    import keyring

    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "TMPDIR", "MOORING_DATA_DIR"):
        assert Path(os.environ[name]).is_relative_to(isolated_root), name
    assert Path(os.environ["MOORING_DATA_DIR"]) == data_dir
    assert Path(os.environ["MOORING_CONFIG_DIR"]) == config_dir
    assert Path(tempfile.gettempdir()).is_relative_to(isolated_root)
    assert Path.home().is_relative_to(isolated_root)
    assert list(tmp_path.iterdir()) == []  # the test's own folder is left empty

    assert keyring.get_keyring() is fake_keyring
    keyring.set_password("mooring-test", "user", "secret")
    assert keyring.get_password("mooring-test", "user") == "secret"
    keyring.delete_password("mooring-test", "user")
    assert keyring.get_password("mooring-test", "user") is None
