"""Indicator standardisation, entropy weights and composite indices (pure numpy).

X is an (m rows x k indicators) float array without NaN; ``positive`` is a boolean vector
(True: larger is better). Formulas:

- min-max:          z = (x - min) / (max - min), or (max - x) / (max - min) for negative ones
- shifted min-max:  z = 0.1 + 0.9 (x - min) / (max - min) (likewise reversed), which keeps
                    z > 0 so every p ln p term is defined (the Chishui study's variant)
- entropy:          p_ij = z_ij / sum_i z_ij,  e_j = -(1 / ln m) sum_i p_ij ln p_ij (0 ln 0 = 0),
                    d_j = 1 - e_j,  w_j = d_j / sum d
- composite index:  U_i = sum_j w_j z_ij; a criterion's sub-index sums the same weighted
                    terms over its own indicators, so the sub-indices add up to U.
"""
import numpy as np

from ..errors import EcoError
from ..shown import shown

MINMAX, SHIFTED_MINMAX, NO_SCALING = 0, 1, 2
SCALING_NAMES = ["Min-max (x-min)/(max-min)", "Shifted min-max 0.1+0.9(x-min)/(max-min)",
                 "None (values are already standardised)"]
ENTROPY, EQUAL, GIVEN = 0, 1, 2
WEIGHTING_NAMES = ["Entropy", "Equal", "Given"]


class IndicatorError(EcoError, ValueError):
    """Indicators or weights that cannot give an index."""


def constant_columns(X):
    """Boolean mask of indicators whose values are all equal."""
    X = np.asarray(X, dtype=float)
    return np.ptp(X, axis=0) == 0


def standardise(X, positive, scaling):
    """Scaled indicators; a constant indicator scales to 0 (min-max) or 0.1 (shifted)."""
    X = np.asarray(X, dtype=float)
    positive = np.asarray(positive, dtype=bool)
    if scaling == NO_SCALING:
        return X.copy()
    lo, hi = X.min(axis=0), X.max(axis=0)
    span = hi - lo
    safe = np.where(span > 0, span, 1.0)
    z = np.where(positive, X - lo, hi - X) / safe
    z[:, span == 0] = 0.0
    if scaling == SHIFTED_MINMAX:
        z = 0.1 + 0.9 * z
    elif scaling != MINMAX:
        raise IndicatorError("Unknown scaling {scaling}.", scaling=repr(scaling))
    return z


