"""Reclassification of raster values into scores (pure numpy).

A table maps values or closed ranges to scores: '1=5; 2=3; 3=1' for land-use classes, or
'0,500=1; 500,1000=2' (min,max=score, min <= x <= max, the first matching row wins) for
continuous factors; 'value=nodata' marks values that are no data (e.g. sea coded 0). Computed methods (natural breaks, equal interval, quantile, manual
breaks) use the shared breaks module and give scores 1..k, ascending or descending.
"""
import numpy as np

from ..errors import EcoError

TABLE, NATURAL_BREAKS, EQUAL_INTERVAL, QUANTILE, MANUAL = 0, 1, 2, 3, 4
METHOD_NAMES = ["Table (value or range = score)", "Natural breaks (Fisher-Jenks)",
                "Equal interval", "Quantile", "Manual breaks"]


class ReclassError(EcoError, ValueError):
    """A table or method that cannot score the raster."""


def parse_table(text):
    """Rows of (low, high, score); a single value v gives (v, v, score)."""
    rows = []
    for k, part in enumerate(p.strip() for p in str(text or "").replace("\n", ";").split(";")):
        if not part:
            continue
        if "=" not in part:
            raise ReclassError("TABLE row {k}, {part}, is not 'value=score' or 'min,max=score'.",
                               k="%d" % (k + 1), part=repr(part))
        key, score = (s.strip() for s in part.split("=", 1))
        bounds = [b.strip() for b in key.split(",")]
        try:
            numbers = [float(b) for b in bounds]
            value = np.nan if score.lower() == "nodata" else float(score)
        except ValueError:
            raise ReclassError("TABLE row {k}, {part}: the values and the score must be numbers.",
                               k="%d" % (k + 1), part=repr(part)) from None
        if len(numbers) == 1:
            numbers = numbers * 2
        if len(numbers) != 2 or numbers[0] > numbers[1]:
            raise ReclassError("TABLE row {k}, {part}: a range is 'min,max=score' with min <= max.",
                               k="%d" % (k + 1), part=repr(part))
        rows.append((numbers[0], numbers[1], value))
    if not rows:
        raise ReclassError("TABLE is empty; e.g. '1=5; 2=3; 3=1' or '0,500=1; 500,1000=2'.")
    if np.isnan([r[2] for r in rows]).all():
        raise ReclassError("TABLE maps every row to nodata; give at least one score.")
    return np.array(rows, dtype=float)


def apply_table(block, table):
    """Scores for a block (NaN = nodata) and a mask of valid cells no row covers."""
    out = np.full(block.shape, np.nan, dtype=np.float64)
    todo = ~np.isnan(block)
    for low, high, score in table:  # one vectorised pass per table row, first match wins
        hit = todo & (block >= low) & (block <= high)
        out[hit] = score
        todo &= ~hit
    return out, todo


def scores_from_classes(classes, n_classes, ascending=True):
    """Class numbers 1..k (0 = none) -> scores 1..k, reversed when not ascending; NaN for 0."""
    cls = np.asarray(classes)
    score = cls.astype(np.float64) if ascending else (n_classes + 1.0 - cls)
    return np.where(cls > 0, score, np.nan)


def uncovered_values(block, mask, limit=20):
    """The distinct values of a block that no table row covers (at most limit of them)."""
    return np.unique(block[mask])[:limit]


def score_block(how, piece):
    """One block's scores (a piece for executor.py): how = (table, edges, closed,
    ascending), table None for a computed classification. Returns (first row, scores, a
    few values no table row covers, or None)."""
    from ..classify.breaks import assign_classes
    table, edges, closed, ascending = how
    r0, block = piece
    if table is not None:
        score, uncovered = apply_table(block, table)
        return r0, score, (uncovered_values(block, uncovered) if uncovered.any() else None)
    cls = assign_classes(block, edges, closed)
    return r0, scores_from_classes(cls, len(edges) - 1, ascending), None
