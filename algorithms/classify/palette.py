"""Colour ramps for styled outputs (pure Python): hex colours interpolated in RGB."""

# ColorBrewer RdYlGn (Brewer 2003, www.ColorBrewer.org): imbalance red, coordination green
RED_YELLOW_GREEN = ["#a50026", "#d73027", "#f46d43", "#fdae61", "#fee08b",
                    "#d9ef8b", "#a6d96a", "#66bd63", "#1a9850", "#006837"]
# ColorBrewer YlOrRd, for magnitudes with no good or bad side
YELLOW_ORANGE_RED = ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c",
                     "#fc4e2a", "#e31a1c", "#bd0026", "#800026"]


def ramp(n, stops=RED_YELLOW_GREEN):
    """n colours spread evenly over the stops, as '#rrggbb'."""
    if n <= 0:
        return []
    if n == 1:
        return [stops[len(stops) // 2]]
    rgb = [tuple(int(s[i:i + 2], 16) for i in (1, 3, 5)) for s in stops]
    out = []
    for i in range(n):
        t = i * (len(rgb) - 1) / (n - 1)
        j = min(int(t), len(rgb) - 2)
        f = t - j
        c = [round(a + (b - a) * f) for a, b in zip(rgb[j], rgb[j + 1])]
        out.append("#%02x%02x%02x" % tuple(c))
    return out
# ColorBrewer Blues, for distances (near = light)
BLUES = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5",
         "#08519c", "#08306b"]

# -- the network maps: one colour family per kind of layer, the same in every tool, so a
# map of several outputs reads at a glance (sources green, links blue, current magma,
# corridors orange, barriers and restoration red)
# magma (matplotlib, CC0): little current pale, the corridors dark
CURRENT_RAMP = ["#fcfdbf", "#fe9f6d", "#de4968", "#8c2981", "#3b0f70", "#000004"]
# where the colour stops of a current map sit, as percentiles of its cells with current: a
# quantile ramp, so half the landscape stays pale and the top few percent (the corridors and
# pinch points) take the dark colours whatever the range of the values
CURRENT_PERCENTILES = (2, 50, 75, 90, 97, 99.5)
# ColorBrewer YlOrBr reversed: the least-cost path dark, the corridor's edge pale
CORRIDOR_RAMP = ["#993404", "#d95f0e", "#fe9929", "#fed98e", "#ffffd4"]
# ColorBrewer Greys: the resistance surface, a quiet base under the other layers
RESISTANCE_RAMP = ["#f7f7f7", "#d9d9d9", "#bdbdbd", "#969696", "#636363", "#252525"]
# ColorBrewer Greens and Blues, darkest for level 1 (the most important)
SOURCE_LEVELS = ["#00441b", "#238b45", "#74c476", "#c7e9c0"]
LINK_LEVELS = ["#08306b", "#2171b5", "#6baed6", "#9ecae1"]
LINK_WIDTHS = [1.6, 1.1, 0.7, 0.4]  # mm, level 1 first
LINK_COLOUR = "#08519c"  # links without levels
BARRIER_RAMP = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]
PROTECT_COLOUR = "#006d2c"  # key areas to protect (the corridors' pinch points)
RESTORE_COLOUR = "#e31a1c"  # key areas to restore (barriers)


def levels(n, stops):
    """Colours for levels 1..n from a list ordered level 1 first (interpolated when n is
    larger than the list)."""
    if n <= len(stops):
        return list(stops[:max(n, 1)])
    return ramp(n, stops)


def level_widths(n, widths=LINK_WIDTHS):
    """Line widths (mm) for levels 1..n, from widths[0] down to widths[-1]."""
    if n <= 1:
        return [widths[0]]
    return [round(widths[0] + (widths[-1] - widths[0]) * k / (n - 1), 2) for k in range(n)]


def quantile_stops(values, percentiles):
    """Colour-stop values of a quantile ramp: the given percentiles of the finite values,
    made strictly increasing (a flat stretch of the distribution would repeat a value, which
    a colour ramp cannot place). None when there are no finite values."""
    import numpy as np
    v = np.asarray(values, dtype=np.float64)
    v = v[np.isfinite(v)]
    if v.size == 0:
        return None
    stops = np.percentile(v, percentiles)
    span = float(stops[-1] - stops[0]) or max(abs(float(stops[0])), 1.0)
    gap = span * 1e-6
    for k in range(1, stops.size):  # few stops: the loop is over colours, not cells
        stops[k] = max(stops[k], stops[k - 1] + gap)
    return [float(s) for s in stops]
