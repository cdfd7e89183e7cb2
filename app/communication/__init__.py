"""Gentle checks on what a person writes to their partner (Qt-free).

- ``checker.check_message``: what in a message tends to start a fight, each point with
  its place in the text, why, and a wording to consider.
- ``craft.craft_check``: the positive-communication rules adapted from CRAFT, met or
  not yet.
- ``boundary_draft.check_boundary``: gentle checks on a boundary draft.

The rules are data under ``resources/content/message_checks/`` (one base file per
language, ``en.json``, plus ``craft_en.json`` and ``boundary_en.json``). Nothing here
sends, stores or logs what the person writes.
"""
