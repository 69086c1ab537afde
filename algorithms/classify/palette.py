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
