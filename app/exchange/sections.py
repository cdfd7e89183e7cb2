"""The sections a therapist packet can hold, in the order a therapist reads them, and
which are ticked before the person chooses.

Each is offered by a module's ``packet`` hook (``app/<module>/module.py``); a test
checks that every section a module makes is listed here, so a new one is never
silently left out of the wizard or the command line.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.platform.sentence import sentence


@dataclass(frozen=True)
class SectionChoice:
    id: str
    title: str  # an English message id; the window translates it
    default: bool = True


# The first page's figures come from every section's ``summary`` lines.
SUMMARY = "summary"

SECTIONS: tuple[SectionChoice, ...] = (
    SectionChoice(SUMMARY, "Summary"),
    SectionChoice("checkins.summary", "Check-ins and trends"),
    SectionChoice("measures.scores", "PHQ-9 and GAD-7 scores"),
    SectionChoice("sessions.summary", "Sessions at a glance"),
    SectionChoice("sessions.list", "Sessions and takeaways"),
    SectionChoice("sessions.homework", "Homework"),
    SectionChoice("sessions.topics", "To bring up"),
    SectionChoice("journal.flagged", "Entries to bring"),
    SectionChoice("boundaries.log", "Boundaries"),
    SectionChoice("invitations.attempts", "Inviting my partner"),
    SectionChoice("sessions.partner", "My partner and my sessions"),
    SectionChoice("reflection.summary", "Relationship reflection", default=False),
    SectionChoice("exercises.flagged", "Exercises to bring"),
)

SECTION_IDS: tuple[str, ...] = tuple(s.id for s in SECTIONS)
DEFAULT_SECTIONS: frozenset[str] = frozenset(s.id for s in SECTIONS if s.default)


class UnknownSectionError(ValueError):
    """A section name that is not one of :data:`SECTIONS` (one sentence for the person)."""


def parse_sections(text: str) -> frozenset[str]:
    """``"summary,journal.flagged"`` as section ids; ``"all"`` is every section,
    ``"default"`` the ones ticked first. Unknown names are refused, all named."""
    names = [part.strip() for part in text.split(",") if part.strip()]
    if not names:
        raise UnknownSectionError("No sections were named.")
    chosen: set[str] = set()
    unknown: list[str] = []
    for name in names:
        if name == "all":
            chosen.update(SECTION_IDS)
        elif name == "default":
            chosen.update(DEFAULT_SECTIONS)
        elif name in SECTION_IDS:
            chosen.add(name)
        else:
            unknown.append(name)
    if unknown:
        raise UnknownSectionError(
            sentence(
                "Unknown section {section}; choose from: {sections}, all, default.",
                section=", ".join(repr(u) for u in unknown),
                sections=", ".join(SECTION_IDS),
            )
        )
    return frozenset(chosen)
