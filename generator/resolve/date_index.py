"""Which clusters a dated report can join: an index by type family and by month."""
from __future__ import annotations

from generator.extract.events.lexicon import family
from generator.model import DateValue, EventMention


class DateIndex:
    """Clusters by type family and by the months their first date covers: a dated report can
    only join a cluster whose every date agrees with (so overlaps) its own, so only clusters
    sharing a month with it are compared (in the order they were made), not all of them."""

    WIDE = 24  # months; a date spanning more is compared with every cluster of its family

    def __init__(self) -> None:
        self.by_month: dict[tuple[str, int], list[int]] = {}
        self.wide: dict[str, list[int]] = {}
        self.by_family: dict[str, list[int]] = {}

    @staticmethod
    def _months(date: DateValue) -> range:
        return range(date.start.year * 12 + date.start.month - 1, date.end.year * 12 + date.end.month)

    def add(self, first: EventMention, number: int) -> None:
        fam, months = family(first.type), self._months(first.date)
        self.by_family.setdefault(fam, []).append(number)
        if len(months) > self.WIDE:
            self.wide.setdefault(fam, []).append(number)
        else:
            for month in months:
                self.by_month.setdefault((fam, month), []).append(number)

    def candidates(self, m: EventMention) -> list[int]:
        fam, months = family(m.type), self._months(m.date)
        if len(months) > self.WIDE:
            return list(self.by_family.get(fam, ()))
        found = set(self.wide.get(fam, ()))
        for month in months:
            found.update(self.by_month.get((fam, month), ()))
        return sorted(found)
