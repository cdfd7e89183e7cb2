"""'Show what I type' reveals both new-passphrase fields on set-up and recovery."""

from __future__ import annotations

import gc
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from ui.common.strength import NewPassphraseFields


def test_show_what_i_type_works_after_the_holder_is_gone(qapp: Any) -> None:
    parent = QWidget()
    fields = NewPassphraseFields(parent, passphrase_name="New", confirm_name="Again")
    passphrase, confirm, show = fields.passphrase, fields.confirm, fields.show_text
    del fields
    gc.collect()
    show.setChecked(True)
    assert passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert confirm.echoMode() == QLineEdit.EchoMode.Normal
    show.setChecked(False)
    assert passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert confirm.echoMode() == QLineEdit.EchoMode.Password
