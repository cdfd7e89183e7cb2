"""Reading what a person hands to an import, safely: sizes checked before reading,
text decoded carefully, JSON and YAML parsed into one-sentence errors, zip members
read in memory with caps. Nothing here writes a file or extracts anything.

The caps (each says what it protects against):

- MAX_FILE_BYTES (200 MiB): a JSON export is refused before reading when it is
  larger (a 2 GB file is never read); 20,000 jrnl entries are about 30 MB. A zip may
  be larger (Day One's holds the photos): only its directory and JSON are read.
- MAX_TEXT_FILE_BYTES (50 MiB): one Markdown file or RedNotebook month; a larger one
  is left out (the other files still import).
- MAX_UNCOMPRESSED_BYTES (200 MiB) and MAX_RATIO (100): the JSON read from a zip in
  all, and how much larger than stored one member may be (text compresses about
  5 to 10 times; a zip bomb thousands of times). The sizes the zip declares are
  checked first, then counted again while reading, since a zip can lie about them.
- MAX_YAML_ALIASES (10): YAML anchors and aliases can make a few lines expand to
  gigabytes (the "billion laughs": nine levels of nine aliases each); ten aliases
  can at most repeat what they name a few dozen times. RedNotebook never writes them.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any, Final

import yaml

from app.exchange.importers.model import ImportProblem
from app.platform.sentence import sentence

MIB: Final = 1024 * 1024
MAX_FILE_BYTES: Final = 200 * MIB
MAX_TEXT_FILE_BYTES: Final = 50 * MIB
MAX_UNCOMPRESSED_BYTES: Final = 200 * MIB
MAX_RATIO: Final = 100
MAX_ZIP_MEMBERS: Final = 200_000
MAX_YAML_ALIASES: Final = 10
_CHUNK: Final = 1 * MIB


def _size_words(size: int) -> str:
    if size >= 1024 * MIB:
        return f"{size / (1024 * MIB):.1f} GB"
    return f"{size / MIB:.0f} MB"


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The whole file, refused with one sentence when it is too large (checked before
    reading, and again while reading in case it grows) or cannot be read."""
    try:
        with path.open("rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ImportProblem(sentence("{name} is not a file I can read.", name=path.name))
            if info.st_size > limit:
                raise ImportProblem(
                    sentence(
                        "{name} is too large to import ({size}; the most I read is {most}).",
                        name=path.name,
                        size=_size_words(info.st_size),
                        most=_size_words(limit),
                    )
                )
            data = handle.read(limit + 1)
    except ImportProblem:
        raise
    except OSError as error:
        raise ImportProblem(
            sentence(
                "{name} could not be read ({reason}).",
                name=path.name,
                reason=error.strerror or "unknown error",
            )
        ) from None
    if len(data) > limit:
        raise ImportProblem(sentence("{name} is too large to import.", name=path.name))
    return data


_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_text(data: bytes, name: str) -> tuple[str, bool]:
    """Text from bytes, and whether it was read as Latin-1 (not UTF-8).

    A byte order mark decides (UTF-8, UTF-16, UTF-32; the mark is dropped); UTF-16
    without a mark is recognised by its zero bytes; otherwise UTF-8, and when that
    fails Windows-1252 / Latin-1 (which decodes any byte). Text with zero bytes that
    is none of these is refused with one sentence.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), False
            except UnicodeDecodeError as error:
                raise ImportProblem(
                    sentence(
                        "{name} starts like {encoding} text but is not (at byte {byte:,}).",
                        name=name,
                        encoding=encoding.upper(),
                        byte=error.start + len(bom),
                    )
                ) from None
    if b"\x00" in data[:4096]:
        head = data[:4096]
        even = head[0::2].count(0)
        odd = head[1::2].count(0)
        encoding = "utf-16-le" if odd > even else "utf-16-be"
        if len(data) % 2 == 0 and max(even, odd) > len(head) // 8:
            try:
                return data.decode(encoding), False
            except UnicodeDecodeError:
                pass
        raise ImportProblem(
            sentence("{name} is not text I can read (it looks like a binary file).", name=name)
        )
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), True
    except UnicodeDecodeError:
        return data.decode("latin-1"), True


def line_of(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def parse_json(text: str, name: str) -> Any:
    """Parsed JSON, or one sentence naming the file and the line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        # A text that never closes is almost always a file cut short, and json's own
        # words for it ("unterminated string starting at") read as half a sentence.
        if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
            raise ImportProblem(
                sentence(
                    "{name} ends before its JSON is complete (line {lineno}); the file may "
                    "have been cut short.",
                    name=name,
                    lineno=error.lineno,
                )
            ) from None
        raise ImportProblem(
            sentence(
                "{name} is not valid JSON: line {lineno}, column {colno} ({problem}).",
                name=name,
                lineno=error.lineno,
                colno=error.colno,
                problem=error.msg.lower(),
            )
        ) from None
    except RecursionError:
        raise ImportProblem(
            sentence("{name} is nested too deeply to be a journal export.", name=name)
        ) from None


def load_yaml(text: str, name: str, first_line: int = 1) -> Any:
    """YAML read with the safe loader only (no tags that make Python objects), with
    aliases capped; errors are one sentence with the line (counted from ``first_line``)."""
    try:
        aliases = 0
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_YAML_ALIASES:
                    at = event.start_mark.line + first_line if event.start_mark else first_line
                    raise ImportProblem(
                        sentence(
                            "{name} repeats references (YAML aliases) more than {max_yaml_aliases} "
                            "times, at line {at}; I don't read such files.",
                            name=name,
                            max_yaml_aliases=MAX_YAML_ALIASES,
                            at=at,
                        )
                    )
        return yaml.load(text, Loader=yaml.CSafeLoader)  # the safe loader: no Python objects
    except yaml.constructor.ConstructorError as error:
        mark = error.problem_mark
        line = f" at line {mark.line + first_line}" if mark is not None else ""
        raise ImportProblem(
            sentence(
                "{name} uses a YAML tag I don't read{line} (only plain text, numbers, "
                "lists and dates are read).",
                name=name,
                line=line,
            )
        ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = f"line {mark.line + first_line}" if mark is not None else "somewhere"
        start = error.context_mark
        if start is not None and mark is not None and start.line != mark.line:
            line += f" (in what begins at line {start.line + first_line})"
        raise ImportProblem(
            sentence("{name} has a YAML syntax error at {line}.", name=name, line=line)
        ) from None
    except yaml.YAMLError:
        raise ImportProblem(sentence("{name} is not YAML I can read.", name=name)) from None
    except RecursionError:
        raise ImportProblem(sentence("{name} is nested too deeply to read.", name=name)) from None


_DRIVE: Final = re.compile(r"^[A-Za-z]:")


def unsafe_member_name(name: str) -> bool:
    """A zip member name that would leave its folder if it were used as a path:
    absolute, a drive, or with ``..`` in it. (Nothing here extracts; such members are
    ignored anyway, so a crafted zip cannot pass one off as the journal.)"""
    if not name or name.startswith(("/", "\\")) or _DRIVE.match(name) or "\x00" in name:
        return True
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return ".." in parts


def zip_json_members(path: Path) -> tuple[list[tuple[str, str]], int, int]:
    """The JSON members of a zip as (name, text), read in memory, never extracted;
    also how many members had unsafe names (ignored) and how many other members
    (photos and other media) there were. The zip itself may be any size: only its
    directory and its JSON members are read."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise ImportProblem(
            sentence("{name} is not a zip file I can open.", name=path.name)
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise ImportProblem(
                sentence(
                    "{name} holds too many files ({count:,}) to be an export.",
                    name=path.name,
                    count=len(infos),
                )
            )
        unsafe = 0
        media = 0
        wanted: list[zipfile.ZipInfo] = []
        for info in infos:
            if unsafe_member_name(info.filename):
                unsafe += 1
            elif info.is_dir():
                continue
            elif info.filename.lower().endswith(".json") and not _hidden(info.filename):
                wanted.append(info)
            elif not _hidden(info.filename):
                media += 1
        total = sum(info.file_size for info in wanted)
        if total > MAX_UNCOMPRESSED_BYTES:
            raise ImportProblem(
                sentence(
                    "{name} would unpack to more than {most} of text; I don't read "
                    "zips that large.",
                    name=path.name,
                    most=_size_words(MAX_UNCOMPRESSED_BYTES),
                )
            )
        texts = []
        budget = MAX_UNCOMPRESSED_BYTES
        for info in wanted:
            _check_ratio(path, info)
            data = b"".join(_read_member(archive, info, path, budget))
            budget -= len(data)
            text, _latin = decode_text(data, f"{info.filename} in {path.name}")
            texts.append((info.filename, text))
    return texts, unsafe, media


def _hidden(name: str) -> bool:
    return any(part.startswith((".", "__MACOSX")) for part in PurePosixPath(name).parts)


def _check_ratio(path: Path, info: zipfile.ZipInfo) -> None:
    if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > MIB:
        raise ImportProblem(
            sentence(
                "{filename} in {name} would unpack to {ratio:,} times its stored size "
                "(the most I accept is {max_ratio}); it looks like a zip bomb.",
                filename=info.filename,
                name=path.name,
                ratio=info.file_size // max(info.compress_size, 1),
                max_ratio=MAX_RATIO,
            )
        )


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, budget: int
) -> Iterator[bytes]:
    """The member's bytes in chunks, stopped as soon as they pass the budget or the
    ratio cap (zipfile also stops at the declared size and checks the CRC)."""
    ratio_limit = max(MIB, max(info.compress_size, 1) * MAX_RATIO)
    read = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                read += len(chunk)
                if read > budget or read > ratio_limit:
                    raise ImportProblem(
                        sentence(
                            "{filename} in {name} unpacks to more than it should; it looks like a "
                            "zip bomb, so I stopped reading it.",
                            filename=info.filename,
                            name=path.name,
                        )
                    )
                yield chunk
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, RuntimeError):
        raise ImportProblem(
            sentence(
                "{filename} in {name} is damaged and could not be read.",
                filename=info.filename,
                name=path.name,
            )
        ) from None
    except NotImplementedError:
        raise ImportProblem(
            sentence(
                "{filename} in {name} is compressed in a way I can't read.",
                filename=info.filename,
                name=path.name,
            )
        ) from None


def read_size_check(path: Path, limit: int = MAX_FILE_BYTES) -> None:
    """Refuse a file larger than ``limit`` without reading it."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImportProblem(
            sentence(
                "{name} could not be read ({reason}).",
                name=path.name,
                reason=error.strerror or "unknown error",
            )
        ) from None
    if size > limit:
        raise ImportProblem(
            sentence(
                "{name} is too large to import ({size}; the most I read is {most}).",
                name=path.name,
                size=_size_words(size),
                most=_size_words(limit),
            )
        )
