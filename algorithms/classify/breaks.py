"""Class breaks and class assignment shared by every tool of the plugin.

Pure numpy: natural breaks (exact Fisher-Jenks), equal interval, quantile and fixed
tables, plus the assignment of values to classes. Breaks are always returned as an
ascending array of ``k + 1`` edges ``[min, b1, ..., max]``.

Two closing conventions exist and are both needed:
- computed breaks (Jenks, equal interval, quantile) are class maxima, so a class is
  ``(lower, upper]`` with the first class also holding the minimum, as QGIS's graduated
  renderer and jenkspy read them;
- fixed tables are written ``[lower, upper)`` with the last class closed, as coupling and
  safety grading tables in the literature are (``[0.5, 0.6)`` is "primary coordination").
"""
import numpy as np

from ..errors import EcoError

NATURAL_BREAKS, EQUAL_INTERVAL, QUANTILE, FIXED = 0, 1, 2, 3
METHOD_NAMES = ["Natural breaks (Fisher-Jenks)", "Equal interval", "Quantile", "Fixed table"]

# Above this many distinct values the Jenks optimisation runs on consecutive groups of
# equal count; class sums and variances stay exact, break candidates become group ends.
# (O(k n log n) work: a million items take a few seconds.)
MAX_EXACT_ITEMS = 1_000_000


class BreaksError(EcoError, ValueError):
    """Breaks that cannot be computed or a table that is not valid."""


def summarise(values, weights=None):
    """Distinct sorted values with their weights (counts): the items Jenks works on."""
    v = np.asarray(values, dtype=float).ravel()
    if weights is None:
        items, counts = np.unique(v, return_counts=True)
        return items, counts.astype(float)
    w = np.asarray(weights, dtype=float).ravel()
    items, inverse = np.unique(v, return_inverse=True)
    return items, np.bincount(inverse, weights=w, minlength=items.size)


def _group_items(items, w, s1, s2, max_items):
    """Merge consecutive items into at most max_items groups of about equal weight."""
    cum = np.cumsum(w)
    # group g holds the items whose cumulative weight falls in the g-th equal share
    gid = np.minimum((cum - w / 2.0) / cum[-1] * max_items, max_items - 1).astype(np.int64)
    _, starts = np.unique(gid, return_index=True)
    ends = np.r_[starts[1:], items.size] - 1
    return (items[ends], np.add.reduceat(w, starts), np.add.reduceat(s1, starts),
            np.add.reduceat(s2, starts))


def jenks_from_items(items, w, n_classes, s1=None, s2=None, max_items=MAX_EXACT_ITEMS):
    """Fisher-Jenks optimal breaks on weighted sorted items.

    items: ascending distinct values (or group maxima); w: their weights; s1, s2: sum and
    sum of squares of the values each item stands for (default w*x, w*x^2). Minimises the
    total within-class sum of squared deviations; returns k + 1 edges whose inner values are
    class maxima. Ties between equal-cost partitions go to the earliest start of the upper
    class, as jenkspy's do.
    """
    items = np.asarray(items, dtype=float)
    w = np.asarray(w, dtype=float)
    # centre the values so the sum-of-squares differences keep their precision
    shift = float(np.average(items, weights=w)) if items.size else 0.0
    if s1 is None:
        s1c, s2c = w * (items - shift), w * (items - shift) ** 2
    else:
        s1, s2 = np.asarray(s1, dtype=float), np.asarray(s2, dtype=float)
        s1c, s2c = s1 - w * shift, s2 - 2.0 * shift * s1 + w * shift ** 2
    k = int(n_classes)
    if k < 2:
        raise BreaksError("Natural breaks need at least 2 classes, got {k}.", k="%d" % k)
    if items.size < k:
        raise BreaksError("Natural breaks into {k} classes need at least {k} distinct values; "
                          "there are {items_size}.", k="%d" % k, items_size="%d" % items.size)
    lo, hi = items[0], items[-1]
    if items.size > max_items:
        items, w, s1c, s2c = _group_items(items, w, s1c, s2c, max_items)
    n = items.size
    W = np.r_[0.0, np.cumsum(w)]
    S1 = np.r_[0.0, np.cumsum(s1c)]
    S2 = np.r_[0.0, np.cumsum(s2c)]

    def ssd(start, end):  # weighted sum of squared deviations of items start..end
        dw = W[end + 1] - W[start]
        ds = S1[end + 1] - S1[start]
        return S2[end + 1] - S2[start] - ds * ds / dw

    ends = np.arange(n)
    cost = ssd(np.zeros(n, dtype=np.int64), ends)  # one class over items 0..e
    back = np.zeros((k, n), dtype=np.int64)  # back[c, e]: first item of the last class
    for c in range(1, k):
        cost, back[c] = _next_class(cost, ssd, c, n)
    edges = np.empty(k + 1)
    edges[0], edges[k] = lo, hi
    end = n - 1
    for c in range(k - 1, 0, -1):
        start = back[c, end]
        edges[c] = items[start - 1]
        end = start - 1
    return edges


