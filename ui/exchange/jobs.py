"""The packet wizard's work on the database worker (docs/ARCHITECTURE.md, "Threads"):
the day of the last session, gathering the packet, and making and writing a file.

Each function returns a job for ``Session.submit``; it runs on the worker and its
result comes back on the window's thread. A file is made whole in memory and then
written only by :func:`app.exchange.output.write_file` (no temporary file anywhere).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.exchange.document import Packet
from app.exchange.packet import BuildCancelled, build_packet
from app.exchange.period import Period, PeriodKind, last_session_day, period_for
from app.exchange.wording import Wording

if TYPE_CHECKING:
    from app.vault.vault import Vault

Cancelled = Callable[[], bool]
# The file's bytes, made from the packet as it is written (choices applied).
Render = Callable[[Packet, Wording, Cancelled], bytes]


def last_session(today: date) -> Callable[[Vault], date | None]:
    def job(vault: Vault) -> date | None:
        return last_session_day(vault.connection, today)

    return job


@dataclass(frozen=True)
class Gathered:
    period: Period
    packet: Packet


def gather(
    kind: PeriodKind,
    today: date,
    start: date | None,
    end: date | None,
    wanted: frozenset[str],
    cancelled: Cancelled,
) -> Callable[[Vault], Gathered]:
    """The period (since the last session is read here) and the packet for it."""

    def job(vault: Vault) -> Gathered:
        period = period_for(kind, today, vault.connection, start, end)
        from ui.exchange.words import window_wording

        # The modules write their sentences and days in the person's language.
        packet = build_packet(
            vault.connection, period, today, wanted, cancelled, wording=window_wording()
        )
        return Gathered(period, packet)

    return job


def render_pdf(paper: object) -> Render:
    def render(packet: Packet, wording: Wording, cancelled: Cancelled) -> bytes:
        from ui.exchange.pdf import packet_pdf

        return packet_pdf(packet, wording, paper, cancelled)  # type: ignore[arg-type]

    return render


def render_html(packet: Packet, wording: Wording, _cancelled: Cancelled) -> bytes:
    from app.exchange.html import render_html as html

    return html(packet, wording).encode("utf-8")


def render_markdown(packet: Packet, wording: Wording, _cancelled: Cancelled) -> bytes:
    from app.exchange.markdown import render_markdown as markdown

    return markdown(packet, wording).encode("utf-8")


def make_file(
    render: Render,
    packet: Packet,
    wording: Wording,
    path: Path,
    overwrite: bool,
    cancelled: Cancelled,
) -> Callable[[Vault], Path]:
    """Make the file in memory, then write it where the person chose; a cancel before
    the write leaves nothing (BuildCancelled)."""

    def job(_vault: Vault) -> Path:
        from app.exchange.output import write_file

        data = render(packet, wording, cancelled)
        if cancelled():
            raise BuildCancelled
        write_file(path, data, overwrite=overwrite)
        return path

    return job
