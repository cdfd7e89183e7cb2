"""The therapist packet as a new user makes it, in the real window over a real vault.

One run of the real ``mooring`` under Xvfb, driven with the keyboard only (the
sections list, Tab, Space, mnemonics and the preview's own keys), over a demo vault
(a year of check-ins, sessions, boundaries...) with two entries of the person's own
flagged "bring to therapy" and one not flagged:

- "For my therapist": the last two weeks, with the usual sections but the four after
  the journal's entries unticked (so the entries end the packet);
- the preview: Ctrl+End, Shift+Home selects the last sentence of the last entry and
  Ctrl+B blacks it out; three lines up is the other entry, and Delete leaves it out;
- a PDF through the real (Qt) save dialog, after the warning that it is not encrypted.

The PDF read back with ``pdftotext``: the left-out entry and the blacked-out sentence
are gone, the rest of that entry, the check-ins with their chart, the sessions and the
summary are there. Its pages are turned into images (``pdftoppm``) beside the
screenshots, to be looked at. Nothing else was written outside the vault, and the
made-up words reach no window title, no output and no other file.

Screenshots land in the test's ``shots`` folder and, at the end, in
/tmp/walkthrough-packet/ (``MOORING_WALKTHROUGH`` moves it; empty turns it off).
``MOORING_PACKET_THEME=dark`` runs the walk in the dark theme.
"""

from __future__ import annotations

import os
import subprocess
import time
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from walkthrough import SECTIONS, assert_no_word_in_window_titles
from walkthrough import Walk as BaseWalk
from xdriver import files_containing, run_cli, visible_windows, wait_until, xdotool

from app.exchange.document import REDACTED

pytestmark = pytest.mark.e2e

PASSPHRASE = "quiet harbour morning packet"
WALKTHROUGH = os.environ.get("MOORING_WALKTHROUGH", "/tmp/walkthrough-packet")
THEME = os.environ.get("MOORING_PACKET_THEME", "light")
TODAY = date.today()

# The entry left out, whole.
LEFT_OUT = ("Kelpwick evening", ["The kelpwick lamp burned late.", "I said nothing to Orrinmoor."])
# The entry kept, its last sentence blacked out.
KEPT = (
    "After group",
    ["Lighthouse mornings are kept.", "Emberquay knows about the money."],
)
# Not flagged: never in the packet.
PRIVATE = ("Just for me", ["Tidewrack is nobody's business."])
SECRET_WORDS = ["kelpwick", "orrinmoor", "emberquay", "tidewrack"]
KEPT_WORDS = "Lighthouse mornings are kept."


class Walk(BaseWalk):
    def __init__(self, root: Path) -> None:
        super().__init__(root, PASSPHRASE, WALKTHROUGH)
        self.exports = self.folders["home"] / "Documents"
        self.exports.mkdir()
        self.pdf = self.exports / "for-thursday.pdf"


@pytest.fixture
def walk(tmp_path: Path) -> Walk:
    return Walk(tmp_path)


def _add_entry(walk: Walk, name: str, entry: tuple[str, list[str]], at: str, flag: bool) -> None:
    body = walk.folders["inputs"] / f"{name}.md"
    body.write_text("\n\n".join(entry[1]) + "\n")
    args = ["add", "--data-dir", str(walk.data), "--title", entry[0], "--body-file", str(body)]
    args += ["--date", f"{TODAY.isoformat()}T{at}"]
    if flag:
        args.append("--bring-to-therapy")
    added = run_cli(walk.env, walk.passphrase_file, *args)
    assert added.returncode == 0, added.stderr
    body.unlink()


def _listing(*folders: Path) -> dict[str, int]:
    return {
        str(p): p.stat().st_size for folder in folders for p in folder.rglob("*") if p.is_file()
    }


