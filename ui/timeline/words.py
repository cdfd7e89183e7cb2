"""How the timeline reads: each kind's name, each item in a line or two, and where a
row leads.

The modules give their items as figures (``TimelineItem.values``: a session's status, a
moment's outcome, a score); the words are chosen here, through ``tr``, or through the
words each module's own page uses for the same thing (a session's kind and status, a
boundary's outcome, an invitation's answer, a questionnaire's band), so an item reads
the same on the timeline as on its page. Text the person typed is shown isolated
(``app.journal.display.isolated``): direction controls in it can't reorder the row.

A value a module no longer gives, or gives in a shape not expected, is left out of the
row, never shown raw and never an error: the row still says what kind of thing it is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import Final

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.journal.display import isolated
from app.platform.contributions import JsonValue, TimelineItem
from app.timeline import kinds
from app.timeline.kinds import Kind
from ui.common.text import error_words

log = logging.getLogger(__name__)

DOT: Final = "  \u00b7  "
FLAG: Final = "\u2691 "  # a small flag: marked to bring to therapy (as in the journal)
# How much of a typed text a row shows (the whole text is on its page).
ROW_CHARS: Final = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def plural(n: int, one: str, many: str) -> str:
    """``one`` when ``n`` is 1, else ``many`` with ``%Ln`` as the number."""
    if n == 1:
        return QCoreApplication.translate("Timeline", one)
    return QCoreApplication.translate("Timeline", many, None, n)


# ----- kinds -----------------------------------------------------------------------------


def kind_names() -> list[tuple[Kind, str]]:
    """Every kind the chooser offers, in order, with its name (plural: "Check-ins")."""
    names = {
        kinds.ENTRY: tr("Journal entries"),
        kinds.CHECKIN: tr("Check-ins"),
        kinds.SESSION: tr("Sessions"),
        kinds.HOMEWORK: tr("Homework done"),
        kinds.EXERCISE_RUN: tr("Exercises"),
        kinds.BOUNDARY_MOMENT: tr("Boundary moments"),
        kinds.INVITATION: tr("Invitations"),
        kinds.REFLECTION: tr("Reflections"),
        kinds.RELATIONSHIP_CHECKIN: tr("Relationship check-ins"),
        kinds.MEASURE: tr("Questionnaires"),
        kinds.SAFETY_CHECK: tr("Safety checks"),
    }
    return [(kind, names[kind]) for kind in kinds.ALL_KINDS]


def kind_word(kind: Kind) -> str:
    """One item's kind, as the start of its second line ("Check-in")."""
    words = {
        kinds.ENTRY: tr("Journal entry"),
        kinds.CHECKIN: tr("Check-in"),
        kinds.SESSION: tr("Session"),
        kinds.HOMEWORK: tr("Homework done"),
        kinds.EXERCISE_RUN: tr("Exercise"),
        kinds.BOUNDARY_MOMENT: tr("Boundary moment"),
        kinds.INVITATION: tr("Invitation"),
        kinds.REFLECTION: tr("Reflection"),
        kinds.RELATIONSHIP_CHECKIN: tr("Relationship check-in"),
        kinds.MEASURE: tr("Questionnaire"),
        kinds.SAFETY_CHECK: tr("Safety check"),
    }
    return words.get(kind, tr("Something noted"))


# ----- days and times --------------------------------------------------------------------


