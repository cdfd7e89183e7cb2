"""Mooring's translation catalogues: find every text the window translates, keep the
Qt Linguist sources (``resources/translations/mooring_<lang>.ts``) in step with the
code, and build the compiled catalogues (``.qm``, never committed).

    python tools/translations.py update     # add new texts to every .ts, mark gone ones
    python tools/translations.py build [DIR]  # .ts -> .qm (default: beside the .ts)
    python tools/translations.py check      # exit 1 when a .ts is out of step (tests, CI)
    python tools/translations.py stats      # how much of each language is translated
    python tools/translations.py pseudo OUT.qm  # the pseudo-locale catalogue (tests)

Why not Qt's own ``pyside6-lupdate``: our pages translate through small module-level
helpers (``def tr(text): return QCoreApplication.translate("DataImport", text)``), and
lupdate files ``tr("...")`` under the class it appears in, not under the context the
helper really asks for, so its catalogue would never match at run time. This reads the
code with Python's ``ast`` instead:

- a *translator* is a module-level function that hands one of its parameters to
  ``QCoreApplication.translate`` as the text (its context a literal, or a parameter
  with a literal default); it may be imported by other modules under any name;
- a *message* is a string literal given to a translator, or straight to
  ``QCoreApplication.translate`` with a literal context; ``translate_noop(context,
  text)`` (``ui/common/text.py``) marks a text that is translated later from a
  variable (a module's title in a table, say);
- the packet's words (``app/platform/wording.py``): ``message("...")`` and
  ``wording.say("...")`` / ``wording.translate("...")``, in the context ``Packet``;
- in ``app/`` (which never imports Qt), a sentence raised as an error, as a literal or
  a module-level constant, is a message in the context ``app``: the window shows it
  through ``ui.common.text.app_text``. Sentences built with an f-string can't be looked
  up this way and stay English (docs/ACCESSIBILITY.md says so).

The ``.ts`` files keep each translation by (context, source text); a text no longer in
the code is kept as ``vanished`` (Linguist's word), so a translation is never lost to a
rename and back.
"""

from __future__ import annotations

import argparse
import ast
import math
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en"
# The languages the window offers besides English; each has mooring_<code>.ts.
LANGUAGES = ("es",)
SCANNED = ("ui", "app")
NOOP = "translate_noop"


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    disambiguation: str = ""
    numerus: bool = False
    # Where it is used (file:line), for translators reading the catalogue.
    locations: tuple[tuple[str, int], ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class _Translator:
    """A function that translates its ``text_params`` in ``context`` (or in the
    context its ``context_param`` is given, ``context_default`` when it isn't)."""

    params: tuple[str, ...]
    text_params: tuple[str, ...]
    context: str | None
    context_param: str | None = None
    context_default: str | None = None
    numerus_params: frozenset[str] = frozenset()


def _is_translate_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "QCoreApplication"
    )


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _literals(node: ast.AST) -> list[str]:
    """The string literals ``node`` may be: itself, or both sides of ``a if c else b``."""
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    text = _literal(node)
    return [] if text is None else [text]


def _module_name(path: Path) -> str:
    relative = path.relative_to(ROOT).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _translators_in(tree: ast.Module) -> dict[str, _Translator]:
    found: dict[str, _Translator] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = tuple(a.arg for a in node.args.args)
        defaults = dict(
            zip(params[len(params) - len(node.args.defaults) :], node.args.defaults, strict=True)
        )
        texts: list[str] = []
        numerus: set[str] = set()
        context: str | None = None
        context_param: str | None = None
        for call in ast.walk(node):
            if not _is_translate_call(call):
                continue
            assert isinstance(call, ast.Call)
            if len(call.args) < 2 or not isinstance(call.args[1], ast.Name):
                continue
            text = call.args[1].id
            if text not in params:
                continue
            first = call.args[0]
            if _literal(first) is not None:
                context = _literal(first)
            elif isinstance(first, ast.Name) and first.id in params:
                context_param = first.id
            else:
                continue
            texts.append(text)
            if len(call.args) >= 4:
                numerus.add(text)
        if texts:
            default = _literal(defaults.get(context_param)) if context_param else None
            found[node.name] = _Translator(
                params=params,
                text_params=tuple(dict.fromkeys(texts)),
                context=context,
                context_param=context_param,
                context_default=default,
                numerus_params=frozenset(numerus),
            )
    return found


