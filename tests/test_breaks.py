"""Natural breaks against jenkspy, the other methods, and the class conventions."""
import csv

import numpy as np
import pytest

from conftest import SAMPLE
from ecosecurity.algorithms.classify import breaks as B

jenkspy = pytest.importorskip("jenkspy", reason="jenkspy is installed by `make test`")


def produc_column(name, n=None):
    with open(SAMPLE / "produc.csv", newline="") as f:
        values = [float(r[name]) for r in csv.DictReader(f)]
    return np.array(values[:n] if n else values)


@pytest.mark.parametrize("column", ["gsp", "pcap", "unemp", "emp"])
@pytest.mark.parametrize("k", [2, 3, 4, 5, 6, 8, 10])
def test_jenks_equals_jenkspy_on_372_values(column, k):
    values = produc_column(column, 372)  # 372 = 31 provinces x 12 years, a usual panel size
    assert values.size == 372
    expected = jenkspy.jenks_breaks(values.tolist(), n_classes=k)
    np.testing.assert_array_equal(B.natural_breaks(values, k), expected)


@pytest.mark.parametrize("seed", range(5))
def test_jenks_equals_jenkspy_with_ties(seed):
    rng = np.random.default_rng(seed)
    values = np.round(rng.lognormal(size=500) * 10, 1)  # many repeated values
    for k in (3, 5, 7):
        np.testing.assert_array_equal(B.natural_breaks(values, k),
                                      jenkspy.jenks_breaks(values.tolist(), n_classes=k))


def ssd(values, edges):
    cls = B.assign_classes(values, edges, "right")
    return sum(((values[cls == c] - values[cls == c].mean()) ** 2).sum()
               for c in np.unique(cls))


def test_grouped_jenks_is_near_optimal_on_many_values():
    rng = np.random.default_rng(7)
    values = np.concatenate([rng.normal(0, 1, 6000), rng.normal(6, 0.5, 3000)])
    exact = jenkspy.jenks_breaks(values.tolist(), n_classes=4)
    grouped = B.natural_breaks(values, 4)  # 9,000 distinct values: 4,096 groups
    assert grouped[0] == values.min() and grouped[-1] == values.max()
    assert ssd(values, grouped) <= ssd(values, np.array(exact)) * (1 + 1e-3)


def test_raster_summary_exact_and_binned():
    rng = np.random.default_rng(3)
    grid = np.round(rng.gamma(2.0, 2.0, size=(100, 80)), 1)
    summary = B.RasterSummary()
    for block in np.array_split(grid, 7):
        summary.add(block)
    assert summary.exact
    edges, closed = summary.breaks(B.NATURAL_BREAKS, 5)
    np.testing.assert_array_equal(edges, jenkspy.jenks_breaks(grid.ravel().tolist(), n_classes=5))
    assert closed == "right"

    cont = rng.gamma(2.0, 2.0, size=(400, 300))  # continuous: histogram mode
    summary = B.RasterSummary()
    for block in np.array_split(cont, 5):
        summary.add(block)
    assert summary.needs_histogram
    for block in np.array_split(cont, 5):
        summary.add_to_histogram(block)
    edges, _ = summary.breaks(B.NATURAL_BREAKS, 5)
    sample = cont.ravel()[::30]
    exact = np.array(jenkspy.jenks_breaks(sample.tolist(), n_classes=5))
    width = (cont.max() - cont.min()) / summary.BINS
    assert edges[0] == cont.min() and edges[-1] == cont.max()
    assert ssd(cont.ravel(), edges) <= ssd(cont.ravel(), exact) * (1 + 1e-3)
    # quantiles from the bins are within one bin of numpy's
    q, _ = summary.breaks(B.QUANTILE, 4)
    np.testing.assert_allclose(q[1:-1], np.quantile(cont, [0.25, 0.5, 0.75]), atol=width)


def test_equal_interval_and_quantile():
    np.testing.assert_allclose(B.equal_interval(0.0, 10.0, 4), [0, 2.5, 5, 7.5, 10])
    v = np.arange(1.0, 101.0)
    np.testing.assert_allclose(B.quantile_breaks(v, 4), [1, 25, 50, 75, 100])
    # ties merge quantiles: fewer classes, never an empty one
    assert B.quantile_breaks([1, 1, 1, 1, 2], 4).tolist() == [1, 2]
    with pytest.raises(B.BreaksError, match="All values are equal"):
        B.equal_interval(3.0, 3.0, 5)


def test_class_conventions_at_the_edges():
    edges = [0.0, 0.5, 1.0]
    # fixed tables: [0, 0.5) and [0.5, 1]; exactly 0.5 is the upper class, 1.0 the last
    assert B.assign_classes([0.0, 0.4999, 0.5, 1.0, 1.01, -0.1, np.nan], edges, "left").tolist() \
        == [1, 1, 2, 2, 0, 0, 0]
    # computed breaks are class maxima: (0, 0.5] holds 0.5
    assert B.assign_classes([0.0, 0.5, 0.50001, 1.0], edges, "right").tolist() == [1, 1, 2, 2]


def test_parse_breaks_and_labels():
    np.testing.assert_allclose(B.parse_breaks("0, 0.2;0.4 ,1"), [0, 0.2, 0.4, 1])
    with pytest.raises(B.BreaksError, match=r"0.4 is followed by 0.2"):
        B.parse_breaks("0,0.4,0.2,1")
    with pytest.raises(B.BreaksError, match="BREAKS entry 2, 'x', is not a number"):
        B.parse_breaks("0,x,1")
    with pytest.raises(B.BreaksError, match="at least two numbers"):
        B.parse_breaks("0.5")
    assert B.parse_labels("", 2) == ["Class 1", "Class 2"]
    assert B.parse_labels("Unsafe; Relatively unsafe, slightly", 2) == \
        ["Unsafe", "Relatively unsafe, slightly"]
    with pytest.raises(B.BreaksError, match="3 labels but the breaks make 2 classes"):
        B.parse_labels("a,b,c", 2)


def test_too_few_values_for_the_classes():
    with pytest.raises(B.BreaksError, match="at least 5 distinct values; there are 3"):
        B.natural_breaks([1, 2, 3, 3], 5)
