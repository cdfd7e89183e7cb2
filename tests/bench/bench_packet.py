"""Therapist packet benchmark: a year's packet gathered, laid out, previewed and made
into a PDF. Prints figures; not a test.

Run with the venv's python (offscreen Qt when there is no display)::

    python tests/bench/bench_packet.py [--rounds 3]

The vault (small KDF parameters: unlocking is not what is measured) gets a year of
demo data from every module (``app.platform.demo``), topped up through the modules'
repositories to a check-in every day of the year (365) and 60 entries flagged "bring
to therapy"; the sessions demo gives about 150 sessions a year. The packet covers the
last 365 days with the wizard's default sections.

Timed separately, then together (best and median of ``--rounds``):

- ``build_packet``: every module's packet hook on the vault;
- ``lay_out(preview=True)``: the preview's document, paginated (budget with the
  build: <= 1 s);
- ``lay_out``: the written document, paginated;
- ``packet_pdf``: layout, painting every page and the PDF in memory (budget with
  the build: <= 3 s);

and the peak resident memory while rendering (budget <= 250 MiB): the process's
peak (VmHWM) and its memory before rendering (``/proc/self/statm``).

Then, each in a process of its own (so each peak is its own), the bad-input sizes:
a 5 MB journal entry (about five thousand paragraphs, and once more as one line of
5 MB) and ten years of daily check-ins (a chart of 3,650 points and a table of 3,650
rows), each made into a PDF: time, pages, size and peak memory. ``--year-only``
skips them.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from _shared import PASSPHRASE, load_text, machine_text  # noqa: E402

from app.vault.kdf import KdfParams  # noqa: E402

SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
DAYS = 365
FLAGGED = 60
PDF_BUDGET = 3.0
PREVIEW_BUDGET = 1.0
MEMORY_BUDGET_MIB = 250.0

T = TypeVar("T")


def rss_now_mib() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def rss_peak_mib() -> float:
    """This process's peak resident memory (VmHWM: unlike getrusage's, not carried
    over from the parent), or getrusage's where /proc has none."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fill_vault(connection: Any, today: date) -> dict[str, int]:
    """A year of demo data, then a check-in every day and FLAGGED flagged entries."""
    from app.checkins.model import CheckIn
    from app.checkins.repository import CheckInRepository
    from app.journal.entries import EntryRepository
    from app.platform import demo
    from app.platform.contributions import DemoPlan
    from app.platform.sql import transaction

    demo.fill(connection, DemoPlan(today=today, entries=1000, years=1))
    start = today - timedelta(days=DAYS - 1)
    checkins = CheckInRepository(connection)
    with transaction(connection):
        have = {c.day for c in checkins.between(start, today)}
        for n in range(DAYS):
            day = start + timedelta(days=n)
            if day not in have:
                checkins.save(
                    CheckIn(
                        day=day,
                        mood=3 + n % 6,
                        stress=8 - n % 5,
                        craving=n % 3,
                        hungry=n % 4 == 0,
                        angry=False,
                        lonely=n % 5 == 0,
                        tired=n % 3 == 0,
                        sleep_hours=6.5 + (n % 4) / 2,
                        note="A quieter day." if n % 7 else "",
                    )
                )
    entries = EntryRepository(connection)
    rows = connection.execute(
        "SELECT id, bring_to_therapy FROM entries WHERE deleted_at IS NULL"
        " AND created_day BETWEEN ? AND ? ORDER BY created_utc",
        (start.isoformat(), today.isoformat()),
    ).fetchall()
    flagged = sum(1 for _, flag in rows if flag)
    with transaction(connection):
        for entry_id, flag in rows[:: max(1, len(rows) // FLAGGED)]:
            if flagged >= FLAGGED:
                break
            if not flag:
                entries.set_therapy_flag(int(entry_id), True)
                flagged += 1

    def count(sql: str) -> int:
        return int(connection.execute(sql, (start.isoformat(), today.isoformat())).fetchone()[0])

    return {
        "check-ins": count("SELECT count(*) FROM checkins WHERE day BETWEEN ? AND ?"),
        "sessions": count(
            "SELECT count(*) FROM sessions WHERE deleted_at IS NULL AND start_day BETWEEN ? AND ?"
        ),
        "flagged entries": count(
            "SELECT count(*) FROM entries WHERE deleted_at IS NULL AND bring_to_therapy = 1"
            " AND created_day BETWEEN ? AND ?"
        ),
    }


def with_chart(packet: Any, connection: Any) -> tuple[Any, bool]:
    """The packet; with a check-in chart added when the hooks gave none (so a chart is
    always drawn and measured)."""
    from app.checkins.repository import CheckInRepository
    from app.platform.contributions import Chart, ChartLine

    if any(isinstance(b, Chart) for s in packet.sections for b in s.blocks):
        return packet, False
    checkins = CheckInRepository(connection).between(packet.start, packet.end)
    chart = Chart(
        "Check-ins",
        tuple(
            ChartLine(name, tuple((c.day, float(getattr(c, name.lower()))) for c in checkins))
            for name in ("Mood", "Stress", "Craving")
        ),
    )
    sections = list(packet.sections)
    for i, section in enumerate(sections):
        if section.id == "checkins.summary":
            sections[i] = replace(section, blocks=(chart, *section.blocks))
            return replace(packet, sections=tuple(sections)), True
    return packet, False


def timed(rounds: int, work: Callable[[], T]) -> tuple[list[float], T]:
    times: list[float] = []
    result: Any = None
    for _ in range(rounds):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return times, result


def line(name: str, times: list[float], budget: float | None = None) -> str:
    best, median = min(times), statistics.median(times)
    verdict = ""
    if budget is not None:
        verdict = f"  (budget {budget:.1f} s: {'within' if median <= budget else 'OVER'})"
    return f"  {name:<40} best {best * 1000:8.1f} ms  median {median * 1000:8.1f} ms{verdict}"


def run(root: Path, rounds: int) -> None:
    from PySide6.QtWidgets import QApplication

    from app.exchange.packet import build_packet
    from app.exchange.period import Period
    from app.exchange.sections import DEFAULT_SECTIONS
    from app.exchange.wording import ENGLISH
    from app.platform.contributions import Chart, Paragraph, Table
    from app.vault.vault import Vault
    from ui.exchange.layout import lay_out
    from ui.exchange.pdf import packet_pdf

    app = QApplication.instance() or QApplication(sys.argv[:1])
    today = date.today()
    vault, _code = Vault.create(root, PASSPHRASE, kdf=SMALL_KDF)
    try:
        started = time.perf_counter()
        counts = fill_vault(vault.connection, today)
        print(f"vault filled in {time.perf_counter() - started:.1f} s: {counts}")
        period = Period(today - timedelta(days=DAYS - 1), today)
        connection = vault.connection

        build_times, packet = timed(
            rounds, lambda: build_packet(connection, period, today, DEFAULT_SECTIONS)
        )
        packet, added = with_chart(packet, connection)
        blocks = [b for s in packet.sections for b in s.blocks]
        text_chars = sum(len(b.text) for b in blocks if isinstance(b, Paragraph)) + sum(
            len(cell) for b in blocks if isinstance(b, Table) for row in b.rows for cell in row
        )
        print(
            f"packet: {len(packet.sections)} sections, "
            f"{sum(isinstance(b, Paragraph) for b in blocks)} paragraphs, "
            f"{sum(len(b.rows) for b in blocks if isinstance(b, Table))} table rows, "
            f"{sum(isinstance(b, Chart) for b in blocks)} charts"
            f"{' (one added: the hooks gave none)' if added else ''}, "
            f"{text_chars / 1000:.0f} k characters"
        )
        memory_before = rss_now_mib()
        peak_before = rss_peak_mib()

        def preview() -> int:
            laid = lay_out(packet, ENGLISH, preview=True)
            return int(laid.document.pageCount())

        def written() -> int:
            laid = lay_out(packet, ENGLISH)
            return int(laid.document.pageCount())

        preview_times, pages = timed(rounds, preview)
        layout_times, _ = timed(rounds, written)
        pdf_times, pdf = timed(rounds, lambda: packet_pdf(packet, ENGLISH))

        def together_preview() -> int:
            gathered = build_packet(connection, period, today, DEFAULT_SECTIONS)
            return int(lay_out(gathered, ENGLISH, preview=True).document.pageCount())

        def together_pdf() -> bytes:
            gathered = build_packet(connection, period, today, DEFAULT_SECTIONS)
            return packet_pdf(gathered, ENGLISH)

        preview_total, _ = timed(rounds, together_preview)
        pdf_total, _ = timed(rounds, together_pdf)
        peak = rss_peak_mib()
        print(f"{pages} pages; PDF {len(pdf) / 1024:.0f} KiB")
        print(line("build_packet", build_times))
        print(line("lay_out(preview=True) + pageCount", preview_times))
        print(line("lay_out (written) + pageCount", layout_times))
        print(line("packet_pdf", pdf_times))
        print(line("preview: build_packet + lay_out(preview)", preview_total, PREVIEW_BUDGET))
        print(line("PDF: build_packet + packet_pdf", pdf_total, PDF_BUDGET))
        print(
            f"  memory: {memory_before:.0f} MiB before rendering, peak {peak:.0f} MiB"
            f" (process peak before rendering {peak_before:.0f} MiB; budget"
            f" {MEMORY_BUDGET_MIB:.0f} MiB: {'within' if peak <= MEMORY_BUDGET_MIB else 'OVER'})"
        )
    finally:
        vault.close()
    del app


def large_packet(kind: str) -> Any:
    from app.exchange.document import Packet
    from app.platform.contributions import Chart, ChartLine, PacketSection, Paragraph, Table

    today = date.today()
    if kind == "ten-years":
        days = [today - timedelta(days=n) for n in range(3649, -1, -1)]
        blocks: tuple[Any, ...] = (
            Chart("Mood", (ChartLine("Mood", tuple((d, float(d.day % 11)) for d in days)),)),
            Table(
                ("Date", "Mood", "Note"),
                tuple((d.isoformat(), str(d.day % 11), "A quieter day.") for d in days),
            ),
        )
        return Packet(
            days[0], today, today, (PacketSection("checkins.summary", "Check-ins", blocks),)
        )
    sentence = "I sat by the window and wrote about the week and how it went. "
    if kind == "five-mb-line":
        text = sentence * (5_000_000 // len(sentence))
        paragraphs: tuple[Any, ...] = (Paragraph(text, "entry-1"),)
    else:
        count = 5_000_000 // (len(sentence) * 16 + 2)
        paragraphs = tuple(Paragraph(sentence * 16, "entry-1") for _ in range(count))
    return Packet(
        today - timedelta(days=13),
        today,
        today,
        (PacketSection("journal.flagged", "Entries to bring", paragraphs),),
    )


def run_large(kind: str) -> None:
    from PySide6.QtWidgets import QApplication

    from app.exchange.wording import ENGLISH
    from ui.exchange.pdf import packet_pdf

    app = QApplication.instance() or QApplication(sys.argv[:1])
    packet = large_packet(kind)
    before = rss_peak_mib()
    started = time.perf_counter()
    data = packet_pdf(packet, ENGLISH)
    took = time.perf_counter() - started
    pages = data.count(b"/Type /Page\n")
    print(
        f"  {kind:<14} PDF in {took:6.1f} s: {pages} pages, {len(data) / 2**20:.1f} MiB;"
        f" peak memory {rss_peak_mib():.0f} MiB (before {before:.0f} MiB)"
    )
    del app


LARGE = ("five-mb", "five-mb-line", "ten-years")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--year-only", action="store_true")
    parser.add_argument("--large", choices=LARGE, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.large:
        run_large(args.large)
        return
    print(machine_text())
    print(load_text())
    with tempfile.TemporaryDirectory(prefix="mooring-bench-packet-") as tmp:
        run(Path(tmp), args.rounds)
    if args.year_only:
        return
    print("bad-input sizes (each in its own process):")
    for kind in LARGE:
        subprocess.run([sys.executable, __file__, "--large", kind], check=True)


if __name__ == "__main__":
    main()