def test_a_new_user_makes_a_two_week_packet_leaves_out_and_blacks_out(walk: Walk) -> None:
    from app import settings as schema
    from ui.shell.settings_store import SettingsStore

    started = time.monotonic()
    walk.create_vault()
    demo = run_cli(
        walk.env, walk.passphrase_file, "demo", "--entries", "150", "--data-dir", str(walk.data)
    )
    assert demo.returncode == 0, demo.stderr
    # The person's own entries, the last of the day (after any demo entry of today).
    _add_entry(walk, "private", PRIVATE, "23:57", flag=False)
    _add_entry(walk, "left-out", LEFT_OUT, "23:58", flag=True)
    _add_entry(walk, "kept", KEPT, "23:59", flag=True)
    SettingsStore(walk.folders["config"]).set(schema.APPEARANCE, THEME)

    before = _listing(walk.folders["home"], walk.folders["tmp"], walk.folders["config"])
    _, output = walk.run_window(
        lambda: _use_the_window(walk), before_copying=lambda: _pages_as_images(walk)
    )

    # ----- the file: what was chosen is gone, the rest is there ----------------------
    text = _pdf_text(walk.pdf)
    for word in SECRET_WORDS:
        assert word not in text.lower(), word
    assert KEPT_WORDS in text
    assert REDACTED in text
    assert "Notes for my therapist" in text
    assert "Summary" in text and "Check-ins and trends" in text
    assert "Mood, stress and craving by day" in text  # the chart's title (drawn as lines)
    assert "Sessions and takeaways" in text
    assert "Entries to bring" in text
    for unticked in ("Boundaries", "Inviting my partner", "Exercises to bring"):
        assert f"\n{unticked}\n" not in _pdf_text(walk.pdf, squeeze=False), unticked
    assert "Page 1 of" in text

    # ----- nothing else left the vault -----------------------------------------------
    after = _listing(walk.folders["home"], walk.folders["tmp"], walk.folders["config"])
    new = sorted(set(after) - set(before))
    assert str(walk.pdf) in new
    others = [p for p in new if p != str(walk.pdf) and "QtProject" not in p]
    assert others == [], others
    # Qt's own file dialog settings keep no trace of where the file went.
    for path in (p for p in after if "QtProject" in p):
        settings = Path(path).read_text(errors="replace")
        assert "Documents" not in settings and "for-thursday" not in settings, settings
    for name in ("config", "tmp", "home"):
        assert files_containing(walk.folders[name], SECRET_WORDS) == [], name
    for word in SECRET_WORDS:
        assert word not in output.lower(), word
    print(f"packet window test: {time.monotonic() - started:.1f} s")


def _use_the_window(walk: Walk) -> None:
    walk.settle("the lock screen")
    walk.unlock()
    xdotool("windowsize", walk.window.id, "1280", "800")
    walk.settle("the bigger window")
    # Past the ninth section: Ctrl+1 puts the keyboard in the first page, F6 moves it
    # to the sections list, Home and Down to "For my therapist", F6 into its page.
    row = SECTIONS.index("exchange")
    walk.keys("ctrl+1", "F6", "Home", *["Down"] * row, "F6", what="the packet page")
    walk.shot("packet-first-step")

    # Step 1: the last two weeks (Alt+T; Tab then skips the other periods and the
    # custom days, which are off) and the four sections after the entries unticked:
    # Tab to "Summary", eight more to "Boundaries".
    walk.keys("alt+t", "Tab", *["Tab"] * 8, "space", what="boundaries unticked")
    walk.keys("Tab", "space", "Tab", "space", what="invitations, my partner unticked")
    walk.keys("Tab", "Tab", "space", what="exercises unticked (reflection was)")
    walk.shot("packet-chosen")
    walk.keys("alt+l", what="the notes gathered")

    # Step 2: the preview has the keyboard.
    walk.shot("packet-preview-top")
    walk.keys("ctrl+End", "shift+Home", what="the last sentence selected")
    walk.keys("ctrl+b", what="the sentence blacked out")
    walk.keys("Up", "Up", "Up", what="the other entry")
    walk.keys("Delete", what="the other entry left out")
    walk.shot("packet-preview-choices")
    assert_no_word_in_window_titles(SECRET_WORDS)

    # "See the pages": the print preview, then closed.
    walk.keys("alt+p", what="the pages")
    pages = walk.dialog("The pages as they will come out")
    walk.shot("packet-pages")
    pages.key("Escape")
    walk.closed("The pages as they will come out")

    # Step 3: a PDF (the first choice), the warning, the save dialog.
    walk.keys("alt+n", what="save or print")
    walk.shot("packet-output-warning")
    walk.keys("alt+s", what="the save dialog")
    chooser = walk.dialog("Save the notes")
    chooser.key("ctrl+a")
    chooser.type(str(walk.pdf), delay_ms=5)
    walk.settle("the typed path")
    walk.shot("packet-save-dialog")
    chooser.key("Return")
    wait_until(lambda: not visible_windows("Save the notes"), "the save dialog to close")
    walk.wait_for(
        lambda: walk.pdf.exists() and walk.pdf.read_bytes().rstrip().endswith(b"%%EOF"),
        "the PDF",
        timeout=60,
    )
    walk.shot("packet-saved")
    assert_no_word_in_window_titles(SECRET_WORDS)
    walk.lock()
    walk.shot("locked")


def _pdf_text(path: Path, squeeze: bool = True) -> str:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    text = unicodedata.normalize("NFKC", text)  # the font's "fi" ligature as two letters
    return " ".join(text.split()) if squeeze else text


def _pages_as_images(walk: Walk) -> None:
    """The PDF's pages as PNG images beside the screenshots, to be looked at."""
    if not walk.pdf.exists():
        return
    prefix = walk.shots / "pdf-page"
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", str(walk.pdf), str(prefix)], check=False, timeout=120
    )
    walk.taken.extend(sorted(walk.shots.glob("pdf-page*.png")))
