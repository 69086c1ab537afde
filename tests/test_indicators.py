"""Standardisation, entropy weights and composite indices against hand computations."""
import math

import numpy as np
import pytest

from ecosecurity.algorithms.coupling import indicators as IND


def test_entropy_weights_by_hand():
    # x1 = 1, 2, 3 -> z = 0, .5, 1 -> p = 0, 1/3, 2/3
    #   e1 = -(1/ln 3)(1/3 ln 1/3 + 2/3 ln 2/3) = 0.636514 / 1.098612 = 0.579380
    # x2 = 10, 20, 10 -> z = 0, 1, 0 -> p = 0, 1, 0 -> e2 = 0
    # d = 0.420620, 1 -> w = 0.296082, 0.703918
    # U = (0, 0.5 w1 + w2, w1) = (0, 0.851959, 0.296082)
    X = np.array([[1.0, 10.0], [2.0, 20.0], [3.0, 10.0]])
    res = IND.composite(X, [True, True])
    np.testing.assert_allclose(res["entropy"][0], [0.579380, 0.0], atol=5e-7)
    np.testing.assert_allclose(res["weights"][0], [0.296082, 0.703918], atol=5e-7)
    np.testing.assert_allclose(res["index"], [0.0, 0.851959, 0.296082], atol=5e-7)


def reference_composite(X, positive, shifted=False):
    """The textbook recipe with plain loops, independent of the module under test."""
    m, k = len(X), len(X[0])
    Z = [[0.0] * k for _ in range(m)]
    for j in range(k):
        col = [X[i][j] for i in range(m)]
        lo, hi = min(col), max(col)
        for i in range(m):
            z = (X[i][j] - lo) / (hi - lo) if positive[j] else (hi - X[i][j]) / (hi - lo)
            Z[i][j] = 0.1 + 0.9 * z if shifted else z
    d = []
    for j in range(k):
        total = sum(Z[i][j] for i in range(m))
        e = 0.0
        for i in range(m):
            p = Z[i][j] / total
            if p > 0:
                e -= p * math.log(p)
        d.append(1 - e / math.log(m))
    w = [dj / sum(d) for dj in d]
    return [sum(w[j] * Z[i][j] for j in range(k)) for i in range(m)], w


@pytest.mark.parametrize("shifted", [False, True])
def test_composite_matches_textbook_recipe(shifted):
    rng = np.random.default_rng(11)
    X = rng.lognormal(size=(60, 5))
    positive = [True, False, True, True, False]
    U, w = reference_composite(X.tolist(), positive, shifted)
    res = IND.composite(X, positive, IND.SHIFTED_MINMAX if shifted else IND.MINMAX)
    np.testing.assert_allclose(res["weights"][0], w, rtol=1e-12)
    np.testing.assert_allclose(res["index"], U, rtol=1e-12)
    if shifted:
        assert res["index"].min() >= 0.1 - 1e-12 and res["index"].max() <= 1 + 1e-12


def test_constant_indicator_gets_zero_weight():
    X = np.array([[1.0, 5.0, 2.0], [2.0, 5.0, 1.0], [4.0, 5.0, 3.0]])
    for scaling in (IND.MINMAX, IND.SHIFTED_MINMAX):
        res = IND.composite(X, [True, True, True], scaling)
        assert res["constant"][0].tolist() == [False, True, False]
        assert res["weights"][0][1] == 0.0
        assert res["weights"][0].sum() == pytest.approx(1.0)
    res = IND.composite(X, [True, True, True], IND.MINMAX, IND.EQUAL)
    np.testing.assert_allclose(res["weights"][0], [0.5, 0.0, 0.5])


def test_groups_weigh_each_year_on_its_own():
    rng = np.random.default_rng(5)
    X = rng.lognormal(size=(40, 3))
    years = np.repeat([2010, 2011], 20)
    res = IND.composite(X, [True] * 3, groups=years)
    for g, year in enumerate(res["group_labels"]):
        rows = years == year
        U, w = reference_composite(X[rows].tolist(), [True] * 3)
        np.testing.assert_allclose(res["weights"][g], w, rtol=1e-12)
        np.testing.assert_allclose(res["index"][rows], U, rtol=1e-12)


def test_criteria_sub_indices_sum_to_the_index():
    rng = np.random.default_rng(2)
    X = rng.lognormal(size=(30, 4))
    crit = IND.parse_criteria("Pressure: a, b; State: c", ["a", "b", "c", "d"])
    assert crit == [("Pressure", [0, 1]), ("State", [2])]
    res = IND.composite(X, [True] * 4, criteria=crit)
    w = res["weights"][0]
    Z = res["standardised"]
    np.testing.assert_allclose(res["sub"]["Pressure"], Z[:, :2] @ w[:2])
    np.testing.assert_allclose(res["sub"]["Pressure"] + res["sub"]["State"] + Z[:, 3] * w[3],
                               res["index"])


def test_given_and_equal_weights():
    X = np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 3.0]])
    given = IND.parse_given_weights("b=3, a=1", ["a", "b"])
    res = IND.composite(X, [True, True], IND.MINMAX, IND.GIVEN, given)
    np.testing.assert_allclose(res["weights"][0], [0.25, 0.75])
    np.testing.assert_allclose(res["index"], [0.25 * 0 + 0.75 * 0.5, 0.25 * 0.5, 1.0])


@pytest.mark.parametrize("text, message", [
    ("a=1", "no weight for b"),
    ("a=1, b=0", "must be positive; b=0"),
    ("a=1, b=x", "'x', is not a number"),
    ("a=1, b=1, c=2", "names c, which is not among"),
    ("a 1, b=1", "is not field=weight")])
def test_given_weights_errors(text, message):
    with pytest.raises(IND.IndicatorError, match=message):
        IND.parse_given_weights(text, ["a", "b"])


def test_criteria_errors():
    with pytest.raises(IND.IndicatorError, match="'z', which is not among"):
        IND.parse_criteria("P: a, z", ["a", "b"])
    with pytest.raises(IND.IndicatorError, match="'a' is in both 'P' and 'S'"):
        IND.parse_criteria("P: a; S: a, b", ["a", "b"])


def test_too_few_rows():
    with pytest.raises(IND.IndicatorError, match="at least two rows"):
        IND.composite(np.array([[1.0, 2.0]]), [True, True])
