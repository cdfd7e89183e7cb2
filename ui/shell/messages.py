"""What to tell a person when opening the journal did not work."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.vault import errors
from ui.common.text import error_words

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("VaultMessages", text)


def describe(error: BaseException) -> str:
    """One kind sentence (or two) for ``error``; never a traceback or a file's content."""
    if isinstance(error, errors.WrongPassphrase):
        return tr(
            "That passphrase didn't open your journal. Check that Caps Lock is off "
            "and try again; nothing has been changed."
        )
    if isinstance(error, errors.WrongRecoveryCode):
        return tr(
            "That recovery code didn't work. Please check each group of letters and "
            "numbers and try again."
        )
    if isinstance(error, errors.VaultDamaged):
        return tr(
            "Your journal file looks damaged or was changed outside Mooring. "
            "Nothing has been deleted."
        )
    if isinstance(error, errors.VaultBusy):
        return tr("Your journal is open in another Mooring window. Please use that one.")
    if isinstance(error, errors.WeakPassphrase | errors.StorageError | errors.EngineUnsupported):
        return error_words(error)
    if isinstance(error, errors.VaultError):
        return error_words(error) or tr("Mooring couldn't open your journal.")
    # A bug on our side. Log only the type (a message could quote content); show a calm sentence.
    log.error(
        "unexpected error: %s",
        type(error).__name__,
    )
    return tr("Something went wrong on our side, and nothing was changed. Please try again.")
