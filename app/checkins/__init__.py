"""Daily check-ins, a feature module (Qt-free; imports nothing at start-up).

- ``model``: ``CheckIn`` (one day; scores 0..10, HALT, sleep, a one-line note).
- ``repository``: ``CheckInRepository(connection, clock)``: ``save(checkin) -> CheckIn``
  (replaces that day; returns what was stored, note on one line), ``get(day)``,
  ``between(start, end)`` (oldest first, inclusive), ``delete(day) -> bool``.
- ``ops``: ``save`` and ``delete`` as operations returning ``OpResult`` with the
  ``CHECKINS`` topic.
- ``errors``: ``InvalidCheckIn`` (one readable line).
- ``schema``: schema step 4. ``demo``: demo check-ins. ``module``: ``MODULE``.
"""
