"""Weighted overlay of factor scores with multiplicative corrections (pure numpy).

R = (sum_i w_i F_i) * prod_j K_j, with the weights normalised to sum 1; a cell that is
nodata (NaN) in any factor or correction is nodata in R. Optional linear rescaling to
[a, b]: R' = a + (b - a) (R - min R) / (max R - min R).
"""
import numpy as np

from ..classify.breaks import parse_numbers
from ..errors import EcoError


class OverlayError(EcoError, ValueError):
    """Weights or factors that cannot be combined."""


def parse_weights(text):
    """'0.35, 0.1, 0.25' -> array; errors name the entry at fault."""
    return parse_numbers(text, "WEIGHTS")


def normalise_weights(weights, names):
    """Positive weights, one per factor, scaled to sum 1."""
    w = np.asarray(weights, dtype=float)
    if w.size != len(names):
        raise OverlayError("There are {w_size} weights for {n_names} factors ({names}); give one "
                           "weight per factor, in the order of FACTORS.",
                           w_size="%d" % w.size, n_names="%d" % len(names), names=", ".join(names))
    bad = [("%s=%g" % (n, x)) for n, x in zip(names, w) if not (np.isfinite(x) and x > 0)]
    if bad:
        raise OverlayError("Weights must be positive; {bad}.", bad=", ".join(bad))
    return w / w.sum()


def combine(factors, weights, corrections=()):
    """One strip of R from strips of the factors and corrections (float32, NaN = nodata)."""
    out = np.zeros(factors[0].shape, dtype=np.float32)
    for f, w in zip(factors, weights):
        out += np.float32(w) * f  # NaN in a factor spreads to the sum: nodata stays nodata
    for k in corrections:
        out *= k
    return out


def overlay_block(weights, piece):
    """One output strip (a piece for executor.py): piece = (first row, factor strips,
    correction strips). Returns (first row, R, min, max and count of its valid cells; min
    and max are inf/-inf when it has none)."""
    r0, factors, corrections = piece
    block = combine(factors, weights, corrections)
    ok = ~np.isnan(block)
    valid = int(ok.sum())
    if not valid:
        return r0, block, np.inf, -np.inf, 0
    return r0, block, float(block[ok].min()), float(block[ok].max()), valid


def rescale(block, lo, hi, new_lo, new_hi):
    """Linear map of [lo, hi] onto [new_lo, new_hi]; a flat surface maps to new_lo."""
    span = hi - lo
    if span <= 0:
        return np.where(np.isnan(block), np.nan, np.float32(new_lo)).astype(np.float32)
    scale = (new_hi - new_lo) / span
    return (np.float32(new_lo) + (block - np.float32(lo)) * np.float32(scale)).astype(np.float32)
