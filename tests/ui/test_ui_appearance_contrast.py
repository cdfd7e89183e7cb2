"""High contrast follows the system where Qt reports it (issue 15).

Qt 6.10+ reads the desktop's contrast preference (``QAccessibilityHints``) from the
XDG desktop portal's Settings (``org.freedesktop.appearance`` ``contrast``) and says
when it changes. Nothing in Qt lets a test set that preference, so the test stands in
for the one true boundary, the desktop: a small portal on a private D-Bus session bus
(written with GLib, run by the system Python), answering what GNOME's would. Qt is
real (its ``xdgdesktopportal`` platform theme reads the portal and emits
``contrastPreferenceChanged``), and so is Mooring's side (``apply_appearance`` and the
design system's themes), in a separate Qt process, because the platform theme is
chosen once when a QApplication starts and this test process already has one.

The steps: the system prefers dark and asks for high contrast -> "system" shows the
contrast theme (contrast wins over dark); the preference is turned off while running ->
the dark theme, without anything re-applied by hand; a theme the person chose
("light") stays when the system asks for high contrast again; "system" chosen again ->
the contrast theme.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from ui.common.design import THEMES

SYSTEM_PYTHON = os.environ.get("MOORING_ATSPI_PYTHON", "/usr/bin/python3")
ROOT = Path(__file__).resolve().parents[2]

# The desktop's side: org.freedesktop.portal.Settings with the two appearance keys Qt
# reads. Each line on its standard input ("contrast 0") changes a key and sends
# SettingChanged, as the real portal does when the person flips the switch.
PORTAL = r'''
import sys
from gi.repository import Gio, GLib

XML = """<node><interface name="org.freedesktop.portal.Settings">
<method name="ReadAll"><arg type="as" direction="in"/>
  <arg type="a{sa{sv}}" direction="out"/></method>
<method name="Read"><arg type="s" direction="in"/><arg type="s" direction="in"/>
  <arg type="v" direction="out"/></method>
<method name="ReadOne"><arg type="s" direction="in"/><arg type="s" direction="in"/>
  <arg type="v" direction="out"/></method>
<signal name="SettingChanged"><arg type="s"/><arg type="s"/><arg type="v"/></signal>
<property name="version" type="u" access="read"/>
</interface></node>"""
NS = "org.freedesktop.appearance"
PATH = "/org/freedesktop/portal/desktop"
state = {"color-scheme": int(sys.argv[1]), "contrast": int(sys.argv[2])}
connection = None

def call(conn, sender, path, iface, method, params, invocation):
    if method == "ReadAll":
        wanted = params.unpack()[0]
        found = {}
        if not wanted or NS in wanted:
            found[NS] = {k: GLib.Variant("u", v) for k, v in state.items()}
        invocation.return_value(GLib.Variant("(a{sa{sv}})", (found,)))
        return
    ns, key = params.unpack()
    if ns != NS or key not in state:
        invocation.return_dbus_error("org.freedesktop.portal.Error.NotFound", key)
        return
    value = GLib.Variant("u", state[key])
    # Read (version 1) wraps the value in one more variant; ReadOne does not.
    invocation.return_value(
        GLib.Variant("(v)", (GLib.Variant("v", value) if method == "Read" else value,))
    )

def get_property(conn, sender, path, iface, name):
    return GLib.Variant("u", 2)

def line(channel, condition):
    text = sys.stdin.readline()
    if not text:
        loop.quit()
        return False
    key, value = text.split()
    state[key] = int(value)
    connection.emit_signal(None, PATH, "org.freedesktop.portal.Settings", "SettingChanged",
        GLib.Variant("(ssv)", (NS, key, GLib.Variant("u", state[key]))))
    connection.flush_sync(None)
    print("sent", key, value, flush=True)
    return True

def acquired(conn, name):
    global connection
    connection = conn
    node = Gio.DBusNodeInfo.new_for_xml(XML)
    conn.register_object(PATH, node.interfaces[0], call, get_property, None)
    GLib.io_add_watch(GLib.IOChannel.unix_new(sys.stdin.fileno()), GLib.IO_IN | GLib.IO_HUP, line)
    print("ready", flush=True)

loop = GLib.MainLoop()
Gio.bus_own_name(Gio.BusType.SESSION, "org.freedesktop.portal.Desktop", 0, acquired, None, None)
loop.run()
'''

# Mooring's side, in its own Qt process: the appearance setting applied as the shell
# applies it, then a report (one JSON line) after each change the system announces.
APP = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.common import theme
from ui.shell.appearance import apply_appearance

app = QApplication(sys.argv[:1])
hints = app.styleHints()
access = hints.accessibility()

def report(step):
    print(json.dumps({
        "step": step,
        "contrast_preference": access.contrastPreference().name,
        "theme": theme.current_name(),
        "window": app.palette().window().color().name(),
    }), flush=True)

apply_appearance("system")
report("start")
seen = []

def changed(*_):
    # Connected after apply_appearance's own listener, so this sees its result.
    seen.append(1)
    report(f"system changed {len(seen)}")
    if len(seen) == 1:
        apply_appearance("light")
        report("chose light")
    elif len(seen) == 2:
        apply_appearance("system")
        report("chose system")
        app.quit()

access.contrastPreferenceChanged.connect(changed)
QTimer.singleShot(20000, lambda: (report("timed out"), app.exit(3)))
sys.exit(app.exec())
"""


