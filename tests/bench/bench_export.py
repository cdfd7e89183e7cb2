"""Full-export benchmark on the 100,000-entry demo vault. Prints figures; not a test.

Run with the venv's python::

    python tests/bench/bench_export.py [--entries 100000] [--markdown] [--import]

The cached demo vault (``$MOORING_BENCH_VAULTS/timeline-N``, made by
bench_timeline.py when missing) is copied first and never changed. Measured:

- JSON export (``app.exchange.export_json``) of the whole vault: seconds, file size,
  records, and this process's peak RSS (budget: 15 s, 250 MiB);
- with ``--markdown``: the Markdown folder export, seconds and files;
- with ``--import``: the JSON read back into a new empty vault (summary, then the
  import), seconds and peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from _shared import PASSPHRASE, load_text, machine_text  # noqa: E402
from bench_timeline import timeline_vault  # noqa: E402


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--import", dest="do_import", action="store_true")
    args = parser.parse_args()

    from app.exchange.export_json import export_json
    from app.exchange.export_markdown import export_markdown
    from app.exchange.import_mooring import import_mooring, read_summary
    from app.vault.kdf import KdfParams
    from app.vault.vault import Vault

    print(machine_text())
    print(load_text())
    source = timeline_vault(args.entries)
    with tempfile.TemporaryDirectory(prefix="mooring-bench-export-") as scratch:
        work = Path(scratch)
        root = work / "vault"
        root.mkdir()
        for name in ("mooring.db", "mooring.key"):
            shutil.copy2(source / name, root / name)
        vault = Vault.unlock(root, PASSPHRASE)
        try:
            before = peak_mib()
            path = work / "export.json"
            started = time.perf_counter()
            summary = export_json(vault.connection, path)
            took = time.perf_counter() - started
            print(
                f"JSON export: {took:.2f} s, {summary.total:,} records"
                f" ({summary.records.get('journal', 0):,} entries),"
                f" {path.stat().st_size / 1024**2:.0f} MiB file;"
                f" peak RSS {peak_mib():.0f} MiB (before export {before:.0f} MiB)"
                " [budget 15 s, 250 MiB]"
            )
            if args.markdown:
                started = time.perf_counter()
                folder = export_markdown(vault.connection, work / "markdown")
                print(
                    f"Markdown export: {time.perf_counter() - started:.2f} s,"
                    f" {folder.files:,} files; peak RSS {peak_mib():.0f} MiB"
                )
        finally:
            vault.close()
        if args.do_import:
            small = KdfParams(memory_kib=1024, iterations=1, lanes=1)
            target, _code = Vault.create(work / "target", PASSPHRASE, kdf=small)
            try:
                started = time.perf_counter()
                found = read_summary(target.connection, path)
                middle = time.perf_counter()
                done = import_mooring(target.connection, path, expected=found.in_file)
                ended = time.perf_counter()
                print(
                    f"import: summary {middle - started:.2f} s, import {ended - middle:.2f} s,"
                    f" {done.added:,} records added; peak RSS {peak_mib():.0f} MiB"
                )
            finally:
                target.close()


if __name__ == "__main__":
    main()
