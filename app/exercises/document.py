"""A run as a short document a therapist can read: the therapist packet, exports, copy.

The exercise's title, the line saying what it is adapted from, the date (or dates),
then each step that shows for these answers and has one: its prompt, then the answer
as words (option labels, "Yes", "7 out of 10"...; ``app.exercises.answers.answer_text``).
No step ids, no empty steps, no help text. Everything is read from the run's own
snapshot, so the document reads the same after the exercise changes in the content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.exercises.answers import answer_text, is_answered, visible_steps
from app.exercises.model import Run
from app.platform.contributions import Paragraph
from app.platform.wording import english_long_day


@dataclass(frozen=True)
class DocumentItem:
    prompt: str
    answer: str  # may hold several lines (a list) or paragraphs (free text)


@dataclass(frozen=True)
class RunDocument:
    title: str
    adapted_from: str
    started: date
    finished: date | None
    dates: str  # "3 March 2026", or "Started 3 March 2026, finished 5 March 2026"
    items: tuple[DocumentItem, ...]
    bring_to_therapy: bool = False


def long_date(day: date) -> str:
    """``3 March 2026`` (English month names, whatever the computer's locale)."""
    return english_long_day(day)


def _dates(started: date, finished: date | None) -> str:
    if finished is None:
        return f"Started {long_date(started)}, not finished yet"
    if finished == started:
        return long_date(started)
    return f"Started {long_date(started)}, finished {long_date(finished)}"


def run_document(run: Run) -> RunDocument:
    """The run as a document (see the module docstring)."""
    items: list[DocumentItem] = []
    for step in visible_steps(run.exercise, run.answers):
        value = run.answers.get(step.id)
        if value is None or not is_answered(step, value):
            continue
        text = answer_text(step, value).strip()
        prompt = step.prompt.strip()
        if text:
            items.append(DocumentItem(prompt, text))
    started = run.started.date()
    finished = None if run.finished is None else run.finished.date()
    return RunDocument(
        title=run.exercise.title.strip() or "Exercise",
        adapted_from=run.exercise.adapted_from.strip(),
        started=started,
        finished=finished,
        dates=_dates(started, finished),
        items=tuple(items),
        bring_to_therapy=run.bring_to_therapy,
    )


def as_paragraphs(document: RunDocument) -> tuple[Paragraph, ...]:
    """The document as packet paragraphs: a heading line, the adaptation line, then
    each prompt followed by its answer (a long answer keeps its paragraphs)."""
    blocks = [Paragraph(f"{document.title} \u2014 {document.dates}")]
    if document.adapted_from:
        blocks.append(Paragraph(document.adapted_from))
    for item in document.items:
        blocks.append(Paragraph(item.prompt))
        blocks.extend(Paragraph(part.strip()) for part in item.answer.split("\n\n") if part.strip())
    return tuple(blocks)


def as_text(document: RunDocument) -> str:
    """The document as plain text (to copy, or for a plain-text export)."""
    return "\n\n".join(block.text for block in as_paragraphs(document)) + "\n"
