"""One- and two-step GMM of the panel VAR with Windmeijer-corrected standard errors and
Hansen's J (pure numpy), following R panelvar 0.5.x (Sigmund and Ferstl 2021).

Notation: per unit i, Z_i (S x L) instruments, X_i (S x b) transformed regressors,
Y_i (S x m) transformed dependents; sums over units are written S_ZX = sum Z_i' X_i,
S_ZY = sum Z_i' Y_i. Coefficients Phi (m x b); the stacked parameter vector orders them
regressor-major, phi[k*m + j] = Phi[j, k], and moments instrument-major, g[l*m + j].

One step: W1 = (sum Z_i' H Z_i)^-1 kron I_m (H = I for FOD, the FD error covariance for
FD), Phi1' = (S_ZX' W1 S_ZX)^-1 S_ZX' W1 S_ZY, the same for every equation.
Two step: D = sum g_i g_i' with g_i = vec(Z_i' E1_i) (one-step residuals),
phi2 = (Xs' D^-1 Xs)^-1 Xs' D^-1 vec(S_ZY), Xs = S_ZX kron I_m (Hansen 1982).
Windmeijer (2005): V2 = A + Dw A + A Dw' + Dw V1 Dw', A = (Xs' D^-1 Xs)^-1, with column j
of Dw = -A Xs' D^-1 (dD/dphi_j) D^-1 g2, dD/dphi_j = -sum_i (a_ij g_i' + g_i a_ij') and
a_ij the j-th column of (Z_i' X_i) kron I_m; V1 the robust one-step sandwich.
Hansen J = g2' D^-1 g2 with df = L m - b m.
"""
import numpy as np
from scipy import stats

# panelvar switches to a generalised inverse when an eigenvalue falls below this absolute
# tolerance (its `tol` argument), and MASS::ginv drops singular values below sqrt(eps)
# times the largest.
TOL = 1e-9
RCOND = np.sqrt(np.finfo(float).eps)


def inverse(M, tol=TOL):
    """(inverse, used_generalised): inverse of a symmetric matrix by its eigen-decomposition,
    a generalised inverse (relative cut sqrt(eps)) when an eigenvalue is below tol."""
    w, V = np.linalg.eigh(M)
    singular = bool(np.min(np.abs(w)) < tol)
    if singular:
        keep = np.abs(w) > RCOND * np.max(np.abs(w))
        inv = (V[:, keep] / w[keep]) @ V[:, keep].T
    else:
        inv = (V / w) @ V.T
    return (inv + inv.T) / 2, singular


def ginv(M):
    """Moore-Penrose inverse with MASS::ginv's relative cut."""
    return np.linalg.pinv(M, rcond=RCOND)


def onestep(mom, w=None):
    """One-step GMM: dict with Phi (m x b), the weighting inverse Lambda^-1 and the pieces
    the later steps reuse. w: unit weights (bootstrap resampling), None for all ones."""
    zx, zy = _weighted_sums(mom, w)
    lam_inv, sing = inverse(mom.lam(w))
    a1 = zx.T @ lam_inv @ zx
    a1_inv = ginv(a1)
    phi1 = a1_inv @ zx.T @ lam_inv @ zy           # (b x m): Phi1'
    return {"Phi": phi1.T, "lam_inv": lam_inv, "a1_inv": a1_inv, "zx": zx, "zy": zy,
            "lambda_singular": sing}


def moments_by_unit(mom, phi):
    """g_i = vec(Z_i' E_i) for every unit, (N x L m), E_i = Y_i - X_i Phi'."""
    g = mom.zy - np.einsum("nlb,mb->nlm", mom.zx, phi)
    return g.reshape(g.shape[0], -1)


def twostep(mom, first, w=None):
    """Two-step GMM from the one-step result `first`: dict with Phi, A = (Xs'D^-1 Xs)^-1,
    D^-1, the first-step moments g1 (N x Lm) and the two-step moment sum g2."""
    m = mom.y.shape[2]
    g1 = moments_by_unit(mom, first["Phi"])
    gw = g1 if w is None else g1 * np.asarray(w, float)[:, None]
    d_inv, sing = inverse(gw.T @ g1)
    xs = np.kron(first["zx"], np.eye(m))
    a = ginv(xs.T @ d_inv @ xs)
    phi = a @ xs.T @ d_inv @ first["zy"].ravel()
    Phi = phi.reshape(-1, m).T
    g2 = (first["zy"] - first["zx"] @ Phi.T).ravel()
    return {"Phi": Phi, "A": a, "d_inv": d_inv, "g1": g1, "g2": g2, "xs": xs,
            "d_singular": sing}


def robust_onestep_cov(mom, first, g1):
    """Robust one-step covariance (stacked order): C D C' with C = (A1^-1 S_ZX' Lambda^-1)
    kron I_m and D = sum g_i g_i' at the one-step residuals."""
    m = mom.y.shape[2]
    c = np.kron(first["a1_inv"] @ first["zx"].T @ first["lam_inv"], np.eye(m))
    cg = c @ g1.T
    return cg @ cg.T


def windmeijer_cov(mom, second, v1):
    """Windmeijer (2005) corrected two-step covariance (stacked order)."""
    m = mom.y.shape[2]
    a, d_inv, g1, xs = second["A"], second["d_inv"], second["g1"], second["xs"]
    wv = d_inv @ second["g2"]                                  # D^-1 g2 (L m)
    c = g1 @ wv                                                # g_i . D^-1 g2 (N)
    L, b = mom.zx.shape[1:]
    d = np.einsum("nlb,lm->nbm", mom.zx, wv.reshape(L, m)).reshape(len(c), -1)
    deriv = np.kron(np.einsum("n,nlb->lb", c, mom.zx), np.eye(m)) + g1.T @ d
    dw = a @ xs.T @ d_inv @ deriv
    v2 = a + dw @ a + a @ dw.T + dw @ v1 @ dw.T
    return (v2 + v2.T) / 2


def hansen_j(g, weight, df):
    """J = g' W g (g the summed moments, W the weighting inverse), chi2(df) p-value."""
    j = float(g @ weight @ g)
    # an exactly identified model has nothing to test
    pvalue = float(stats.chi2.sf(j, df)) if df > 0 else float("nan")
    return {"statistic": j, "df": int(df), "pvalue": pvalue}


def residual_cov(mom, Phi, w=None):
    """Sigma = E'E / (n - b) over the rows used, E the transformed residuals, b the
    regressors per equation (panelvar's vcov, the covariance its impulse responses and
    variance decompositions factor)."""
    e = residuals(mom, Phi, w)
    return e.T @ e / (e.shape[0] - mom.x.shape[2])


def residuals(mom, Phi, w=None):
    """Transformed residuals of the rows used, (n x m); with unit weights w, each unit's
    rows repeated as often as it was drawn."""
    e = mom.y - mom.x @ Phi.T
    if w is None:
        return e[mom.valid]
    reps = np.repeat(np.asarray(w, int), mom.valid.sum(axis=1))
    return np.repeat(e[mom.valid], reps, axis=0)


def _weighted_sums(mom, w):
    if w is None:
        return mom.zx.sum(axis=0), mom.zy.sum(axis=0)
    w = np.asarray(w, float)
    return np.einsum("n,nlb->lb", w, mom.zx), np.einsum("n,nlm->lm", w, mom.zy)
