"""The invitation planner, a feature module (Qt-free; imports nothing at start-up).

A guided loop for inviting a partner to therapy without pressure: plan (is now a good
time, what might be behind their no, the ask and a small offer, what I keep doing
either way), ask, record the attempt, look after myself.

- ``model``: ``PlanDraft``/``Plan``, ``AttemptDraft``/``Attempt``, ``How``, ``Answer``,
  ``Halt``, ``Calm``, ``Spacing``.
- ``repository``: ``InvitationRepository(connection, clock)``: plans (create, update,
  trash/restore/purge/purge_expired, get, plans()), attempts (log, update, delete,
  get, attempts() paged newest first, attempts_between), the spacing setting.
- ``stats``: outcomes per month (the chart) and their words; ``spacing`` (when asking
  again would be kinder).
- ``content``: reasons (with what might ease each), small offers, the timing
  questions and what I keep doing, from ``resources/content/invitations/``.
- ``ops``: every change as an operation returning ``OpResult`` with the module's topics.
- ``errors``, ``validation``, ``schema`` (step 8), ``demo``, ``module`` (``MODULE``).
"""
