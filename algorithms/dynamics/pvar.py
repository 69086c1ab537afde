"""Panel vector autoregression by GMM (pure numpy/scipy), as R panelvar 0.5.x's pvargmm
and Stata's pvar estimate it.

Model (Holtz-Eakin, Newey and Rosen 1988; Sigmund and Ferstl 2021):
    y_it = mu_i + A_1 y_i,t-1 + ... + A_p y_i,t-p + B x_it + e_it,
fixed effects mu_i removed by forward orthogonal deviations (Arellano and Bover 1995) or
first differences, then every equation estimated by one- or two-step GMM with lagged
levels as GMM-style instruments, two-step standard errors corrected as Windmeijer (2005).

Use:
    panel = prepare_panel(ids, years, values, ["exp", "rev", "grants"])
    res = fit_pvar(panel, lags=1, transform="fod", steps="twostep")
    res.table(); stability(res); oirf(res, 10); fevd(res, 10); granger_wald(res)
    bootstrap_oirf(res, 10, draws=200, seed=1); lag_selection(panel, 3)
Bad input raises PanelVARError (a ValueError) naming the unit, period or variable at
fault and what to change.
"""
from .pvar_boot import bootstrap_oirf, lag_selection
from .pvar_data import (PanelData, PanelVARError, first_difference, forward_orthogonal,
                        prepare_panel)
from .pvar_fit import PVARResult, fit_pvar, steps_name
from .pvar_post import (companion, fevd, granger_wald, ma_coefficients, mmsc, oirf,
                        stability)

__all__ = ["PanelVARError", "PanelData", "PVARResult", "prepare_panel", "fit_pvar",
           "steps_name", "forward_orthogonal", "first_difference", "stability", "mmsc",
           "granger_wald", "oirf", "fevd", "ma_coefficients", "companion",
           "bootstrap_oirf", "lag_selection"]
