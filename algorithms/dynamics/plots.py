"""HTML pages of plotly figures for the panel tools (no QGIS).

plotly ships with QGIS on Windows and as python3-plotly on Debian. Its JavaScript (3-9 MB)
is written once per output folder as plotly.js, beside the pages that load it by a relative
path, so every page opens offline and a folder of reports holds one copy.
"""
import html
import os

from ..errors import EcoError

PLOTLY_JS = "plotly.js"


class PlotError(EcoError, ValueError):
    """plotly is missing."""


def _plotly():
    try:
        import plotly.graph_objects as go
        import plotly.io as pio
    except ImportError:
        raise PlotError("The HTML plots need the Python package plotly (QGIS's own plots use "
                        "it): on Debian/Ubuntu 'apt install python3-plotly', in OSGeo4W it "
                        "comes with QGIS, elsewhere 'pip install plotly'.") from None
    return go, pio


def write_plotly_js(folder):
    """Write plotly's JavaScript into folder unless the same copy is there; returns the path
    when this call created or replaced the file, else None."""
    from plotly.offline import get_plotlyjs
    path = os.path.join(folder, PLOTLY_JS)
    text = get_plotlyjs().encode("utf-8")
    if os.path.exists(path) and os.path.getsize(path) == len(text):
        with open(path, "rb") as f:
            if f.read() == text:
                return None
    with open(path, "wb") as f:
        f.write(text)
    return path


def uses_plotly(page_text, plotly_src=PLOTLY_JS):
    """Whether a page made by page() loads plotly.js."""
    return _script(plotly_src) in page_text


def _script(src):
    return "<script src='%s' charset='utf-8'></script>" % html.escape(src)


def page(title, parts, plotly_src=PLOTLY_JS):
    """An HTML page from (heading, figure or HTML string) parts; the figures load plotly.js
    from plotly_src (a path relative to the page), once, in the head; a page of tables
    and images only needs no plotly."""
    body, figures = [], False
    for heading, part in parts:
        if heading:
            body.append("<h2>%s</h2>" % html.escape(heading))
        if isinstance(part, str):
            body.append(part)
        else:
            _, pio = _plotly()
            body.append(pio.to_html(part, full_html=False, include_plotlyjs=False))
            figures = True
    script = _script(plotly_src) if figures else ""
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title>%s<style>"
            "body{font-family:sans-serif;margin:1em 2em}table{border-collapse:collapse}"
            "td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}"
            "th{background:#eee}img{max-width:100%%;border:1px solid #ccc}</style></head>"
            "<body><h1>%s</h1>%s</body></html>"
            % (html.escape(title), script, html.escape(title), "".join(body)))


def table_html(header, rows, digits=4):
    def cell(v):
        if isinstance(v, float):
            return "%.*g" % (digits + 2, v)
        return html.escape(str(v))
    head = "".join("<th>%s</th>" % html.escape(h) for h in header)
    body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % cell(v) for v in r) for r in rows)
    return "<table><tr>%s</tr>%s</table>" % (head, body)


def density_figures(result, value_name, time_name, tr=str):
    """Curves per time for each group, and a 3-D surface (value x time -> density).
    tr: the tool's translator for the texts (English by default; see i18n/catalogue.py)."""
    go, _ = _plotly()
    grid, keys, dens = result["grid"], result["keys"], result["density"]
    groups = sorted({g for g, _ in keys}, key=str)
    out = []
    for g in groups:
        rows = [k for k, key in enumerate(keys) if key[0] == g]
        times = [keys[k][1] for k in rows]
        fig = go.Figure([go.Scatter(x=grid, y=dens[k], mode="lines", name=str(keys[k][1]))
                         for k in rows])
        fig.update_layout(xaxis_title=value_name, yaxis_title=tr("density"),
                          legend_title=time_name, height=450)
        out.append((tr("Kernel density of %s by %s%s") % (value_name, time_name,
                                                         "" if g == "all" else ", " + str(g)),
                    fig))
        surf = go.Figure(go.Surface(x=grid, y=times, z=dens[rows], colorscale="Viridis",
                                    showscale=False))
        surf.update_layout(scene=dict(xaxis_title=value_name, yaxis_title=time_name,
                                      zaxis_title=tr("density")), height=600)
        out.append((tr("Density surface%s") % ("" if g == "all" else ", " + str(g)), surf))
    return out


def series_figure(units, periods, series, name, tr=str):
    """Every unit's series over time (spaghetti plot)."""
    go, _ = _plotly()
    fig = go.Figure([go.Scatter(x=list(p), y=list(s), mode="lines", name=str(u),
                                line=dict(width=1), opacity=0.6)
                     for u, p, s in zip(units, periods, series)])
    fig.update_layout(xaxis_title=tr("time"), yaxis_title=name, showlegend=len(units) <= 30,
                      height=400)
    return fig


MODEL_COLOURS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"]


