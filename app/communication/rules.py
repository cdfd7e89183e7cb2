"""The rules of the checks, read from ``resources/content/message_checks/`` and validated.

Per language: ``<lang>.json`` (the message checks, the word lists, how words are
normalised, the feeling words; ``"fold_accents": true`` makes every word, of the draft
and of the rules, read without accents), ``craft_<lang>.json`` and ``boundary_<lang>.json``
(rules made of *conditions* on the draft, see ``Conditions``). A broken file raises
ContentError with one line naming the file and the place; the cached loaders used
while typing never raise: they keep that line for ``rules_problem`` and the checks
give no result.
"""

from __future__ import annotations

import logging
import re
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TypeVar

from app.communication.patterns import PatternError, PhraseSet
from app.communication.text import Normaliser
from app.content import ContentError, content_dir
from app.content.records import read_json
from app.content.words import content_language

FORMAT_VERSION: Final = 1
FOLDER: Final = "message_checks"
LANGUAGE: Final = re.compile(r"[a-z]{2,3}(?:_[a-z]{2,4})?")

# Every kind the checker knows; the rules file must give the words for each.
CHECK_KINDS: Final = (
    "always_never",
    "you_make_me_feel",
    "labels",
    "blame",
    "sarcasm",
    "but_cancels",
    "kitchen_sink",
    "demand",
    "no_feeling",
    "no_request",
)
_PHRASE_GROUPS: Final = (
    "requests",
    "apologies",
    "apology_except",
    "complaints",
    "softeners",
    "imperatives",
    "imperative_except",
)
_REQUIRED_LISTS: Final = ("fillers", "but_words", "turning_words", "feeling_anchors")
_PLACEHOLDERS: Final = frozenset({"match", "next"})
_MAX_TEXT: Final = 300

_log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class FeelingGroup:
    id: str
    name: str  # English; the UI may translate it
    words: tuple[str, ...]


@dataclass(frozen=True)
class CheckRule:
    """One message check: its phrases and its words for the person."""

    id: str
    title: str
    why: str
    suggestion: str  # may hold {match}
    suggestion_with_next: str  # may hold {next} and {match}; "" when none
    by_word: Mapping[str, str]  # a suggestion for a key word in or just after the match
    phrases: PhraseSet
    exceptions: PhraseSet
    marks: tuple[str, ...]  # literal marks such as "/s", matched on the text as written
    # False: its phrases are not flagged in a sentence ending with "?" (for a language
    # where only the question mark tells "¿Tienes que irte?" from "Tienes que irte.")
    in_questions: bool = True


@dataclass(frozen=True)
class MessageRules:
    language: str
    normaliser: Normaliser
    lists: Mapping[str, frozenset[str]]
    feelings: tuple[FeelingGroup, ...]
    phrases: Mapping[str, PhraseSet]
    checks: Mapping[str, CheckRule]  # in the file's order
    min_words_for_notes: int
    complaint_sentences: int
    feeling_window: int


@dataclass(frozen=True)
class Conditions:
    """What a guide rule asks of a draft; every condition given must hold."""

    any_of: PhraseSet  # at least one of these phrases
    none_of: PhraseSet  # none of these phrases
    exceptions: PhraseSet  # a phrase inside one of these does not count
    max_words: int | None = None
    needs_feeling: bool = False  # an I-statement naming a feeling word
    max_exclamations: int | None = None
    max_caps_words: int | None = None  # words of 3+ letters written all in capitals


@dataclass(frozen=True)
class GuideRule:
    id: str
    title: str
    why: str
    tip: str
    conditions: Conditions


@dataclass(frozen=True)
class GuideRules:
    language: str
    adapted_from: str
    note: str
    rules: tuple[GuideRule, ...]
    base: MessageRules


def rules_path(kind: str, language: str) -> Path:
    """``kind`` is "" (the message checks), "craft" or "boundary"."""
    name = f"{kind}_{language}.json" if kind else f"{language}.json"
    return content_dir() / FOLDER / name