def _next_class(prev, ssd, c, n):
    """Best cost of c + 1 classes over items 0..e for every e, and where the last starts.

    new[e] = min over s in [c, e] of prev[s - 1] + ssd(s, e). The within-class sum of squares
    obeys the quadrangle inequality, so the first best s never decreases with e (the basis of
    Ckmeans.1d.dp); divide and conquer then needs O(n log n) work, done here one recursion
    level at a time as flat numpy arrays: each level evaluates every open segment's middle
    end against its admissible starts.
    """
    new = np.full(n, np.inf)
    opt = np.zeros(n, dtype=np.int64)
    lo, hi = np.array([c]), np.array([n - 1])      # ends still to solve, as segments
    olo, ohi = np.array([c]), np.array([n - 1])    # admissible starts of each segment
    while lo.size:
        mid = (lo + hi) // 2
        last = np.minimum(mid, ohi)
        lengths = last - olo + 1
        offsets = np.r_[0, np.cumsum(lengths)[:-1]]
        seg = np.repeat(np.arange(lo.size), lengths)
        starts = olo[seg] + np.arange(seg.size) - offsets[seg]
        with np.errstate(invalid="ignore"):
            val = prev[starts - 1] + ssd(starts, mid[seg])
        best = np.minimum.reduceat(val, offsets)
        pos = np.where(val == best[seg], np.arange(seg.size), seg.size)
        first = np.minimum.reduceat(pos, offsets)  # ties go to the earliest start
        o = starts[first]
        new[mid], opt[mid] = best, o
        left, right = mid - 1 >= lo, mid + 1 <= hi
        lo, hi, olo, ohi = (np.r_[lo[left], mid[right] + 1], np.r_[mid[left] - 1, hi[right]],
                            np.r_[olo[left], o[right]], np.r_[o[left], ohi[right]])
    return new, opt


def natural_breaks(values, n_classes, weights=None, max_items=MAX_EXACT_ITEMS):
    """Exact Fisher-Jenks breaks of values (NaN ignored); k + 1 edges."""
    v = np.asarray(values, dtype=float).ravel()
    v = v[np.isfinite(v)]
    if v.size == 0:
        raise BreaksError("There are no values to classify.")
    items, w = summarise(v, weights)
    return jenks_from_items(items, w, n_classes, max_items=max_items)


def equal_interval(vmin, vmax, n_classes):
    """k equal-width classes between vmin and vmax."""
    if not n_classes >= 1:
        raise BreaksError("The number of classes must be at least 1.")
    if not vmax > vmin:
        raise BreaksError("All values are equal ({vmin}): there is nothing to classify.",
                          vmin="%g" % vmin)
    return np.linspace(vmin, vmax, int(n_classes) + 1)


def quantile_breaks(values, n_classes, weights=None):
    """Quantile edges that are data values (inverse of the empirical CDF), so each class
    (lower, upper] holds about the same count; tied quantiles merge, so fewer classes may
    come back."""
    v = np.asarray(values, dtype=float).ravel()
    v = v[np.isfinite(v)]
    if v.size == 0:
        raise BreaksError("There are no values to classify.")
    items, w = summarise(v, weights)
    return np.unique(weighted_quantiles(items, w, np.linspace(0.0, 1.0, int(n_classes) + 1)))


