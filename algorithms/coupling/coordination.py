"""Coupling degree C, comprehensive index T and coordination degree D (pure numpy).

U is an (m rows x n systems) array of indices in [0, 1]; alpha the system weights.

- classic model:    C = n [prod_i U_i / (sum_i U_i)^n]^(1/n)
                    (two systems: C = 2 sqrt(U1 U2) / (U1 + U2))
- corrected model (Wang, Kong, Ren, Zhi and Dai 2021, Journal of Natural Resources
  36(3): 793-810):
                    C = sqrt{[1 - sum_{i>j} |U_i - U_j| / sum_{m=1}^{n-1} m]
                             [prod_i (U_i / max_i U_i)]^(1/(n-1))}
- T = sum_i alpha_i U_i,  D = sqrt(C T)
"""
import numpy as np

from ..errors import EcoError

CLASSIC, CORRECTED = 0, 1
MODEL_NAMES = ["Classic (C = n[prod U / (sum U)^n]^(1/n))", "Corrected (Wang et al. 2021)"]

TEN_LEVEL_BREAKS = np.round(np.linspace(0.0, 1.0, 11), 10)
TEN_LEVEL_LABELS = ["Extreme imbalance", "Severe imbalance", "Moderate imbalance",
                    "Mild imbalance", "Borderline coordination", "Primary coordination",
                    "Mild coordination", "Moderate coordination", "Good coordination",
                    "High coordination"]


class CouplingError(EcoError, ValueError):
    """Indices or weights that cannot give a coupling degree."""


def system_weights(alpha, n):
    """Validated alphas (default equal); they must sum to 1 within 1e-6."""
    if alpha is None or len(alpha) == 0:
        return np.full(n, 1.0 / n)
    a = np.asarray(alpha, dtype=float)
    if a.size != n:
        raise CouplingError("SYSTEM_WEIGHTS gives {a_size} weights for {n} systems.",
                            a_size="%d" % a.size, n="%d" % n)
    if (a < 0).any():
        raise CouplingError("SYSTEM_WEIGHTS must not be negative: {weights}.",
                            weights=", ".join("%g" % x for x in a))
    if abs(a.sum() - 1.0) > 1e-6:
        raise CouplingError("SYSTEM_WEIGHTS must sum to 1, but {weights} sum to {total}; "
                            "e.g. {example}.", weights=", ".join("%g" % x for x in a),
                            total="%.6g" % a.sum(), example=",".join(["%.4g" % (1.0 / n)] * n))
    return a


def coupling_degree(U, model=CLASSIC):
    """C for each row; 0 where every system is 0 (no development, no coupling)."""
    U = np.asarray(U, dtype=float)
    n = U.shape[1]
    if n < 2:
        raise CouplingError("Coupling needs at least two systems; got {n}.", n="%d" % n)
    if model == CLASSIC:
        s = U.sum(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.prod(U, axis=1) / s ** n
        C = n * np.power(np.where(s > 0, ratio, 0.0), 1.0 / n)
    elif model == CORRECTED:
        i, j = np.triu_indices(n, k=1)
        spread = np.abs(U[:, i] - U[:, j]).sum(axis=1) / (n * (n - 1) / 2.0)
        top = U.max(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            rel = np.prod(U / np.where(top > 0, top, 1.0)[:, None], axis=1)
        C = np.sqrt(np.clip(1.0 - spread, 0.0, None) * np.power(rel, 1.0 / (n - 1)))
        C = np.where(top > 0, C, 0.0)
    else:
        raise CouplingError("Unknown coupling model {model}.", model=repr(model))
    return np.clip(C, 0.0, 1.0)  # rounding may leave 1 + 1e-16 when the U are equal


def coordination(U, alpha=None, model=CLASSIC):
    """(C, T, D) arrays for each row of U."""
    U = np.asarray(U, dtype=float)
    a = system_weights(alpha, U.shape[1])
    C = coupling_degree(U, model)
    T = U @ a
    return C, T, np.sqrt(C * T)


def relative_development(U1, U2, tolerance=0.1):
    """U1/U2 and which system lags: 1 (U1 lags), 2 (U2 lags) or 0 (synchronous).

    Synchronous when |U1/U2 - 1| <= tolerance, the usual 0.9-1.1 band.
    """
    U1, U2 = np.asarray(U1, float), np.asarray(U2, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(U2 > 0, U1 / np.where(U2 > 0, U2, 1.0), np.inf)
    lag = np.where(ratio < 1.0 - tolerance, 1, np.where(ratio > 1.0 + tolerance, 2, 0))
    lag = np.where((U1 == 0) & (U2 == 0), 0, lag)
    ratio = np.where((U1 == 0) & (U2 == 0), 1.0, ratio)
    return ratio, lag