# --- cached loading for the live checks ---------------------------------------------

_loaded: dict[tuple[str, str], tuple[object | None, str | None]] = {}


def _cached(kind: str, language: str, load: Callable[[], T]) -> T | None:
    key = (kind, language)
    if key not in _loaded:
        try:
            if not LANGUAGE.fullmatch(language):
                raise ContentError(f"{FOLDER}: {language[:20]!r} is not a language code")
            _loaded[key] = (load(), None)
        except ContentError as error:
            problem = str(error)
            # Said once (a broken base file also stops the other two), and the line
            # names a content file and a place in it, never what anyone wrote.
            if all(known != problem for _, known in _loaded.values()):
                _log.warning("message checks unavailable: %s", problem)
            _loaded[key] = (None, problem)
    value, _problem = _loaded[key]
    return value  # type: ignore[return-value]


def message_rules(language: str | None = None) -> MessageRules | None:
    """The bundled message rules for ``language`` (by default the language content is
    shown in, ``content_language``), read once; None when they are broken."""
    language = content_language() if language is None else language
    return _cached("", language, lambda: load_message_rules(rules_path("", language), language))


def guide_rules(kind: str, language: str | None = None) -> GuideRules | None:
    """The bundled ``craft`` or ``boundary`` rules, read once; None when broken."""
    language = content_language() if language is None else language

    def load() -> GuideRules:
        base = message_rules(language)
        if base is None:
            raise ContentError(_loaded[("", language)][1] or "message checks unavailable")
        return load_guide_rules(rules_path(kind, language), base)

    return _cached(kind, language, load)


def rules_problem(language: str | None = None) -> str | None:
    """Why the checks give nothing for ``language`` (one line naming the file), or None
    when all three rules files read well. The window shows it once, in place of flags."""
    language = content_language() if language is None else language
    message_rules(language)
    guide_rules("craft", language)
    guide_rules("boundary", language)
    for kind in ("", "craft", "boundary"):
        problem = _loaded[(kind, language)][1]
        if problem is not None:
            return problem
    return None


def forget_loaded() -> None:
    """Read the rules files again on next use (for tests and a content reload)."""
    _loaded.clear()


# --- reading the message rules ---------------------------------------------------------


def load_message_rules(path: str | Path, language: str | None = None) -> MessageRules:
    """The message rules in ``path``; raises ContentError with one line naming the file."""
    source = Path(path)
    return parse_message_rules(read_json(source), source.name, language)


def parse_message_rules(data: object, origin: str, language: str | None = None) -> MessageRules:
    top = _object(data, origin)
    _keys(
        top,
        origin,
        required=(
            "version",
            "language",
            "min_words_for_notes",
            "complaint_sentences",
            "feeling_window",
            "contractions",
            "suffixes",
            "lists",
            "feelings",
            "phrases",
            "checks",
        ),
        optional=("fold_accents",),
    )
    _version(top, origin)
    found_language = _text(top, "language", origin)
    if language is not None and found_language != language:
        raise ContentError(f"{origin}: 'language' must be {language!r}, not {found_language!r}")
    fold = _flag(top, "fold_accents", origin)
    folded = Normaliser({}, {}, fold).word
    normaliser = Normaliser(
        contractions={
            folded(_word_key(key, f"{origin}: contraction {key[:20]!r}")): tuple(
                folded(word) for word in _phrase_words(value, f"{origin}: contraction {key[:20]!r}")
            )
            for key, value in _text_map(top, "contractions", origin).items()
        },
        suffixes={
            folded(_word_key(key, f"{origin}: suffix {key[:20]!r}")): folded(
                _phrase_words(value, f"{origin}: suffix {key[:20]!r}")[0]
            )
            for key, value in _text_map(top, "suffixes", origin).items()
        },
        fold=fold,
    )
    feelings = _feelings(top.get("feelings"), origin)
    lists = _lists(top, origin, _REQUIRED_LISTS, folded)
    lists["feelings"] = frozenset(folded(word) for group in feelings for word in group.words)
    phrases_data = _object(top.get("phrases"), f"{origin}: 'phrases'")
    _keys(phrases_data, f"{origin}: 'phrases'", required=_PHRASE_GROUPS)
    phrases = {
        name: _phrase_set(
            phrases_data, name, f"{origin}: phrases {name!r}", lists, folded, empty=True
        )
        for name in _PHRASE_GROUPS
    }
    checks = _checks(top.get("checks"), origin, lists, folded)
    return MessageRules(
        language=found_language,
        normaliser=normaliser,
        lists=lists,
        feelings=feelings,
        phrases=phrases,
        checks=checks,
        min_words_for_notes=_count(top, "min_words_for_notes", origin),
        complaint_sentences=_count(top, "complaint_sentences", origin),
        feeling_window=_count(top, "feeling_window", origin),
    )


