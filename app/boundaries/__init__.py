"""Boundaries and their log, a feature module (Qt-free; imports nothing at start-up).

- ``model``: ``BoundaryDraft``/``Boundary`` (area, statement "If ..., I will ...", need,
  rehearsal, flag, the exercise run it came from), ``EventDraft``/``BoundaryEvent`` (a
  tested moment: date and optional time, outcome, feeling 0..10, what happened, next
  time), ``Outcome``, ``OutcomeCounts``, ``BoundarySummary``.
- ``repository``: ``BoundaryRepository(connection, clock, areas)``: create, update,
  set_bring_to_therapy, archive/unarchive, trash/restore/purge/purge_expired, get,
  active(), archived(), in_trash(); log_event, update_event, delete_event, get_event,
  events(boundary_id, limit, before) paged newest first (``cursor_of``), counts(...),
  events_between(start, end).
- ``stats``: ``held_over_time(connection, boundary_id, start, end, bucket)`` (the
  chart's weeks or months) and ``summary(buckets, bucket)`` (its text alternative).
- ``ops``: every change as an operation returning ``OpResult`` with the module's topics.
- ``areas``: the areas of life from ``resources/content/boundary_areas.json``.
- ``errors``: ``InvalidBoundary``, ``NotFound`` (one readable line each).
- ``schema``: schema step 7. ``demo``: demo boundaries and logs. ``module``: ``MODULE``.
"""
