"""Translating sentences that come from app/ (errors, strength hints)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def app_text(sentence: str) -> str:
    """``sentence`` from the core, through the translator (context ``app``)."""
    return QCoreApplication.translate("app", sentence)