def _feelings(data: object, origin: str) -> tuple[FeelingGroup, ...]:
    if not isinstance(data, list) or not data:
        raise ContentError(f"{origin}: 'feelings' must be a non-empty list")
    groups: list[FeelingGroup] = []
    for number, item in enumerate(data, start=1):
        where = f"{origin}: feeling group {number}"
        group = _object(item, where)
        _keys(group, where, required=("id", "name", "words"))
        group_id = _text(group, "id", where)
        if group_id in {g.id for g in groups}:
            raise ContentError(f"{where}: duplicate id {group_id!r}")
        words = _word_list(group.get("words"), f"{where}: 'words'")
        groups.append(FeelingGroup(group_id, _text(group, "name", where), words))
    return tuple(groups)


def _checks(
    data: object, origin: str, lists: Mapping[str, frozenset[str]], folded: Callable[[str], str]
) -> dict[str, CheckRule]:
    if not isinstance(data, list):
        raise ContentError(f"{origin}: 'checks' must be a list")
    checks: dict[str, CheckRule] = {}
    for number, item in enumerate(data, start=1):
        where = f"{origin}: check {number}"
        check = _object(item, where)
        check_id = _text(check, "id", where)
        if check_id not in CHECK_KINDS:
            raise ContentError(f"{where}: unknown check {check_id[:40]!r}")
        if check_id in checks:
            raise ContentError(f"{where}: duplicate id {check_id!r}")
        where = f"{origin}: check {check_id!r}"
        _keys(
            check,
            where,
            required=("id", "title", "why", "suggestion"),
            optional=(
                "suggestion_with_next",
                "by_word",
                "patterns",
                "except",
                "marks",
                "in_questions",
            ),
        )
        by_word = _text_map(check, "by_word", where) if "by_word" in check else {}
        for key in by_word:
            _word_key(key, f"{where}: by_word {key[:20]!r}")
        by_word = {folded(key): text for key, text in by_word.items()}
        with_next = (
            _text(check, "suggestion_with_next", where) if "suggestion_with_next" in check else ""
        )
        if with_next and "{next}" not in with_next:
            raise ContentError(f"{where}: 'suggestion_with_next' must hold {{next}}")
        suggestion = _text(check, "suggestion", where)
        for text in (suggestion, *by_word.values()):
            _template(text, where, allowed={"match"})
        _template(with_next, where, allowed=_PLACEHOLDERS)
        marks = _string_list(check.get("marks", []), f"{where}: 'marks'")
        checks[check_id] = CheckRule(
            id=check_id,
            title=_text(check, "title", where),
            why=_text(check, "why", where),
            suggestion=suggestion,
            suggestion_with_next=with_next,
            by_word=by_word,
            phrases=_phrase_set(check, "patterns", where, lists, folded, empty=True),
            exceptions=_phrase_set(check, "except", where, lists, folded, empty=True),
            marks=tuple(marks),
            in_questions=_flag(check, "in_questions", where, default=True),
        )
    missing = [kind for kind in CHECK_KINDS if kind not in checks]
    if missing:
        raise ContentError(f"{origin}: no check {missing[0]!r}")
    return checks