def weighted_quantiles(items, w, q):
    """Smallest item whose cumulative weight reaches q of the total, for each q."""
    cum = np.cumsum(w)
    # the relative slack keeps 0.6 * 100 = 60.000000000000007 from skipping the 60th item
    idx = np.searchsorted(cum, np.asarray(q) * cum[-1] * (1 - 1e-12), side="left")
    out = items[np.clip(idx, 0, items.size - 1)]
    out[0], out[-1] = items[0], items[-1]
    return out


def parse_numbers(text, name):
    """'1, 2.5; 3' -> array of floats; errors name the parameter and the entry at fault."""
    out = []
    for k, part in enumerate(p.strip() for p in str(text or "").replace(";", ",").split(",")):
        if not part:
            continue
        try:
            out.append(float(part))
        except ValueError:
            raise BreaksError("{name} entry {k}, {part}, is not a number.",
                              name=name, k="%d" % (k + 1), part=repr(part)) \
                from None
    return np.array(out)


def parse_breaks(text, name="BREAKS"):
    """'0, 0.2, 0.4' -> ascending array; raises a BreaksError naming the bad entry."""
    edges = parse_numbers(text, name)
    if edges.size < 2:
        raise BreaksError("{name} needs at least two numbers (the lower and upper edge of one "
                          "class), e.g. '0,0.2,0.4,0.6,0.8,1'; got {text}.",
                          name=name, text=repr(text))
    bad = np.nonzero(np.diff(edges) <= 0)[0]
    if bad.size:
        i = int(bad[0])
        raise BreaksError("{name} must rise strictly, but {value} is followed by {next_value} "
                          "(entries {entry} and {next_entry}); sort them ascending without "
                          "repeats.",
                          name=name, value="%g" % edges[i], next_value="%g" % edges[i + 1],
                          entry="%d" % (i + 1), next_entry="%d" % (i + 2))
    return edges


def parse_labels(text, n_classes, name="LABELS"):
    """'a, b, c' -> list of n labels; empty text -> 'Class 1'...; a count mismatch is an error."""
    if not str(text or "").strip():
        return ["Class %d" % (i + 1) for i in range(n_classes)]
    sep = ";" if ";" in text else ","
    labels = [p.strip() for p in text.split(sep)]
    if len(labels) != n_classes:
        raise BreaksError("{name} gives {n_labels} labels but the breaks make {n_classes} classes; "
                          "give one label per class, separated by commas.",
                          name=name, n_labels="%d" % len(labels), n_classes="%d" % n_classes)
    return labels


def assign_classes(values, edges, closed="right"):
    """Class numbers 1..k for values; 0 for NaN and for values outside the edges.

    closed='right': classes (b[i-1], b[i]] with the minimum in class 1 (computed breaks).
    closed='left':  classes [b[i-1], b[i]) with the maximum in class k (fixed tables).
    """
    v = np.asarray(values, dtype=float)
    edges = np.asarray(edges, dtype=float)
    inner = edges[1:-1]
    side = "left" if closed == "right" else "right"
    cls = np.searchsorted(inner, v, side=side).astype(np.int32) + 1
    outside = ~((v >= edges[0]) & (v <= edges[-1]))  # NaN compares False: outside too
    cls[outside] = 0
    return cls


def class_block(how, piece):
    """One block's classes (a piece for executor.py): how = (edges, closed), piece =
    (first row, block). Returns (first row, classes as uint8 (at most 255 classes), the
    count of cells in each class 0..k)."""
    edges, closed = how
    r0, block = piece
    cls = assign_classes(block, edges, closed)
    return r0, cls.astype(np.uint8), np.bincount(cls.ravel(), minlength=len(edges))


def compute_breaks(method, values, n_classes, table_breaks=None, weights=None):
    """Edges for a METHOD code (see METHOD_NAMES) and the closing convention to use."""
    if method == FIXED:
        return np.asarray(table_breaks, dtype=float), "left"
    v = np.asarray(values, dtype=float).ravel()
    v = v[np.isfinite(v)]
    if v.size == 0:
        raise BreaksError("There are no values to classify.")
    if method == NATURAL_BREAKS:
        return natural_breaks(v, n_classes, weights), "right"
    if method == EQUAL_INTERVAL:
        return equal_interval(v.min(), v.max(), n_classes), "right"
    if method == QUANTILE:
        return quantile_breaks(v, n_classes, weights), "right"
    raise BreaksError("Unknown classification method {method}.", method=repr(method))