def day_text(day: date, today: date) -> str:
    """ "Today", "Yesterday", "Tomorrow", or "Tue 4 Mar" (with the year when it is not
    this year's)."""
    if day == today:
        return tr("Today")
    if day == today - timedelta(days=1):
        return tr("Yesterday")
    if day == today + timedelta(days=1):
        return tr("Tomorrow")
    pattern = tr("ddd d MMM") if day.year == today.year else tr("ddd d MMM yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def long_day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def time_text(moment: datetime) -> str:
    """The wall-clock time the item carries (as its own page shows it)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def month_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, 1), tr("MMMM yyyy"))


# ----- one item --------------------------------------------------------------------------


def shown(text: str, limit: int = ROW_CHARS) -> str:
    """Typed text on one line, cut at ``limit`` characters, isolated."""
    line = " ".join(text.split())
    if len(line) > limit:
        line = line[: limit - 1].rstrip() + "\u2026"
    return isolated(line)


def _int(values: Mapping[str, JsonValue], name: str) -> int | None:
    value = values.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text(values: Mapping[str, JsonValue], name: str) -> str:
    value = values.get(name)
    return value if isinstance(value, str) else ""


def _entry(item: TimelineItem) -> tuple[str, list[str]]:
    from app.journal.naming import after_name, entry_name

    preview = _text(item.values, "preview")
    headline = isolated(entry_name(item.title, preview, tr("Untitled entry")))
    rest = after_name(item.title, preview)
    return headline, [shown(rest, 120)] if rest.strip() else []


def _checkin(item: TimelineItem) -> tuple[str, list[str]]:
    v = item.values
    mood, stress, craving = _int(v, "mood"), _int(v, "stress"), _int(v, "craving")
    if mood is not None and stress is not None and craving is not None:
        headline = tr("Mood {mood}, stress {stress}, craving {craving}").format(
            mood=mood, stress=stress, craving=craving
        )
    else:
        headline = tr("Check-in")
    note = _text(v, "note")
    return headline, [shown(note)] if note.strip() else []


def _session(item: TimelineItem) -> tuple[str, list[str]]:
    from app.sessions.model import PartnerResponse, Status
    from ui.sessions import words as session_words

    v = item.values
    headline = session_words.kind_name(_text(v, "kind"))
    details = []
    status = _text(v, "status")
    if status in {s.value for s in Status}:
        details.append(session_words.status_name(Status(status)))
    minutes = _int(v, "minutes")
    if minutes is not None:
        details.append(plural(minutes, "1 minute", "%Ln minutes"))
    partner = _text(v, "partner")
    if partner in {p.value for p in PartnerResponse} and partner != PartnerResponse.NOT_ASKED:
        answer = session_words.response_label(PartnerResponse(partner))
        details.append(tr("Partner: {answer}").format(answer=answer))
    return headline, details


def _homework(item: TimelineItem) -> tuple[str, list[str]]:
    return shown(item.title) or tr("Homework"), []


def _exercise(item: TimelineItem) -> tuple[str, list[str]]:
    v = item.values
    headline = shown(item.title) or tr("An exercise")
    if v.get("finished") is True:
        return headline, [tr("Finished")]
    answered, steps = _int(v, "answered"), _int(v, "steps")
    if answered is not None and steps:
        return headline, [
            tr("{answered} of {steps} steps, not finished yet").format(
                answered=answered, steps=steps
            )
        ]
    return headline, [tr("Not finished yet")]


def _boundary_moment(item: TimelineItem) -> tuple[str, list[str]]:
    from app.boundaries.model import Outcome
    from ui.boundaries import words as boundary_words

    v = item.values
    details = []
    outcome = _text(v, "outcome")
    if outcome in {o.value for o in Outcome}:
        details.append(boundary_words.outcome_text(Outcome(outcome)))
    feeling = _int(v, "feeling")
    if feeling is not None:
        details.append(tr("I felt {n} of 10").format(n=feeling))
    happened = _text(v, "what_happened")
    if happened.strip():
        details.append(shown(happened, 120))
    return shown(item.title) or tr("A boundary"), details


def _invitation(item: TimelineItem) -> tuple[str, list[str]]:
    from app.invitations.model import Answer, How
    from app.sessions.model import DeclineReason
    from ui.invitations import words as invitation_words

    v = item.values
    answer = _text(v, "answer")
    if answer in {a.value for a in Answer}:
        headline = invitation_words.answer_text(Answer(answer))
    else:
        headline = tr("I asked about therapy together")
    if v.get("they_raised") is True:
        headline = tr("{answer} (they brought it up)").format(answer=headline)
    details = []
    how = _text(v, "how")
    if how in {h.value for h in How}:
        details.append(invitation_words.how_word(How(how)))
    reason = _text(v, "reason")
    if reason in {r.value for r in DeclineReason}:
        details.append(invitation_words.reason_label(DeclineReason(reason)))
    feeling = _int(v, "feeling")
    if feeling is not None:
        details.append(tr("I felt {n} of 10").format(n=feeling))
    return headline, details


def _reflection(item: TimelineItem) -> tuple[str, list[str]]:
    v = item.values
    answered = sum(
        len(part) for part in (v.get("reasons"), v.get("impacts")) if isinstance(part, Mapping)
    )
    headline = tr("Why they might be saying no, and what it does to me")
    return headline, [plural(answered, "1 answer", "%Ln answers")] if answered else []


def _relationship_checkin(item: TimelineItem) -> tuple[str, list[str]]:
    scores = [s for s in item.values.values() if isinstance(s, int) and not isinstance(s, bool)]
    headline = tr("How things are between us in {month}").format(month=month_text(item.day))
    return headline, [plural(len(scores), "1 answer", "%Ln answers")] if scores else []


def _measure(item: TimelineItem) -> tuple[str, list[str]]:
    v = item.values
    name = _text(v, "name") or tr("A questionnaire")
    score = _int(v, "score")
    if score is None:
        return name, []
    try:
        from app.measures.content import bundled
        from ui.measures.words import score_text

        measure = bundled().get(_text(v, "measure"))
        if measure is not None:
            return tr("{name}: {score}").format(name=name, score=score_text(measure, score)), []
    except Exception as error:  # the content could not be read: the figures still show
        log.warning("questionnaire words unavailable (%s)", type(error).__name__)
    top = _int(v, "max_score")
    said = str(score) if top is None else tr("{score} of {top}").format(score=score, top=top)
    return tr("{name}: {score}").format(name=name, score=said), []


def _safety(item: TimelineItem) -> tuple[str, list[str]]:
    answered, yes = _int(item.values, "answered"), _int(item.values, "yes")
    if answered is None or yes is None:
        return tr("Safety check saved"), []
    if yes == 0:
        said = tr("no to all {n} answered").format(n=answered)
    else:
        said = tr("yes to {yes} of {n} answered").format(yes=yes, n=answered)
    return tr("Safety check saved"), [said]


def _other(item: TimelineItem) -> tuple[str, list[str]]:
    return shown(item.title) or kind_word(Kind.of(item)), []


_WORDING: Final[dict[Kind, Callable[[TimelineItem], tuple[str, list[str]]]]] = {
    kinds.ENTRY: _entry,
    kinds.CHECKIN: _checkin,
    kinds.SESSION: _session,
    kinds.HOMEWORK: _homework,
    kinds.EXERCISE_RUN: _exercise,
    kinds.BOUNDARY_MOMENT: _boundary_moment,
    kinds.INVITATION: _invitation,
    kinds.REFLECTION: _reflection,
    kinds.RELATIONSHIP_CHECKIN: _relationship_checkin,
    kinds.MEASURE: _measure,
    kinds.SAFETY_CHECK: _safety,
}


def item_lines(item: TimelineItem) -> tuple[str, str]:
    """The row's two lines: what it is in the person's or the module's words (flagged
    ones marked), then its kind, its time and a few details."""
    wording = _WORDING.get(Kind.of(item), _other)
    try:
        headline, details = wording(item)
    except Exception as error:  # a value of a shape not expected: say what it is
        log.warning("a timeline item could not be worded (%s)", type(error).__name__)
        headline, details = _other(item)
    second = [kind_word(Kind.of(item))]
    if item.at is not None:
        second.append(time_text(item.at))
    second.extend(details)
    if item.flagged:
        second.append(tr("to bring to therapy"))
    first = (FLAG if item.flagged else "") + headline
    return first, DOT.join(second)


def jump_target(item: TimelineItem) -> tuple[str, str]:
    """Where the item is shown: its module's page and the ``ref`` that page's
    ``show_item`` takes (homework opens the session it belongs to)."""
    if Kind.of(item) == kinds.HOMEWORK:
        session = _int(item.values, "session")
        if session is not None:
            return "sessions", str(session)
    return item.module, item.ref


def failure_text(error: BaseException) -> str:
    """A read failed: one plain sentence for the person."""
    from app.platform.errors import UserError

    if isinstance(error, UserError):
        return tr("Your timeline couldn't be read just now: {reason}").format(
            reason=error_words(error)
        )
    log.error("timeline read failed (%s)", type(error).__name__)
    return tr("Your timeline couldn't be read just now. Please try again.")
