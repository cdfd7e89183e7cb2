"""Argon2id key derivation for wrapping the data key."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

KEY_BYTES = 32
SALT_BYTES = 16

# Bounds accepted from a key file. The upper bounds sit near the production values
# (at most twice PRODUCTION_KDF's memory and passes), so a tampered key file cannot
# make one unlock take seconds and gigabytes; a test checks PRODUCTION_KDF stays
# inside them. The lower bounds are Argon2's own: the parameters are bound into each
# wrap's authenticated data, so lowering them in the file breaks the wrap rather than
# weakening it, and the fast test parameters must stay readable.
_MAX_MEMORY_KIB = 128 * 1024
_MAX_ITERATIONS = 16
_MAX_LANES = 8


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters; stored beside every wrapped key."""

    memory_kib: int
    iterations: int
    lanes: int

    def to_json(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: Any) -> KdfParams:
        """Parse parameters from a key file; raises ValueError when out of bounds."""
        if not isinstance(raw, dict):
            raise ValueError("kdf parameters are not an object")
        values = {}
        for name in ("memory_kib", "iterations", "lanes"):
            value = raw.get(name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError(f"kdf parameter {name} is not an integer")
            values[name] = value
        params = cls(**values)
        params.validate()
        return params

    def validate(self) -> None:
        if not 1 <= self.lanes <= _MAX_LANES:
            raise ValueError("kdf lanes out of range")
        if not 1 <= self.iterations <= _MAX_ITERATIONS:
            raise ValueError("kdf iterations out of range")
        # Argon2 needs at least 8 KiB per lane.
        if not 8 * self.lanes <= self.memory_kib <= _MAX_MEMORY_KIB:
            raise ValueError("kdf memory out of range")


# Tuned on the project's 2-core Linux machine so one derivation takes about 0.5-0.6 s
# (see docs/PERFORMANCE.md). 64 MiB rather than more: the KDF's working memory counts
# towards the app's 200 MiB peak-memory budget; the passes make up the time. Well above
# OWASP's floor (19 MiB, 2 iterations).
PRODUCTION_KDF = KdfParams(memory_kib=64 * 1024, iterations=8, lanes=4)
OWASP_FLOOR = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 32-byte wrapping key from ``secret`` with Argon2id."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    params.validate()
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)
