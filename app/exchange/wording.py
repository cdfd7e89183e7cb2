"""How a packet's fixed words and dates are written out: translated in the window,
English on the command line (scripts and therapists' tools read it as it is).

Renderers take a :class:`Wording` (``app/platform/wording.py``, where the modules' packet
hooks get it too) rather than calling ``tr()`` themselves, so ``app/`` stays free of
Qt and the same renderer serves both.
"""

from __future__ import annotations

from app.platform.wording import ENGLISH, Wording, iso_day, message

__all__ = ["ENGLISH", "NOTHING", "SUMMARY_TITLE", "TITLE", "Wording", "iso_day"]

# The packet's own headings (section titles come from the modules).
TITLE = message("Notes for my therapist")
SUMMARY_TITLE = message("Summary")
NOTHING = message("Nothing was recorded in this period.")
