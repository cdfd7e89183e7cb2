"""What the vault-safety checks cost: proving a write-ahead log is ours, checking every
page of the database file, and the open itself, at 1,000 and 100,000 entries.

Prints figures (not a timed test). Run: ./dev.sh bench, or this file alone.
The 100,000-entry vault takes about a minute to fill; MOORING_BENCH_BIG=0 skips it.
"""

from __future__ import annotations

import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import PASSPHRASE, load_text, machine_text, ms

from app.journal import demo
from app.vault import wal_guard
from app.vault.kdf import KdfParams
from app.vault.layout import VaultPaths
from app.vault.vault import Vault, file_integrity_problems, unwrap_with_passphrase

FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)  # the KDF is measured elsewhere
RUNS = 7

_WRITER = r"""
import os, signal, sys
sys.path.insert(0, sys.argv[1])
from app.journal.entries import EntryRepository
from app.vault.vault import Vault
vault = Vault.unlock(sys.argv[2], sys.argv[3])
vault.start_new_log()
repo = EntryRepository(vault.connection)
for number in range(int(sys.argv[4])):
    repo.create(title=f"bench {number}", body="words " * 400)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _median(fn: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _make(root: Path, entries: int) -> None:
    vault, _code = Vault.create(root, PASSPHRASE, kdf=FAST_KDF)
    demo.generate(vault.connection, entries)
    vault.close()


def _leave_log(root: Path, entries: int) -> int:
    subprocess.run(
        [
            sys.executable,
            "-c",
            _WRITER,
            str(Path(__file__).resolve().parents[2]),
            str(root),
            PASSPHRASE,
            str(entries),
        ],
        check=False,
        timeout=600,
    )
    return (root / "mooring.db-wal").stat().st_size


def measure(root: Path, label: str) -> None:
    paths = VaultPaths.for_dir(root)
    key = unwrap_with_passphrase(paths, PASSPHRASE)
    size = paths.database.stat().st_size
    print(f"{label}: database {size / 2**20:.0f} MiB")

    def open_close() -> None:
        Vault.open_with_key(root, key).close()

    print(f"  open and close, no log beside it (beyond the KDF): {ms(_median(open_close))}")
    vault = Vault.open_with_key(root, key)
    try:
        print(
            "  every page checked (cipher_integrity_check, the window's check after unlock,"
            f" and before add/demo): {ms(_median(lambda: file_integrity_problems(vault.connection), 3))}"
        )
    finally:
        vault.close()
    for writes in (50, 500):
        work = root.parent / f"{root.name}-log{writes}"
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(root, work)
        log_bytes = _leave_log(work, writes)
        work_paths = VaultPaths.for_dir(work)
        elapsed = _median(lambda p=work_paths: wal_guard.inspect(p, key))
        frames = (log_bytes - 32) // (24 + 4096)
        print(
            f"  proving a log of {frames} frames ({log_bytes / 2**20:.1f} MiB) is ours: "
            f"{ms(elapsed)}"
        )
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    print(machine_text())
    print(load_text())
    with tempfile.TemporaryDirectory(prefix="mooring-bench-safety-") as temp:
        small = Path(temp) / "v1k"
        _make(small, 1000)
        measure(small, "1,000 entries")
        if os.environ.get("MOORING_BENCH_BIG", "1") != "0":
            big = Path(temp) / "v100k"
            _make(big, 100_000)
            measure(big, "100,000 entries")
    print(load_text())


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    main()
