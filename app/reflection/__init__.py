"""Relationship reflection, a feature module (Qt-free; imports nothing at start-up).

- ``content``: the reasons, impacts, options and monthly check-in questions, read
  strictly from ``resources/content/reflection/*.json`` (per-language text).
- ``model``: ``Answer``, ``ReflectionDraft``/``Reflection`` (a dated "why might they be
  saying no, and what it does to me"), ``ValuesDraft``/``Values`` (values and the
  future, one living page), ``CheckInDraft``/``MonthlyCheckIn`` (one per month).
- ``repository``: ``ReflectionRepository(connection, clock, content)``.
- ``compare``: what changed in one answer between two reflections (``change``).
- ``ops``: every change as an operation returning ``OpResult`` with the module's topics.
- ``errors``: ``InvalidReflection``, ``NotFound``. ``schema``: step 9. ``demo``, ``module``.
"""
