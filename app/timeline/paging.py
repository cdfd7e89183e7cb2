"""The timeline a page at a time, newest first, across every module's timeline hook.

``read_page(connection, wanted, cursor, size)`` merges one stream per module. A stream
reads its module's items a window of days at a time through the module's hook, newest
window first, and keeps those the filter wants; the page takes the newest item any
stream holds, over and over. A stream reads its next window only when the page has
taken everything it held and that window could hold something newer than what the
other streams hold: a module whose items are all older than the page is not read.

Before each window a stream asks its module for the newest day that has anything
(``app/timeline/days.py``: one indexed query), so a window always ends on a day with
items: empty weeks or years cost nothing, and a stream stops at its module's oldest
day. Each stream's window is as wide as its own items need (a busy journal reads a day
or two, a monthly check-in a season), so a page reads about one page of items whatever
the size of the vault, and a sparse module never makes a dense one read more.

Order: newest first by (day, moment, module, kind, ref). An item with no moment (a
check-in is a day) comes before the timed items of its day. The :class:`Cursor` of a
page is the sort key of its last item: the next page holds exactly the items after
it, so items that share a day are neither repeated nor skipped, and an item added
meanwhile on a day already passed does not move what follows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from app.platform import timestamps
from app.platform.contributions import TimelineItem, TimelineSource
from app.platform.errors import InvalidValue
from app.platform.module import FeatureModule
from app.platform.sentence import sentence
from app.platform.sql import Connection
from app.timeline import days
from app.timeline.kinds import TimelineFilter

# (day, 1 for an item without a moment else 0, the moment's UTC key, module, kind, ref)
SortKey = tuple[int, int, str, str, str, str]

DEFAULT_SIZE: Final = 50
MAX_SIZE: Final = 1000
# A module's first window (days); then as wide as its items' density asks for.
FIRST_WIDTH: Final = 7
MAX_WIDTH: Final = 3660
# A window is made this much wider than the density seen says it needs.
_MARGIN: Final = 1.25
_ONE_DAY: Final = timedelta(days=1)


def sort_key(item: TimelineItem) -> SortKey:
    """Where ``item`` stands; larger is newer (the timeline sorts by it, descending)."""
    if item.at is None:
        return (item.day.toordinal(), 1, "", item.module, item.kind, item.ref)
    return (
        item.day.toordinal(),
        0,
        timestamps.utc_key(item.at),
        item.module,
        item.kind,
        item.ref,
    )


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: just after the item whose sort key is ``after``.

    ``widths`` holds each module's window (days) for the next page, from how dense its
    items were; it changes how much is read, never which items come.
    """

    after: SortKey
    widths: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class TimelinePage:
    """Up to ``size`` items, newest first; ``cursor`` is None when none are left."""

    items: tuple[TimelineItem, ...]
    cursor: Cursor | None
    # How many windows of days were read (for tests and the benchmark).
    windows: int = field(default=0, compare=False)


@dataclass
class _Stream:
    """One module's items, read a window at a time, newest first."""

    module: str
    hook: TimelineSource
    newest_before: days.NewestBefore
    width: int
    next_day: date | None = None  # the newest day, not yet read, that may hold items
    # Read and wanted but not yet on the page, oldest first (so pop() gives the newest).
    held: list[tuple[SortKey, TimelineItem]] = field(default_factory=list)
    windows: int = 0

    def may_hold_newer(self, floor: date, than: SortKey | None) -> bool:
        """Whether this stream, holding nothing, may still have an item from ``floor`` on
        that is newer than ``than`` (the newest item another stream holds)."""
        if self.held or self.next_day is None or self.next_day < floor:
            return False
        return than is None or self.next_day.toordinal() >= than[0]

    def read_window(
        self,
        connection: Connection,
        wanted: TimelineFilter,
        floor: date,
        after: SortKey | None,
        need: int,
    ) -> None:
        """Read the window of days ending on the newest day not yet read."""
        assert self.next_day is not None
        end = self.next_day
        start = max(floor, end - timedelta(days=self.width - 1))
        got: list[tuple[SortKey, TimelineItem]] = []
        for item in self.hook(connection, start, end):
            if not start <= item.day <= end or not wanted.admits(item):
                continue
            key = sort_key(item)
            if after is None or key < after:  # on the cursor's day: not given before
                got.append((key, item))
        self.next_day = self.newest_before(connection, start)
        self.windows += 1
        if got:
            got.sort(key=lambda pair: pair[0])
            self.held = got
            density = len(got) / ((end - start).days + 1)
            self.width = min(self.width * 4, _width_for(need, density))
        else:
            self.width = min(MAX_WIDTH, self.width * 4)  # sparse here: widen fast


def read_page(
    connection: Connection,
    wanted: TimelineFilter | None = None,
    cursor: Cursor | None = None,
    size: int = DEFAULT_SIZE,
    *,
    modules: Sequence[FeatureModule] | None = None,
) -> TimelinePage:
    """The next ``size`` items the filter ``wanted`` shows, after ``cursor`` (from the
    newest when None). ``modules`` defaults to every feature module."""
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_SIZE:
        raise InvalidValue(
            sentence("A page of the timeline holds from 1 to {max_size} items.", max_size=MAX_SIZE)
        )
    wanted = wanted if wanted is not None else TimelineFilter()
    if modules is None:
        from app.platform.registry import feature_modules

        modules = feature_modules()
    top = timestamps.LATEST if wanted.end is None else wanted.end
    if cursor is not None:
        top = min(top, date.fromordinal(cursor.after[0]))
    floor = timestamps.EARLIEST if wanted.start is None else wanted.start
    after = cursor.after if cursor is not None else None
    widths = dict(cursor.widths) if cursor is not None else {}

    streams: list[_Stream] = []
    for module in modules:
        if module.timeline is None or not wanted.may_show(module.id):
            continue
        stream = _Stream(
            module.id,
            module.timeline,
            days.newest_before(module.id, module.timeline),
            max(1, min(MAX_WIDTH, widths.get(module.id, FIRST_WIDTH))),
        )
        stream.next_day = stream.newest_before(connection, top + _ONE_DAY)
        streams.append(stream)

    # One more than a page: whether it is there says whether another page follows.
    taken: list[tuple[SortKey, TimelineItem]] = []
    while len(taken) <= size:
        newest = max((s for s in streams if s.held), key=_head, default=None)
        than = None if newest is None else _head(newest)
        # A stream that holds nothing is read only when its next day could beat the
        # newest item held: a module whose items are all older waits (maybe for ever).
        waiting = [s for s in streams if s.may_hold_newer(floor, than)]
        if waiting:
            reader = max(waiting, key=lambda s: s.next_day or floor)
            reader.read_window(connection, wanted, floor, after, size + 1 - len(taken))
            continue
        if newest is None:
            break
        taken.append(newest.held.pop())

    shown = taken[:size]
    next_cursor = None
    if len(taken) > size:
        next_cursor = Cursor(shown[-1][0], tuple((s.module, s.width) for s in streams))
    return TimelinePage(
        tuple(item for _key, item in shown), next_cursor, sum(s.windows for s in streams)
    )


def _head(stream: _Stream) -> SortKey:
    return stream.held[-1][0]


def _width_for(items: int, density: float) -> int:
    """Days a window needs to hold about ``items`` items at ``density`` items a day."""
    if items <= 0:
        return 1
    return max(1, min(MAX_WIDTH, math.ceil(items * _MARGIN / density)))
