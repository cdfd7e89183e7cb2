"""Constants and small fakes shared by the GUI tests (imported by name, not a fixture)."""

from __future__ import annotations

from app.vault.kdf import KdfParams

SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "quiet harbour morning tea"
NEW_PASSPHRASE = "green kite over the hill"
SECRET_TEXT = "the words I wrote tonight"


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