def entropy(Z):
    """Entropy e_j of each standardised indicator (NaN where it is undefined).

    Undefined means a negative value or a column summing to zero; a column of one repeated
    positive value has e = 1 (no information).
    """
    Z = np.asarray(Z, dtype=float)
    m = Z.shape[0]
    if m < 2:
        raise IndicatorError("Entropy needs at least two rows; there are {m}.", m="%d" % m)
    total = Z.sum(axis=0)
    ok = (Z.min(axis=0) >= 0) & (total > 0)
    P = Z / np.where(ok, total, 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(P > 0, P * np.log(np.where(P > 0, P, 1.0)), 0.0)
    e = -plogp.sum(axis=0) / np.log(m)
    return np.where(ok, e, np.nan)


def weights(Z, method, given=None, usable=None):
    """Indicator weights summing to 1.

    method ENTROPY: w = (1 - e) / sum(1 - e); EQUAL: 1/k over usable indicators; GIVEN:
    the given vector normalised. ``usable`` (default all) marks indicators that may carry
    weight: constant ones get 0 under ENTROPY and EQUAL.
    Returns (weights, entropy e).
    """
    Z = np.asarray(Z, dtype=float)
    k = Z.shape[1]
    usable = np.ones(k, bool) if usable is None else np.asarray(usable, bool)
    e = entropy(Z)
    if method == ENTROPY:
        if np.isnan(e[usable]).any():
            raise IndicatorError("Entropy is undefined for indicators with negative values or "
                                 "a zero sum; scale them (SCALING 0 or 1) first.")
        d = np.where(usable, 1.0 - e, 0.0)
        d = np.clip(d, 0.0, None)  # rounding can leave -1e-16 for a constant column
        if d.sum() <= 0:
            raise IndicatorError("Every indicator is constant: entropy gives no weights.")
        return d / d.sum(), e
    if method == EQUAL:
        if not usable.any():
            raise IndicatorError("Every indicator is constant: there is nothing to weigh.")
        return usable / usable.sum(), e
    if method == GIVEN:
        g = np.asarray(given, dtype=float)
        if g.shape != (k,):
            raise IndicatorError("Given weights: {g_size} values for {k} indicators.",
                                 g_size="%d" % g.size, k="%d" % k)
        if (g <= 0).any() or not np.isfinite(g).all():
            raise IndicatorError("Given weights must be positive numbers.")
        return g / g.sum(), e
    raise IndicatorError("Unknown weighting {method}.", method=repr(method))


def composite(X, positive, scaling=MINMAX, weighting=ENTROPY, given=None, groups=None,
              criteria=None):
    """Composite index of every row.

    groups: optional row labels; scaling and weights are then computed within each group
    (e.g. each year on its own). criteria: optional list of (name, column indices).
    Returns dict with ``index`` (m,), ``sub`` {criterion: (m,)}, ``weights`` (g x k),
    ``entropy`` (g x k), ``group_labels`` (g,), ``constant`` (g x k) masks.
    """
    X = np.asarray(X, dtype=float)
    m, k = X.shape
    if m < 2:
        raise IndicatorError("A composite index needs at least two rows; there are {m}.",
                             m="%d" % m)
    labels, inverse = (np.array([None], dtype=object), np.zeros(m, int)) if groups is None \
        else np.unique(np.asarray(groups), return_inverse=True)
    Z = np.empty_like(X)
    W = np.empty((labels.size, k))
    E = np.empty((labels.size, k))
    const = np.empty((labels.size, k), bool)
    for g in range(labels.size):  # one pass per group (years), never per row
        rows = inverse == g
        if rows.sum() < 2:
            raise IndicatorError("Group {group} has {rows} row; each group needs at least two.",
                                 group=shown(labels[g]), rows="%d" % rows.sum())
        const[g] = constant_columns(X[rows])
        Z[rows] = standardise(X[rows], positive, scaling)
        W[g], E[g] = weights(Z[rows], weighting, given, usable=~const[g])
    contrib = Z * W[inverse]
    sub = {name: contrib[:, cols].sum(axis=1) for name, cols in (criteria or [])}
    return {"index": contrib.sum(axis=1), "sub": sub, "weights": W, "entropy": E,
            "group_labels": labels, "constant": const, "standardised": Z}


def parse_given_weights(text, names):
    """'x1=0.3, x2=0.7' -> weights in the order of names; errors name the entry at fault."""
    given = {}
    for part in [p.strip() for p in str(text or "").replace(";", ",").split(",") if p.strip()]:
        if "=" not in part:
            raise IndicatorError("GIVEN_WEIGHTS entry {part} is not field=weight.", part=repr(part))
        key, value = (s.strip() for s in part.split("=", 1))
        try:
            given[key] = float(value)
        except ValueError:
            raise IndicatorError("GIVEN_WEIGHTS: the weight of {key}, {value}, is not a number.",
                                 key=repr(key), value=repr(value)) from None
    unknown = sorted(set(given) - set(names))
    if unknown:
        if len(unknown) == 1:
            raise IndicatorError("GIVEN_WEIGHTS names {unknown}, which is not among the "
                                 "indicator fields ({names}).", unknown=unknown[0],
                                 names=", ".join(names))
        raise IndicatorError("GIVEN_WEIGHTS names {unknown}, which are not among the indicator "
                             "fields ({names}).", unknown=", ".join(unknown),
                             names=", ".join(names))
    missing = [n for n in names if n not in given]
    if missing:
        raise IndicatorError("GIVEN_WEIGHTS has no weight for {missing}; give every indicator one, "
                             "e.g. {names}.",
                             missing=", ".join(missing),
                             names=", ".join("%s=0.5" % n for n in names[:2]))
    bad = [n for n in names if not given[n] > 0]
    if bad:
        raise IndicatorError("GIVEN_WEIGHTS must be positive; {bad}.",
                             bad=", ".join(
            "%s=%g" % (n, given[n]) for n in bad))
    return np.array([given[n] for n in names])


def parse_criteria(text, names):
    """'Pressure: X1,X2; State: X6' -> [(name, [column indices])] in the order given."""
    out, seen = [], {}
    for part in [p.strip() for p in str(text or "").split(";") if p.strip()]:
        if ":" not in part:
            raise IndicatorError("CRITERIA entry {part} is not 'Name: field1, field2'.",
                                 part=repr(part))
        crit, fields = (s.strip() for s in part.split(":", 1))
        if not crit:
            raise IndicatorError("CRITERIA entry {part} has no name before the colon.",
                                 part=repr(part))
        cols = []
        for f in [f.strip() for f in fields.split(",") if f.strip()]:
            if f not in names:
                raise IndicatorError("CRITERIA {crit} lists {f}, which is not among the indicator "
                                     "fields ({names}).",
                                     crit=repr(crit), f=repr(f), names=", ".join(names))
            if f in seen:
                raise IndicatorError("CRITERIA: {f} is in both {seen} and {crit}; an indicator "
                                     "belongs to one criterion.",
                                     f=repr(f), seen=repr(seen[f]), crit=repr(crit))
            seen[f] = crit
            cols.append(names.index(f))
        if not cols:
            raise IndicatorError("CRITERIA {crit} lists no indicator.", crit=repr(crit))
        out.append((crit, cols))
    return out
