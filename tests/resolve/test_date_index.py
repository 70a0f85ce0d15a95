"""Clustering one long article stays linear: a dated report is compared only with the clusters
whose first date shares a month with it, and a cluster's summary does not grow with its reports."""
from __future__ import annotations

import datetime as dt

from generator.model import DateValue, EventMention, Participant
from generator.resolve.clusters import _Cluster, cluster_mentions
from generator.resolve.date_index import DateIndex


def _report(n: int, day: dt.date, precision: str = "day", type_: str = "attack") -> EventMention:
    end = day if precision == "day" else dt.date(day.year, 12, 31)
    return EventMention(f"a{n % 7}", n, type_, "attacked", "The Taliban attacked a post.",
                        DateValue(day, end, precision, "explicit"),
                        participants=(Participant("taliban", "initiator"),))


def test_candidates_are_the_clusters_of_the_same_family_and_month():
    index = DateIndex()
    start = dt.date(2010, 1, 1)
    for n in range(1_200):  # a cluster every few days over eight years
        index.add(_report(n, start + dt.timedelta(days=2 * n)), n)
    index.add(_report(9_999, dt.date(2012, 1, 1), "year"), 1_200)  # a whole year: a wide date
    index.add(_report(9_998, dt.date(2012, 3, 1), type_="agreement"), 1_201)  # another family
    found = index.candidates(_report(0, dt.date(2012, 3, 15)))
    assert 1_200 in found and 1_201 not in found
    assert 10 <= len(found) <= 17  # one month of clusters (and the year), not 1,200
    assert found == sorted(found)  # in the order the clusters were made
    coarse = index.candidates(_report(1, dt.date(2012, 1, 1), "year"))
    assert 170 <= len(coarse) <= 200  # a year's report meets that year's clusters


def test_a_cluster_summary_does_not_grow_with_repeated_reports():
    cluster = _Cluster([_report(n, dt.date(2016, 6, 14)) for n in range(2_000)])
    assert len(cluster.dated) == 1 and cluster.doers == {"taliban"} and cluster.articles == {f"a{i}" for i in range(7)}


def test_one_happening_told_often_is_one_cluster_beside_the_others():
    # the same happening told 300 times and 300 others on other days: 301 clusters
    same = [_report(n, dt.date(2016, 6, 14)) for n in range(300)]
    others = [_report(1_000 + n, dt.date(2016, 1, 1) + dt.timedelta(days=n)) for n in range(300) if n != 165]
    groups = cluster_mentions(same + others)
    assert len(groups) == 1 + len(others)
    assert max(len(g) for g in groups) == 300
