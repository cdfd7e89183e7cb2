"""The app's settings in an INI file via QSettings: only the keys of ``app.settings``.

Nothing sensitive is ever written here (no text, titles, counts, dates or chosen paths).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from app import settings as schema

FILE_NAME = "mooring.ini"


class SettingsStore(QObject):
    """Typed access to the stored settings; ``changed`` fires after each change."""

    changed = Signal(str, object)

    def __init__(self, config_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = Path(config_dir) / FILE_NAME
        self._qsettings = QSettings(str(self._path), QSettings.Format.IniFormat)
        raw = {key: self._qsettings.value(key) for key in self._qsettings.allKeys()}
        self._values = schema.load(raw)

    @property
    def path(self) -> Path:
        return self._path

    def get(self, key: str) -> schema.SettingValue:
        """The current value; KeyError for a key that is not a setting."""
        if key not in schema.SETTINGS:
            raise KeyError(key)
        return self._values[key]

    def idle_timeout_minutes(self) -> int:
        return int(self.get(schema.IDLE_TIMEOUT_MINUTES))

    def discreet_mode(self) -> bool:
        return bool(self.get(schema.DISCREET_MODE))

    def remember_on_device(self) -> bool:
        return bool(self.get(schema.REMEMBER_ON_DEVICE))

    def language(self) -> str:
        return str(self.get(schema.LANGUAGE))

    def appearance(self) -> str:
        return str(self.get(schema.APPEARANCE))

    def set(self, key: str, value: schema.SettingValue) -> None:
        """Store ``value`` (coerced to the schema) and tell listeners if it changed."""
        coerced = schema.coerce(key, value)
        if coerced == self._values.get(key) and self._qsettings.contains(key):
            return
        self._values[key] = coerced
        self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._qsettings.setValue(schema.VERSION_KEY, schema.SETTINGS_VERSION)
        self._qsettings.setValue(key, coerced)
        self._qsettings.sync()
        self.changed.emit(key, coerced)

    def sync_status_ok(self) -> bool:
        return self._qsettings.status() == QSettings.Status.NoError
