"""What every feature module is built from (Qt-free).

- ``module``: :class:`FeatureModule`, one module declared in one place (its schema
  steps, demo data, and its contributions to the timeline, the therapist packet and
  the full export); ``registry.feature_modules()`` lists them in order.
- ``changes``: :class:`Changes` and :class:`OpResult`, the typed description of what
  an operation changed, which the window turns into one signal for every page.
- ``schema``: :class:`SchemaStep`, one numbered migration owned by a module.
- ``contributions``: the values modules give the timeline, the packet and the export.

See docs/ARCHITECTURE.md, "Feature modules".
"""