# --- reading guide rules (CRAFT, boundary drafts) -------------------------------------

_CONDITION_KEYS: Final = (
    "any_of",
    "none_of",
    "except",
    "max_words",
    "needs_feeling",
    "max_exclamations",
    "max_caps_words",
)


def load_guide_rules(path: str | Path, base: MessageRules) -> GuideRules:
    """Guide rules in ``path`` (patterns may use ``base``'s word lists); raises
    ContentError with one line naming the file."""
    source = Path(path)
    return parse_guide_rules(read_json(source), source.name, base)


def parse_guide_rules(data: object, origin: str, base: MessageRules) -> GuideRules:
    top = _object(data, origin)
    _keys(top, origin, required=("version", "language", "adapted_from", "note", "lists", "rules"))
    _version(top, origin)
    language = _text(top, "language", origin)
    if language != base.language:
        raise ContentError(f"{origin}: 'language' must be {base.language!r}, not {language!r}")
    folded = base.normaliser.word
    own = _lists(top, origin, (), folded)
    clash = sorted(set(own) & set(base.lists))
    if clash:
        raise ContentError(f"{origin}: list {clash[0]!r} is already in {base.language}.json")
    lists = {**base.lists, **own}
    items = top.get("rules")
    if not isinstance(items, list) or not items:
        raise ContentError(f"{origin}: 'rules' must be a non-empty list")
    rules: list[GuideRule] = []
    for number, item in enumerate(items, start=1):
        where = f"{origin}: rule {number}"
        rule = _object(item, where)
        rule_id = _text(rule, "id", where)
        if rule_id in {r.id for r in rules}:
            raise ContentError(f"{where}: duplicate id {rule_id!r}")
        where = f"{origin}: rule {rule_id!r}"
        _keys(rule, where, required=("id", "title", "why", "tip"), optional=_CONDITION_KEYS)
        if not any(key in rule for key in _CONDITION_KEYS if key != "except"):
            raise ContentError(f"{where}: needs at least one condition")
        needs_feeling = _flag(rule, "needs_feeling", where)
        conditions = Conditions(
            any_of=_phrase_set(rule, "any_of", where, lists, folded, empty=False),
            none_of=_phrase_set(rule, "none_of", where, lists, folded, empty=False),
            exceptions=_phrase_set(rule, "except", where, lists, folded, empty=False),
            max_words=_count(rule, "max_words", where) if "max_words" in rule else None,
            needs_feeling=needs_feeling,
            max_exclamations=(
                _count(rule, "max_exclamations", where, minimum=0)
                if "max_exclamations" in rule
                else None
            ),
            max_caps_words=(
                _count(rule, "max_caps_words", where, minimum=0)
                if "max_caps_words" in rule
                else None
            ),
        )
        rules.append(
            GuideRule(
                rule_id,
                _text(rule, "title", where),
                _text(rule, "why", where),
                _text(rule, "tip", where),
                conditions,
            )
        )
    return GuideRules(
        language=language,
        adapted_from=_text(top, "adapted_from", origin),
        note=_text(top, "note", origin),
        rules=tuple(rules),
        base=base,
    )


# --- small validators (each raises ContentError with one line) ------------------------


def _object(data: object, where: str) -> dict[str, object]:
    if not isinstance(data, dict):
        raise ContentError(f"{where}: must be a JSON object")
    return data


def _keys(
    data: Mapping[str, object],
    where: str,
    *,
    required: Sequence[str],
    optional: Sequence[str] = (),
) -> None:
    missing = [key for key in required if key not in data]
    if missing:
        raise ContentError(f"{where}: missing {missing[0]!r}")
    unknown = sorted(set(data) - set(required) - set(optional))
    if unknown:
        raise ContentError(f"{where}: unknown key {unknown[0][:40]!r}")


