"""One timeline across every module, newest first, a page at a time (Qt-free).

Every feature module may give the timeline its items through its ``timeline`` hook
(``app/platform/contributions.py``): ``hook(connection, start, end)`` yields the
module's :class:`~app.platform.contributions.TimelineItem` s on the days ``start`` ..
``end``. This package merges them:

- ``kinds``: the kinds of item there are (module and kind), which can be marked "bring
  to therapy", and the filter a person chooses (:class:`TimelineFilter`).
- ``days``: for each module, the newest day before a given day that has an item, read
  from the module's own indexes; the walk uses it to step over empty stretches and to
  stop at the oldest day with anything on it.
- ``paging``: :func:`read_page`, newest first, with a :class:`Cursor` for the next page.

See docs/ARCHITECTURE.md, "Contributions to the shared views". Items are content from
the vault: nothing here logs them or keeps them.
"""

from app.timeline.kinds import ALL_KINDS, Kind, TimelineFilter
from app.timeline.paging import Cursor, TimelinePage, read_page

__all__ = ["ALL_KINDS", "Cursor", "Kind", "TimelineFilter", "TimelinePage", "read_page"]
