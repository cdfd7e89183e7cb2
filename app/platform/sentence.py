"""Sentences for a person that carry values (a file's name, a limit): English wherever
they are read as text, and translatable in the window.

``raise ImportProblem(sentence("{name} is too large to import.", name=path.name))``
reads "notes.txt is too large to import." on the command line and in tests, as an
f-string would; the window translates its template (context ``app``,
ui/common/text.py) and puts the values back in. ``tools/translations.py`` finds the
templates for the catalogue: a literal given to ``sentence(...)`` in ``app/``.

A value may itself be a sentence, or an error raised with one (a cause given inside a
bigger sentence); the window translates those too.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


class Sentence(str):
    """The English sentence (this ``str``), with the template and values it came from."""

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, values: Mapping[str, object]) -> Sentence:
        made = super().__new__(cls, template.format_map(values))
        made.template = template
        made.values = MappingProxyType(dict(values))
        return made

    def __reduce__(self) -> tuple[object, ...]:  # copies and pickles keep the template
        return (Sentence, (self.template, dict(self.values)))


def sentence(template: str, /, **values: object) -> Sentence:
    """``template`` (a str.format template) with ``values``: see the module's words."""
    return Sentence(template, values)


def carried_sentence(error: BaseException) -> Sentence | None:
    """The sentence ``error`` was raised with, when it was raised with one alone."""
    if len(error.args) == 1 and isinstance(error.args[0], Sentence):
        return error.args[0]
    return None


__all__ = ["Sentence", "carried_sentence", "sentence"]