APP_CONTEXT = "app"
# The packet's words (app/platform/wording.py), translated by ui/exchange/words.py.
PACKET_CONTEXT = "Packet"


def _is_packet_words(node: ast.Call) -> bool:
    """``message("...")``, or ``wording.say("...")`` / ``wording.translate("...")`` on
    anything named like a wording."""
    func = node.func
    if isinstance(func, ast.Name):
        return func.id == "message"
    if isinstance(func, ast.Attribute) and func.attr in ("say", "translate"):
        owner = func.value
        name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        return "wording" in name.lower()
    return False


def _is_person_sentence(text: str | None) -> bool:
    """A sentence for a person (capital, full stop), not a developer's fragment or SQL."""
    return bool(
        text
        and " " in text
        and text[0].isupper()
        and text.endswith((".", "?", "!"))
        and not _SQL.search(text)
    )


_SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|WHERE|PRAGMA)\b")


def _string_constants(tree: ast.Module) -> Iterator[tuple[str, str, int]]:
    """``NAME = "..."`` (annotated or not) at module level and in class bodies."""
    bodies = [tree.body] + [n.body for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    for body in bodies:
        for node in body:
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets, value = [node.target], node.value
            else:
                continue
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                for target in targets:
                    if isinstance(target, ast.Name):
                        yield target.id, value.value, node.lineno


def _raised_sentences(tree: ast.Module) -> Iterator[tuple[str, int]]:
    """Sentences an ``app`` module has for a person: ``raise Error("...")``, and every
    string constant that is a sentence (``MESSAGE_GONE: Final = "That plan no longer
    exists."``), however it reaches the window (raised, returned, kept as a notice)."""
    for _name, text, line in _string_constants(tree):
        if _is_person_sentence(text):
            yield text, line
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        if not node.exc.args:
            continue
        text = _literal(node.exc.args[0])
        if _is_person_sentence(text):
            yield str(text), node.lineno


def _python_files() -> Iterator[Path]:
    for folder in SCANNED:
        yield from sorted((ROOT / folder).rglob("*.py"))


def _sentence_templates(tree: ast.Module) -> Iterator[tuple[str, int]]:
    """Templates an ``app`` module gives ``sentence("...", name=...)``
    (app/platform/sentence.py), translated with their values put back."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "sentence"
            and node.args
            and (text := _literal(node.args[0])) is not None
        ):
            yield text, node.lineno


def extract() -> list[Message]:
    """Every message the code translates, sorted, with where each is used."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in _python_files()}
    translators = {_module_name(path): _translators_in(tree) for path, tree in trees.items()}
    found: dict[tuple[str, str, str], Message] = {}

    def add(context: str, source: str, disambiguation: str, numerus: bool, where: str, line: int):
        key = (context, source, disambiguation)
        old = found.get(key)
        locations = (*old.locations, (where, line)) if old else ((where, line),)
        found[key] = Message(
            context, source, disambiguation, numerus or bool(old and old.numerus), locations
        )

    for path, tree in trees.items():
        where = str(path.relative_to(ROOT))
        if where.startswith("app/") and not where.startswith("app/cli/"):
            for source, line in _raised_sentences(tree):
                add(APP_CONTEXT, source, "", False, where, line)
            for source, line in _sentence_templates(tree):
                add(APP_CONTEXT, source, "", False, where, line)
        known = dict(translators[_module_name(path)])
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in translators:
                for alias in node.names:
                    imported = translators[node.module].get(alias.name)
                    if imported is not None:
                        known[alias.asname or alias.name] = imported
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if _is_translate_call(node):
                context = _literal(node.args[0]) if node.args else None
                source = _literal(node.args[1]) if len(node.args) > 1 else None
                if context is not None and source is not None:
                    disambiguation = _literal(node.args[2]) if len(node.args) > 2 else None
                    add(
                        context,
                        source,
                        disambiguation or "",
                        len(node.args) > 3,
                        where,
                        node.lineno,
                    )
                continue
            if _is_packet_words(node):
                for source in _literals(node.args[0]) if node.args else ():
                    add(PACKET_CONTEXT, source, "", False, where, node.lineno)
                continue
            if not isinstance(node.func, ast.Name):
                continue
            if node.func.id == NOOP and len(node.args) == 2:
                context, source = _literal(node.args[0]), _literal(node.args[1])
                if context is not None and source is not None:
                    add(context, source, "", False, where, node.lineno)
                continue
            translator = known.get(node.func.id)
            if translator is None:
                continue
            given = dict(zip(translator.params, node.args, strict=False))
            given.update({k.arg: k.value for k in node.keywords if k.arg})
            context = translator.context
            if translator.context_param is not None:
                context = (
                    _literal(given[translator.context_param])
                    if translator.context_param in given
                    else translator.context_default
                )
            if context is None:
                continue
            for name in translator.text_params:
                source = _literal(given.get(name))
                if source is not None:
                    add(context, source, "", name in translator.numerus_params, where, node.lineno)
    return sorted(found.values())


# ----- the .ts files ----------------------------------------------------------------


def catalogue_path(language: str) -> Path:
    return CATALOGUES / f"mooring_{language}.ts"


@dataclass
class Entry:
    """One message of a .ts file with its translation (forms, for a numerus one)."""

    message: Message
    translations: list[str]
    state: str  # "" (finished), "unfinished" or "vanished"


def read_ts(path: Path) -> dict[tuple[str, str, str], Entry]:
    if not path.exists():
        return {}
    entries: dict[tuple[str, str, str], Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for node in context.iter("message"):
            source = node.findtext("source") or ""
            disambiguation = node.findtext("comment") or ""
            translation = node.find("translation")
            numerus = node.get("numerus") == "yes"
            forms: list[str] = []
            state = "unfinished"
            if translation is not None:
                state = translation.get("type", "")
                if numerus:
                    forms = [form.text or "" for form in translation.iter("numerusform")]
                else:
                    forms = [translation.text or ""]
            message = Message(name, source, disambiguation, numerus)
            entries[(name, source, disambiguation)] = Entry(message, forms, state)
    return entries


def write_ts(path: Path, language: str, entries: Iterable[Entry]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE)
    by_context: dict[str, list[Entry]] = {}
    for entry in sorted(entries, key=lambda e: e.message):
        by_context.setdefault(entry.message.context, []).append(entry)
    for name, group in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for entry in group:
            message = entry.message
            node = ET.SubElement(context, "message")
            if message.numerus:
                node.set("numerus", "yes")
            for where, line in message.locations[:3]:
                ET.SubElement(node, "location", filename=f"../../{where}", line=str(line))
            ET.SubElement(node, "source").text = message.source
            if message.disambiguation:
                ET.SubElement(node, "comment").text = message.disambiguation
            translation = ET.SubElement(node, "translation")
            if entry.state:
                translation.set("type", entry.state)
            if message.numerus:
                for form in entry.translations or [""]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry.translations[0] if entry.translations else ""
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )


def updated(language: str, messages: list[Message]) -> list[Entry]:
    """The catalogue for ``language`` with ``messages``: translations kept, new texts
    unfinished, texts no longer in the code vanished (still kept)."""
    old = read_ts(catalogue_path(language))
    entries: list[Entry] = []
    for message in messages:
        key = (message.context, message.source, message.disambiguation)
        before = old.pop(key, None)
        if before is None:
            entries.append(Entry(message, [], "unfinished"))
        else:
            state = "unfinished" if before.state in ("vanished", "obsolete") else before.state
            if before.state == "vanished" and all(before.translations):
                state = ""
            entries.append(Entry(message, before.translations, state))
    for entry in old.values():
        if any(entry.translations):
            entries.append(Entry(entry.message, entry.translations, "vanished"))
    return entries


def out_of_step(language: str, messages: list[Message]) -> list[str]:
    """Messages in the code but not in the catalogue (one line each)."""
    have = read_ts(catalogue_path(language))
    return [
        f"{m.context}: {m.source!r} ({m.locations[0][0]}:{m.locations[0][1]})"
        for m in messages
        if (m.context, m.source, m.disambiguation) not in have
    ]


def lrelease() -> str:
    """The path of Qt's catalogue compiler (PySide6 ships it)."""
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
        if found:
            return found
    raise SystemExit("pyside6-lrelease was not found; install PySide6")


def build(out: Path, sources: Iterable[Path] | None = None) -> list[Path]:
    """Compile every catalogue into ``out``; returns the .qm files."""
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for source in sources or sorted(CATALOGUES.glob("mooring_*.ts")):
        target = out / source.with_suffix(".qm").name
        subprocess.run(
            [lrelease(), "-silent", "-nounfinished", str(source), "-qm", str(target)],
            check=True,
        )
        built.append(target)
    return built


# ----- pseudo-localisation ------------------------------------------------------------

PSEUDO_OPEN = "\u27e6"  # ⟦
PSEUDO_CLOSE = "\u27e7"  # ⟧
# Parts a translation must keep as they are: fields, counts, tags and entities,
# mnemonics (the key stays the key), line breaks.
_KEEP = re.compile(r"\{[^{}]*\}|%L?n|%\d|<[^>]+>|&[a-z]+;|&#\d+;|&&|&.|\n")
# A Qt date format ("ddd d MMM yyyy"): only its literal parts could be translated.
_DATE_FORMAT = re.compile(r"^(?:d{1,4}|M{1,4}|yyyy|yy|HH?|hh?|mm?|ss?|ap|AP|'[^']*'|[ ,.:/-])+$")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnCN", "áéíóúýÁÉÍÓÚÝçñÇÑ")


def is_date_format(text: str) -> bool:
    return bool(_DATE_FORMAT.match(text)) and any(c in text for c in "dMy")


PSEUDO_WORD = 6  # the padding's word length in a sentence


def pseudo(text: str) -> str:
    """``text`` 40% longer, accented and in markers, with its fields, mnemonics and
    tags kept, so a page shows at a glance what is translated and what is cut off."""
    if is_date_format(text):
        return f"'{PSEUDO_OPEN}'{text}'{PSEUDO_CLOSE}'"
    parts: list[str] = []
    letters = 0
    at = 0
    for kept in _KEEP.finditer(text):
        plain = text[at : kept.start()]
        parts.append(plain.translate(_ACCENTED))
        letters += len(plain)
        parts.append(kept.group())
        at = kept.end()
    tail = text[at:]
    parts.append(tail.translate(_ACCENTED))
    letters += len(tail)
    return f"{PSEUDO_OPEN}{''.join(parts)}{_padding(math.ceil(letters * 0.4), text)}{PSEUDO_CLOSE}"


def _padding(length: int, text: str) -> str:
    """``length`` characters of "~": in short words after a sentence, which a real
    translation's longer words wrap like (one 60-character run would never wrap, and
    would show every wrapped text as cut off); in one run after a single word."""
    if " " not in text.strip():
        return "~" * length
    words = []
    while length > 1:
        word = "~" * min(PSEUDO_WORD, length - 1)
        words.append(" " + word)
        length -= len(word) + 1
    return "".join(words) + "~" * length


def build_pseudo(out: Path, messages: list[Message] | None = None) -> Path:
    """The pseudo-locale catalogue, compiled to ``out``."""
    entries = [
        Entry(m, [pseudo(m.source)] * (2 if m.numerus else 1), "")
        for m in (messages if messages is not None else extract())
    ]
    with tempfile.TemporaryDirectory(prefix="mooring-pseudo-") as folder:
        source = Path(folder) / "mooring_pseudo.ts"
        write_ts(source, "en_US", entries)
        built = build(Path(folder), [source])[0]
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update")
    build_command = commands.add_parser("build")
    build_command.add_argument("out", nargs="?", default=str(CATALOGUES))
    commands.add_parser("check")
    commands.add_parser("stats")
    pseudo_command = commands.add_parser("pseudo")
    pseudo_command.add_argument("out")
    args = parser.parse_args(argv)
    messages = extract()
    if args.command == "update":
        for language in LANGUAGES:
            write_ts(catalogue_path(language), language, updated(language, messages))
        print(f"{len(messages)} texts; updated {', '.join(LANGUAGES)}")
    elif args.command == "build":
        for path in build(Path(args.out)):
            print(path)
    elif args.command == "pseudo":
        print(build_pseudo(Path(args.out), messages))
    elif args.command == "check":
        missing = [line for language in LANGUAGES for line in out_of_step(language, messages)]
        for line in missing[:20]:
            print(f"not in the catalogue: {line}")
        if missing:
            print(f"{len(missing)} texts missing; run: python tools/translations.py update")
            return 1
    else:
        for language in LANGUAGES:
            entries = read_ts(catalogue_path(language)).values()
            live = [e for e in entries if e.state != "vanished"]
            done = sum(1 for e in live if e.state == "" and all(e.translations))
            print(f"{language}: {done} of {len(live)} translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