class RasterSummary:
    """Values of a raster gathered block by block for breaks, in bounded memory.

    First pass (add): min, max, count and, while there are at most max_items of them, the
    distinct values with their counts (then natural breaks are exact). If there are more,
    a second pass (add_to_histogram) fills 65,536 equal-width bins with their count, sum
    and sum of squares, so class sums of squares stay exact and breaks fall on bin ends.
    """

    BINS = 65536

    def __init__(self, max_items=BINS):
        self.max_items = max_items
        self.count = 0
        self.vmin, self.vmax = np.inf, -np.inf
        self.items = np.empty(0)
        self.weights = np.empty(0)
        self.exact = True
        self.hist = None

    def add(self, block):
        v = np.asarray(block, dtype=float).ravel()
        v = v[np.isfinite(v)]
        if v.size == 0:
            return
        self.count += v.size
        self.vmin, self.vmax = min(self.vmin, v.min()), max(self.vmax, v.max())
        if not self.exact:
            return
        if v.size > 4 * self.max_items:  # a cheap look at a spread sample first
            if np.unique(v[::v.size // (2 * self.max_items)]).size > self.max_items:
                self._give_up_exact()
                return
        items, counts = np.unique(v, return_counts=True)
        merged = np.concatenate([self.items, items])
        weights = np.concatenate([self.weights, counts])
        self.items, inverse = np.unique(merged, return_inverse=True)
        self.weights = np.bincount(inverse, weights=weights)
        if self.items.size > self.max_items:
            self._give_up_exact()

    def _give_up_exact(self):
        self.exact = False
        self.items = self.weights = None

    @property
    def needs_histogram(self):
        return not self.exact and self.hist is None

    def add_to_histogram(self, block):
        v = np.asarray(block, dtype=float).ravel()
        v = v[np.isfinite(v)]
        if self.hist is None:
            self.hist = np.zeros((3, self.BINS))
        span = self.vmax - self.vmin
        idx = np.minimum(((v - self.vmin) / span * self.BINS).astype(np.int64), self.BINS - 1)
        self.hist[0] += np.bincount(idx, minlength=self.BINS)
        self.hist[1] += np.bincount(idx, weights=v, minlength=self.BINS)
        self.hist[2] += np.bincount(idx, weights=v * v, minlength=self.BINS)

    def _binned(self):
        keep = self.hist[0] > 0
        upper = self.vmin + (np.arange(1, self.BINS + 1)) * (self.vmax - self.vmin) / self.BINS
        upper[-1] = self.vmax
        return upper[keep], self.hist[0][keep], self.hist[1][keep], self.hist[2][keep]

    def breaks(self, method, n_classes, table_breaks=None):
        """Edges and closing convention, as compute_breaks gives for in-memory values."""
        if method == FIXED:
            return np.asarray(table_breaks, dtype=float), "left"
        if self.count == 0:
            raise BreaksError("The raster has no valid cells to classify.")
        if method == EQUAL_INTERVAL:
            return equal_interval(self.vmin, self.vmax, n_classes), "right"
        if self.exact:
            items, w, s1, s2 = self.items, self.weights, None, None
        else:
            items, w, s1, s2 = self._binned()
        if method == NATURAL_BREAKS:
            edges = jenks_from_items(items, w, n_classes, s1, s2, self.max_items)
        elif method == QUANTILE:
            q = np.linspace(0.0, 1.0, int(n_classes) + 1)
            edges = weighted_quantiles(items, w, q)
        else:
            raise BreaksError("Unknown classification method {method}.", method=repr(method))
        edges[0], edges[-1] = self.vmin, self.vmax  # bin ends stand in for inner edges only
        return np.unique(edges), "right"


def importance_levels(values, n_levels):
    """Levels by natural breaks with 1 = the highest class; fewer levels when there are
    fewer distinct values. Returns (levels int array, class edges or None)."""
    values = np.asarray(values, dtype=np.float64)
    if values.size == 0:
        return np.array([], int), None
    k = min(int(n_levels), np.unique(values).size)
    if k < 2:
        return np.ones(values.size, int), None
    edges = natural_breaks(values, k)
    return k + 1 - assign_classes(values, edges, "right"), edges
