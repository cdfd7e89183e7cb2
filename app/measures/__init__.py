"""PHQ-9 and GAD-7, a feature module (Qt-free; imports nothing at start-up).

- ``content``: the questionnaires as data (``resources/content/measures/``): standard
  wording, answer options, scoring and severity bands, read strictly.
- ``model``: ``Run`` (one dated taking of a questionnaire, in progress or scored),
  ``Status``, ``HistoryPoint``.
- ``repository``: ``MeasureRepository(connection, clock, catalogue)``: start (or carry on),
  answer (scores once every item is answered, rescores a change), set_follow_up,
  delete, get, in_progress, history, runs_between.
- ``ops``: every change as an operation returning ``OpResult`` with the module's topic.
- ``crisis``: the crisis lines the screen before a PHQ-9 score shows.
- ``errors``: ``InvalidAnswer``, ``NotFound``. ``schema``: step 10. ``demo``, ``module``.
"""