def _version(top: Mapping[str, object], origin: str) -> None:
    found = top.get("version")
    if found != FORMAT_VERSION or isinstance(found, bool):
        raise ContentError(f"{origin}: 'version' must be {FORMAT_VERSION}, not {found!r}")


def _text(data: Mapping[str, object], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{where}: {key!r} must be non-empty text")
    if value != value.strip() or any(ch in value for ch in "\r\n\t"):
        raise ContentError(f"{where}: {key!r} must be one line without surrounding spaces")
    if len(value) > _MAX_TEXT:
        raise ContentError(f"{where}: {key!r} is longer than {_MAX_TEXT} characters")
    return value


def _count(data: Mapping[str, object], key: str, where: str, *, minimum: int = 1) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= 10_000:
        raise ContentError(f"{where}: {key!r} must be a whole number from {minimum}")
    return value


def _flag(data: Mapping[str, object], key: str, where: str, *, default: bool = False) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise ContentError(f"{where}: {key!r} must be true or false")
    return value


def _string_list(data: object, where: str) -> list[str]:
    if not isinstance(data, list) or not all(isinstance(item, str) and item for item in data):
        raise ContentError(f"{where}: must be a list of non-empty texts")
    return [str(item) for item in data]


def _word_list(data: object, where: str) -> tuple[str, ...]:
    words = _string_list(data, where)
    if not words:
        raise ContentError(f"{where}: must not be empty")
    for word in words:
        _word_key(word, where)
    return tuple(words)


def _word_key(word: str, where: str) -> str:
    if (
        not re.fullmatch(r"[^\W_]+(?:'[^\W_]+)*|'[^\W_]+|[^\W_]+'[^\W_]*", word)
        or word != word.casefold()
    ):
        raise ContentError(f"{where}: {word[:20]!r} must be one lowercase word")
    return word


def _phrase_words(value: str, where: str) -> list[str]:
    words = value.split()
    if not words or any(not re.fullmatch(r"[^\W_]+", w) or w != w.casefold() for w in words):
        raise ContentError(f"{where}: {value[:40]!r} must be lowercase words")
    return words


def _text_map(data: Mapping[str, object], key: str, where: str) -> dict[str, str]:
    value = data.get(key)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in value.items()
    ):
        raise ContentError(f"{where}: {key!r} must map words to non-empty texts")
    return dict(value)


def _lists(
    top: Mapping[str, object],
    origin: str,
    required: Sequence[str],
    folded: Callable[[str], str],
) -> dict[str, frozenset[str]]:
    data = _object(top.get("lists"), f"{origin}: 'lists'")
    lists = {
        name: frozenset(map(folded, _word_list(words, f"{origin}: list {name[:40]!r}")))
        for name, words in data.items()
    }
    missing = [name for name in required if name not in lists]
    if missing:
        raise ContentError(f"{origin}: no list {missing[0]!r}")
    if "feelings" in lists:
        raise ContentError(f"{origin}: list 'feelings' comes from the feeling groups")
    return lists


def _phrase_set(
    data: Mapping[str, object],
    key: str,
    where: str,
    lists: Mapping[str, frozenset[str]],
    folded: Callable[[str], str],
    *,
    empty: bool,
) -> PhraseSet:
    if key not in data:
        return PhraseSet((), lists)
    sources = _string_list(data[key], f"{where}: {key!r}")
    if not sources and not empty:
        raise ContentError(f"{where}: {key!r} must not be empty")
    try:
        return PhraseSet([folded(source) for source in sources], lists)
    except PatternError as error:
        raise ContentError(f"{where}: {key!r} {error}") from None


def _template(text: str, where: str, *, allowed: frozenset[str] | set[str]) -> None:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as error:
        raise ContentError(f"{where}: a suggestion has a stray brace ({error})") from None
    unknown = sorted(names - set(allowed))
    if unknown:
        raise ContentError(f"{where}: a suggestion uses an unknown placeholder {unknown[0]!r}")
