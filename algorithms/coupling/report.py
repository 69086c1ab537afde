"""The tables of a coupling-coordination report (ecosecurity:couplingreport), as the
Chishui study publishes them: the indicator weights, D by region and year with its grade,
and by year the mean, range and number of regions in each grade.

Pure numpy; the tool reads the tables and draws the graded maps.
"""
import html

import numpy as np

from .join import sort_times
from ..errors import EcoError


class ReportError(EcoError, ValueError):
    """A table the report cannot be drawn from."""


def pivot(regions, times, values, levels=None):
    """Region x time grids of values (NaN where missing) and levels (0 where missing):
    (region keys, time keys, values, levels). A (region, time) given twice is an error."""
    rows, cols = sort_times(regions), sort_times(times)
    r_at = {r: k for k, r in enumerate(rows)}
    c_at = {c: k for k, c in enumerate(cols)}
    ri = np.array([r_at[r] for r in regions], np.int64)
    ci = np.array([c_at[c] for c in times], np.int64)
    flat = ri * len(cols) + ci
    uniq, counts = np.unique(flat, return_counts=True)
    if (counts > 1).any():
        k = int(np.nonzero(np.isin(flat, uniq[counts > 1]))[0][0])
        raise ReportError("region {region} appears more than once in time {time}",
                          region=regions[k], time=times[k])
    grid = np.full((len(rows), len(cols)), np.nan)
    grid[ri, ci] = np.asarray(values, np.float64)
    lv = np.zeros((len(rows), len(cols)), np.int64)
    if levels is not None:
        lv[ri, ci] = [0 if v is None else int(v) for v in levels]
    return rows, cols, grid, lv


def by_time(cols, grid, lv, n_levels, tr=str):
    """One row per time: mean, minimum and maximum of D over regions, then the number of
    regions in each level 1..n_levels. tr: the tool's translator of the headings (English
    by default; see i18n/catalogue.py)."""
    header = [tr("time"), tr("regions"), tr("mean"), tr("min"), tr("max")] + \
        [tr("level %d") % (k + 1) for k in range(n_levels)]
    rows = []
    for j, t in enumerate(cols):
        v = grid[:, j]
        ok = np.isfinite(v)
        counts = np.bincount(lv[ok, j], minlength=n_levels + 1)[1:n_levels + 1]
        rows.append([t, int(ok.sum())] + ([float(v[ok].mean()), float(v[ok].min()),
                                            float(v[ok].max())] if ok.any() else [None] * 3)
                    + [int(c) for c in counts])
    return header, rows


def chosen_times(cols, wanted=None, n=3):
    """The times to map: those asked for that exist (in the table's order), else the first,
    the middle and the last."""
    if wanted:
        keys = {str(c): c for c in cols}
        missing = [w for w in wanted if str(w) not in keys]
        if missing:
            raise ReportError("no rows for time(s) {missing}; the table holds {times}",
                              missing=", ".join(map(str, missing)),
                              times=", ".join(map(str, cols)))
        return [keys[str(w)] for w in wanted]
    if len(cols) <= n:
        return list(cols)
    picks = np.unique(np.round(np.linspace(0, len(cols) - 1, n)).astype(int))
    return [cols[k] for k in picks]


def grid_html(rows, cols, grid, lv, colours, labels, digits=3, tr=str):
    """The region x time table of D, each cell on its level's colour (levels 1..n), with
    the level's label as the cell's tooltip."""
    def cell(v, k):
        if not np.isfinite(v):
            return "<td></td>"
        if 1 <= k <= len(colours):
            return "<td style='background:%s' title='%s'>%.*f</td>" % (
                colours[k - 1], html.escape(labels[k - 1]), digits, v)
        return "<td>%.*f</td>" % (digits, v)
    head = "<tr><th>%s</th>%s</tr>" % (html.escape(tr("region")), "".join(
        "<th>%s</th>" % html.escape(str(c)) for c in cols))
    body = "".join("<tr><th>%s</th>%s</tr>" % (html.escape(str(r)), "".join(
        cell(grid[i, j], int(lv[i, j])) for j in range(len(cols)))) for i, r in enumerate(rows))
    key = "".join("<span style='background:%s;padding:1px 6px;margin-right:4px'>%d %s</span>"
                  % (c, k + 1, html.escape(lbl)) for k, (c, lbl) in enumerate(zip(colours,
                                                                                  labels)))
    return "<p>%s</p><table>%s%s</table>" % (key, head, body)