def _gi_missing() -> str | None:
    if not shutil.which("dbus-daemon"):
        return "dbus-daemon is not installed"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} does not exist"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "from gi.repository import Gio, GLib"],
        capture_output=True,
        timeout=30,
        check=False,
    )
    if probe.returncode != 0:
        return f"{SYSTEM_PYTHON} has no GLib bindings (Debian/Ubuntu: python3-gi)"
    return None


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[str]:
    """A private D-Bus session bus; its address."""
    missing = _gi_missing()
    if missing:
        pytest.skip(f"no stand-in desktop portal here: {missing}")
    daemon = subprocess.Popen(
        [
            "dbus-daemon",
            "--session",
            "--nofork",
            "--nopidfile",
            "--print-address=1",
            f"--address=unix:path={tmp_path / 'bus'}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    daemon.stdout.close()
    assert address.startswith("unix:"), address
    try:
        yield address
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(daemon.pid, signal.SIGTERM)
        daemon.wait(timeout=30)


def _line(stream: IO[str] | None, what: str) -> str:
    assert stream is not None
    text = stream.readline()
    assert text, f"no answer from {what}"
    return text


def test_system_high_contrast_gives_the_contrast_theme_and_a_change_reapplies(
    tmp_path: Path, session_bus: str
) -> None:
    env = dict(
        os.environ,
        DBUS_SESSION_BUS_ADDRESS=session_bus,
        QT_QPA_PLATFORM="offscreen",
        QT_QPA_PLATFORMTHEME="xdgdesktopportal",
        PYTHONPATH=str(ROOT),
    )
    (tmp_path / "portal.py").write_text(PORTAL)
    (tmp_path / "app.py").write_text(APP)
    # The desktop prefers dark (color-scheme 1) and asks for high contrast (1).
    portal = subprocess.Popen(
        [SYSTEM_PYTHON, str(tmp_path / "portal.py"), "1", "1"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    app = None
    try:
        assert _line(portal.stdout, "the portal").strip() == "ready"
        app = subprocess.Popen(
            [sys.executable, str(tmp_path / "app.py")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        steps = [json.loads(_line(app.stdout, "the app"))]

        def flip(value: int) -> None:
            assert portal.stdin is not None
            portal.stdin.write(f"contrast {value}\n")
            portal.stdin.flush()
            assert _line(portal.stdout, "the portal").split() == ["sent", "contrast", str(value)]
            steps.extend(json.loads(_line(app.stdout, "the app")) for _ in range(2))

        flip(0)  # the person turns high contrast off in the desktop's settings
        flip(1)  # and on again, while "light" is chosen in Mooring
        assert app.wait(timeout=30) == 0, app.stderr.read() if app.stderr else ""
    finally:
        for process in (app, portal):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait(timeout=30)
        for process in (app, portal):
            if process is not None:
                for stream in (process.stdin, process.stdout, process.stderr):
                    if stream is not None:
                        stream.close()

    contrast, dark, light = (THEMES[n].window for n in ("contrast", "dark", "light"))
    seen = [(s["step"], s["contrast_preference"], s["theme"], s["window"]) for s in steps]
    assert seen == [
        ("start", "HighContrast", "contrast", contrast),
        ("system changed 1", "NoPreference", "dark", dark),
        ("chose light", "NoPreference", "light", light),
        ("system changed 2", "HighContrast", "light", light),
        ("chose system", "HighContrast", "contrast", contrast),
    ], json.dumps(steps, indent=1)
