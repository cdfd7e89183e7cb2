"""``mooring demo``: every feature module fills its demo data, all in one transaction."""

from __future__ import annotations

from app.platform.contributions import DemoPlan
from app.platform.registry import feature_modules
from app.platform.sql import Connection, transaction


def fill(connection: Connection, plan: DemoPlan) -> dict[str, int]:
    """Ask each module in order; returns how many records each added.

    A module that refuses (the journal, when it already has entries and ``force`` is
    not set) raises, and the transaction leaves the vault as it was.
    """
    added: dict[str, int] = {}
    with transaction(connection):
        for module in feature_modules():
            if module.demo is not None:
                added[module.id] = module.demo(connection, plan)
    return added