def forecast_figures(units, periods, Y, future, test, results, name, max_units=12, tr=str):
    """The mean over units and the first units: every observed value, each model's
    predictions of the held-out periods (fitted without them) and its forecasts. The
    held-out periods are shaded below the lines."""
    import numpy as np
    go, _ = _plotly()
    out = []
    picks = [(tr("Mean of all units"), None)] + [(str(u), i) for i, u in
                                             enumerate(units[:max_units])]
    held, ahead_x = [float(p) for p in periods[-test:]], [float(p) for p in future]
    half = 0.5 * float(periods[-1] - periods[-2]) if len(periods) > 1 else 0.5
    for title, i in picks:
        pick = (lambda a: np.nanmean(a, axis=0)) if i is None else (lambda a: a[i])
        fig = go.Figure([go.Scatter(x=[float(p) for p in periods],
                                    y=[float(v) for v in pick(Y)], mode="lines+markers",
                                    name=tr("observed"), line=dict(color="black"))])
        for k, (model, (check, ahead, _)) in enumerate(results.items()):
            colour = MODEL_COLOURS[k % len(MODEL_COLOURS)]
            fig.add_trace(go.Scatter(x=held, y=[float(v) for v in pick(check)],
                                     mode="lines+markers", name=tr("%s (held out)") % model,
                                     legendgroup=model, marker=dict(symbol="x", size=8),
                                     line=dict(color=colour, dash="dot")))
            fig.add_trace(go.Scatter(x=ahead_x, y=[float(v) for v in pick(ahead)],
                                     mode="lines+markers", name=tr("%s (forecast)") % model,
                                     legendgroup=model, line=dict(color=colour, dash="dash")))
        fig.add_vrect(x0=held[0] - half, x1=held[-1] + half, fillcolor="#e8e8e8",
                      line_width=0, layer="below",
                      annotation_text=tr("held out"), annotation_position="top left")
        fig.update_layout(xaxis_title=tr("time"), yaxis_title=name, height=380)
        out.append((title, fig))
    return out


def pvar_parts(res, stab, crit, lags, granger, irf, bands, decomposition, tr=str):
    """The panel VAR report: estimates, tests, the IRF grid and FEVD bars."""
    go, _ = _plotly()
    from plotly.subplots import make_subplots
    m, H = len(res.names), irf.shape[0]
    parts = [(tr("Coefficients (%s, %s, %d lag(s))") % (res.transform.upper(), res.steps,
                                                         res.lags),
              table_html([tr("equation"), tr("regressor"), tr("coefficient"), tr("std. error"),
                          "z", "p"],
                         [(r["equation"], r["regressor"], r["coefficient"], r["std_error"],
                           r["z"], r["p"]) for r in res.table()])),
             (tr("Fit"), table_html(
                 [tr("observations"), tr("regions"), tr("instruments / eq."), "Hansen J", "df",
                  "p", "MMSC-BIC", "MMSC-AIC", "MMSC-HQIC", tr("largest modulus"), tr("stable")],
                 [(res.n_obs, res.n_units, res.n_instruments, res.hansen["statistic"],
                   res.hansen["df"], res.hansen["pvalue"], crit["bic"], crit["aic"],
                   crit["hqic"], float(stab["moduli"].max()), str(stab["stable"]))]))]
    if lags is not None:
        parts.append((tr("Lag selection (smaller is better)"), table_html(
            [tr("lags"), "J", "df", "p", "MMSC-BIC", "MMSC-AIC", "MMSC-HQIC"],
            [(r["lags"], r["J"], r["df"], r["p"], r["bic"], r["aic"], r["hqic"])
             for r in lags["rows"]])))
    parts.append((tr("Granger causality (Wald)"), table_html(
        [tr("equation"), tr("excluded"), "chi2", "df", "p"],
        [(r["equation"], r["excluded"], r["chi2"], r["df"], r["p"]) for r in granger])))
    fig = make_subplots(rows=m, cols=m, shared_xaxes=True, subplot_titles=[
        tr("%s to a %s shock") % (res.names[j], res.names[k])
        for j in range(m) for k in range(m)])
    hs = list(range(1, H + 1))
    for j in range(m):
        for k in range(m):
            if bands is not None:
                fig.add_trace(go.Scatter(x=hs + hs[::-1], y=list(bands["upper"][:, j, k]) +
                                         list(bands["lower"][::-1, j, k]), fill="toself",
                                         fillcolor="rgba(66,146,198,0.25)", line_width=0,
                                         showlegend=False, hoverinfo="skip"), j + 1, k + 1)
            fig.add_trace(go.Scatter(x=hs, y=list(irf[:, j, k]), mode="lines",
                                     line=dict(color="#08519c"), showlegend=False),
                          j + 1, k + 1)
    fig.update_layout(height=260 * m)
    parts.append((tr("Orthogonalised impulse responses (95 %% bands, %d draws)")
                  % bands["draws"].shape[0] if bands is not None else
                  tr("Orthogonalised impulse responses"), fig))
    bars = make_subplots(rows=1, cols=m, subplot_titles=list(res.names), shared_yaxes=True)
    colours = ["#1a9850", "#f46d43", "#4292c6", "#fee08b", "#762a83", "#8c510a"]
    for j in range(m):
        for k in range(m):
            bars.add_trace(go.Bar(x=hs, y=list(decomposition[:, j, k]), name=res.names[k],
                                  marker_color=colours[k % len(colours)],
                                  showlegend=j == 0), 1, j + 1)
    bars.update_layout(barmode="stack", height=380, yaxis_title=tr("share"))
    parts.append((tr("Forecast error variance decomposition"), bars))
    return parts
