"""The session tracker, a feature module (Qt-free; imports nothing at start-up).

- ``model``: the values (``Session``, ``SessionDraft``, ``HomeworkItem``, ``Topic``,
  ``Schedule``, ``WeekHours``...) and the limits on them.
- ``repository``: ``SessionRepository`` (create, save, trash, every list: upcoming,
  past pages, month, overlaps, detail) and ``ProviderRepository``.
- ``homework``, ``bring_up``, ``schedules``, ``hours``, ``partner``: homework, the
  "bring up next time" queue, repeating schedules, program hours and streaks, and the
  partner's answers with their neutral labels.
- ``ops``: every change as an operation returning ``OpResult`` with the module's topics.
- ``kinds``: kinds of session from ``resources/content/session_kinds.json``.
- ``ics``: planned sessions as a calendar file, with neutral titles.
- ``reminders``: the one neutral reminder text.
- ``schema``: schema step 5. ``demo``: demo history. ``module``: ``MODULE``.
"""
