"""Long-format panel input of the unit-root tests (pure numpy): checks, per-unit series,
first differences within units and cross-sectional demeaning.

Periods are the sorted distinct time values of the whole table, so two periods are
consecutive when no other period of the table lies between them (years 2000, 2005, 2010
are consecutive if the table has nothing in between). A unit with gaps (periods missing
between its first and last, or non-finite values) is tested on its longest run of
consecutive periods (the latest run on a tie) and the gap is reported; R plm would
instead join the values across the gap as if they were consecutive.
"""
from dataclasses import dataclass, field

import numpy as np

from .unitroot_series import UnitRootError
from ..errors import Phrase


@dataclass
class Panel:
    """Series of one variable by unit, each on consecutive periods (the span tested)."""
    variable: str
    units: list
    series: list
    periods: list
    gaps: dict = field(default_factory=dict)      # unit -> periods missing inside its range
    dropped: dict = field(default_factory=dict)   # unit -> values left outside its span

    @property
    def lengths(self):
        return np.array([s.size for s in self.series])

    @property
    def balanced(self):
        first = self.periods[0]
        return all(p.size == first.size and np.array_equal(p, first) for p in self.periods)

    def describe_span(self, i):
        p = self.periods[i]
        return "%s-%s" % (_fmt(p[0]), _fmt(p[-1]))


def _fmt(x):
    x = x.item() if hasattr(x, "item") else x
    return ("%d" % x) if isinstance(x, float) and x.is_integer() else str(x)


def _encode(ids, times, values):
    ids, times = np.asarray(ids), np.asarray(times)
    values = np.asarray(values, dtype=float)
    if not (ids.ndim == times.ndim == values.ndim == 1) or not (
            ids.size == times.size == values.size):
        raise UnitRootError("ids, times and values must be 1-D and of equal length; got "
                            "{ids_size}, {times_size} and {values_size} values.",
                            ids_size="%d" % ids.size, times_size="%d" % times.size,
                            values_size="%d" % values.size)
    if ids.size == 0:
        raise UnitRootError("The panel is empty: no (unit, period, value) rows.")
    unit_keys, unit = np.unique(ids, return_inverse=True)
    period_keys, period = np.unique(times, return_inverse=True)
    return unit_keys, unit, period_keys, period, values


def _check_duplicates(unit_keys, unit, period_keys, period, variable):
    order = np.lexsort((period, unit))
    u, p = unit[order], period[order]
    dup = np.flatnonzero((u[1:] == u[:-1]) & (p[1:] == p[:-1]))
    if dup.size:
        pairs = sorted({(u[i], p[i]) for i in dup})
        shown = ", ".join("unit %s at %s" % (_fmt(unit_keys[a]), _fmt(period_keys[b]))
                          for a, b in pairs[:5])
        more = "" if len(pairs) <= 5 else Phrase(" and {n} more", n=len(pairs) - 5)
        raise UnitRootError(
            "{variable} has more than one row for the same unit and period: {shown}{more}. Keep "
            "one row per unit and period (remove or aggregate the duplicates).",
            variable=variable, shown=shown, more=more)
    return order


def prepare_panel(ids, times, values, variable="value", min_units=2):
    """Check a long-format panel and cut it into per-unit series.

    ids, times, values: 1-D arrays, one row per (unit, period). Raises UnitRootError for
    duplicate (unit, period) rows, a unit with fewer than 2 consecutive finite values, a
    unit whose tested values are all equal, or fewer than `min_units` units. Non-finite
    values count as missing periods."""
    unit_keys, unit, period_keys, period, values = _encode(ids, times, values)
    order = _check_duplicates(unit_keys, unit, period_keys, period, variable)
    finite = np.isfinite(values[order])
    u, p, v = unit[order][finite], period[order][finite], values[order][finite]
    starts = np.searchsorted(u, np.arange(unit_keys.size))
    ends = np.searchsorted(u, np.arange(unit_keys.size), side="right")
    panel = Panel(variable, [], [], [])
    for k, key in enumerate(unit_keys):
        key = key.item() if hasattr(key, "item") else key
        pos, val = p[starts[k]:ends[k]], v[starts[k]:ends[k]]
        if pos.size == 0:
            raise UnitRootError("Unit {unit} has no finite value of {variable}; drop the unit.",
                                unit=_fmt(key), variable=variable)
        cuts = np.flatnonzero(np.diff(pos) != 1) + 1
        if cuts.size:
            inside = np.arange(pos[0], pos[-1] + 1)
            panel.gaps[key] = [period_keys[i].item() for i in np.setdiff1d(inside, pos)]
            bounds = np.concatenate([[0], cuts, [pos.size]])
            runs = np.diff(bounds)
            best = runs.size - 1 - int(np.argmax(runs[::-1]))   # longest, latest on a tie
            a, b = bounds[best], bounds[best + 1]
            panel.dropped[key] = int(pos.size - (b - a))
            pos, val = pos[a:b], val[a:b]
        if pos.size < 2:
            raise UnitRootError("Unit {unit} has no two consecutive periods with values of "
                                "{variable}; drop the unit or fill its gaps.",
                                unit=_fmt(key), variable=variable)
        if np.ptp(val) == 0:
            raise UnitRootError(
                "Unit {unit}: {variable} is constant ({value}) over {first}-{last}, so no "
                "unit-root regression can be fitted; drop the unit or test another variable.",
                unit=_fmt(key), variable=variable, value="%g" % val[0],
                first=_fmt(period_keys[pos[0]]), last=_fmt(period_keys[pos[-1]]))
        panel.units.append(key)
        panel.series.append(val.copy())
        panel.periods.append(period_keys[pos])
    if len(panel.units) < min_units:
        raise UnitRootError("A panel unit-root test needs at least {min_units} units; {variable} "
                            "has {n_units}.",
                            min_units="%d" % min_units, variable=variable,
                            n_units="%d" % len(panel.units))
    return panel


def difference_within_units(ids, times, values):
    """First differences within units, x_it - x_i,t-1, in long format.

    Returns (ids, times, diffs) for every row whose previous period (in the table's sorted
    periods) holds a finite value of the same unit; first periods and rows after a gap are
    dropped. Duplicate (unit, period) rows raise UnitRootError."""
    unit_keys, unit, period_keys, period, values = _encode(ids, times, values)
    order = _check_duplicates(unit_keys, unit, period_keys, period, "the variable")
    u, p, v = unit[order], period[order], values[order]
    ok = (u[1:] == u[:-1]) & (p[1:] == p[:-1] + 1) & np.isfinite(v[1:]) & np.isfinite(v[:-1])
    rows = np.flatnonzero(ok) + 1
    return np.asarray(ids)[order][rows], np.asarray(times)[order][rows], v[rows] - v[rows - 1]


def demean_periods(panel):
    """Subtract from every value the cross-sectional mean of its period (over the units
    observed then), the usual guard against cross-sectional dependence (Levin, Lin and Chu
    2002; Stata's xtunitroot option demean)."""
    allp = np.concatenate(panel.periods)
    keys, inv = np.unique(allp, return_inverse=True)
    means = np.bincount(inv, weights=np.concatenate(panel.series)) / np.bincount(inv)
    out = Panel(panel.variable, list(panel.units), [], list(panel.periods),
                dict(panel.gaps), dict(panel.dropped))
    for s, p in zip(panel.series, panel.periods):
        out.series.append(s - means[np.searchsorted(keys, p)])
    return out
