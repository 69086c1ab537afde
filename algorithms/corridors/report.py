"""The tables of an ecological-security-network report (ecosecurity:networkreport), as the
Liuzhi study publishes them: sources by importance level (number, area), corridors by level
(number, length, cost distance, current), pinch points and barriers (number, area, length
of corridor through them) and key areas by administrative unit with their land use.

Pure numpy; the tool reads the layers, measures geometry and renders the maps. Each table's
tr argument translates its headings (the tool's self.tr; English by default, see
i18n/catalogue.py).
"""
import numpy as np

KM2 = 1e-6  # m2 -> km2
KM = 1e-3   # m -> km


def _levels(levels, n):
    if levels is None:
        return np.zeros(n, np.int64)
    lv = np.asarray([0 if v is None else int(v) for v in levels], np.int64)
    return lv


def source_table(ids, area_m2, dpc=None, levels=None, tr=str):
    """One row per source, level 1 first then by id: id, area (km2), dPC, level."""
    ids = np.asarray(ids)
    area = np.asarray(area_m2, np.float64)
    lv = _levels(levels, ids.size)
    order = np.lexsort((ids, np.where(lv > 0, lv, np.iinfo(np.int64).max)))
    header = [tr("source"), tr("area (km2)")] + (["dPC"] if dpc is not None else []) + \
        ([tr("level")] if levels is not None else [])
    rows = []
    for k in order:
        row = [int(ids[k]), area[k] * KM2]
        if dpc is not None:
            row.append(None if dpc[k] is None else float(dpc[k]))
        if levels is not None:
            row.append(int(lv[k]) if lv[k] > 0 else None)
        rows.append(row)
    return header, rows


def by_level(levels, amounts, share_of=None, tr=str):
    """Totals by level: level, number, then the sum of each amount (name -> values), and
    the share of the total of amount share_of. A last row sums every level."""
    lv = _levels(levels, len(next(iter(amounts.values()))))
    names = list(amounts)
    values = {n: np.asarray(amounts[n], np.float64) for n in names}
    header = [tr("level"), tr("number")] + names + \
        ([tr("share of %s") % share_of] if share_of else [])
    total_share = values[share_of].sum() if share_of else None
    rows = []
    for level in np.unique(lv):
        pick = lv == level
        row = [int(level) if level > 0 else "-", int(pick.sum())]
        row += [float(values[n][pick].sum()) for n in names]
        if share_of:
            row.append(float(values[share_of][pick].sum() / total_share) if total_share
                       else None)
        rows.append(row)
    total = [tr("all"), int(lv.size)] + [float(values[n].sum()) for n in names]
    if share_of:
        total.append(1.0 if total_share else None)
    return header, rows + [total]


def link_table(from_ids, to_ids, length_m, lcd, current=None, levels=None, tr=str):
    """One row per corridor, level 1 first then by cost distance: from, to, length (km),
    cost distance, cost per km of path, current (A), level."""
    a, b = np.asarray(from_ids), np.asarray(to_ids)
    length = np.asarray(length_m, np.float64)
    cost = np.asarray(lcd, np.float64)
    lv = _levels(levels, a.size)
    order = np.lexsort((cost, np.where(lv > 0, lv, np.iinfo(np.int64).max)))
    header = [tr("from"), tr("to"), tr("length (km)"), tr("cost distance"), tr("cost per km")] + \
        ([tr("current (A)")] if current is not None else []) + \
        ([tr("level")] if levels is not None else [])
    rows = []
    for k in order:
        per_km = cost[k] / (length[k] * KM) if length[k] > 0 else None
        row = [int(a[k]), int(b[k]), length[k] * KM, float(cost[k]), per_km]
        if current is not None:
            row.append(None if current[k] is None else float(current[k]))
        if levels is not None:
            row.append(int(lv[k]) if lv[k] > 0 else None)
        rows.append(row)
    return header, rows


def key_area_totals(kinds, tr=str):
    """One row per kind of key area (name, key_id and area_ha of each piece, corridor
    length inside them in m): number of key areas (a key area cut by unit boundaries counts
    once), total and largest area (ha), corridor length through them (km)."""
    header = [tr("key areas"), tr("number"), tr("area (ha)"), tr("largest (ha)"),
              tr("corridor length (km)")]
    rows = []
    for name, key_ids, area_ha, length_m in kinds:
        keys = np.asarray(key_ids, np.int64)
        area = np.asarray(area_ha, np.float64)
        uniq, inverse = np.unique(keys, return_inverse=True)
        whole = np.bincount(inverse, weights=area, minlength=uniq.size)
        rows.append([name, int(uniq.size), float(area.sum()),
                     float(whole.max()) if whole.size else 0.0,
                     float(np.sum(length_m)) * KM])
    return header, rows
