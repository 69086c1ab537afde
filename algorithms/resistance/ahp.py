"""Analytic Hierarchy Process weights and consistency (pure numpy).

w is the principal right eigenvector of the pairwise comparison matrix A (a_ij = how much
more important factor i is than j, a_ji = 1/a_ij), normalised to sum 1; lambda_max its
eigenvalue; CI = (lambda_max - n)/(n - 1); CR = CI / RI(n) with Saaty's random index.
Saaty, T. L. (1980). The Analytic Hierarchy Process. McGraw-Hill; RI for n = 11..15 from
Saaty (2000), Fundamentals of Decision Making and Priority Theory, RWS Publications.
"""
from fractions import Fraction

import numpy as np

from ..errors import EcoError

RANDOM_INDEX = {1: 0.0, 2: 0.0, 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41,
                9: 1.45, 10: 1.49, 11: 1.51, 12: 1.48, 13: 1.56, 14: 1.57, 15: 1.59}
CR_LIMIT = 0.10
# entries typed as decimals (0.33 for 1/3) are accepted as reciprocal within this margin
RECIPROCAL_TOLERANCE = 0.02


class AHPError(EcoError, ValueError):
    """A comparison matrix that cannot give AHP weights."""


def parse_matrix(text):
    """'1,3,5; 1/3,1,2; 1/5,1/2,1' -> float array; rows by ';' or new lines, entries by ','."""
    rows = [r for r in str(text or "").replace("\n", ";").split(";") if r.strip()]
    if not rows:
        raise AHPError("MATRIX is empty; write rows separated by ';' and entries by ',', "
                       "e.g. '1,3; 1/3,1'.")
    out = []
    for i, row in enumerate(rows):
        entries = [e.strip() for e in row.replace("\t", ",").split(",") if e.strip()]
        values = []
        for j, e in enumerate(entries):
            try:
                values.append(float(Fraction(e)))
            except (ValueError, ZeroDivisionError):
                raise AHPError("MATRIX row {i}, entry {j}: {e} is not a number or fraction.",
                               i="%d" % (i + 1), j="%d" % (j + 1), e=repr(e)) from None
        out.append(values)
    n = len(out)
    for i, values in enumerate(out):
        if len(values) != n:
            raise AHPError("MATRIX must be square: it has {n} rows but row {i} has {n_values} "
                           "entries.",
                           n="%d" % n, i="%d" % (i + 1), n_values="%d" % len(values))
    return np.array(out, dtype=float)


def check_matrix(A, names=None):
    """Positive, ones on the diagonal and reciprocal (a_ji = 1/a_ij); errors name the cell."""
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    label = (lambda i: "%s (row %d)" % (names[i], i + 1)) if names else \
        (lambda i: "row %d" % (i + 1))
    if n > 15:
        raise AHPError("AHP takes at most 15 factors (Saaty's random index); got {n}.", n="%d" % n)
    bad = np.argwhere(~(A > 0))
    if bad.size:
        i, j = bad[0]
        raise AHPError("MATRIX entry {label}, column {j} is {a}; every comparison must be positive "
                       "(1 = equal, 9 = extreme importance, 1/9 the reverse).",
                       label=label(i), j="%d" % (j + 1), a="%g" % A[i, j])
    off = np.nonzero(np.abs(np.diag(A) - 1) > 1e-9)[0]
    if off.size:
        i = off[0]
        raise AHPError("MATRIX diagonal entry of {label} is {a}; a factor compared with itself is "
                       "1.",
                       label=label(i), a="%g" % A[i, i])
    product = A * A.T
    bad = np.argwhere(np.abs(product - 1) > RECIPROCAL_TOLERANCE)
    if bad.size:
        i, j = bad[0]
        raise AHPError("MATRIX is not reciprocal: entry ({i}, {j}) is {a} but entry ({j}, {i}) is "
                       "{other}; it should be {expected}.",
                       i="%d" % (i + 1), j="%d" % (j + 1), a="%g" % A[i, j], other="%g" % A[j, i],
                       expected=_fraction_text(1 / A[i, j]))
    return A


def _fraction_text(x):
    f = Fraction(x).limit_denominator(9)
    return str(f) if abs(float(f) - x) < 1e-6 else "%.4g" % x


def weights(A):
    """(weights, lambda_max, CI, CR) of a checked comparison matrix."""
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    values, vectors = np.linalg.eig(A)
    k = int(np.argmax(values.real))  # Perron root: real, largest, with a positive vector
    lam = float(values[k].real)
    w = np.abs(vectors[:, k].real)
    w = w / w.sum()
    if n <= 2:
        return w, float(n), 0.0, 0.0  # a 1x1 or reciprocal 2x2 matrix is always consistent
    ci = (lam - n) / (n - 1)
    return w, lam, ci, ci / RANDOM_INDEX[n]


def worst_judgement(A, w):
    """(i, j, a_ij, w_i / w_j) of the comparison that strays furthest from the weights."""
    implied = w[:, None] / w[None, :]
    stray = np.abs(np.log(np.asarray(A) / implied))
    i, j = np.unravel_index(np.argmax(stray), stray.shape)
    return int(i), int(j), float(A[i, j]), float(implied[i, j])


def ahp(text, names=None):
    """Parse, check and weigh a matrix given as text; returns dict of the results."""
    A = parse_matrix(text)
    if names is not None and len(names) != A.shape[0]:
        raise AHPError("NAMES gives {n_names} names for a {n} x {n} matrix.",
                       n_names="%d" % len(names), n="%d" % A.shape[0])
    check_matrix(A, names)
    w, lam, ci, cr = weights(A)
    return {"matrix": A, "weights": w, "lambda_max": lam, "ci": ci, "cr": cr,
            "consistent": cr < CR_LIMIT}
