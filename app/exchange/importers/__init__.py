"""Imports from other journals: jrnl, Day One, RedNotebook, a Markdown or text folder.

``plan_import`` reads a source and says what importing it would do (nothing is
written); ``apply_import`` writes the plan's entries in one transaction, all or
nothing. No Qt here. Mooring's own JSON export is read by app/exchange/import_mooring.
"""

from app.exchange.importers.model import (
    DAYONE,
    FORMATS,
    JRNL,
    MARKDOWN,
    REDNOTEBOOK,
    ImportCancelled,
    ImportedEntry,
    ImportPlan,
    ImportProblem,
    Skipped,
)
from app.exchange.importers.plan import apply_import, import_entries, plan_import

__all__ = [
    "DAYONE",
    "FORMATS",
    "JRNL",
    "MARKDOWN",
    "REDNOTEBOOK",
    "ImportCancelled",
    "ImportPlan",
    "ImportProblem",
    "ImportedEntry",
    "Skipped",
    "apply_import",
    "import_entries",
    "plan_import",
]
